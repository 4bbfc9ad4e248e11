#pragma once
// TOC307 principle-unused (explanation; docs/checks.md#toc307).

#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule principle_unused_rule() {
    RuleInfo info{
        .code = "TOC307",
        .name = "principle-unused",
        .family = "explanation",
        .criterion = "clarity",
        .default_severity = Severity::note,
        .summary = "A principle that guides no activity.",
        .rationale = "Principles guide how activities are carried out. A principle no activity names is not "
            "visibly put into practice, and cannot be evaluated for adherence.",
        .source = "Patton (2018), Principles-Focused Evaluation: the GUIDE criteria",
        .fix = "Name the principle in the `principles` of the activities it guides.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        const auto& guiding = ctx.references().guiding;
        for (const Principle& p : ctx.model().principles)
            if (!guiding.count(p.id))
                out.report(p.id, p.location,
                           ctx.name(p) + " guides no activity: name it in the `principles` of the "
                                         "activities it guides.");
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
