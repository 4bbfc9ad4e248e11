#pragma once
// "Did you mean": the nearest candidate by edit distance. Internal to toc::yaml.

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace toc::yaml_detail {

/// Optimal string alignment distance (Levenshtein with transpositions),
/// giving up early (returning limit + 1) once it must exceed `limit`.
inline std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t n = a.size(), m = b.size();
    if ((n > m ? n - m : m - n) > limit) return limit + 1;
    if (n > 128 || m > 128) return a == b ? 0 : limit + 1;  // no typo hunting in huge words: quadratic
    std::vector<std::size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = i;
        std::size_t row_min = cur[0];
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
            row_min = std::min(row_min, cur[j]);
        }
        if (row_min > limit) return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

/// The candidate nearest to `word`, if near enough to be a plausible typo
/// (at most a third of the word's length, at least 1, at most 3 edits).
template <class Range>
std::string nearest(std::string_view word, const Range& candidates) {
    const std::size_t limit = std::clamp<std::size_t>(word.size() / 3, 1, 3);
    std::string best;
    std::size_t best_d = limit + 1;
    for (const auto& c : candidates) {
        const std::string_view cv(c);
        if (cv == word) continue;
        const std::size_t d = edit_distance(word, cv, std::min(limit, best_d));
        if (d < best_d) {
            best_d = d;
            best = std::string(cv);
        }
    }
    return best;
}

}  // namespace toc::yaml_detail
