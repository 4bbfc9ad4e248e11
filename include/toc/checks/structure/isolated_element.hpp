#pragma once
// TOC105 isolated-element (structure; docs/checks.md#toc105).

#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/structure/family.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule isolated_element_rule() {
    using namespace structure_detail;
    RuleInfo info{
        .code = "TOC105",
        .name = "isolated-element",
        .family = "structure",
        .criterion = "clarity",
        .default_severity = Severity::warning,
        .summary = "An activity, output, outcome, impact, context or barrier with no link in or out.",
        .rationale = "An element that nothing leads to and that leads to nothing is not part of the theory: it "
            "says neither how it comes about nor what it contributes to. It is usually a link that was "
            "forgotten, or a leftover from an earlier version of the model.",
        .source = "",
        .fix = "Link the element to the chain where it belongs, or remove it. (Resources that no activity "
            "uses are reported by TOC108.)",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        const auto& isolated = ctx.isolated();
        const ModelGraph& g = ctx.graph();
        for (ElementVertexId v = 0; v < g.size(); ++v) {
            const Element& e = g.element(v);
            if (!isolated[v] || e.kind == Kind::resource || e.kind == Kind::problem) continue;
            out.report(e.id, e.location,
                       ctx.name(e) + " has no link in or out: link it to the chain where it belongs, "
                                     "or remove it.");
        }
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
