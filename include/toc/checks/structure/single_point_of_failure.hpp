#pragma once
// TOC110 single-point-of-failure (structure; docs/checks.md#toc110).

#include <string>
#include <utility>
#include <vector>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/structure/family.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule single_point_of_failure_rule() {
    using namespace structure_detail;
    RuleInfo info{
        .code = "TOC110",
        .name = "single-point-of-failure",
        .family = "structure",
        .criterion = "testability",
        .default_severity = Severity::note,
        .summary = "A long-term outcome whose every pathway from the activities passes one link (min cut 1) that "
            "has weak or no evidence, or no assumption.",
        .rationale = "Where every pathway to a long-term outcome runs through one link, the whole theory rests "
            "on that link: if it does not hold, the outcome cannot come about through the program. Such a "
            "link deserves evidence and explicit assumptions; when it has neither, the theory's "
            "sufficiency is in doubt.",
        .source = "Mayne (2015, 2017): robustness and sufficiency of causal packages; Causal Map",
        .fix = "Give the link its assumptions and evidence (and a question that tests it), or add the "
            "alternative pathways that exist in reality.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        const ModelGraph& g = ctx.graph();
        for (const CriticalLink& cut : ctx.critical_links()) {
            const LinkEdge& edge = g.edge(cut.link);
            if (!edge.link || !CheckContext::is_fragile(*edge.link)) continue;
            const Link& l = *edge.link;
            const bool weak_evidence = l.evidence == Evidence::none || l.evidence == Evidence::weak;
            std::string why;
            if (weak_evidence) why = l.evidence == Evidence::none ? "no evidence" : "weak evidence";
            if (l.assumptions.empty()) why += std::string(why.empty() ? "" : " and ") + "no stated assumption";
            if (l.via.empty() && l.assumptions.empty() && l.rationale.empty())
                why += " (nothing explains it: no `via`, no `assumptions`, no `rationale`)";
            std::string message = "Every pathway from the activities to the long-term " +
                                  ctx.name(g.element(cut.targets.front())) + " runs through " + ctx.link(l, *edge.source);
            if (cut.package)
                message += " (" + ctx.name(g.element(*cut.package)) +
                           " is a causal package, `combine: all`, and needs every one of its links)";
            message += ", which has " + why + ": if this one step fails, the outcome is out of reach";
            if (cut.target_count > 1)
                message += " (the same holds for " + std::to_string(cut.target_count - 1) +
                           " more long-term outcome" + (cut.target_count > 2 ? "s" : "") + ")";
            message += ".";
            out.report_link(ctx, l, *edge.source, std::move(message));
        }
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
