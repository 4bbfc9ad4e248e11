#pragma once
// TOC108 unused-resource (structure; docs/checks.md#toc108).

#include <algorithm>
#include <string>
#include <utility>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/structure/family.hpp"

namespace toc::checks {

[[nodiscard]] inline Rule unused_resource_rule() {
    using namespace structure_detail;
    RuleInfo info{
        .code = "TOC108",
        .name = "unused-resource",
        .family = "structure",
        .criterion = "clarity",
        .default_severity = Severity::warning,
        .summary = "A resource that no activity `uses` and that `enables` nothing.",
        .rationale = "Resources are the inputs the activities draw on. A resource no activity uses is either "
            "missing from an activity's `uses` or not needed in the model.",
        .source = "W.K. Kellogg Foundation (2004), Logic Model Development Guide: inputs",
        .fix = "Name the resource in the `uses` of the activities that draw on it, or remove it.",
    };
    auto run = [](const CheckContext& ctx, Reporter& out) {
        const auto& used = ctx.references().used;
        for (const Element& e : ctx.model().elements)
            if (e.kind == Kind::resource && !used.count(e.id) &&
                std::none_of(e.links.begin(), e.links.end(),
                             [](const Link& l) { return l.type == LinkType::enables; }))
                out.report(e.id, e.location,
                           ctx.name(e) + " is used by no activity: name it in the `uses` of the "
                                         "activities that draw on it.");
    };
    return {std::move(info), run};
}

}  // namespace toc::checks
