#pragma once
// A diff for minutes (`toc diff --format md`, and the report's "changes since"
// section as Markdown): a count line, then one table of the items that changed
// (change, kind, id, label, what changed) and the findings introduced and
// fixed. Every cell is escaped (tables.hpp: markdown_cell).

#include <string>

#include "toc/output/diff/document.hpp"
#include "toc/output/tables.hpp"

namespace toc {

namespace detail::diff_markdown {

/// "horizon: short → intermediate; status: open → refuted (**refuted**)", escaped.
[[nodiscard]] inline std::string what_changed(const DiffDocument& doc, const std::vector<FieldChange>& fields) {
    using detail::indicator::markdown_cell;
    std::string s;
    for (const auto& f : fields) {
        if (!s.empty()) s += "; ";
        s += markdown_cell(f.field) + ": " + markdown_cell(f.before.empty() ? "–" : f.before) + " → " +
             markdown_cell(f.after.empty() ? "–" : f.after);
        if (!f.flag.empty()) s += " (**" + markdown_cell(doc.flag(f.flag)) + "**)";
    }
    return s;
}

}  // namespace detail::diff_markdown

/// The diff as Markdown; `heading` is the level of its headings ("##").
[[nodiscard]] inline std::string diff_markdown(const DiffDocument& doc, const std::string& heading = "##") {
    using detail::indicator::markdown_cell;
    const VersionDiff& d = doc.diff;
    const DiffWords& w = doc.words();
    std::string s = heading + " " + markdown_cell(std::string(w.changes_since) + " " + doc.old_name) + "\n\n";
    if (d.empty()) return s + markdown_cell(w.no_changes) + "\n\n";
    s += markdown_cell(doc.summary()) + "\n\n";
    if (!d.model.empty()) {
        s += "| " + markdown_cell(w.change) + " | " + markdown_cell(w.item) + " | Id | " +
             markdown_cell(w.field) + " |\n| --- | --- | --- | --- |\n";
        if (!d.model.model.empty())
            s += "| " + markdown_cell(w.changes[2]) + " | " + markdown_cell(w.model) + " |  | " +
                 detail::diff_markdown::what_changed(doc, d.model.model) + " |\n";
        for (const auto& c : d.model.items) {
            std::string id = c.id;
            if (c.change == Change::renamed) id += " (" + std::string(w.renamed_from) + " " + c.old_id + ")";
            std::string item(doc.kind_word(c.kind));
            if (const std::string l = doc.label(c); !l.empty()) item += ": " + l;
            s += "| " + std::string(c.flagged() ? "**" : "") + markdown_cell(doc.change_word(c.change)) +
                 (c.flagged() ? "**" : "") + " | " + markdown_cell(item) + " | " + markdown_cell(id) + " | " +
                 detail::diff_markdown::what_changed(doc, c.fields) + " |\n";
        }
        s += "\n";
    }
    auto findings = [&](std::string_view title, const std::vector<Diagnostic>& ds) {
        if (ds.empty()) return;
        s += heading + "# " + markdown_cell(title) + "\n\n";
        for (const auto& f : ds)
            s += "- " + markdown_cell(f.code + " " + f.name) + (f.subject.empty() ? "" : " (" + markdown_cell(f.subject) + ")") +
                 ": " + markdown_cell(f.message) + "\n";
        s += "\n";
    };
    findings(w.introduced, d.findings.introduced);
    findings(w.fixed, d.findings.fixed);
    return s;
}

}  // namespace toc
