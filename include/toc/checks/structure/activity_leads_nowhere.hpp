#pragma once
// TOC106 activity-leads-nowhere (structure; docs/checks.md#toc106).

#include <optional>
#include <string>
#include <vector>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/structure/family.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule activity_leads_nowhere_rule() {
    using namespace structure_detail;
    RuleInfo info{
        .code = "TOC106",
        .name = "activity-leads-nowhere",
        .family = "structure",
        .criterion = "plausibility",
        .default_severity = Severity::warning,
        .summary = "An activity from which no outcome or impact can be reached.",
        .rationale = "An activity is in a theory of change because of the change it is expected to bring about. "
            "An activity with no pathway to any outcome is the 'activity trap': doing things for their "
            "own sake, with nothing to say what they are for or how their success would be judged.",
        .source = "Funnell & Rogers (2011), Purposeful Program Theory: the activity trap",
        .fix = "Link the activity (through its outputs) to the outcomes it is meant to contribute to.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        const bool isolated_reported = ctx.enabled("TOC105");
        const auto& leading = ctx.leading_to_results();
        const ModelGraph& g = ctx.graph();
        // Without packages, would it lead to a result? (Computed only when needed.)
        std::optional<std::vector<bool>> plain;
        auto plain_leading = [&]() -> const std::vector<bool>& {
            if (!plain)
                plain = reachable(g, vertices_of(g, {Kind::outcome, Kind::impact}), causal_relations,
                                  Traversal::backward);
            return *plain;
        };
        for (ElementVertexId v = 0; v < g.size(); ++v) {
            const Element& e = g.element(v);
            if (e.kind != Kind::activity || leading[v]) continue;
            if (isolated_reported && ctx.isolated()[v]) continue;
            if (plain_leading()[v]) {
                out.report(e.id, e.location,
                           ctx.name(e) + " leads to no outcome or impact that the activities bring about: its "
                                         "pathways run only into causal packages (`combine: all`) whose other "
                                         "members nothing reaches.");
                continue;
            }
            out.report(e.id, e.location,
                       ctx.name(e) + " leads to no outcome or impact: no pathway of `leads_to` or "
                                     "`enables` links runs from it to a result.");
        }
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
