#pragma once
// TOC104 leap (structure; docs/checks.md#toc104).

#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/structure/family.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule leap_rule() {
    using namespace structure_detail;
    RuleInfo info{
        .code = "TOC104",
        .name = "leap",
        .family = "structure",
        .criterion = "plausibility",
        .default_severity = Severity::warning,
        .summary = "A `leads_to` from an activity or output to a long-term outcome or impact, or from a short-term "
            "outcome to an impact: the missing middle.",
        .rationale = "Long-term change does not follow from an activity directly: it comes about through a "
            "sequence of shorter-term changes, and that sequence is what a theory of change must spell "
            "out. A link that leaps over it hides the steps where the theory is most likely to fail "
            "and where evaluation should look.",
        .source = "ActKnowledge (Anderson 2005, The Community Builder's Approach to Theory of Change); Mayne (2015)",
        .fix = "Add the intermediate results between the two elements and link through them.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        for (const Element& e : ctx.model().elements) {
            const bool early = e.kind == Kind::activity || e.kind == Kind::output;
            const bool short_outcome = e.kind == Kind::outcome && e.horizon == Horizon::short_term;
            if (!early && !short_outcome) continue;
            for (const Link& l : e.links) {
                if (l.type != LinkType::leads_to) continue;
                const Element* to = ctx.index().element(l.to.id);
                if (!to) continue;
                const bool far = to->kind == Kind::impact ||
                                 (early && to->kind == Kind::outcome && to->horizon == Horizon::long_term);
                if (!far) continue;
                const std::string between = early ? "short-term and intermediate outcomes"
                                                  : "intermediate and long-term outcomes";
                out.report_link(ctx, l, e,
                           ctx.link(l, e) + " leaps straight to " +
                               (to->kind == Kind::impact ? "an impact" : "a long-term outcome") +
                               ": name the " + between + " it comes about through.");
            }
        }
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
