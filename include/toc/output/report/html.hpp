#pragma once
// The review report as one self-contained HTML page (`toc report`): style,
// script, data and diagrams inline; a Content-Security-Policy that allows no
// load from anywhere and runs only the embedded script (by its hash). Every
// text from the model is escaped (detail/escape.hpp); the script builds the
// side panel with textContent from the JSON data block (data.hpp), never as
// markup.
//
// The page holds the report in each of its languages (the first is shown; the
// language switch shows another); each has the sections of issue 13: cover and
// at a glance, the interactive diagram, and the tables of sections.hpp.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "toc/detail/escape.hpp"
#include "toc/output/report/assets.hpp"
#include "toc/output/report/data.hpp"
#include "toc/output/report/sections.hpp"
#include "toc/output/report/svg.hpp"

namespace toc::report {

/// The diagrams of one language, as Graphviz drew them (SVG text).
struct LanguageDiagrams {
    std::string lang;
    std::string theory;      ///< the theory view
    std::string indicators;  ///< the indicator map; may be empty
    std::string changes = {};  ///< the "changes since" section (report/changes.hpp); may be empty
    std::string overview = {};  ///< the one-page overview (graph/overview.hpp); empty when it would fold nothing
    bool left_out = false;      ///< a view had too many boxes to lay out (render/layout_effort.hpp): its drawing is empty
};

namespace html {

[[nodiscard]] inline std::string h(std::string_view s) { return toc::detail::html_escape(s); }

/// A link to the element in the diagram, or the text alone.
[[nodiscard]] inline std::string cell(const Cell& c, std::string_view lang) {
    if (c.element < 0 || c.text.empty()) return h(c.text);
    return "<a class=\"el\" href=\"#" + std::string(lang) + "-diagram\" data-element=\"" + std::to_string(c.element) +
           "\">" + h(c.text) + "</a>";
}

/// A URL as a link when it is http(s), else as text.
[[nodiscard]] inline std::string url(std::string_view u) {
    const bool web = u.rfind("https://", 0) == 0 || u.rfind("http://", 0) == 0;
    if (!web) return h(u);
    return "<a href=\"" + h(u) + "\" rel=\"noopener noreferrer\">" + h(u) + "</a>";
}

/// A table section: heading, then the table or its empty note.
[[nodiscard]] inline std::string table(const Table& t, std::string_view lang, std::string_view level = "h2") {
    const std::string id = std::string(lang) + "-" + t.id;
    std::string s = "<section class=\"table\" id=\"" + id + "\" aria-labelledby=\"" + id + "-h\"><" +
                    std::string(level) + " id=\"" + id + "-h\">" + h(t.title) + "</" + std::string(level) + ">\n";
    if (t.rows.empty()) return s + "<p class=\"empty\">" + h(t.empty_note) + "</p></section>\n";
    s += "<div class=\"scroll\"><table><thead><tr>";
    for (const auto& c : t.columns) s += "<th scope=\"col\">" + h(c) + "</th>";
    s += "</tr></thead><tbody>\n";
    const bool urls = t.id == "sources";
    for (const auto& row : t.rows) {
        s += "<tr>";
        for (std::size_t i = 0; i < row.size(); ++i)
            s += "<td>" + (urls && i + 1 == row.size() ? url(row[i].text) : cell(row[i], lang)) + "</td>";
        s += "</tr>\n";
    }
    return s + "</tbody></table></div></section>\n";
}

/// Item 1: the cover — title, summary, owner, funder, period, version, date, sources.
[[nodiscard]] inline std::string cover(const Context& ctx) {
    const Model& m = ctx.model();
    const ReportWords& w = ctx.w();
    std::string s = "<header class=\"cover\"><p class=\"kicker\">" + h(w.report) + "</p><h1>" +
                    h(ctx.text(m.title).empty() ? m.id : ctx.text(m.title)) + "</h1>\n<dl class=\"facts\">";
    auto fact = [&](std::string_view term, const std::string& value) {
        if (!value.empty()) s += "<div><dt>" + h(term) + "</dt><dd>" + h(value) + "</dd></div>";
    };
    fact(w.owner, ctx.text(m.owner));
    fact(w.funder, ctx.text(m.funder));
    if (m.period)
        fact(w.period, (m.period->from ? m.period->from->str() : std::string()) + " – " +
                           (m.period->to ? m.period->to->str() : std::string()));
    fact(w.version, m.version);
    fact(w.date, m.date ? m.date->str() : std::string());
    fact(w.program_stage, m.stage ? std::string(value_word(w, *m.stage)) : std::string());
    fact(w.sources, std::to_string(m.sources.size()));
    s += "</dl>\n";
    if (!m.summary.empty()) s += "<p class=\"summary\">" + h(ctx.text(m.summary)) + "</p>\n";
    return s + "</header>\n";
}

/// Item 1: at a glance — counts, the scorecard, the findings most worth discussing.
[[nodiscard]] inline std::string at_a_glance(const Context& ctx) {
    const std::string id = ctx.lang() + "-glance";
    return "<section class=\"glance\" id=\"" + id + "\" aria-labelledby=\"" + id + "-h\"><h2 id=\"" + id + "-h\">" +
           h(ctx.w().at_a_glance) + "</h2>\n" + table(counts_table(ctx), ctx.lang(), "h3") +
           table(scorecard_table(ctx), ctx.lang(), "h3") + table(discuss_table(ctx), ctx.lang(), "h3") + "</section>\n";
}

/// Item 2: the diagram with its toolbar (view, what to show, zoom). The script
/// wires the controls; without it the diagram is still there, whole.
[[nodiscard]] inline std::string diagram(const Context& ctx, const LanguageDiagrams& d) {
    const ReportWords& w = ctx.w();
    const std::string p = ctx.lang() + "-";
    std::string s = "<section class=\"diagram\" id=\"" + p + "diagram\" aria-labelledby=\"" + p + "diagram-h\"><h2 id=\"" +
                    p + "diagram-h\">" + h(w.diagram) + "</h2>\n<div class=\"toolbar chrome\" role=\"toolbar\" aria-label=\"" +
                    h(w.diagram) + "\">";
    // The views, in this order; the first is shown. A drawing that is empty is not offered.
    struct View {
        std::string_view key, word;
        const std::string* svg;
        std::string_view prefix;
    };
    std::vector<View> views;
    if (!d.overview.empty()) views.push_back({"overview", w.overview_view, &d.overview, "o-"});
    if (!d.theory.empty()) views.push_back({"theory", w.theory_view, &d.theory, "t-"});
    if (!d.indicators.empty()) views.push_back({"indicators", w.indicator_view, &d.indicators, "i-"});
    if (views.size() > 1)
        for (const View& v : views)
            s += "<button type=\"button\" data-action=\"view\" data-view=\"" + std::string(v.key) + "\" aria-pressed=\"" +
                 (&v == &views.front() ? "true" : "false") + "\">" + h(v.word) + "</button>";
    for (const auto& [key, word] : {std::pair<std::string_view, std::string_view>{"assumptions", w.assumptions},
                                    {"mechanisms", w.mechanisms}, {"barriers", w.barriers}})
        s += "<label><input type=\"checkbox\" data-action=\"toggle\" data-toggle=\"" + std::string(key) + "\" checked> " +
             h(word) + "</label>";
    s += "<button type=\"button\" data-action=\"zoom-in\">" + h(w.zoom_in) + "</button><button type=\"button\" "
         "data-action=\"zoom-out\">" + h(w.zoom_out) + "</button><button type=\"button\" data-action=\"zoom-fit\">" +
         h(w.zoom_reset) + "</button></div>\n";
    for (const View& v : views)
        s += "<div class=\"figure\" data-view=\"" + std::string(v.key) + "\"" + (&v == &views.front() ? "" : " hidden") +
             ">" + inline_svg(*v.svg, ctx.model(), p + std::string(v.prefix)) + "</div>\n";
    if (d.left_out) s += "<p class=\"left-out\">" + h(w.views_left_out) + "</p>\n";
    return s + "<p class=\"hint chrome\">" + h(w.print_note) + "</p></section>\n";
}

/// The whole report in one language.
[[nodiscard]] inline std::string body(const Context& ctx, const LanguageDiagrams& d, bool shown) {
    std::string s = "<div class=\"report\" data-lang=\"" + h(ctx.lang()) + "\" lang=\"" + h(ctx.lang()) + "\"" +
                    (shown ? "" : " hidden") + ">\n";
    s += cover(ctx) + at_a_glance(ctx) + diagram(ctx, d) + d.changes;
    for (const Table& t : report_tables(ctx)) s += table(t, ctx.lang());
    s += "<footer><p>" + h(ctx.w().generated_by) + "</p></footer>\n";
    s += "<script type=\"application/json\" class=\"toc-data\" data-lang=\"" + h(ctx.lang()) + "\">" +
         toc::detail::json_for_script(report_data_json(ctx)) + "</script>\n";
    return s + "</div>\n";
}

}  // namespace html

/// Live mode (the preview server, `toc serve`, docs/serve.md): the page carries
/// the version it shows and an empty banner for the errors of a newer version,
/// and its script may connect back to the server it came from for new versions.
/// Without it the page is the static report.
struct LivePage {
    std::uint64_t version = 0;
};

/// The Content-Security-Policy of the page: nothing loads from anywhere; only the
/// embedded style sheet and script (by hash) apply; images only as data: URLs.
/// A live page may also connect to its own server (its update stream).
[[nodiscard]] inline std::string content_security_policy(const Assets& a, bool live = false) {
    return "default-src 'none'; style-src 'sha256-" + std::string(a.css_sha256) + "'; script-src 'sha256-" +
           std::string(a.script_sha256) + "'; img-src data:; base-uri 'none'; form-action 'none'" +
           (live ? "; connect-src 'self'" : "");
}

namespace html {

/// The live page's error banner, empty and hidden until the script fills it;
/// its heading in each language the page has.
[[nodiscard]] inline std::string live_banner() {
    return "<div id=\"live-banner\" class=\"chrome live-banner\" role=\"alert\" hidden data-heading-en=\"The model "
           "has errors; the page shows the last version without errors.\" data-heading-sv=\"Modellen har fel; sidan "
           "visar den senaste versionen utan fel.\"></div>\n";
}

}  // namespace html

/// The page: one body per entry of `diagrams` (its language), the first shown.
/// `findings` are the checks' findings about the model, `rules` the catalogue
/// (for their criteria). `live`: the page of the preview server (LivePage).
[[nodiscard]] inline std::string report_html(const Model& model, const std::vector<Diagnostic>& findings,
                                             const std::vector<RuleInfo>& rules,
                                             const std::vector<LanguageDiagrams>& diagrams, const Assets& assets,
                                             const std::optional<LivePage>& live = std::nullopt) {
    using html::h;
    const std::string first = diagrams.empty() ? model.default_language() : diagrams.front().lang;
    const Context main(model, findings, rules, first);
    std::string s = "<!DOCTYPE html>\n<html lang=\"" + h(main.lang()) + "\"" +
                    (live ? " data-live-version=\"" + std::to_string(live->version) + "\"" : std::string()) +
                    ">\n<head>\n<meta charset=\"utf-8\">\n";
    s += "<meta http-equiv=\"Content-Security-Policy\" content=\"" + h(content_security_policy(assets, live.has_value())) +
         "\">\n";
    s += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    s += "<meta name=\"generator\" content=\"toc report\">\n";
    s += "<title>" + h(main.text(model.title).empty() ? model.id : main.text(model.title)) + " – " + h(main.w().report) +
         "</title>\n<style>" + std::string(assets.css) + "</style>\n</head>\n<body>\n";
    if (live) s += html::live_banner();
    s += "<nav class=\"chrome topbar\" aria-label=\"" + h(main.w().language) + "\"><span>" + h(main.w().language) + ":</span>";
    for (std::size_t i = 0; i < diagrams.size(); ++i)
        s += " <button type=\"button\" data-action=\"lang\" data-lang=\"" + h(diagrams[i].lang) + "\" aria-pressed=\"" +
             (i == 0 ? "true" : "false") + "\">" + h(diagrams[i].lang) + "</button>";
    s += "</nav>\n<main>\n";
    for (std::size_t i = 0; i < diagrams.size(); ++i)
        s += html::body(Context(model, findings, rules, diagrams[i].lang), diagrams[i], i == 0);
    s += "</main>\n<aside id=\"panel\" class=\"chrome\" hidden aria-live=\"polite\" aria-label=\"" + h(main.w().element) +
         "\"></aside>\n";
    s += "<script>" + std::string(assets.script) + "</script>\n</body>\n</html>\n";
    return s;
}

}  // namespace toc::report
