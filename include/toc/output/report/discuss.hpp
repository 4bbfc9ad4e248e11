#pragma once
// Which findings the report puts first ("most worth discussing") and how it
// rates each evaluability criterion. One home for both choices, so that the
// findings' ranking and the checks' scorecard can replace them here when they
// land.
//
// Now: findings are ordered errors, then warnings, then notes, keeping the
// checks' order within a severity; a criterion is rated weak when a finding
// under it is an error, needs work when one is a warning, else good.

#include <algorithm>
#include <array>
#include <cstddef>
#include <vector>

#include "toc/output/report/context.hpp"

namespace toc::report {

/// The findings most worth discussing, at most `n`, best first.
[[nodiscard]] inline std::vector<const Diagnostic*> worth_discussing(const std::vector<Diagnostic>& findings,
                                                                     std::size_t n = 5) {
    std::vector<const Diagnostic*> ranked;
    ranked.reserve(findings.size());
    for (const auto& d : findings) ranked.push_back(&d);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Diagnostic* a, const Diagnostic* b) { return a->severity > b->severity; });
    if (ranked.size() > n) ranked.resize(n);
    return ranked;
}

/// One row of the evaluability scorecard.
struct CriterionScore {
    std::size_t criterion = 0;          ///< index in evaluability_criteria
    std::size_t rating = 0;             ///< 0 good, 1 needs work, 2 weak (ReportWords::ratings)
    const Diagnostic* top = nullptr;    ///< the finding most worth discussing under it, or nullptr
};

/// A rating and the top finding for every evaluability criterion, in the order of
/// evaluability_criteria.
[[nodiscard]] inline std::vector<CriterionScore> scorecard(const Context& ctx) {
    std::vector<CriterionScore> card(evaluability_criteria.size());
    for (std::size_t i = 0; i < card.size(); ++i) card[i].criterion = i;
    for (const Diagnostic* d : worth_discussing(ctx.findings(), ctx.findings().size())) {
        const int c = ctx.criterion(d->code);
        if (c < 0) continue;
        CriterionScore& s = card[static_cast<std::size_t>(c)];
        const std::size_t rating = d->severity == Severity::error ? 2 : d->severity == Severity::warning ? 1 : 0;
        s.rating = std::max(s.rating, rating);
        if (!s.top) s.top = d;
    }
    return card;
}

}  // namespace toc::report
