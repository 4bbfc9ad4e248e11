#pragma once
// TOC101 illegal-link (structure; docs/checks.md#toc101).

#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/structure/family.hpp"
#include "toc/checks/wording.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule illegal_link_rule() {
    using namespace structure_detail;
    RuleInfo info{
        .code = "TOC101",
        .name = "illegal-link",
        .family = "structure",
        .criterion = "plausibility",
        .default_severity = Severity::error,
        .summary = "A link key on a kind that may not have it, or a `leads_to` against the allowed directions.",
        .rationale = "A results chain reads in one direction, from what the program does to what changes: "
            "activities lead to outputs, outputs to outcomes, outcomes to impacts. A link that runs "
            "backwards or sideways (an outcome leading to an activity, a barrier leading to an outcome) "
            "breaks the if-then reading of the chain that the logframe's vertical logic relies on.",
        .source = "Logframe vertical logic; W.K. Kellogg Foundation (2004), Logic Model Development Guide",
        .fix = "Move the link to the key its meaning needs: `feedback` for a result that feeds back into an "
            "earlier element, `enables` or `hinders` for a condition, `addresses` for a problem an "
            "activity tackles.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        for (const Element& e : ctx.model().elements)
            for (const Link& l : e.links) {
                if (!link_key_allowed(e.kind, l.type)) {
                    out.report_link(ctx, l, e,
                               ctx.name(e) + " has " + std::string(article(l.type)) + " `" +
                                   std::string(to_string(l.type)) + "` link to " + ctx.target(l) +
                                   ", but " + std::string(article(e.kind)) + " " +
                                   std::string(to_string(e.kind)) + " may have " +
                                   std::string(allowed_keys(e.kind)) + ".");
                    continue;
                }
                if (l.type != LinkType::leads_to) continue;
                const Element* to = ctx.index().element(l.to.id);
                if (!to || direction_allowed(e.kind, to->kind)) continue;
                out.report_link(ctx, l, e,
                           ctx.link(l, e) + " runs against the results chain (" +
                               std::string(to_string(e.kind)) + " → " +
                               std::string(to_string(to->kind)) + "): " +
                               direction_advice(e.kind, to->kind) + ".");
            }
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
