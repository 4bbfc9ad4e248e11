#pragma once
// TOC304 assumption-unused (explanation; docs/checks.md#toc304).

#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule assumption_unused_rule() {
    RuleInfo info{
        .code = "TOC304",
        .name = "assumption-unused",
        .family = "explanation",
        .criterion = "clarity",
        .default_severity = Severity::warning,
        .summary = "An assumption that nothing refers to: no link, element, question or recommendation.",
        .rationale = "An assumption matters for the links or elements that rest on it. One that is referenced "
            "nowhere cannot be traced to the part of the theory it would undermine.",
        .source = "Mayne (2015): causal link assumptions",
        .fix = "Name the assumption in the `assumptions` of the links or elements that rest on it.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        const auto& used = ctx.references().assumptions;
        for (const Assumption& a : ctx.model().assumptions)
            if (!used.count(a.id))
                out.report(a.id, a.location,
                           ctx.name(a) + " is referenced nowhere: name it in the `assumptions` of the "
                                         "links or elements that rest on it.");
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
