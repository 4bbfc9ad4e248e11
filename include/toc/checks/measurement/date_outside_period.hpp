#pragma once
// TOC209 date-outside-period (measurement; docs/checks.md#toc209).

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/measurement/family.hpp"
#include "toc/model/baseline.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule date_outside_period_rule() {
    using namespace measurement_detail;
    RuleInfo info{
        .code = "TOC209",
        .name = "date-outside-period",
        .family = "measurement",
        .criterion = "consistency",
        .default_severity = Severity::warning,
        .summary = "A baseline, target or measurement dated outside the model's `period`, or a measurement "
            "dated before its baseline.",
        .rationale = "Dates outside the period the theory covers usually are typing errors (2012 for 2021), or "
            "data that belong to another program period; a measurement before the baseline cannot show "
            "change from it.",
        .source = "",
        .fix = "Correct the date, or widen the model's `period` if the program did run then.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        const auto& period = ctx.model().period;
        const bool has_period = period && (period->from || period->to);
        auto inside = [&](const Span& d) {
            return (!period->from || d.last >= period->from->first_day()) &&
                   (!period->to || d.first <= period->to->last_day());
        };
        std::string span;
        if (has_period)
            span = (period->from ? period->from->str() : std::string("…")) + " – " +
                   (period->to ? period->to->str() : std::string("…"));
        for (const Indicator& ind : ctx.model().indicators)
            for_each_entry(ind, [&](std::string_view what, const Measurement& m) {
                const auto when = span_of(m);
                if (!when) return;
                if (has_period && !inside(*when)) {
                    out.report(ind.id, m.location_of(when->key),
                               ctx.name(ind) + ": " + entry(what, m) +
                                   " lies outside the model's period (" + span + ").");
                    return;
                }
                if (what != "measurement") return;
                const Measurement* b = applicable_baseline(ind, m);
                const auto since = b ? span_of(*b) : std::nullopt;
                if (since && when->last < since->first)
                    out.report(ind.id, m.location_of(when->key),
                               ctx.name(ind) + ": " + entry(what, m) + " is dated before " +
                                   entry("baseline", *b) + ".");
            });
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
