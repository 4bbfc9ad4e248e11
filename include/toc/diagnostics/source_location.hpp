#pragma once
// Where an item of a model was written: a point (file, line and column, 1-based)
// and a range of text (start and end, with byte offsets into the file).

#include <compare>
#include <cstddef>
#include <string>

namespace toc {

struct SourceLocation {
    std::string file;
    int line = 0;    ///< 1-based; 0 when unknown (a model built in code)
    int column = 0;  ///< 1-based; 0 when unknown

    [[nodiscard]] bool known() const noexcept { return line > 0; }
    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads the defaulted <=> (no 0 is written here)
    friend auto operator<=>(const SourceLocation&, const SourceLocation&) = default;
};

/// A stretch of a file's text: from `line:column` up to, not including,
/// `end_line:end_column` (1-based; columns count characters, as SourceLocation's
/// do and SARIF's endColumn does), and the same stretch in bytes of the file as
/// it is on disk: [offset, end_offset).
struct SourceRange {
    std::string file;
    int line = 0;
    int column = 0;
    int end_line = 0;
    int end_column = 0;
    std::size_t offset = 0;
    std::size_t end_offset = 0;

    [[nodiscard]] bool known() const noexcept { return line > 0; }
    [[nodiscard]] SourceLocation start() const { return {file, line, column}; }
    friend bool operator==(const SourceRange&, const SourceRange&) = default;
};

}  // namespace toc
