#pragma once
// TOC402 consequences-only (coverage; docs/checks.md#toc402).

#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule consequences_only_rule() {
    RuleInfo info{
        .code = "TOC402",
        .name = "consequences-only",
        .family = "coverage",
        .criterion = "relevance",
        .default_severity = Severity::warning,
        .summary = "Activities address consequences of the problem, but none addresses a cause or the main "
            "problem.",
        .rationale = "An intervention that only relieves the consequences of a problem leaves the problem itself "
            "in place: the consequences keep coming back. This is a judgement evaluators make by hand "
            "(the final report on Hela Familjen reaches it); the problem tree makes it checkable.",
        .source = "Problem-tree analysis; the final evaluation of Hela Familjen",
        .fix = "Add or name the activities that act on the causes or the main problem, or explain why the "
            "program deliberately works on consequences.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        const Ref* first_consequence = nullptr;
        const Element* by = nullptr;
        std::size_t consequences = 0;
        for (const Element& e : ctx.model().elements) {
            if (e.kind != Kind::activity) continue;
            for (const Ref& r : e.addresses) {
                const Element* p = ctx.index().element(r.id);
                if (!p || p->kind != Kind::problem || !p->role) continue;
                if (*p->role != ProblemRole::consequence) return;  // a cause or the main problem
                if (!first_consequence) { first_consequence = &r; by = &e; }
                ++consequences;
            }
        }
        if (!first_consequence) return;
        const std::string model_id = ctx.model().id;
        out.report(model_id, first_consequence->location.known() ? first_consequence->location : by->location,
                   "The activities address only consequences of the problem (" +
                       std::to_string(consequences) + (consequences == 1 ? " reference" : " references") +
                       ", the first by " + ctx.name(*by) + " to " + ctx.name_of(first_consequence->id) +
                       "); none addresses a cause or the main problem.");
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
