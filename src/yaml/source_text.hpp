#pragma once
// The text a model was read from, for fix-its: where a scalar's characters lie
// in it, and whether a did-you-mean is certain enough to become a fix.
// Internal to toc::yaml.

#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "toc/detail/suggest.hpp"
#include "toc/diagnostics/diagnostic.hpp"

namespace toc::yaml_detail {

class SourceText {
public:
    /// `text` as the YAML parser read it; `skipped` bytes (a byte order mark)
    /// came before it in the file, so that offsets count from the file's start.
    explicit SourceText(std::string_view text, std::size_t skipped = 0);

    /// Where the scalar `value` written at `at` (the node's line and column, which
    /// may point at its anchor or tag) lies: a plain scalar's characters, or the
    /// inside of a quoted one. Nullopt when the text there is not exactly `value`
    /// (an alias, a block or multi-line scalar, an escape sequence). `quote`, when
    /// given, receives the scalar's quote character, or '\0' for a plain scalar.
    [[nodiscard]] std::optional<SourceRange> scalar_range(const SourceLocation& at, std::string_view value,
                                                          char* quote = nullptr) const;

    /// A fix-it that writes `replacement` for the scalar `value` at `at`, in the
    /// scalar's own style; nullopt when the range is not certain or `replacement`
    /// cannot be written in that style without changing what it means.
    [[nodiscard]] std::optional<FixIt> replace_scalar(const SourceLocation& at, std::string_view value,
                                                      std::string_view replacement) const;

private:
    std::string_view text_;
    std::size_t skipped_;
    std::vector<std::size_t> line_starts_;
};

/// The did-you-mean for `word` when it is certain: the candidate nearest to it
/// within the typo limit, when no other candidate is as near. Empty otherwise.
template <class Range>
[[nodiscard]] std::string certain_nearest(std::string_view word, const Range& candidates) {
    const auto best = detail::nearest_index(word, candidates);
    if (!best) return {};
    auto it = std::begin(candidates);
    std::advance(it, static_cast<std::ptrdiff_t>(*best));
    const std::string_view pick(*it);
    const std::size_t d = detail::edit_distance(word, pick, detail::typo_limit(word));
    for (const auto& c : candidates) {
        const std::string_view cv(c);
        if (cv != pick && cv != word && detail::edit_distance(word, cv, d) <= d) return {};
    }
    return std::string(pick);
}

}  // namespace toc::yaml_detail
