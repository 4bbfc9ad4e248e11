#pragma once
// TOC406 no-problem-analysis (coverage; docs/checks.md#toc406).

#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule no_problem_analysis_rule() {
    RuleInfo info{
        .code = "TOC406",
        .name = "no-problem-analysis",
        .family = "coverage",
        .criterion = "relevance",
        .default_severity = Severity::note,
        .summary = "A model with activities but no `problems`.",
        .rationale = "A theory of change starts from the problem it is meant to solve. Without a problem analysis "
            "there is nothing to judge the activities against: what is the intervention for?",
        .source = "Problem-tree analysis (the logical framework approach)",
        .fix = "Add `problems:` with the main problem, its causes and its consequences, and let the "
            "activities name the ones they tackle in `addresses`.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        const Model& m = ctx.model();
        bool activities = false, problems = false;
        for (const Element& e : m.elements) {
            activities = activities || e.kind == Kind::activity;
            problems = problems || e.kind == Kind::problem;
        }
        if (activities && !problems)
            out.report(m.id, m.location,
                       "The model has activities but no problem analysis (`problems`): what is the "
                       "intervention for?");
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
