// The review report's workbook with libxlsxwriter (toc/output/report/workbook.hpp).

#include "toc/output/report/workbook.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <string>
#include <vector>

#include "toc/output/report/sections.hpp"

namespace toc::report {

namespace {

/// A sheet name Excel accepts: no []:*?/\, at most 31 characters (code points).
std::string sheet_name(const std::string& title, std::vector<std::string>& used) {
    std::string s;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < title.size() && chars < 31; ++chars) {
        std::size_t len = 1;
        const auto c = static_cast<unsigned char>(title[i]);
        if (c >= 0xF0) len = 4;
        else if (c >= 0xE0) len = 3;
        else if (c >= 0xC0) len = 2;
        std::string piece = title.substr(i, len);
        if (piece.size() == 1 && std::string_view("[]:*?/\\").find(piece[0]) != std::string_view::npos) piece = "-";
        s += piece;
        i += len;
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\'')) s.pop_back();
    for (const auto& u : used)
        if (u == s) s.replace(std::min<std::size_t>(s.size(), 28), std::string::npos, " " + std::to_string(used.size()));
    used.push_back(s);
    return s;
}

}  // namespace

std::string write_workbook(const Context& ctx, const std::string& path) {
    lxw_workbook* book = workbook_new(path.c_str());
    if (!book) return "cannot create the workbook '" + path + "'";
    lxw_format* head = workbook_add_format(book);
    format_set_bold(head);
    format_set_bg_color(head, 0xF0F0F0);
    format_set_text_wrap(head);
    lxw_format* wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);

    std::vector<std::string> used;
    for (const Table& t : {logframe_table(ctx), measurements_table(ctx), assumptions_table(ctx), pathways_table(ctx),
                           cmo_table(ctx), evaluation_table(ctx), uncovered_table(ctx)}) {
        lxw_worksheet* sheet = workbook_add_worksheet(book, sheet_name(t.title, used).c_str());
        if (!sheet) {
            workbook_close(book);
            return "cannot add the sheet '" + t.title + "' to the workbook";
        }
        for (std::size_t c = 0; c < t.columns.size(); ++c) {
            worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), t.columns[c].c_str(), head);
            worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), 24, wrap);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        for (std::size_t r = 0; r < t.rows.size(); ++r)
            for (std::size_t c = 0; c < t.rows[r].size(); ++c)
                if (!t.rows[r][c].text.empty())
                    worksheet_write_string(sheet, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c),
                                           t.rows[r][c].text.c_str(), wrap);
        if (!t.rows.empty())
            worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(t.rows.size()),
                                 static_cast<lxw_col_t>(t.columns.size() - 1));
    }
    if (const lxw_error e = workbook_close(book); e != LXW_NO_ERROR)
        return "could not write the workbook '" + path + "': " + lxw_strerror(e);
    return {};
}

}  // namespace toc::report
