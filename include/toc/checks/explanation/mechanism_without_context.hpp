#pragma once
// TOC303 mechanism-without-context (explanation; docs/checks.md#toc303).

#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule mechanism_without_context_rule() {
    RuleInfo info{
        .code = "TOC303",
        .name = "mechanism-without-context",
        .family = "explanation",
        .criterion = "contextualisation",
        .default_severity = Severity::note,
        .summary = "A mechanism with no `contexts`.",
        .rationale = "Realist evaluation holds that mechanisms fire only in some contexts: what works, for whom, "
            "in what circumstances. A mechanism without contexts claims to work everywhere.",
        .source = "Pawson & Tilley (1997), Realistic Evaluation",
        .fix = "Add `contexts: [...]` naming the contexts in which the mechanism fires.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        for (const Mechanism& m : ctx.model().mechanisms)
            if (m.contexts.empty())
                out.report(m.id, m.location,
                           ctx.name(m) + " names no contexts: in what circumstances, and for whom, "
                                         "does it work?");
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
