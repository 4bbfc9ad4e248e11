#pragma once
// TOC301 unexplained-link (explanation; docs/checks.md#toc301).

#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule unexplained_link_rule() {
    RuleInfo info{
        .code = "TOC301",
        .name = "unexplained-link",
        .family = "explanation",
        .criterion = "plausibility",
        .default_severity = Severity::note,
        .summary = "A `leads_to` link into an outcome or impact with no `via`, no `assumptions` and no "
            "`rationale`.",
        .rationale = "An arrow says that one thing leads to another; a theory of change says why. Each causal "
            "link into a result should carry its explanation: the mechanism that makes it work, the "
            "assumptions it rests on, or at least a rationale. Links without one are where a theory is "
            "weakest and hardest to evaluate.",
        .source = "Mayne (2015, 2017): causal link assumptions; ActKnowledge / TOCO: rationales",
        .fix = "Add `via: [mechanism]`, `assumptions: [...]` or a `rationale:` to the link (write it in the "
            "map form: `- to: o_id`).",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        for (const Element& e : ctx.model().elements)
            for (const Link& l : e.links) {
                if (l.type != LinkType::leads_to) continue;
                if (!l.via.empty() || !l.assumptions.empty() || !l.rationale.empty()) continue;
                const Element* to = ctx.index().element(l.to.id);
                if (!to || (to->kind != Kind::outcome && to->kind != Kind::impact)) continue;
                if (ctx.reported_as_single_point_of_failure(l)) continue;  // TOC110 says it, and more
                out.report_link(ctx, l, e,
                           ctx.link(l, e) + " is not explained: give the mechanism (`via`), the "
                                            "assumptions or a `rationale` for why the one leads to "
                                            "the other.");
            }
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
