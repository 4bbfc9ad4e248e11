#pragma once
// TOC306 refuted-assumption-in-use (explanation; docs/checks.md#toc306).

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

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
        // One finding per refuted assumption, at its first use, naming every link that rests on it.
        struct Use {
            const Assumption* assumption;
            SourceLocation at;
            std::vector<std::string> links;
        };
        std::vector<Use> uses;
        std::unordered_map<const Assumption*, std::size_t> slot;
        for (const Element& e : ctx.model().elements)
            for (const Link& l : e.links)
                for (const Ref& r : l.assumptions) {
                    const auto* entry = ctx.index().find(r.id);
                    if (!entry || entry->kind != Kind::assumption) continue;
                    const Assumption& a = ctx.model().assumptions[entry->index];
                    if (a.status != AssumptionStatus::refuted) continue;
                    auto [it, fresh] = slot.try_emplace(&a, uses.size());
                    if (fresh) uses.push_back({&a, r.location.known() ? r.location : CheckContext::link_location(l, e), {}});
                    uses[it->second].links.push_back(ctx.link(l, e));
                }
        for (Use& u : uses) {
            std::string message = ctx.name(*u.assumption) + " is refuted, but " + u.links.front();
            if (u.links.size() == 1) {
                message += " still rests on it.";
            } else {
                constexpr std::size_t shown = 3;
                message += " and " + std::to_string(u.links.size() - 1) + " more link" +
                           (u.links.size() > 2 ? "s" : "") + " still rest on it";
                for (std::size_t i = 1; i < u.links.size() && i < shown; ++i) message += (i == 1 ? ": " : "; ") + u.links[i];
                if (u.links.size() > shown) message += "; and " + std::to_string(u.links.size() - shown) + " more";
                message += ".";
            }
            out.report(u.assumption->id, std::move(u.at), std::move(message));
        }
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
