#pragma once
// The findings scored against the evaluability criteria of a theory of change
// (Davies 2013; rule_info.hpp lists them): for each criterion, how many
// findings its rules made, a plain rating and the finding that matters most.
//
//     const auto findings = toc::check(model);
//     const auto ranks = toc::rank_findings(toc::finding_importance(model, findings));
//     for (const auto& s : toc::scorecard(findings, ranks, toc::all_rules(toc::default_catalogue())))
//         std::cout << s.criterion << ": " << s.rating << "\n";
//
// The rating (docs/checks.md, "Scorecard"): "weak" when a rule of the
// criterion reports an error or more than 5 warnings; "needs work" for 1 to 5
// warnings, or more than 5 notes; "good" otherwise.

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "toc/diagnostics/diagnostic.hpp"
#include "toc/diagnostics/format.hpp"
#include "toc/diagnostics/rule_info.hpp"

namespace toc {

struct CriterionScore {
    std::string criterion;  ///< one of evaluability_criteria
    std::size_t errors = 0, warnings = 0, notes = 0;
    std::string rating;     ///< "good", "needs work" or "weak"
    std::optional<std::size_t> top;  ///< index of its highest ranked finding

    [[nodiscard]] std::size_t findings() const noexcept { return errors + warnings + notes; }
};

/// The rating of a criterion with these counts.
[[nodiscard]] inline std::string rating(std::size_t errors, std::size_t warnings, std::size_t notes) {
    if (errors > 0 || warnings > 5) return "weak";
    if (warnings > 0 || notes > 5) return "needs work";
    return "good";
}

/// One score per evaluability criterion, in the order of evaluability_criteria.
/// `ranks` is rank_findings(...) of the findings (1 matters most); `rules`
/// describes every code that may occur (all_rules(catalogue)). A finding whose
/// code no rule describes counts for no criterion.
[[nodiscard]] inline std::vector<CriterionScore> scorecard(const std::vector<Diagnostic>& findings,
                                                           const std::vector<std::size_t>& ranks,
                                                           const std::vector<RuleInfo>& rules) {
    std::unordered_map<std::string, std::size_t> slot;
    std::vector<CriterionScore> out;
    for (std::string_view c : evaluability_criteria) {
        slot.emplace(std::string(c), out.size());
        CriterionScore score;
        score.criterion = std::string(c);
        out.push_back(std::move(score));
    }
    std::unordered_map<std::string, std::size_t> criterion_of;
    for (const RuleInfo& r : rules)
        if (auto it = slot.find(r.criterion); it != slot.end()) criterion_of.emplace(r.code, it->second);
    for (std::size_t i = 0; i < findings.size(); ++i) {
        auto it = criterion_of.find(findings[i].code);
        if (it == criterion_of.end()) continue;
        CriterionScore& s = out[it->second];
        switch (findings[i].severity) {
            case Severity::error: ++s.errors; break;
            case Severity::warning: ++s.warnings; break;
            case Severity::note: ++s.notes; break;
        }
        const std::size_t rank = i < ranks.size() ? ranks[i] : 0;
        if (!s.top || (rank != 0 && rank < ranks[*s.top])) s.top = i;
    }
    for (CriterionScore& s : out) s.rating = rating(s.errors, s.warnings, s.notes);
    return out;
}

/// The scorecard as text: one block per criterion.
///
///     plausibility: weak (1 error, 3 warnings, 0 notes)
///       top: models/x.yaml:12:5: error: ... [TOC102 causal-cycle]
inline void write_scorecard(std::ostream& out, const std::vector<CriterionScore>& scores,
                            const std::vector<Diagnostic>& findings) {
    for (const CriterionScore& s : scores) {
        out << s.criterion << ": " << s.rating << " (" << plural(s.errors, "error") << ", "
            << plural(s.warnings, "warning") << ", " << plural(s.notes, "note") << ")\n";
        if (s.top) out << "  top: " << format_diagnostic(findings[*s.top]) << '\n';
    }
}

}  // namespace toc
