#pragma once
// THE table of the loader's codes, TOC000–TOC009: the file itself is wrong.
// They are reported by toc::load_file (src/yaml), not by check(); each code
// and its name are written here once.
//
//     error(loader_code::unknown_key, location, message);   // "TOC002" "unknown-key"

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "toc/diagnostics/diagnostic.hpp"
#include "toc/diagnostics/rule_info.hpp"

namespace toc {

/// One loader code: its stable code and kebab-case name, together.
struct LoaderCode {
    std::string_view code;  ///< "TOC002"
    std::string_view name;  ///< "unknown-key"
};

namespace loader_code {
inline constexpr LoaderCode io_error{"TOC000", "io-error"};
inline constexpr LoaderCode yaml_syntax{"TOC001", "yaml-syntax"};
inline constexpr LoaderCode unknown_key{"TOC002", "unknown-key"};
inline constexpr LoaderCode wrong_type{"TOC003", "wrong-type"};
inline constexpr LoaderCode missing_required{"TOC004", "missing-required"};
inline constexpr LoaderCode invalid_value{"TOC005", "invalid-value"};
inline constexpr LoaderCode duplicate_id{"TOC006", "duplicate-id"};
inline constexpr LoaderCode unresolved_reference{"TOC007", "unresolved-reference"};
inline constexpr LoaderCode wrong_reference_kind{"TOC008", "wrong-reference-kind"};
inline constexpr LoaderCode unsupported_version{"TOC009", "unsupported-version"};

/// Every loader code, in code order.
inline constexpr std::array<LoaderCode, 10> all{io_error,       yaml_syntax,  unknown_key,          wrong_type,
                                                missing_required, invalid_value, duplicate_id,
                                                unresolved_reference, wrong_reference_kind, unsupported_version};
}  // namespace loader_code

/// A loader error with this code, as the loader reports it.
[[nodiscard]] inline Diagnostic loader_error(const LoaderCode& c, SourceLocation at, std::string message,
                                             std::string subject = {}) {
    return {std::string(c.code), std::string(c.name), Severity::error, std::move(at), std::move(message),
            std::move(subject)};
}

/// The name of a loader code ("TOC002" → "unknown-key"), or empty.
[[nodiscard]] constexpr std::string_view loader_code_name(std::string_view code) noexcept {
    for (const LoaderCode& c : loader_code::all)
        if (c.code == code) return c.name;
    return {};
}

/// One code of the reading stage described for people: family "loader"; the
/// loader's codes here and the importer's (toc/diagnostics/import_codes.hpp).
[[nodiscard]] inline RuleInfo reading_rule(LoaderCode c, std::string_view criterion, std::string summary,
                                           std::string rationale, std::string fix,
                                           Severity severity = Severity::error) {
    RuleInfo r;
    r.code = std::string(c.code);
    r.name = std::string(c.name);
    r.family = "loader";
    r.criterion = std::string(criterion);
    r.default_severity = severity;
    r.summary = std::move(summary);
    r.rationale = std::move(rationale);
    r.fix = std::move(fix);
    return r;
}

/// The loader's codes described for people (SARIF, `toc rules`, docs/checks.md).
[[nodiscard]] inline std::vector<RuleInfo> loader_rules() {
    using namespace loader_code;
    return {
        reading_rule(io_error, "clarity", "The model file cannot be read.",
                     "Nothing can be checked in a file that cannot be opened.",
                     "Check the path and the file's permissions."),
        reading_rule(yaml_syntax, "clarity", "The YAML does not parse (with the line and column of the fault).",
                     "A model must be valid YAML 1.2 before anything in it can be read; a duplicate key in one mapping "
                     "is a YAML error too.",
                     "Fix the YAML at the position given: indentation, a missing colon, an unclosed quote or bracket."),
        reading_rule(unknown_key, "clarity", "A key the format does not define (the nearest known key is suggested).",
                     "An unknown key is almost always a typo, and a typo silently drops what it was meant to say.",
                     "Correct the key as suggested; keys starting with `x-` are extension keys and never reported."),
        reading_rule(wrong_type, "clarity",
                     "A value of the wrong type: a list where a map is due, text where a number is due, …",
                     "The format gives every key one type; a value of another type cannot be read as meant.",
                     "Write the value in the form docs/format.md gives for the key."),
        reading_rule(missing_required, "clarity",
                     "A required key is missing (`id`, `label`, `horizon`, `toc`, …), or a required text (a label, a title) "
                     "is empty.",
                     "Some keys are needed to make sense of an item at all: its id to refer to it, its label to show it.",
                     "Add the missing key, or write the empty text."),
        reading_rule(invalid_value, "clarity",
                     "A bad value: an unknown enumeration value, a bad date, a bad id, a non-finite number, an unknown rule "
                     "in `checks:`, an empty text in one language of a required text.",
                     "A value outside the ones the format defines cannot be interpreted.",
                     "Use one of the values the message lists."),
        reading_rule(duplicate_id, "consistency", "An id defined twice anywhere in the model (both places are named).",
                     "Ids are unique across the whole model, so that every reference names exactly one item.",
                     "Rename one of the two items and update the references to it."),
        reading_rule(unresolved_reference, "consistency",
                     "A reference to an id that does not exist (the nearest id is suggested).",
                     "A reference that resolves to nothing leaves a link or a measure dangling.",
                     "Correct the id as suggested, or add the item it names."),
        reading_rule(wrong_reference_kind, "consistency",
                     "A reference to an item of the wrong kind, e.g. `uses` naming an outcome.",
                     "Each reference key expects items of certain kinds: `uses` expects resources, `via` mechanisms.",
                     "Name an item of the kind the key expects."),
        reading_rule(unsupported_version, "clarity", "`toc:` is not a format version this release reads.",
                     "Files of a later format version may mean things this release does not know.",
                     "Write `toc: 1`, or use a release of toc that reads the file's version."),
    };
}

}  // namespace toc
