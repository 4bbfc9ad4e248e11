#pragma once
// TOC107 unreached-result (structure; docs/checks.md#toc107).

#include <string>
#include <utility>
#include <vector>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/structure/family.hpp"
#include "toc/checks/wording.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule unreached_result_rule() {
    using namespace structure_detail;
    RuleInfo info{
        .code = "TOC107",
        .name = "unreached-result",
        .family = "structure",
        .criterion = "plausibility",
        .default_severity = Severity::warning,
        .summary = "An outcome or impact that no activity reaches.",
        .rationale = "Every outcome in a theory of change should be tied to something the program does. An "
            "outcome with no pathway from any activity is expected to happen by itself: the 'then a "
            "miracle occurs' step of the cartoon.",
        .source = "ActKnowledge: every outcome is tied to an intervention (Anderson 2005)",
        .fix = "Link the outcome to the activities, outputs or earlier outcomes it comes from; if it is "
            "outside the program's reach, say so by making it a context.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        const bool isolated_reported = ctx.enabled("TOC105");
        const auto& reached = ctx.reached_by_activities();
        const ModelGraph& g = ctx.graph();
        std::vector<const Element*> unreached;
        for (ElementVertexId v = 0; v < g.size(); ++v) {
            const Element& e = g.element(v);
            if ((e.kind != Kind::outcome && e.kind != Kind::impact) || reached[v]) continue;
            if (isolated_reported && ctx.isolated()[v]) continue;
            unreached.push_back(&e);
        }
        if (unreached.empty()) return;
        if (unreached.size() > 1 && vertices_of(g, {Kind::activity}).empty()) {  // one cause: report it once
            report_root_cause(ctx, out, unreached,
                              "The model has no activities, so no activity reaches any of its " +
                                  counted(unreached.size(), "outcome or impact", "outcomes and impacts"),
                              ": add what the program does and link it to the results it is meant to bring about.");
            return;
        }
        for (const Element* e : unreached) {
            if (is_package(*e) && ctx.partly_reached(*e)) {
                out.report(e->id, e->location,
                           ctx.name(*e) + " is a causal package (`combine: all`) that needs every one of its "
                                          "incoming links, but not every one of them is reached by an activity.");
                continue;
            }
            out.report(e->id, e->location,
                       ctx.name(*e) + " is reached by no activity: no pathway of `leads_to` or "
                                      "`enables` links runs to it from what the program does.");
        }
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
