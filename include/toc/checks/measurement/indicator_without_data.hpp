#pragma once
// TOC211 indicator-without-data (measurement; docs/checks.md#toc211).

#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/measurement/family.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule indicator_without_data_rule() {
    using namespace measurement_detail;
    RuleInfo info{
        .code = "TOC211",
        .name = "indicator-without-data",
        .family = "measurement",
        .criterion = "testability",
        .default_severity = Severity::note,
        .summary = "An indicator with no measurements: defined, no data.",
        .rationale = "An indicator that was never measured cannot verify anything. Early in a program this is "
            "expected; in an evaluation it marks a gap in the evidence.",
        .source = "Davies (2013), Planning evaluability assessments: a theory must be verifiable",
        .fix = "Add the measurements when they exist, or mark the indicator `evaluated: false`.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        for (const Indicator& ind : ctx.model().indicators)
            if (ind.measurements.empty() && !out_of_scope(ctx, ind))
                out.report(ind.id, ind.location,
                           ctx.name(ind) + " has no measurements yet (defined, no data).");
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
