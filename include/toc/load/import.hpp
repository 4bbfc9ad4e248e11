#pragma once
// Importing a theory of change written elsewhere (docs/import.md): a ToC-Maker
// JSON document, or a spreadsheet saved as CSV (a link list or a logframe
// sheet). The result is the YAML text a person would have written, and the
// model it holds. Never throws for bad input: every problem is a diagnostic
// located in the input (line:column, or the JSON path of the value).
// Link with toc::import.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "toc/diagnostics/diagnostic.hpp"
#include "toc/diagnostics/import_codes.hpp"  // TOC020–TOC022

namespace toc {

enum class ImportFormat { tocmaker, csv };

/// "tocmaker" or "csv".
[[nodiscard]] constexpr std::optional<ImportFormat> parse_import_format(std::string_view word) noexcept {
    if (word == "tocmaker") return ImportFormat::tocmaker;
    if (word == "csv") return ImportFormat::csv;
    return std::nullopt;
}


struct ImportOptions {
    /// The input's format; nullopt: from the file name (.json, .csv) or the text.
    std::optional<ImportFormat> from;
    /// A ToC-Maker section title (compared without case) and the kind its nodes
    /// become: a kind (resource, activity, output, outcome, impact, context,
    /// barrier, problem) or an outcome horizon (short, intermediate, long).
    std::vector<std::pair<std::string, std::string>> map;
};

struct ImportResult {
    std::string yaml;                     ///< the model as YAML; empty when an error stopped the import
    std::vector<Diagnostic> diagnostics;  ///< located in the input
    std::size_t elements = 0;             ///< how many elements and links were written
    std::size_t links = 0;

    /// True when no diagnostic is an error (then `yaml` holds the model).
    [[nodiscard]] bool ok() const noexcept {
        for (const auto& d : diagnostics)
            if (d.severity == Severity::error) return false;
        return !yaml.empty();
    }
};

/// The most an import reads: 32 MiB, far more than any theory of change.
inline constexpr std::size_t max_import_bytes = std::size_t{32} << 20;

/// Imports `text`; `name` is the input's name (in locations and in the comment
/// that names the source of the YAML).
[[nodiscard]] ImportResult import_string(std::string_view text, const std::string& name,
                                         const ImportOptions& options = {});

/// Imports a file; an unreadable or too large file is TOC000 io-error.
[[nodiscard]] ImportResult import_file(const std::string& path, const ImportOptions& options = {});

/// Parses `Title=kind` (the --map option); nullopt when there is no '=' or a side is empty.
[[nodiscard]] inline std::optional<std::pair<std::string, std::string>> parse_import_mapping(std::string_view s) {
    const auto eq = s.rfind('=');
    if (eq == std::string_view::npos || eq == 0 || eq + 1 == s.size()) return std::nullopt;
    return std::pair<std::string, std::string>{std::string(s.substr(0, eq)), std::string(s.substr(eq + 1))};
}

}  // namespace toc
