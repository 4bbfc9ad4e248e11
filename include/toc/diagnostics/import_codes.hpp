#pragma once
// THE table of the importer's codes, TOC020–TOC022: a file brought in from
// another tool (docs/import.md) is wrong, or something in it had to change.
// Reported by toc::import_text (src/import); described here once for
// `toc rules`, SARIF, the language server's links and docs/checks.md.

#include <array>
#include <vector>

#include "toc/diagnostics/loader_codes.hpp"

namespace toc {

/// An importer code has the shape of a loader code: a stable code and its name.
using ImportCode = LoaderCode;

namespace import_code {
/// The input does not parse: JSON syntax, CSV quoting, invalid UTF-8, too deep, too large.
inline constexpr ImportCode syntax{"TOC020", "import-syntax"};
/// The input parses but is not the format: a wrong type, a missing key, an unknown column.
inline constexpr ImportCode structure{"TOC021", "import-structure"};
/// A warning: something the input says is left out or changed (a target that names
/// no node, connectionIds that disagree with connections, an id that was renamed).
inline constexpr ImportCode changed{"TOC022", "import-changed"};
inline constexpr std::array<ImportCode, 3> all{syntax, structure, changed};
}  // namespace import_code

/// The importer's codes described for people (SARIF, `toc rules`, docs/checks.md).
[[nodiscard]] inline std::vector<RuleInfo> import_rules() {
    using namespace import_code;
    return {
        reading_rule(syntax, "clarity",
                     "`toc import`: the input does not parse (JSON syntax, CSV quoting, invalid UTF-8, nesting "
                     "deeper than 64, a row with more or fewer cells than the header).",
                     "Nothing can be imported from a file that cannot be read as JSON or CSV.",
                     "Fix the input at the line and column given, or save it again from the tool that wrote it."),
        reading_rule(structure, "clarity",
                     "`toc import`: the input parses but is not the format (not an object with `sections`, a "
                     "value of the wrong type at the JSON path given, a sheet that is neither a link list nor a "
                     "logframe, an unknown level, link type or confidence word).",
                     "The importer reads ToC-Maker JSON and two spreadsheet layouts; anything else would be "
                     "guessed at.",
                     "Check `--from`, and docs/import.md for the columns and keys each format needs."),
        reading_rule(changed, "clarity",
                     "`toc import`: something the input says was left out or changed (a link to a node that does "
                     "not exist, two nodes with one id, an id made valid, a column that is not imported).",
                     "An import must not lose or alter anything silently; each change is named so it can be "
                     "checked against the source.",
                     "Read each warning and correct the written YAML, or the input, where the change is not what "
                     "was meant.",
                     Severity::warning),
    };
}

}  // namespace toc
