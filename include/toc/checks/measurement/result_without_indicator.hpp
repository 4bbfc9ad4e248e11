#pragma once
// TOC201 result-without-indicator (measurement; docs/checks.md#toc201).

#include <string>
#include <utility>
#include <vector>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/measurement/family.hpp"
#include "toc/checks/wording.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule result_without_indicator_rule() {
    using namespace measurement_detail;
    RuleInfo info{
        .code = "TOC201",
        .name = "result-without-indicator",
        .family = "measurement",
        .criterion = "validity-and-reliability",
        .default_severity = Severity::warning,
        .summary = "An output or outcome at or below the accountability ceiling that no indicator measures.",
        .rationale = "A result that nothing measures cannot be shown to have happened. The program is "
            "accountable for the results up to its accountability ceiling (by default up to the "
            "long-term outcomes; set `checks: {ceiling: ...}`); each of those needs at least one "
            "indicator.",
        .source = "ActKnowledge: every outcome has an indicator; Duignan, outcomes theory (the accountability ceiling)",
        .fix = "Add an indicator that `measures` the result, mark the element `evaluated: false` if the "
            "evaluation deliberately leaves it out, or lower the ceiling.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        const auto& measured = ctx.references().measured;
        const int ceiling = static_cast<int>(ctx.ceiling());
        std::vector<const Element*> unmeasured;
        for (const Element& e : ctx.model().elements) {
            if (e.kind != Kind::output && e.kind != Kind::outcome &&
                !(e.kind == Kind::impact && ctx.ceiling() == Ceiling::impact))
                continue;
            const auto stage = result_stage(e);
            if (!e.evaluated || !stage || *stage > ceiling || measured.count(e.id)) continue;
            unmeasured.push_back(&e);
        }
        if (unmeasured.empty()) return;
        if (unmeasured.size() > 1 && ctx.model().indicators.empty()) {  // one cause: report it once
            report_root_cause(ctx, out, unmeasured,
                              "The model has no indicators, so nothing says how any of its " +
                                  counted(unmeasured.size(), "result", "results") + " up to " +
                                  std::string(ceiling_words(ctx.ceiling())) + " will be known",
                              ": add `indicators:` that measure them, starting with the outcomes.");
            return;
        }
        for (const Element* e : unmeasured)
            out.report(e->id, e->location,
                       ctx.name(*e) + " has no indicator: nothing says how its achievement will be "
                                      "known (the program is accountable up to " +
                           std::string(ceiling_words(ctx.ceiling())) + ").");
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
