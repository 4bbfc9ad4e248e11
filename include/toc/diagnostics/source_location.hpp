#pragma once
// Where an item of a model was written: file, line and column, 1-based.

#include <compare>
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

}  // namespace toc
