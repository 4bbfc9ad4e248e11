#pragma once
// TOC207 distribution-sum (measurement; docs/checks.md#toc207).

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/measurement/family.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule distribution_sum_rule() {
    using namespace measurement_detail;
    RuleInfo info{
        .code = "TOC207",
        .name = "distribution-sum",
        .family = "measurement",
        .criterion = "consistency",
        .default_severity = Severity::warning,
        .summary = "The answer categories of a measurement do not add up to its `n`.",
        .rationale = "When a survey question is reported as counts per answer, the counts should add up to the "
            "number of respondents. If they do not, an answer category is missing, a count is wrong, "
            "or `n` is.",
        .source = "",
        .fix = "Correct the counts or `n`; if some respondents did not answer, add a category for them.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        for (const Indicator& ind : ctx.model().indicators)
            for_each_entry(ind, [&](std::string_view what, const Measurement& m) {
                if (m.distribution.empty() || !m.n) return;
                const double total = distribution_total(m);
                if (std::fabs(total - m.n->value) <= 1e-9 * std::max(1.0, std::fabs(total))) return;
                out.report(ind.id, m.location_of("distribution"),
                           ctx.name(ind) + ": the answers of " + entry(what, m) + " add up to " +
                               number(total) + ", but its n is " + m.n->str() + ".");
            });
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
