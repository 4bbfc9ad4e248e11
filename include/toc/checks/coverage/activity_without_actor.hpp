#pragma once
// TOC405 activity-without-actor (coverage; docs/checks.md#toc405).

#include <string>
#include <utility>
#include <vector>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/wording.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule activity_without_actor_rule() {
    RuleInfo info{
        .code = "TOC405",
        .name = "activity-without-actor",
        .family = "coverage",
        .criterion = "clarity",
        .default_severity = Severity::note,
        .summary = "An activity with no implementing actor.",
        .rationale = "Someone carries out every activity. Naming who makes responsibilities visible and lets the "
            "evaluation ask the right people how the activity went.",
        .source = "W.K. Kellogg Foundation (2004), Logic Model Development Guide",
        .fix = "Name who carries out the activity in its `actors`.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        std::vector<const Element*> anonymous;
        for (const Element& e : ctx.model().elements)
            if (e.kind == Kind::activity && e.actors.empty()) anonymous.push_back(&e);
        if (anonymous.size() > 1 && anonymous.size() == count_of(ctx.model(), Kind::activity) &&
            ctx.model().actors.empty()) {  // one cause: report it once
            report_root_cause(ctx, out, anonymous,
                              "The model names no actors, so none of its " +
                                  counted(anonymous.size(), "activity", "activities"),
                              " says who carries it out: add `actors:` (staff, partners) and name them in each "
                              "activity's `actors`.");
            return;
        }
        for (const Element* e : anonymous)
            out.report(e->id, e->location, ctx.name(*e) + " names no actor who carries it out.");
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
