#pragma once
// TOC103 horizon-reversal (structure; docs/checks.md#toc103).

#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/structure/family.hpp"
#include "toc/checks/wording.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule horizon_reversal_rule() {
    using namespace structure_detail;
    RuleInfo info{
        .code = "TOC103",
        .name = "horizon-reversal",
        .family = "structure",
        .criterion = "consistency",
        .default_severity = Severity::warning,
        .summary = "A `leads_to` from an outcome to an outcome of a shorter horizon.",
        .rationale = "Outcomes are ordered by when they are expected: short-term changes (knowledge, trust) come "
            "before intermediate ones (behaviour, practice), which come before long-term ones (status, "
            "conditions). A long-term outcome that leads to a short-term one reverses that order: either "
            "a horizon is wrong or the link is feedback.",
        .source = "Mayne (2015), the results chain",
        .fix = "Correct the horizon of one of the outcomes, or write the link under `feedback`.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        for (const Element& e : ctx.model().elements) {
            if (e.kind != Kind::outcome || !e.horizon) continue;
            for (const Link& l : e.links) {
                if (l.type != LinkType::leads_to) continue;
                const Element* to = ctx.index().element(l.to.id);
                if (!to || to->kind != Kind::outcome || !to->horizon || *to->horizon >= *e.horizon)
                    continue;
                out.report_link(ctx, l, e,
                           ctx.link(l, e) + " goes from a " + std::string(horizon_words(*e.horizon)) +
                               " to a " + std::string(horizon_words(*to->horizon)) +
                               " outcome; check the horizons, or write the link under `feedback`.");
            }
        }
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
