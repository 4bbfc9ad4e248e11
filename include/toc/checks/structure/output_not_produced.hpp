#pragma once
// TOC111 output-not-produced (structure; docs/checks.md#toc111).

#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/structure/family.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule output_not_produced_rule() {
    using namespace structure_detail;
    RuleInfo info{
        .code = "TOC111",
        .name = "output-not-produced",
        .family = "structure",
        .criterion = "plausibility",
        .default_severity = Severity::warning,
        .summary = "An output that no activity or resource leads to or enables, directly or through other outputs.",
        .rationale = "Outputs are what the program's activities deliver: the courses held, the places provided. "
            "An output that nothing the program does or has produces is delivered by no one; the activity "
            "that makes it is missing, or the element is really an outcome or a context.",
        .source = "W.K. Kellogg Foundation (2004), Logic Model Development Guide: activities produce outputs",
        .fix = "Link the activity that delivers the output to it (`leads_to`), or make it an outcome or a "
            "context if the program does not deliver it.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        const ModelGraph& g = ctx.graph();
        const auto producers = vertices_of(g, {Kind::activity, Kind::resource});
        // With no activities at all, TOC107 names that one cause; this rule adds nothing.
        if (ctx.enabled("TOC107") && vertices_of(g, {Kind::activity}).empty()) return;
        const bool isolated_reported = ctx.enabled("TOC105");
        const auto produced = reachable(g, producers, causal_relations);
        for (ElementVertexId v = 0; v < g.size(); ++v) {
            const Element& e = g.element(v);
            if (e.kind != Kind::output || produced[v]) continue;
            if (isolated_reported && ctx.isolated()[v]) continue;
            out.report(e.id, e.location,
                       ctx.name(e) + " is produced by nothing: no activity or resource leads to it or enables it, "
                                     "directly or through other outputs.");
        }
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
