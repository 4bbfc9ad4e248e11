#pragma once
// A finding about a model: the loader's and the checks' single currency.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "toc/diagnostics/source_location.hpp"

namespace toc {

enum class Severity { note, warning, error };

[[nodiscard]] constexpr std::string_view to_string(Severity s) noexcept {
    switch (s) {
        case Severity::note: return "note";
        case Severity::warning: return "warning";
        case Severity::error: return "error";
    }
    return "error";
}

[[nodiscard]] inline std::optional<Severity> parse_severity(std::string_view s) noexcept {
    if (s == "note") return Severity::note;
    if (s == "warning") return Severity::warning;
    if (s == "error") return Severity::error;
    return std::nullopt;
}

/// Another place a finding concerns: the first definition of a duplicate id, say.
struct RelatedLocation {
    SourceLocation location;
    std::string message;  ///< a short note, e.g. "first defined here"
    /// Also printed in the text output. The ends of a link are already named in
    /// the finding's sentence: they go to JSON, SARIF and editors (to jump to),
    /// not as two more lines under every link finding.
    bool in_text = true;
};

/// A certain repair: put `replacement` where `range` is. `original` is the text
/// the range holds when the fix is made (a fix whose text has changed since is
/// not applied); `description` says it in words: "replace 'horizn' with 'horizon'".
struct FixIt {
    SourceRange range;
    std::string original;
    std::string replacement;
    std::string description;
};

struct Diagnostic {
    std::string code;        ///< stable code, e.g. "TOC007"
    std::string name;        ///< kebab-case rule name, e.g. "unresolved-reference"
    Severity severity = Severity::error;
    SourceLocation location; ///< the YAML node concerned
    std::string message;     ///< one plain sentence
    std::string subject;     ///< id of the item concerned; may be empty
    std::vector<RelatedLocation> related = {};  ///< other places it concerns
    std::vector<FixIt> fixes = {};              ///< only fixes that are certain
};

}  // namespace toc
