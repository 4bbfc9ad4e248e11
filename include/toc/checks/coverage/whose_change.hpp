#pragma once
// TOC404 whose-change (coverage; docs/checks.md#toc404).

#include <string>
#include <utility>
#include <vector>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/wording.hpp"

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
        std::vector<const Element*> anonymous;
        bool any_named = false;
        for (const Element& e : ctx.model().elements)
            if (e.kind == Kind::outcome) {
                if (e.actors.empty()) anonymous.push_back(&e);
                else any_named = true;
            }
        if (anonymous.size() > 1 && !any_named && ctx.model().actors.empty()) {  // one cause: report it once
            report_root_cause(ctx, out, anonymous,
                              "The model names no actors, so none of its " +
                                  counted(anonymous.size(), "outcome", "outcomes"),
                              " says whose change it is: add `actors:` (the target groups, staff, partners) and "
                              "name them in each outcome's `actors`.");
        } else {
            for (const Element* e : anonymous)
                out.report(e->id, e->location, ctx.name(*e) + " names no actors: whose change is it?");
        }
        const auto& concerned = ctx.references().concerned;
        for (const Actor& a : ctx.model().actors)
            if (a.role == ActorRole::target_group && !concerned.count(a.id))
                out.report(a.id, a.location,
                           ctx.name(a) + " is a target group, but no outcome concerns it.");
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
