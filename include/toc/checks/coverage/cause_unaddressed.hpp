#pragma once
// TOC401 cause-unaddressed (coverage; docs/checks.md#toc401).

#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule cause_unaddressed_rule() {
    RuleInfo info{
        .code = "TOC401",
        .name = "cause-unaddressed",
        .family = "coverage",
        .criterion = "relevance",
        .default_severity = Severity::warning,
        .summary = "A problem with `role: cause` that no activity `addresses`.",
        .rationale = "A problem tree names the causes that produce the main problem; an intervention that leaves "
            "a cause untouched must explain why (it lies outside the program's reach, another actor "
            "deals with it). Otherwise the problem may persist whatever the program achieves.",
        .source = "Problem-tree analysis (the logical framework approach)",
        .fix = "Name the cause in the `addresses` of the activities that tackle it, or say in its "
            "`description` why the program leaves it alone.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        const auto& addressed = ctx.references().addressed;
        for (const Element& e : ctx.model().elements)
            if (e.kind == Kind::problem && e.role == ProblemRole::cause && !addressed.count(e.id))
                out.report(e.id, e.location, ctx.name(e) + " is a cause that no activity addresses.");
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
