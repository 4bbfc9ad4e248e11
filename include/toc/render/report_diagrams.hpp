#pragma once
// The drawings of the review report (`toc report`) and of the live preview
// (`toc serve`), which shows the same page: one home for which views the page
// carries and with which options. Drawn with Graphviz (link toc::render).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "toc/graph/overview.hpp"
#include "toc/model/model.hpp"
#include "toc/output/badges.hpp"
#include "toc/output/report/html.hpp"
#include "toc/render/render.hpp"

namespace toc::report {

/// The language a report is written in when none is asked for: the model's
/// first of sv and en, else en.
[[nodiscard]] inline std::string default_language(const Model& model) {
    for (const auto& l : model.languages)
        if (l == "sv" || l == "en") return l;
    return "en";
}

/// The options of the page's theory view in `lang`: everything shown, so that
/// every element can be opened and the page's toggles have something to hide.
[[nodiscard]] inline DiagramOptions theory_view_options(const std::string& lang) {
    DiagramOptions o;
    o.lang = lang;
    o.show_mechanisms = o.show_assumptions = o.show_contexts = o.show_barriers = o.show_problems = true;
    return o;
}

/// The page's diagrams, in `lang` and then the other of sv and en: when the model
/// is too large for one page, the overview (graph/overview.hpp), which the page
/// shows first; the theory view, with the most important of `findings` as
/// numbered badges and their key (output/badges.hpp); and, when the model has
/// indicators, the indicator map. nullopt when Graphviz could not draw one of
/// them (`error` says which and why).
[[nodiscard]] inline std::optional<std::vector<LanguageDiagrams>> draw_diagrams(const Model& model,
                                                                                const std::vector<Diagnostic>& findings,
                                                                                const std::string& lang,
                                                                                std::string& error) {
    std::vector<LanguageDiagrams> diagrams;
    const std::vector<Diagnostic> badges = top_findings(model, findings);
    const bool folds = !overview(model).folded.empty();
    const auto draw = [&](const DiagramOptions& options, std::string_view what, std::string& into) {
        RenderResult r = render(model, ImageFormat::svg, options);
        if (!r.ok()) error = std::string(what) + ": " + r.error;
        else into = std::move(r.data);
        return r.ok();
    };
    for (const std::string& l : {lang, std::string(lang == "sv" ? "en" : "sv")}) {
        LanguageDiagrams d{l, {}, {}};
        if (folds) {
            DiagramOptions o;
            o.lang = l;
            o.view = DiagramView::overview;
            if (!draw(o, "the overview", d.overview)) return std::nullopt;
        }
        DiagramOptions theory = theory_view_options(l);
        theory.findings = badges;
        theory.findings_total = findings.size();
        if (!draw(theory, "the theory view", d.theory)) return std::nullopt;
        if (!model.indicators.empty()) {
            DiagramOptions map;
            map.lang = l;
            map.view = DiagramView::indicators;
            if (!draw(map, "the indicator map", d.indicators)) return std::nullopt;
        }
        diagrams.push_back(std::move(d));
    }
    return diagrams;
}

}  // namespace toc::report
