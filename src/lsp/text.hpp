#pragma once
// Positions in a document's text. LSP counts lines from 0 and characters in
// UTF-16 code units (or in bytes, when client and server agree on "utf-8");
// toc counts lines and columns from 1, columns in code points. Bytes that are
// not valid UTF-8 count as one character each, so any buffer converts.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace toc::lsp {

enum class Encoding { utf16, utf8 };

struct Position {
    std::size_t line = 0;       ///< 0-based
    std::size_t character = 0;  ///< in the encoding's units
    friend bool operator==(const Position&, const Position&) = default;
};

struct Range {
    Position start;
    Position end;
};

class LineTable {
public:
    explicit LineTable(std::string_view text);

    [[nodiscard]] std::size_t line_count() const noexcept { return starts_.size(); }
    /// Line `i` (0-based) without its line break.
    [[nodiscard]] std::string_view line(std::size_t i) const;
    [[nodiscard]] std::size_t line_start(std::size_t i) const { return starts_[i]; }

    /// The byte offset of an LSP position; nullopt when the line is past the
    /// end. A character past the end of its line is the line's end.
    [[nodiscard]] std::optional<std::size_t> offset(Position p, Encoding e) const;
    /// The LSP position of a byte offset (clamped to the text).
    [[nodiscard]] Position position(std::size_t offset, Encoding e) const;
    /// The byte offset of a toc location (1-based line, column in code points);
    /// nullopt when the line is unknown or past the end.
    [[nodiscard]] std::optional<std::size_t> offset_of(int line, int column) const;

private:
    std::string_view text_;
    std::vector<std::size_t> starts_;
};

/// Units of one character starting at s[i], and its length in bytes.
struct Step {
    std::size_t bytes;
    std::size_t units;
};
[[nodiscard]] Step step(std::string_view s, std::size_t i, Encoding e) noexcept;

}  // namespace toc::lsp
