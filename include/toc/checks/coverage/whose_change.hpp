#pragma once
// TOC404 whose-change (coverage; docs/checks.md#toc404).

#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule whose_change_rule() {
    RuleInfo info{
        .code = "TOC404",
        .name = "whose-change",
        .family = "coverage",
        .criterion = "relevance",
        .default_severity = Severity::note,
        .summary = "An outcome with no `actors`, or a `target_group` actor that no outcome concerns.",
        .rationale = "An outcome is a change in someone: families, staff, an organisation. Saying whose change it "
            "is makes it assignable and measurable; a target group that no outcome concerns is reached "
            "by the program but expected to gain nothing.",
        .source = "Mayne (2015): reach; SMART indicators (Doran 1981): assignable",
        .fix = "Name the actors whose change the outcome is in its `actors`; link each target group to the "
            "outcomes that concern it.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        for (const Element& e : ctx.model().elements)
            if (e.kind == Kind::outcome && e.actors.empty())
                out.report(e.id, e.location,
                           ctx.name(e) + " names no actors: whose change is it?");
        const auto& concerned = ctx.references().concerned;
        for (const Actor& a : ctx.model().actors)
            if (a.role == ActorRole::target_group && !concerned.count(a.id))
                out.report(a.id, a.location,
                           ctx.name(a) + " is a target group, but no outcome concerns it.");
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
