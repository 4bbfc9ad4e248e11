#pragma once
// TOC109 package-of-one (structure; docs/checks.md#toc109).

#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/structure/family.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule package_of_one_rule() {
    using namespace structure_detail;
    RuleInfo info{
        .code = "TOC109",
        .name = "package-of-one",
        .family = "structure",
        .criterion = "consistency",
        .default_severity = Severity::warning,
        .summary = "`combine: all` on an element with fewer than two incoming links.",
        .rationale = "`combine: all` says that the incoming links are jointly needed: a causal package, in which "
            "no single cause suffices. A package with one member (or none) says nothing, and usually "
            "means that the other causes are missing from the model.",
        .source = "Mayne (2012), Contribution analysis: causal packages",
        .fix = "Add the other links that belong to the package, or remove `combine: all`.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        const ModelGraph& g = ctx.graph();
        for (ElementVertexId v = 0; v < g.size(); ++v) {
            const Element& e = g.element(v);
            if (e.combine != Combine::all) continue;
            std::size_t incoming = 0;
            for (auto [it, end] = boost::in_edges(v, g.graph()); it != end; ++it)
                if (causal_relations.contains(g.graph()[*it].relation)) ++incoming;
            if (incoming >= 2) continue;
            out.report(e.id, e.location_of("combine"),
                       ctx.name(e) + " says `combine: all` (its causes are jointly needed), but it has " +
                           (incoming == 0 ? std::string("no incoming link") : std::string("only one incoming link")) +
                           ": a causal package needs at least two members.");
        }
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
