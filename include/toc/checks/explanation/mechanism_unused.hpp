#pragma once
// TOC302 mechanism-unused (explanation; docs/checks.md#toc302).

#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule mechanism_unused_rule() {
    RuleInfo info{
        .code = "TOC302",
        .name = "mechanism-unused",
        .family = "explanation",
        .criterion = "clarity",
        .default_severity = Severity::warning,
        .summary = "A mechanism that no link names in `via`.",
        .rationale = "A mechanism explains why a link works; in the context–mechanism–outcome configurations of "
            "realist evaluation it belongs to the links whose outcome it produces. A mechanism no link "
            "names explains nothing in the model.",
        .source = "Pawson & Tilley (1997), Realistic Evaluation: context–mechanism–outcome",
        .fix = "Name the mechanism in the `via` of the links it explains, or remove it.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        const auto& via = ctx.references().via;
        for (const Mechanism& m : ctx.model().mechanisms)
            if (!via.count(m.id))
                out.report(m.id, m.location,
                           ctx.name(m) + " explains no link: name it in the `via` of the links it "
                                         "explains.");
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
