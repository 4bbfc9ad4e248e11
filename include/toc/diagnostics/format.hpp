#pragma once
// Writing diagnostics as a compiler does: text lines, and JSON.

#include <algorithm>
#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "toc/diagnostics/diagnostic.hpp"
#include "toc/detail/json_writer.hpp"

namespace toc {

/// Counts of diagnostics by severity.
struct DiagnosticSummary {
    std::size_t errors = 0, warnings = 0, notes = 0, files = 0;

    static DiagnosticSummary of(const std::vector<Diagnostic>& ds, std::size_t files = 1) {
        DiagnosticSummary s;
        s.files = files;
        for (const auto& d : ds) {
            if (d.severity == Severity::error) ++s.errors;
            else if (d.severity == Severity::warning) ++s.warnings;
            else ++s.notes;
        }
        return s;
    }
};

/// The output order: by file, line, column, then code.
[[nodiscard]] inline bool diagnostic_before(const Diagnostic& a, const Diagnostic& b) {
    if (a.location.file != b.location.file) return a.location.file < b.location.file;
    if (a.location.line != b.location.line) return a.location.line < b.location.line;
    if (a.location.column != b.location.column) return a.location.column < b.location.column;
    return a.code < b.code;
}

/// Sorts by file, line, column, then code (a stable order for output and tests).
inline void sort_diagnostics(std::vector<Diagnostic>& ds) { std::stable_sort(ds.begin(), ds.end(), diagnostic_before); }

namespace format_detail {

/// One line of output: control characters from the model never start a new one.
inline std::string one_line(std::string s) {
    for (char& c : s)
        if (static_cast<unsigned char>(c) < 0x20) c = ' ';
    return s;
}

}  // namespace format_detail

/// `file:line:col` (`<model>` for no file; line and column left out when unknown).
inline std::string format_location(const SourceLocation& l) {
    std::string s = l.file.empty() ? std::string("<model>") : l.file;
    if (l.line > 0) {
        s += ":" + std::to_string(l.line);
        if (l.column > 0) s += ":" + std::to_string(l.column);
    }
    return s;
}

/// `file:line:col: severity: message [CODE name]` (location parts left out when unknown).
inline std::string format_diagnostic(const Diagnostic& d) {
    return format_detail::one_line(format_location(d.location) + ": " + std::string(to_string(d.severity)) + ": " +
                                   d.message + " [" + d.code + " " + d.name + "]");
}

/// The lines under a diagnostic's own: `  file:line:col: note: first defined here`
/// for each related location, `  fix: replace 'x' with 'y'` for each fix-it.
inline std::vector<std::string> format_details(const Diagnostic& d) {
    std::vector<std::string> lines;
    for (const auto& r : d.related)
        if (r.in_text)
            lines.push_back(format_detail::one_line("  " + format_location(r.location) + ": note: " + r.message));
    for (const auto& f : d.fixes) lines.push_back(format_detail::one_line("  fix: " + f.description));
    return lines;
}

inline std::string plural(std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

inline std::string format_summary(const DiagnosticSummary& s) {
    return plural(s.files, "file") + " checked: " + plural(s.errors, "error") + ", " + plural(s.warnings, "warning") +
           ", " + plural(s.notes, "note");
}

/// Each diagnostic on its line, with its related locations and fix-its indented under it.
inline void write_text(std::ostream& out, const std::vector<Diagnostic>& ds) {
    for (const auto& d : ds) {
        out << format_diagnostic(d) << '\n';
        for (const auto& line : format_details(d)) out << line << '\n';
    }
}

/// How findings are shown beside one another, index by index with the list of
/// diagnostics they describe: each one's rank (1 matters most; 0 unranked)
/// and the group it belongs to (its rule's code when the rule reported more
/// than once in the same file, else empty).
struct FindingMarks {
    std::vector<std::size_t> rank;
    std::vector<std::string> group;

    [[nodiscard]] std::size_t rank_of(std::size_t i) const { return i < rank.size() ? rank[i] : 0; }
    [[nodiscard]] std::string_view group_of(std::size_t i) const {
        return i < group.size() ? std::string_view(group[i]) : std::string_view();
    }
};

/// The groups of `ds`: one per rule and file that reported more than once,
/// named by the rule's code ("TOC201").
[[nodiscard]] inline std::vector<std::string> group_by_rule(const std::vector<Diagnostic>& ds) {
    std::map<std::pair<std::string_view, std::string_view>, std::size_t> count;
    for (const auto& d : ds) ++count[{d.location.file, d.code}];
    std::vector<std::string> out(ds.size());
    for (std::size_t i = 0; i < ds.size(); ++i)
        if (count[{ds[i].location.file, ds[i].code}] > 1) out[i] = ds[i].code;
    return out;
}

/// How text output shows a group: at most `per_group` findings of each group
/// (the highest ranked), then one line "… and N more like this"; `all` lists
/// each. `top` (when not 0) shows only the `top` highest ranked findings, in
/// rank order.
struct TextOptions {
    bool all = false;
    std::size_t per_group = 3;
    std::size_t top = 0;
};

/// Writes the diagnostics as text, grouped and ranked as `marks` and `options` say.
inline void write_text(std::ostream& out, const std::vector<Diagnostic>& ds, const FindingMarks& marks,
                       const TextOptions& options) {
    std::vector<std::size_t> shown;
    if (options.top > 0) {
        for (std::size_t i = 0; i < ds.size(); ++i) shown.push_back(i);
        std::stable_sort(shown.begin(), shown.end(),
                         [&](std::size_t a, std::size_t b) { return marks.rank_of(a) < marks.rank_of(b); });
        if (shown.size() > options.top) shown.resize(options.top);
        for (std::size_t i : shown) {
            out << format_diagnostic(ds[i]) << '\n';
            for (const auto& line : format_details(ds[i])) out << line << '\n';
        }
        if (ds.size() > shown.size())
            out << "(the " << shown.size() << " that matter most of " << ds.size() << "; --all lists each)\n";
        return;
    }
    // Per group: which members are shown (the highest ranked) and the last one shown.
    std::vector<bool> hidden(ds.size(), false);
    std::vector<std::size_t> more(ds.size(), 0);  // by the last shown member: how many are hidden
    if (!options.all) {
        std::map<std::pair<std::string_view, std::string_view>, std::vector<std::size_t>> groups;
        for (std::size_t i = 0; i < ds.size(); ++i)
            if (!marks.group_of(i).empty()) groups[{ds[i].location.file, marks.group_of(i)}].push_back(i);
        for (auto& [key, members] : groups) {
            if (members.size() <= options.per_group + 1) continue;  // "1 more" would take a line as well
            std::vector<std::size_t> by_rank = members;
            std::stable_sort(by_rank.begin(), by_rank.end(),
                             [&](std::size_t a, std::size_t b) { return marks.rank_of(a) < marks.rank_of(b); });
            std::size_t last = 0;
            for (std::size_t k = 0; k < by_rank.size(); ++k) {
                if (k >= options.per_group) hidden[by_rank[k]] = true;
                else last = std::max(last, by_rank[k]);
            }
            more[last] = members.size() - options.per_group;
        }
    }
    for (std::size_t i = 0; i < ds.size(); ++i) {
        if (hidden[i]) continue;
        out << format_diagnostic(ds[i]) << '\n';
        for (const auto& line : format_details(ds[i])) out << line << '\n';
        if (more[i])
            out << "  … and " << more[i] << " more like this [" << ds[i].code << " " << ds[i].name
                << "] (--all lists each)\n";
    }
}

namespace format_detail {

/// The JSON object of a fix-it: its range (lines and columns 1-based, the end
/// exclusive; byte offsets into the file), the text it replaces and the new text.
inline void write_fix(JsonWriter& w, const FixIt& f) {
    w.begin_object();
    w.field("description", f.description);
    w.field("file", f.range.file);
    w.field("line", f.range.line);
    w.field("column", f.range.column);
    w.field("end_line", f.range.end_line);
    w.field("end_column", f.range.end_column);
    w.field("offset", static_cast<unsigned long long>(f.range.offset));
    w.field("end_offset", static_cast<unsigned long long>(f.range.end_offset));
    w.field("original", f.original);
    w.field("replacement", f.replacement);
    w.end_object();
}

}  // namespace format_detail

/// The diagnostics as JSON; with `marks`, each record carries its `rank` and `group`.
inline void write_json(std::ostream& out, const std::vector<Diagnostic>& ds, const DiagnosticSummary& summary,
                       const FindingMarks* marks = nullptr) {
    JsonWriter w(out);
    w.begin_object();
    w.key("diagnostics").begin_array();
    for (const auto& d : ds) {
        w.begin_object();
        w.field("file", d.location.file);
        w.field("line", d.location.line);
        w.field("column", d.location.column);
        w.field("severity", std::string(to_string(d.severity)));
        w.field("code", d.code);
        w.field("name", d.name);
        w.field("message", d.message);
        w.field("subject", d.subject);
        if (marks) {
            const std::size_t i = static_cast<std::size_t>(&d - ds.data());
            w.field("rank", marks->rank_of(i));
            w.field("group", std::string(marks->group_of(i)));
        }
        w.key("related").begin_array();
        for (const auto& r : d.related) {
            w.begin_object();
            w.field("file", r.location.file);
            w.field("line", r.location.line);
            w.field("column", r.location.column);
            w.field("message", r.message);
            w.end_object();
        }
        w.end_array();
        w.key("fixes").begin_array();
        for (const auto& f : d.fixes) format_detail::write_fix(w, f);
        w.end_array();
        w.end_object();
    }
    w.end_array();
    w.key("summary").begin_object();
    w.field("files", summary.files);
    w.field("errors", summary.errors);
    w.field("warnings", summary.warnings);
    w.field("notes", summary.notes);
    w.end_object();
    w.end_object();
    out << '\n';
}

}  // namespace toc
