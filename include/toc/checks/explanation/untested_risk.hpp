#pragma once
// TOC305 untested-risk (explanation; docs/checks.md#toc305).

#include <string>
#include <utility>
#include <vector>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/wording.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule untested_risk_rule() {
    RuleInfo info{
        .code = "TOC305",
        .name = "untested-risk",
        .family = "explanation",
        .criterion = "testability",
        .default_severity = Severity::warning,
        .summary = "A `risk: high` assumption or a mechanism that no question is `about`; a link with "
            "`evidence: none` or `weak` when no question is about the link or its target.",
        .rationale = "A theory of change is testable when its weakest parts are what the evaluation asks about. "
            "High-risk assumptions, the mechanisms that carry the theory, and poorly evidenced links are "
            "those parts; an evaluation plan without a question on them leaves the theory untested "
            "where it matters most.",
        .source = "Connell & Klem (2000): plausible, doable, testable",
        .fix = "Add a question `about` the assumption, mechanism, link (by its `id`) or the link's target.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        struct Finding {
            std::string subject;
            SourceLocation at;
            std::string message;
        };
        std::vector<Finding> found;
        const auto& asked = ctx.references().questioned;
        for (const Assumption& a : ctx.model().assumptions)
            if (a.risk == Risk::high && !asked.count(a.id))
                found.push_back({a.id, a.location, ctx.name(a) + " is a high risk, but no evaluation question is about it."});
        for (const Mechanism& m : ctx.model().mechanisms)
            if (!asked.count(m.id))
                found.push_back({m.id, m.location, ctx.name(m) + " is tested by no evaluation question."});
        for (const Element& e : ctx.model().elements)
            for (const Link& l : e.links) {
                if (l.evidence != Evidence::none && l.evidence != Evidence::weak) continue;
                if ((!l.id.empty() && asked.count(l.id)) || asked.count(l.to.id)) continue;
                const Element* to = ctx.index().element(l.to.id);
                if (!e.evaluated || (to && !to->evaluated)) continue;
                found.push_back({CheckContext::link_subject(l, e), CheckContext::link_location(l, e),
                                 ctx.link(l, e) + " has " +
                                     (l.evidence == Evidence::none ? "no evidence" : "weak evidence") +
                                     ", but no evaluation question is about the link or its target."});
            }
        if (found.size() > 1 && ctx.model().questions.empty()) {  // one cause: report it once
            std::vector<std::string_view> ids;
            ids.reserve(found.size());
            for (const Finding& f : found) ids.push_back(f.subject);
            report_root_cause(ctx, out, ids, found.front().at,
                              "The model has no evaluation questions, so none of its " +
                                  std::to_string(found.size()) +
                                  " risks (high-risk assumptions, mechanisms, links with weak or no evidence) is tested",
                              ": add `questions:` about the riskiest of them.");
            return;
        }
        for (Finding& f : found) out.report(std::move(f.subject), std::move(f.at), std::move(f.message));
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
