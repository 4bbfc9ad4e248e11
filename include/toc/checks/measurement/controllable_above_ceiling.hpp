#pragma once
// TOC210 controllable-above-ceiling (measurement; docs/checks.md#toc210).

#include <optional>
#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/measurement/family.hpp"
#include "toc/checks/wording.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule controllable_above_ceiling_rule() {
    using namespace measurement_detail;
    RuleInfo info{
        .code = "TOC210",
        .name = "controllable-above-ceiling",
        .family = "measurement",
        .criterion = "plausibility",
        .default_severity = Severity::warning,
        .summary = "`controllable: true` on an indicator of a result above the accountability ceiling (by "
            "default: an impact).",
        .rationale = "Results above the accountability ceiling depend on much besides the program: calling their "
            "indicators controllable claims more than the program can deliver, and invites judging it "
            "by what it does not control.",
        .source = "Duignan, outcomes theory: controllable and not-necessarily-controllable indicators",
        .fix = "Set `controllable: false`, or measure a result the program does control.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        const int ceiling = static_cast<int>(ctx.ceiling());
        for (const Indicator& ind : ctx.model().indicators) {
            if (ind.controllable != true) continue;
            for (const Ref& r : ind.measures) {
                const Element* e = ctx.index().element(r.id);
                const auto stage = e ? result_stage(*e) : std::nullopt;
                if (!stage || *stage <= ceiling) continue;
                out.report(ind.id, ind.location_of("controllable"),
                           ctx.name(ind) + " is marked controllable, but it measures " + ctx.name(*e) +
                               ", above the accountability ceiling (" +
                               std::string(ceiling_words(ctx.ceiling())) + ").");
                break;
            }
        }
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
