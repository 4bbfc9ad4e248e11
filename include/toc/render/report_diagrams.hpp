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

/// The languages of the page, in order: `lang`, then the other of sv and en.
[[nodiscard]] inline std::vector<std::string> page_languages(const std::string& lang) {
    return {lang, lang == "sv" ? "en" : "sv"};
}

/// The page's diagrams in one language: when the model is too large for one
/// page, the overview (graph/overview.hpp), which the page shows first; the
/// theory view, with the most important of `findings` as numbered badges and
/// their key (output/badges.hpp); and, when the model has indicators, the
/// indicator map. A view with too many boxes to lay out (render/layout_effort.hpp)
/// is left out (LanguageDiagrams::left_out; the overview of such a model draws).
/// nullopt when Graphviz could not draw one of them (`error` says which and why).
[[nodiscard]] inline std::optional<LanguageDiagrams> draw_language_diagrams(const Model& model,
                                                                            const std::vector<Diagnostic>& findings,
                                                                            const std::string& lang,
                                                                            std::string& error) {
    LanguageDiagrams d{lang, {}, {}};
    const auto draw = [&](const DiagramOptions& options, std::string_view what, std::string& into) {
        RenderResult r = render(model, ImageFormat::svg, options);
        d.left_out = d.left_out || r.too_large;
        if (r.too_large) return true;
        if (!r.ok()) error = std::string(what) + ": " + r.error;
        else into = std::move(r.data);
        return r.ok();
    };
    if (!overview(model).folded.empty()) {
        DiagramOptions o;
        o.lang = lang;
        o.view = DiagramView::overview;
        if (!draw(o, "the overview", d.overview)) return std::nullopt;
    }
    DiagramOptions theory = theory_view_options(lang);
    theory.findings = top_findings(model, findings);
    theory.findings_total = findings.size();
    if (!draw(theory, "the theory view", d.theory)) return std::nullopt;
    if (!model.indicators.empty()) {
        DiagramOptions map;
        map.lang = lang;
        map.view = DiagramView::indicators;
        if (!draw(map, "the indicator map", d.indicators)) return std::nullopt;
    }
    return d;
}

/// The page's diagrams in each of page_languages(lang) (draw_language_diagrams);
/// nullopt when one could not be drawn (`error` says why).
[[nodiscard]] inline std::optional<std::vector<LanguageDiagrams>> draw_diagrams(const Model& model,
                                                                                const std::vector<Diagnostic>& findings,
                                                                                const std::string& lang,
                                                                                std::string& error) {
    std::vector<LanguageDiagrams> diagrams;
    for (const std::string& l : page_languages(lang)) {
        auto d = draw_language_diagrams(model, findings, l, error);
        if (!d) return std::nullopt;
        diagrams.push_back(std::move(*d));
    }
    return diagrams;
}

}  // namespace toc::report
