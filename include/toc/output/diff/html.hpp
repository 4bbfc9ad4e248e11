#pragma once
// The diff as one self-contained HTML page (`toc diff --format html`): the
// drawn diff (an SVG given by the caller) and the table of changes and
// findings, escaped once (detail/escape.hpp). Loads nothing.

#include <algorithm>
#include <string>

#include "toc/detail/escape.hpp"
#include "toc/output/diff/document.hpp"

namespace toc {

/// The table of changes and the findings introduced and fixed, as an HTML fragment.
[[nodiscard]] inline std::string diff_html_tables(const DiffDocument& doc, const std::string& heading = "h2") {
    using detail::html_escape;
    const VersionDiff& d = doc.diff;
    const DiffWords& w = doc.words();
    if (d.empty()) return "<p class=\"empty\">" + html_escape(w.no_changes) + "</p>\n";
    std::string s = "<table class=\"diff\"><thead><tr><th>" + html_escape(w.change) + "</th><th>" +
                    html_escape(w.item) + "</th><th>Id</th><th>" + html_escape(w.field) + "</th><th>" +
                    html_escape(w.before) + "</th><th>" + html_escape(w.after) + "</th></tr></thead><tbody>\n";
    auto rows = [&](std::string_view change, std::string_view cls, const std::string& item, const std::string& id,
                    const std::vector<FieldChange>& fields) {
        const std::size_t span = std::max<std::size_t>(1, fields.size());
        s += "<tr class=\"diff-" + std::string(cls) + "\"><td rowspan=\"" + std::to_string(span) + "\">" +
             html_escape(change) + "</td><td rowspan=\"" + std::to_string(span) + "\">" + html_escape(item) +
             "</td><td rowspan=\"" + std::to_string(span) + "\"><code>" + html_escape(id) + "</code></td>";
        if (fields.empty()) s += "<td></td><td></td><td></td></tr>\n";
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const FieldChange& f = fields[i];
            if (i) s += "<tr class=\"diff-" + std::string(cls) + "\">";
            s += "<td>" + html_escape(f.field) + "</td><td>" + html_escape(f.before) + "</td><td>" +
                 html_escape(f.after) +
                 (f.flag.empty() ? std::string() : " <strong class=\"flag\">" + html_escape(doc.flag(f.flag)) + "</strong>") +
                 "</td></tr>\n";
        }
    };
    if (!d.model.model.empty()) rows(w.changes[2], "changed", std::string(w.model), "", d.model.model);
    for (const auto& c : d.model.items) {
        std::string item(doc.kind_word(c.kind));
        if (const std::string l = doc.label(c); !l.empty()) item += ": " + l;
        std::string id = c.id;
        if (c.change == Change::renamed) id += " (" + std::string(w.renamed_from) + " " + c.old_id + ")";
        rows(doc.change_word(c.change), to_string(c.change == Change::renamed ? Change::changed : c.change), item, id,
             c.fields);
    }
    s += "</tbody></table>\n";
    auto findings = [&](std::string_view title, std::string_view cls, const std::vector<Diagnostic>& ds) {
        if (ds.empty()) return;
        s += "<" + heading + ">" + html_escape(title) + "</" + heading + "><ul class=\"findings-" + std::string(cls) +
             "\">\n";
        for (const auto& f : ds)
            s += "<li><code>" + html_escape(f.code) + "</code> " + html_escape(f.name) +
                 (f.subject.empty() ? std::string() : " (" + html_escape(f.subject) + ")") + ": " +
                 html_escape(f.message) + "</li>\n";
        s += "</ul>\n";
    };
    findings(w.introduced, "introduced", d.findings.introduced);
    findings(w.fixed, "fixed", d.findings.fixed);
    return s;
}

/// The whole page: a heading, the drawing (`svg`, may be empty), the tables.
[[nodiscard]] inline std::string diff_html_page(const DiffDocument& doc, const std::string& svg) {
    using detail::html_escape;
    const std::string title = std::string(doc.words().changes_since) + " " + doc.old_name;
    std::string s = "<!DOCTYPE html>\n<html lang=\"" + html_escape(doc.lang.empty() ? "en" : doc.lang) +
                    "\"><head><meta charset=\"utf-8\"><title>" + html_escape(title) +
                    "</title><style>body{font-family:Helvetica,Arial,sans-serif;margin:2em}"
                    "table.diff{border-collapse:collapse}table.diff td,table.diff th{border:1px solid #ccc;"
                    "padding:.3em .5em;vertical-align:top;text-align:left}tr.diff-added td:first-child{color:#007A5A}"
                    "tr.diff-removed td:first-child{color:#C04A00}tr.diff-changed td:first-child{color:#A86B00}"
                    ".flag{color:#C04A00}figure svg{max-width:100%;height:auto}</style></head><body>\n<h1>" +
                    html_escape(title) + "</h1>\n<p>" + html_escape(doc.old_name) + " → " +
                    html_escape(doc.new_name) + "</p>\n";
    if (!svg.empty()) {
        const auto at = svg.find("<svg");
        s += "<figure>" + (at == std::string::npos ? svg : svg.substr(at)) + "</figure>\n";
    }
    return s + diff_html_tables(doc) + "</body></html>\n";
}

}  // namespace toc
