#pragma once
// Loading a model from YAML text. Never throws for bad input: every problem
// becomes a located diagnostic (TOC001–TOC009). Link with toc::yaml.

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "toc/diagnostics/diagnostic.hpp"
#include "toc/model/model.hpp"

namespace toc {

struct LoadResult {
    Model model;
    std::vector<Diagnostic> diagnostics;

    /// True when no diagnostic is an error.
    [[nodiscard]] bool ok() const noexcept {
        for (const auto& d : diagnostics)
            if (d.severity == Severity::error) return false;
        return true;
    }
};

/// Loads a model from a file. An unreadable file is reported as a diagnostic
/// (code TOC000 io-error) with the file name.
[[nodiscard]] LoadResult load_file(const std::string& path);

/// Loads a model from a stream (standard input, say); `name` is used in locations.
/// Like load_file, reads at most 128 MiB: a larger input is TOC000, not read on
/// (so `toc check - < /dev/zero` ends with a message instead of eating memory).
[[nodiscard]] LoadResult load_stream(std::istream& in, const std::string& name);

/// The most load_file and load_stream read: 128 MiB, far more than any model.
inline constexpr std::size_t max_input_bytes = std::size_t{128} << 20;

/// Loads a model from YAML text; `file_name` is used in locations.
[[nodiscard]] LoadResult load_string(std::string_view text, const std::string& file_name = "<string>");

}  // namespace toc
