#pragma once
// Writing diagnostics as a compiler does: text lines, and JSON.

#include <algorithm>
#include <ostream>
#include <string>
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

/// Sorts by file, line, column, then code (a stable order for output and tests).
inline void sort_diagnostics(std::vector<Diagnostic>& ds) {
    std::stable_sort(ds.begin(), ds.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.location.file != b.location.file) return a.location.file < b.location.file;
        if (a.location.line != b.location.line) return a.location.line < b.location.line;
        if (a.location.column != b.location.column) return a.location.column < b.location.column;
        return a.code < b.code;
    });
}

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

inline void write_json(std::ostream& out, const std::vector<Diagnostic>& ds, const DiagnosticSummary& summary) {
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
