#pragma once
// TOC202 indicator-without-baseline (measurement; docs/checks.md#toc202).

#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/measurement/family.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule indicator_without_baseline_rule() {
    using namespace measurement_detail;
    RuleInfo info{
        .code = "TOC202",
        .name = "indicator-without-baseline",
        .family = "measurement",
        .criterion = "validity-and-reliability",
        .default_severity = Severity::warning,
        .summary = "An indicator with no `baseline`.",
        .rationale = "Change is measured against a starting point. Without a baseline, a later value shows a "
            "level, not a change, and a target cannot be judged as ambitious or modest.",
        .source = "SMART indicators (Doran 1981); the logframe",
        .fix = "Add `baseline: {value: ..., date: ...}`; if the value was never measured, say so in its "
            "`note`.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        for (const Indicator& ind : ctx.model().indicators)
            if (ind.baseline.empty() && !out_of_scope(ctx, ind))
                out.report(ind.id, ind.location,
                           ctx.name(ind) + " has no baseline: without a starting value a change "
                                           "cannot be shown.");
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
