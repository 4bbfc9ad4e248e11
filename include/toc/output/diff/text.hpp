#pragma once
// A diff for people in a terminal (`toc diff`, the default): one line per item
// that changed, ordered like the model (kind, then id), marked `+` added, `-`
// removed, `~` changed or renamed; under a changed item, one line per field,
// old → new; what stands out marked with `!`. Then the findings the revision
// introduced (`+`) and fixed (`-`). Nothing at all when nothing changed.

#include <ostream>
#include <string>

#include "toc/output/diff/document.hpp"

namespace toc {

namespace detail::diff_text {

[[nodiscard]] inline char marker(Change c) noexcept {
    return c == Change::added ? '+' : c == Change::removed ? '-' : '~';
}

/// A value in quotes, on one line; "–" for a value not written.
[[nodiscard]] inline std::string shown(std::string_view s) {
    if (s.empty()) return "–";
    std::string r = "\"";
    for (char c : s) r += c == '\n' ? ' ' : c;
    return r + "\"";
}

inline void field_lines(std::ostream& out, const DiffDocument& doc, const std::vector<FieldChange>& fields) {
    for (const auto& f : fields) {
        out << "    " << f.field << ": " << shown(f.before) << " → " << shown(f.after);
        if (!f.flag.empty()) out << "  ! " << doc.flag(f.flag);
        out << '\n';
    }
}

inline void finding_line(std::ostream& out, char mark, const Diagnostic& d) {
    out << mark << ' ' << d.code << ' ' << d.name;
    if (!d.subject.empty()) out << " [" << d.subject << ']';
    out << ": " << d.message << '\n';
}

}  // namespace detail::diff_text

/// Writes the diff as text. Writes nothing when the versions do not differ.
inline void write_diff_text(std::ostream& out, const DiffDocument& doc) {
    namespace t = detail::diff_text;
    const VersionDiff& d = doc.diff;
    if (d.empty()) return;
    const DiffWords& w = doc.words();
    out << "--- " << doc.old_name << "\n+++ " << doc.new_name << '\n';
    if (!d.model.model.empty()) {
        out << "~ " << w.model << '\n';
        t::field_lines(out, doc, d.model.model);
    }
    for (const auto& c : d.model.items) {
        out << t::marker(c.change) << ' ' << doc.kind_word(c.kind) << ' ' << c.id;
        if (c.change == Change::renamed) out << " (" << w.renamed_from << ' ' << c.old_id << ')';
        if (const std::string l = doc.label(c); !l.empty()) out << ' ' << t::shown(l);
        if (c.flagged()) out << "  !";
        out << '\n';
        t::field_lines(out, doc, c.fields);
    }
    if (!d.findings.introduced.empty()) {
        out << w.introduced << ":\n";
        for (const auto& f : d.findings.introduced) t::finding_line(out, '+', f);
    }
    if (!d.findings.fixed.empty()) {
        out << w.fixed << ":\n";
        for (const auto& f : d.findings.fixed) t::finding_line(out, '-', f);
    }
    out << doc.summary() << '\n';
}

}  // namespace toc
