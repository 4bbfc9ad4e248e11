#pragma once
// TOC306 refuted-assumption-in-use (explanation; docs/checks.md#toc306).

#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule refuted_assumption_in_use_rule() {
    RuleInfo info{
        .code = "TOC306",
        .name = "refuted-assumption-in-use",
        .family = "explanation",
        .criterion = "plausibility",
        .default_severity = Severity::warning,
        .summary = "An assumption with `status: refuted` that a link still rests on.",
        .rationale = "When the evaluation has refuted an assumption, the links that rest on it no longer hold as "
            "drawn. Keeping them unchanged presents a theory the evidence contradicts.",
        .source = "Mayne (2015): revising the theory of change as evidence comes in",
        .fix = "Revise the link (another mechanism, another pathway) or remove it; keep the assumption to "
            "document what was learnt.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        for (const Element& e : ctx.model().elements)
            for (const Link& l : e.links)
                for (const Ref& r : l.assumptions) {
                    const auto* entry = ctx.index().find(r.id);
                    if (!entry || entry->kind != Kind::assumption) continue;
                    const Assumption& a = ctx.model().assumptions[entry->index];
                    if (a.status != AssumptionStatus::refuted) continue;
                    out.report(a.id, r.location.known() ? r.location : CheckContext::link_location(l, e),
                               ctx.name(a) + " is refuted, but " + ctx.link(l, e) +
                                   " still rests on it.");
                }
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
