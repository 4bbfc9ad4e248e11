#pragma once
// TOC102 causal-cycle (structure; docs/checks.md#toc102).

#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/structure/family.hpp"
#include "toc/checks/wording.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule causal_cycle_rule() {
    using namespace structure_detail;
    RuleInfo info{
        .code = "TOC102",
        .name = "causal-cycle",
        .family = "structure",
        .criterion = "plausibility",
        .default_severity = Severity::error,
        .summary = "A directed cycle of links not closed by a `feedback` link.",
        .rationale = "A results chain has an order: each step comes before the ones it leads to. A cycle of "
            "`leads_to`, `enables` or `hinders` links says that a result is its own precondition, which "
            "no evaluation can test. Real feedback loops exist (an outcome strengthens the activity that "
            "produced it) and are written with `feedback`, which keeps the chain's order readable.",
        .source = "The order of the results chain (Mayne 2015, Useful theory of change models)",
        .fix = "Find the link in the cycle that goes back to an earlier step and write it under `feedback`; "
            "or remove the link if it was a mistake.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        const ModelGraph& g = ctx.graph();
        for (const CausalCycle& cc : ctx.causal_cycles()) {
            if (cc.cycle.empty()) continue;
            const LinkEdge& closing = g.edge(cc.cycle.back());
            constexpr std::size_t shown = 12;
            std::string chain;
            const std::size_t n = cc.cycle.size();
            for (std::size_t i = 0; i < n; ++i) {
                if (n > shown && i == shown - 2) {
                    chain += "… (" + std::to_string(n - shown + 1) + " more) → ";
                    i = n - 1;
                }
                chain += ctx.name(g.element(g.source(cc.cycle[i]))) + " → ";
            }
            chain += "'" + g.element(cc.elements.front()).id + "'";
            std::string message = "These elements form a cycle that no `feedback` link closes: " +
                                  chain + ". Write the link that goes back to an earlier step under "
                                          "`feedback`";
            if (cc.elements.size() > n)
                message += "; in all " + std::to_string(cc.elements.size()) +
                           " elements are caught in cycles with each other: " +
                           element_list(ctx, cc.elements, 20);
            message += ".";
            const Element& source = *closing.source;
            if (closing.link)
                out.report_link(ctx, *closing.link, source, std::move(message));
            else
                out.report(source.id, source.location, std::move(message));
        }
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
