#pragma once
// The catalogue of rules for people and for tools (`toc rules`): as text, as
// JSON (the source of the generated tables: scripts/gen-rule-tables.py) and as
// a Markdown table.
//
//     toc::write_rules_json(std::cout, toc::all_rules(toc::default_catalogue()));   // toc/checks/check.hpp

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "toc/detail/json_writer.hpp"
#include "toc/diagnostics/rule_info.hpp"

namespace toc {

/// One rule a paragraph:
///
///     TOC101 illegal-link (error; structure; plausibility)
///         A link key on a kind that may not have it, ...
///         Source: Logframe vertical logic; ...
inline void write_rules_text(std::ostream& out, const std::vector<RuleInfo>& rules) {
    for (const RuleInfo& r : rules) {
        out << r.code << ' ' << r.name << " (" << to_string(r.default_severity) << "; " << r.family << "; "
            << r.criterion << (r.enabled_by_default ? "" : "; off by default") << ")\n";
        out << "    " << r.summary << '\n';
        if (!r.source.empty()) out << "    Source: " << r.source << '\n';
    }
}

/// {"rules": [{"code", "name", "severity", "family", "criterion", "source",
/// "summary", "rationale", "fix", "enabled_by_default"}, ...]}, in the order given.
inline void write_rules_json(std::ostream& out, const std::vector<RuleInfo>& rules) {
    JsonWriter w(out);
    w.begin_object();
    w.key("rules").begin_array();
    for (const RuleInfo& r : rules) {
        w.begin_object();
        w.field("code", r.code);
        w.field("name", r.name);
        w.field("severity", to_string(r.default_severity));
        w.field("family", r.family);
        w.field("criterion", r.criterion);
        w.field("source", r.source);
        w.field("summary", r.summary);
        w.field("rationale", r.rationale);
        w.field("fix", r.fix);
        w.field("enabled_by_default", r.enabled_by_default);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    out << '\n';
}

namespace detail {
/// Text in a cell of a Markdown table: a `|` would end the cell.
[[nodiscard]] inline std::string markdown_cell(std::string_view s) {
    std::string r;
    r.reserve(s.size());
    for (char c : s) {
        if (c == '|') r += '\\';
        r += c == '\n' ? ' ' : c;
    }
    return r;
}
}  // namespace detail

/// A Markdown table, one row per rule, each code linking to its entry in docs/checks.md.
inline void write_rules_markdown(std::ostream& out, const std::vector<RuleInfo>& rules) {
    out << "| code | name | severity | family | criterion | source | detects |\n";
    out << "|---|---|---|---|---|---|---|\n";
    for (const RuleInfo& r : rules) {
        std::string anchor = r.code;
        for (char& c : anchor)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        out << "| [" << r.code << "](checks.md#" << anchor << ") | " << r.name << " | "
            << to_string(r.default_severity) << " | " << r.family << " | " << r.criterion << " | "
            << detail::markdown_cell(r.source) << " | " << detail::markdown_cell(r.summary) << " |\n";
    }
}

}  // namespace toc
