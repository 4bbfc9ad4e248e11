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

/// `file:line:col: severity: message [CODE name]` (location parts left out when unknown).
inline std::string format_diagnostic(const Diagnostic& d) {
    std::string s = d.location.file.empty() ? std::string("<model>") : d.location.file;
    if (d.location.line > 0) {
        s += ":" + std::to_string(d.location.line);
        if (d.location.column > 0) s += ":" + std::to_string(d.location.column);
    }
    s += ": ";
    s += to_string(d.severity);
    s += ": " + d.message + " [" + d.code + " " + d.name + "]";
    // one finding, one line: control characters from the model never start a new one
    for (char& c : s)
        if (static_cast<unsigned char>(c) < 0x20) c = ' ';
    return s;
}

inline std::string plural(std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

inline std::string format_summary(const DiagnosticSummary& s) {
    return plural(s.files, "file") + " checked: " + plural(s.errors, "error") + ", " + plural(s.warnings, "warning") +
           ", " + plural(s.notes, "note");
}

inline void write_text(std::ostream& out, const std::vector<Diagnostic>& ds) {
    for (const auto& d : ds) out << format_diagnostic(d) << '\n';
}

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
