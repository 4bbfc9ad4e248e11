#pragma once
// TOC205 target-against-direction (measurement; docs/checks.md#toc205).

#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/measurement/family.hpp"
#include "toc/model/baseline.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule target_against_direction_rule() {
    using namespace measurement_detail;
    RuleInfo info{
        .code = "TOC205",
        .name = "target-against-direction",
        .family = "measurement",
        .criterion = "consistency",
        .default_severity = Severity::error,
        .summary = "A target on the wrong side of the baseline: `increase` with target ≤ baseline, `decrease` "
            "with target ≥ baseline.",
        .rationale = "The direction says which way success lies. A target that does not lie that way from the "
            "baseline contradicts it: one of the three is wrong.",
        .source = "IATI results standard: ascending / descending indicators",
        .fix = "Correct the direction, the target or the baseline.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        for (const Indicator& ind : ctx.model().indicators) {
            if (ind.direction != Direction::increase && ind.direction != Direction::decrease) continue;
            const bool up = ind.direction == Direction::increase;
            for (const Measurement& t : ind.targets) {
                const auto tv = range_of(ind, t);
                const Measurement* b = applicable_baseline(ind, t);
                if (!tv || !b) continue;
                const auto bv = range_of(ind, *b);
                if (!bv) continue;
                // With ranges, only a target wholly on the wrong side is reported.
                if (up ? tv->high > bv->low : tv->low < bv->high) continue;
                out.report(ind.id, t.location_of("value"),
                           ctx.name(ind) + " should " + (up ? "increase" : "decrease") + ", but " +
                               entry("target", t) + " (" + range_text(*tv) + ") is not " +
                               (up ? "above" : "below") + " " + entry("baseline", *b) + " (" +
                               range_text(*bv) + ").");
            }
        }
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
