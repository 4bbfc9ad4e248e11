#pragma once
// TOC203 indicator-without-target (measurement; docs/checks.md#toc203).

#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/measurement/family.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule indicator_without_target_rule() {
    using namespace measurement_detail;
    RuleInfo info{
        .code = "TOC203",
        .name = "indicator-without-target",
        .family = "measurement",
        .criterion = "validity-and-reliability",
        .default_severity = Severity::note,
        .summary = "An indicator with no `targets`.",
        .rationale = "A target says what value counts as success, and by when. Without one, any measured value "
            "can be read as success.",
        .source = "SMART indicators (Doran 1981): measurable, time-bound",
        .fix = "Add `targets: [{value: ..., date: ...}]`.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        for (const Indicator& ind : ctx.model().indicators)
            if (ind.targets.empty() && !out_of_scope(ctx, ind))
                out.report(ind.id, ind.location,
                           ctx.name(ind) + " has no target: say what value counts as success, and "
                                           "by when.");
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
