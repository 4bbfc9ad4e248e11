#pragma once
// Findings as SARIF 2.1.0 (the Static Analysis Results Interchange Format), for
// code-scanning annotations: one run of the tool "toc", one reportingDescriptor
// per rule (the loader's TOC000–TOC009 and every rule of the catalogue), one
// result per finding.

#include <cctype>
#include <cstddef>
#include <cstdio>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "toc/checks/check.hpp"
#include "toc/diagnostics/diagnostic.hpp"
#include "toc/diagnostics/format.hpp"
#include "toc/detail/json_writer.hpp"

namespace toc {

struct SarifOptions {
    /// The tool's home page (tool.driver.informationUri).
    std::string information_uri = "https://toc.invalid/";
    /// Where docs/checks.md is published; a rule's helpUri is this plus "#toc101".
    std::string rules_help_uri = "https://toc.invalid/docs/checks.md";
    /// When set, each result's properties carry its `rank` and `group` (format.hpp).
    const FindingMarks* marks = nullptr;
};

namespace sarif_detail {

inline std::string_view level(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::note: return "note";
    }
    return "error";
}

/// A file path as a URI reference: absolute paths become file:// URIs,
/// relative ones stay relative; reserved and non-ASCII bytes are percent-encoded.
inline std::string path_uri(std::string_view path) {
    std::string out;
    const bool absolute = !path.empty() && path.front() == '/';
    if (absolute) out = "file://";
    for (unsigned char c : path) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
            out.push_back(static_cast<char>(c));
        } else {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            out += buf;
        }
    }
    return out;
}

inline std::string anchor(std::string_view code) {
    std::string a;
    for (char c : code) a.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    return a;
}

inline std::string help_text(const RuleInfo& r) {
    std::string s = r.summary;
    if (!r.rationale.empty()) s += "\n\nWhy: " + r.rationale;
    if (!r.source.empty()) s += "\n\nSource: " + r.source;
    if (!r.fix.empty()) s += "\n\nHow to fix: " + r.fix;
    return s;
}

inline std::string help_markdown(const RuleInfo& r) {
    std::string s = "**" + r.code + " " + r.name + "** (" + std::string(to_string(r.default_severity)) + "): " +
                    r.summary;
    if (!r.rationale.empty()) s += "\n\n" + r.rationale;
    if (!r.source.empty()) s += "\n\n*Source:* " + r.source;
    if (!r.fix.empty()) s += "\n\n*How to fix:* " + r.fix;
    return s;
}

/// A physicalLocation's artifactLocation and region (where it starts).
inline void physical_location(JsonWriter& w, const SourceLocation& l) {
    w.key("artifactLocation").begin_object().field("uri", path_uri(l.file)).end_object();
    if (l.known()) {
        w.key("region").begin_object().field("startLine", l.line);
        if (l.column > 0) w.field("startColumn", l.column);
        w.end_object();
    }
}

/// A fix object: one artifactChange with one replacement (deletedRegion + insertedContent).
inline void fix(JsonWriter& w, const FixIt& f) {
    const auto& r = f.range;
    w.begin_object();
    w.key("description").begin_object().field("text", f.description).end_object();
    w.key("artifactChanges").begin_array().begin_object();
    w.key("artifactLocation").begin_object().field("uri", path_uri(r.file)).end_object();
    w.key("replacements").begin_array().begin_object();
    w.key("deletedRegion").begin_object()
        .field("startLine", r.line).field("startColumn", r.column)
        .field("endLine", r.end_line).field("endColumn", r.end_column).end_object();
    w.key("insertedContent").begin_object().field("text", f.replacement).end_object();
    w.end_object().end_array();  // replacement, replacements
    w.end_object().end_array();  // artifactChange, artifactChanges
    w.end_object();
}

}  // namespace sarif_detail

/// Writes the findings as one SARIF 2.1.0 log.
inline void write_sarif(std::ostream& out, const std::vector<Diagnostic>& diagnostics, const Catalogue& catalogue,
                        std::string_view tool_version, const SarifOptions& options = {}) {
    using namespace sarif_detail;
    const std::vector<RuleInfo> rules = all_rules(catalogue);
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < rules.size(); ++i) index.emplace(rules[i].code, i);

    JsonWriter w(out);
    w.begin_object();
    w.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    w.field("version", "2.1.0");
    w.key("runs").begin_array().begin_object();

    w.key("tool").begin_object().key("driver").begin_object();
    w.field("name", "toc");
    w.field("version", std::string(tool_version));
    w.field("semanticVersion", std::string(tool_version));
    w.field("informationUri", options.information_uri);
    w.key("rules").begin_array();
    for (const RuleInfo& r : rules) {
        w.begin_object();
        w.field("id", r.code);
        w.field("name", r.name);
        w.key("shortDescription").begin_object().field("text", r.summary).end_object();
        w.key("fullDescription").begin_object()
            .field("text", r.rationale.empty() ? r.summary : r.rationale).end_object();
        w.key("help").begin_object().field("text", help_text(r)).field("markdown", help_markdown(r)).end_object();
        w.field("helpUri", options.rules_help_uri + "#" + anchor(r.code));
        w.key("defaultConfiguration").begin_object()
            .field("enabled", r.enabled_by_default)
            .field("level", level(r.default_severity)).end_object();
        w.key("properties").begin_object();
        w.key("tags").begin_array().value(r.code.size() >= 4 && r.code[3] == '0' ? "file" : "consistency").end_array();
        if (!r.source.empty()) w.field("source", r.source);
        w.end_object();
        w.end_object();
    }
    w.end_array();
    w.end_object().end_object();  // driver, tool

    w.key("results").begin_array();
    for (const Diagnostic& d : diagnostics) {
        w.begin_object();
        w.field("ruleId", d.code);
        if (auto it = index.find(d.code); it != index.end()) w.field("ruleIndex", static_cast<unsigned long>(it->second));
        w.field("level", level(d.severity));
        w.key("message").begin_object().field("text", d.message).end_object();
        if (!d.location.file.empty() || d.location.known()) {
            w.key("locations").begin_array().begin_object().key("physicalLocation").begin_object();
            physical_location(w, d.location);
            w.end_object().end_object().end_array();
        }
        if (!d.related.empty()) {
            w.key("relatedLocations").begin_array();
            int id = 0;
            for (const auto& r : d.related) {
                w.begin_object().field("id", id++);
                w.key("physicalLocation").begin_object();
                physical_location(w, r.location);
                w.end_object();
                w.key("message").begin_object().field("text", r.message).end_object();
                w.end_object();
            }
            w.end_array();
        }
        if (!d.fixes.empty()) {
            w.key("fixes").begin_array();
            for (const auto& f : d.fixes) fix(w, f);
            w.end_array();
        }
        const std::size_t i = static_cast<std::size_t>(&d - diagnostics.data());
        if (!d.subject.empty() || options.marks) {
            w.key("properties").begin_object();
            if (!d.subject.empty()) w.field("subject", d.subject);
            if (options.marks) {
                w.field("rank", options.marks->rank_of(i));
                w.field("group", std::string(options.marks->group_of(i)));
            }
            w.end_object();
        }
        w.end_object();
    }
    w.end_array();
    w.field("columnKind", "unicodeCodePoints");
    w.end_object().end_array();  // run, runs
    w.end_object();
    out << '\n';
}

}  // namespace toc
