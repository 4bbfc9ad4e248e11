#pragma once
// Which baseline applies to a figure, decided once for the checks, the indicator
// status and the indicator tables.
//
// Decision: among an indicator's baselines whose site and group (extension E6)
// agree with the figure's or are not given, the most specific applies (site
// outweighs group; of equally specific ones, the first written). A baseline for
// one site or group never applies to a figure of another. Failing that, a
// figure with neither site nor group takes the indicator's only baseline.
// (Before, the indicator table took the first baseline of the site even when it
// was written for a group, while the checks took the general one.)

#include <string_view>

#include "toc/model/model.hpp"

namespace toc {

/// The baseline that applies to figures of `site` and `group` (empty: none
/// given), or nullptr. `usable` filters the baselines that count (e.g. those
/// with a value).
template <class Usable>
[[nodiscard]] const Measurement* applicable_baseline(const Indicator& ind, std::string_view site, const Text& group,
                                                     Usable&& usable) {
    const Measurement* best = nullptr;
    int best_score = -1;
    for (const auto& b : ind.baseline) {
        if (!usable(b)) continue;
        const bool site_ok = b.site.empty() || b.site.id == site;
        const bool group_ok = b.group.empty() || b.group == group;
        if (!site_ok || !group_ok) continue;
        const int score = (b.site.empty() ? 0 : 2) + (b.group.empty() ? 0 : 1);
        if (score > best_score) { best = &b; best_score = score; }
    }
    if (!best && site.empty() && group.empty() && ind.baseline.size() == 1 && usable(ind.baseline.front()))
        best = &ind.baseline.front();
    return best;
}

/// The baseline that applies to one figure (a target or a measurement).
[[nodiscard]] inline const Measurement* applicable_baseline(const Indicator& ind, const Measurement& figure) {
    return applicable_baseline(ind, figure.site.id, figure.group, [](const Measurement&) { return true; });
}

}  // namespace toc
