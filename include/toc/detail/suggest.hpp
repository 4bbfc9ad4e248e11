#pragma once
// "Did you mean", decided once: one edit distance and one nearness threshold for
// ids, keys, enum values, rule codes and command-line values alike.

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace toc::detail {

/// Optimal string alignment distance (Levenshtein with transpositions) between
/// a and b, compared without regard to ASCII case when `fold_case`; gives up
/// early (returning limit + 1) once it must exceed `limit`.
[[nodiscard]] inline std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit,
                                               bool fold_case = false) {
    const std::size_t n = a.size(), m = b.size();
    if ((n > m ? n - m : m - n) > limit) return limit + 1;
    auto eq = [fold_case](char x, char y) {
        if (!fold_case) return x == y;
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    };
    if (n > 128 || m > 128) {  // no typo hunting in huge words: the cost is quadratic
        if (n != m) return limit + 1;
        for (std::size_t i = 0; i < n; ++i)
            if (!eq(a[i], b[i])) return limit + 1;
        return 0;
    }
    std::vector<std::size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = i;
        std::size_t row_min = cur[0];
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = eq(a[i - 1], b[j - 1]) ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && eq(a[i - 1], b[j - 2]) && eq(a[i - 2], b[j - 1]))
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
            row_min = std::min(row_min, cur[j]);
        }
        if (row_min > limit) return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

/// How many edits still make a plausible typo of `word`: a third of its length,
/// at least 1 and at most 3. The one threshold of every "did you mean".
[[nodiscard]] constexpr std::size_t typo_limit(std::string_view word) noexcept {
    return std::clamp<std::size_t>(word.size() / 3, 1, 3);
}

/// The index of the candidate nearest to `word` within the typo limit (the first
/// of equally near ones), or nullopt. A candidate equal to `word` is skipped
/// (it is not a correction). `fold_case` compares without regard to ASCII case.
template <class Range>
[[nodiscard]] std::optional<std::size_t> nearest_index(std::string_view word, const Range& candidates,
                                                       bool fold_case = false) {
    const std::size_t limit = typo_limit(word);
    std::optional<std::size_t> best;
    std::size_t best_d = limit + 1, i = 0;
    for (const auto& c : candidates) {
        const std::string_view cv(c);
        if (cv != word) {
            const std::size_t d = edit_distance(word, cv, std::min(limit, best_d), fold_case);
            if (d < best_d) { best_d = d; best = i; }
        }
        ++i;
    }
    return best;
}

/// The candidate nearest to `word` (see nearest_index), or an empty string.
template <class Range>
[[nodiscard]] std::string nearest(std::string_view word, const Range& candidates, bool fold_case = false) {
    const auto i = nearest_index(word, candidates, fold_case);
    if (!i) return {};
    auto it = std::begin(candidates);
    std::advance(it, static_cast<std::ptrdiff_t>(*i));
    return std::string(std::string_view(*it));
}

}  // namespace toc::detail
