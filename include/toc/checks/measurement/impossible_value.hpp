#pragma once
// TOC208 impossible-value (measurement; docs/checks.md#toc208).

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/measurement/family.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule impossible_value_rule() {
    using namespace measurement_detail;
    RuleInfo info{
        .code = "TOC208",
        .name = "impossible-value",
        .family = "measurement",
        .criterion = "validity-and-reliability",
        .default_severity = Severity::error,
        .summary = "A percent outside 0–100, a numerator larger than its denominator, a count below 0, or text "
            "where the unit is numeric.",
        .rationale = "Some values cannot be true whatever happened: they are typing or copying errors, and they "
            "spoil every total and comparison they enter.",
        .source = "Akvo RSR: data issues in results reporting",
        .fix = "Correct the value; if it is a change rather than a level, say so in the indicator.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        for (const Indicator& ind : ctx.model().indicators)
            for_each_entry(ind, [&](std::string_view what, const Measurement& m) {
                const std::string who = ctx.name(ind) + ": " + entry(what, m);
                if (ind.unit == Unit::percent && m.value &&
                    (m.value->value < 0 || m.value->value > 100))
                    out.report(ind.id, m.location_of("value"),
                               who + " gives " + m.value->str() + " %, outside 0–100 %.");
                if (ind.unit == Unit::percent && m.value_max && m.value_max->value > 100)
                    out.report(ind.id, m.location_of("value_max"),
                               who + " gives a range up to " + m.value_max->str() +
                                   " %, outside 0–100 %.");
                if (ind.unit == Unit::count && m.value && m.value->value < 0)
                    out.report(ind.id, m.location_of("value"),
                               who + " gives a count of " + m.value->str() + ", below 0.");
                if (ind.unit && *ind.unit != Unit::text && !m.text_value.empty())
                    out.report(ind.id, m.location_of("value"),
                               who + " gives the text '" + m.text_value.str() + "', but the unit is " +
                                   std::string(to_string(*ind.unit)) + ": write a number.");
                auto negative = [&](const std::optional<Number>& n, std::string_view key) {
                    if (n && n->value < 0)
                        out.report(ind.id, m.location_of(key),
                                   who + " gives " + std::string(key) + " " + n->str() +
                                       ", but a count cannot be below 0.");
                };
                negative(m.numerator, "numerator");
                negative(m.denominator, "denominator");
                negative(m.n, "n");
                negative(m.eligible, "eligible");
                for (const auto& c : m.distribution)
                    if (c.count.value < 0)
                        out.report(ind.id, c.location.known() ? c.location : m.location_of("distribution"),
                                   who + " gives " + c.count.str() + " answers '" + c.answer +
                                       "', but a count cannot be below 0.");
                if (m.numerator && m.denominator && m.numerator->value >= 0 &&
                    greater(m.numerator->value, m.denominator->value))
                    out.report(ind.id, m.location_of("numerator"),
                               who + " has numerator " + m.numerator->str() +
                                   ", larger than its denominator " + m.denominator->str() + ".");
            });
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
