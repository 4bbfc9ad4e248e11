#pragma once
// TOC212 respondents-exceed-population (measurement; docs/checks.md#toc212).

#include <string>
#include <string_view>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/measurement/family.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule respondents_exceed_population_rule() {
    using namespace measurement_detail;
    RuleInfo info{
        .code = "TOC212",
        .name = "respondents-exceed-population",
        .family = "measurement",
        .criterion = "consistency",
        .default_severity = Severity::warning,
        .summary = "A measurement whose `n`, distribution total or numerator is larger than its `eligible` count.",
        .rationale = "Respondents are drawn from those eligible; more respondents than eligible people means that "
            "one of the numbers is wrong, or that they count different populations.",
        .source = "",
        .fix = "Correct the counts, or say in a `note` what each one counts.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        for (const Indicator& ind : ctx.model().indicators)
            for_each_entry(ind, [&](std::string_view what, const Measurement& m) {
                if (!m.eligible) return;
                const double eligible = m.eligible->value;
                auto over = [&](double x, std::string_view key, const std::string& words) {
                    if (!greater(x, eligible)) return;
                    out.report(ind.id, m.location_of(key),
                               ctx.name(ind) + ": " + entry(what, m) + " has " + words +
                                   ", more than the " + m.eligible->str() + " eligible.");
                };
                if (m.n) over(m.n->value, "n", "n " + m.n->str());
                if (!m.distribution.empty())
                    over(distribution_total(m), "distribution",
                         number(distribution_total(m)) + " answers");
                if (m.numerator) over(m.numerator->value, "numerator", "numerator " + m.numerator->str());
            });
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
