#pragma once
// TOC206 measurement-arithmetic (measurement; docs/checks.md#toc206).

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/measurement/family.hpp"
#include "toc/checks/measurement/share.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule measurement_arithmetic_rule() {
    using namespace measurement_detail;
    RuleInfo info{
        .code = "TOC206",
        .name = "measurement-arithmetic",
        .family = "measurement",
        .criterion = "consistency",
        .default_severity = Severity::warning,
        .summary = "A value that disagrees with its numerator and denominator at the precision it is written "
            "in, or a percent that no whole count of its denominator can give.",
        .rationale = "A share reported with its numerator and denominator can be recomputed; when the two "
            "disagree (4 of 29 reported as 14.8 %, where 4/29 is 13.8 %), one of the numbers was "
            "copied or computed wrongly, and any conclusion drawn from it is in doubt. A percent of a "
            "known denominator must be some whole count of it: 14.8 % of 29 is no count at all.",
        .source = "",
        .fix = "Recompute the value from the counts and correct whichever number is wrong.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        for (const Indicator& ind : ctx.model().indicators) {
            const bool percent = ind.unit == Unit::percent, ratio = ind.unit == Unit::ratio;
            if (ind.unit && !percent && !ratio) continue;
            for_each_entry(ind, [&](std::string_view what, const Measurement& m) {
                if (!m.value || !m.denominator || m.value->value < 0 || m.denominator->value <= 0)
                    return;
                const Number& v = *m.value;
                const Number& d = *m.denominator;
                const int shown = std::max(v.decimals, 1);
                if (m.numerator && m.value_max) {  // a range: the share must lie in it
                    const Number& n = *m.numerator;
                    if (n.value < 0) return;
                    const double half = 0.5 * std::pow(10.0, -std::max(0, v.decimals));
                    const double half_max = 0.5 * std::pow(10.0, -std::max(0, m.value_max->decimals));
                    auto within = [&](double scale) {
                        const double q = scale * n.value / d.value;
                        return q >= v.value - half - 1e-9 && q <= m.value_max->value + half_max + 1e-9;
                    };
                    const bool as_percent = percent || (!ind.unit && v.value > 1);
                    if (((percent || !ind.unit) && within(100.0)) || ((ratio || !ind.unit) && within(1.0)))
                        return;
                    const double q = (as_percent ? 100.0 : 1.0) * n.value / d.value;
                    out.report(ind.id, m.location_of("value"),
                               ctx.name(ind) + ": " + entry(what, m) + " gives " + v.str() + "–" +
                                   m.value_max->str() + (as_percent ? " %" : "") + ", but " + n.str() +
                                   " of " + d.str() + " is " + fixed(q, shown) +
                                   (as_percent ? " %" : "") + "; the range and the counts disagree.");
                    return;
                }
                if (m.value_max) return;  // a range of a known denominator: nothing exact to check
                if (m.numerator) {
                    const Number& n = *m.numerator;
                    if (n.value < 0) return;
                    const bool ok = (percent || !ind.unit) && share_agrees(v, n, d, ShareScale::percent);
                    const bool ok_ratio = (ratio || !ind.unit) && share_agrees(v, n, d, ShareScale::ratio);
                    if (ok || ok_ratio) return;
                    const bool as_percent = percent || (!ind.unit && v.value > 1);
                    const double q = (as_percent ? 100.0 : 1.0) * n.value / d.value;
                    out.report(ind.id, m.location_of("value"),
                               ctx.name(ind) + ": " + entry(what, m) + " gives " + v.str() +
                                   (as_percent ? " %" : "") + ", but " + n.str() + " of " + d.str() +
                                   " is " + fixed(q, shown) + (as_percent ? " %" : "") +
                                   "; the value and the counts disagree.");
                    return;
                }
                if (!percent && !ratio) return;
                const ShareScale scale = percent ? ShareScale::percent : ShareScale::ratio;
                const auto possible = share_possible(v, d, scale);
                if (!possible || *possible) return;
                const double s = percent ? 100.0 : 1.0;
                const double below = std::floor(v.value * d.value / s);
                const std::string sign = percent ? " %" : "";
                std::string near = fixed(below, 0);
                near.append(" of ").append(d.str()).append(" is ");
                near.append(fixed(s * below / d.value, shown)).append(sign);
                if (below + 1 <= d.value) {
                    near.append(", ").append(fixed(below + 1, 0)).append(" of ").append(d.str());
                    near.append(" is ").append(fixed(s * (below + 1) / d.value, shown)).append(sign);
                }
                std::string message = ctx.name(ind);
                message.append(": ").append(entry(what, m)).append(" gives ").append(v.str());
                message.append(sign).append(" of ").append(d.str());
                message.append(", which no whole count of ").append(d.str());
                message.append(" gives (").append(near).append(").");
                out.report(ind.id, m.location_of("value"), message);
            });
        }
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
