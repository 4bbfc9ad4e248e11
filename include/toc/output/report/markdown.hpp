#pragma once
// The review report as Markdown (`toc report --format md`): the title, the
// summary, the scorecard and the report's tables, for wikis and for pandoc to
// Word. Every cell is escaped (tables.hpp: markdown_cell).

#include <string>

#include "toc/output/report/sections.hpp"

namespace toc::report {

/// One table as a Markdown section (its heading, then the table or its empty note).
[[nodiscard]] inline std::string markdown_table(const Table& t) {
    using toc::detail::indicator::markdown_cell;
    std::string s = "## " + markdown_cell(t.title) + "\n\n";
    if (t.rows.empty()) return s + markdown_cell(t.empty_note) + "\n\n";
    std::string head = "|", rule = "|";
    for (const auto& c : t.columns) {
        head += " " + markdown_cell(c) + " |";
        rule += " --- |";
    }
    s += head + "\n" + rule + "\n";
    for (const auto& row : t.rows) {
        s += "|";
        for (const auto& cell : row) s += " " + markdown_cell(cell.text) + " |";
        s += "\n";
    }
    return s + "\n";
}

/// The whole report as Markdown; `changes`, when given, is the "changes since" section (report/changes.hpp).
[[nodiscard]] inline std::string report_markdown(const Context& ctx, const std::string& changes = {}) {
    using toc::detail::indicator::markdown_cell;
    const Model& m = ctx.model();
    std::string s = "# " + markdown_cell(ctx.text(m.title).empty() ? m.id : ctx.text(m.title)) + "\n\n";
    s += "*" + markdown_cell(ctx.w().report) + "*\n\n";
    if (!m.summary.empty()) s += markdown_cell(ctx.text(m.summary)) + "\n\n";
    for (const Table& t : {counts_table(ctx), scorecard_table(ctx), discuss_table(ctx)}) s += markdown_table(t);
    s += changes;
    for (const Table& t : report_tables(ctx)) s += markdown_table(t);
    return s;
}

}  // namespace toc::report
