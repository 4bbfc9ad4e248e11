#pragma once
// TOC204 indicator-without-source (measurement; docs/checks.md#toc204).

#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/measurement/family.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule indicator_without_source_rule() {
    using namespace measurement_detail;
    RuleInfo info{
        .code = "TOC204",
        .name = "indicator-without-source",
        .family = "measurement",
        .criterion = "validity-and-reliability",
        .default_severity = Severity::warning,
        .summary = "An indicator with no `source` (means of verification).",
        .rationale = "The logframe asks for every indicator's means of verification: where its data come from. "
            "An indicator without a source may turn out not to be measurable at all.",
        .source = "The logframe: means of verification",
        .fix = "Add `source:` naming the register, survey or follow-up that provides the data.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        for (const Indicator& ind : ctx.model().indicators)
            if (ind.source.empty() && !out_of_scope(ctx, ind))
                out.report(ind.id, ind.location,
                           ctx.name(ind) + " has no source: say where its data come from (the means "
                                           "of verification).");
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
