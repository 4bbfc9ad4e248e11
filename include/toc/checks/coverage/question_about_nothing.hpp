#pragma once
// TOC403 question-about-nothing (coverage; docs/checks.md#toc403).

#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule question_about_nothing_rule() {
    RuleInfo info{
        .code = "TOC403",
        .name = "question-about-nothing",
        .family = "coverage",
        .criterion = "testability",
        .default_severity = Severity::warning,
        .summary = "An evaluation question whose `about` is empty or names nothing that exists.",
        .rationale = "Evaluation questions are tied to the parts of the theory they test; a question about "
            "nothing cannot be traced to the theory, and its answer cannot revise it.",
        .source = "W.K. Kellogg Foundation (2004), Logic Model Development Guide: evaluation questions",
        .fix = "Add `about: [...]` naming the elements, links, assumptions or mechanisms the question tests.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        for (const Question& q : ctx.model().questions) {
            if (q.about.empty()) {
                out.report(q.id, q.location, ctx.name(q) + " is about nothing: say which parts of the "
                                                           "theory it tests in `about`.");
                continue;
            }
            bool any = false;
            for (const Ref& r : q.about) any = any || ctx.index().find(r.id) != nullptr;
            if (!any)
                out.report(q.id, q.about.front().location.known() ? q.about.front().location : q.location,
                           ctx.name(q) + " is about nothing that exists in the model: none of its "
                                         "`about` ids resolves.");
        }
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
