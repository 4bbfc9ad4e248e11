#pragma once
// What a revision did to the findings (`toc diff`): the checks run on both
// versions; a finding is matched by its rule and its subject (in the new
// version's ids, through renames), so a finding that only moved to another
// line is neither introduced nor fixed. The whole comparison of two versions
// (model, indicator status, findings) is compare_versions.

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "toc/diagnostics/diagnostic.hpp"
#include "toc/graph/status_diff.hpp"
#include "toc/model/diff.hpp"

namespace toc {

struct FindingsDiff {
    std::vector<Diagnostic> introduced;  ///< in the new version only (as found there)
    std::vector<Diagnostic> fixed;       ///< in the old version only (as found there)
    [[nodiscard]] bool empty() const noexcept { return introduced.empty() && fixed.empty(); }
};

/// The findings only one version has, matched by rule code and subject; a rule
/// that reports one subject several times counts each.
[[nodiscard]] inline FindingsDiff diff_findings(const std::vector<Diagnostic>& before,
                                                const std::vector<Diagnostic>& after, const ModelDiff& model = {}) {
    using Key = std::pair<std::string, std::string>;
    std::map<Key, std::size_t> old_count;
    for (const auto& d : before) ++old_count[{d.code, model.new_id(d.subject)}];
    FindingsDiff out;
    std::map<Key, std::size_t> matched;
    for (const auto& d : after) {
        const Key k{d.code, d.subject};
        auto it = old_count.find(k);
        if (it != old_count.end() && matched[k] < it->second) ++matched[k];
        else out.introduced.push_back(d);
    }
    std::map<Key, std::size_t> left = matched;
    for (const auto& d : before) {
        const Key k{d.code, model.new_id(d.subject)};
        if (auto it = left.find(k); it != left.end() && it->second > 0) --it->second;
        else out.fixed.push_back(d);
    }
    return out;
}

/// Two versions compared: their items and fields, their indicators' status and their findings.
struct VersionDiff {
    ModelDiff model;
    FindingsDiff findings;
    [[nodiscard]] bool empty() const noexcept { return model.empty() && findings.empty(); }
};

/// Compares two versions of a theory that loaded, with the findings of the checks on each.
[[nodiscard]] inline VersionDiff compare_versions(const Model& before, const Model& after,
                                                  const std::vector<Diagnostic>& before_findings,
                                                  const std::vector<Diagnostic>& after_findings) {
    VersionDiff out;
    out.model = diff_models(before, after);
    add_indicator_status_changes(out.model, before, after);
    out.findings = diff_findings(before_findings, after_findings, out.model);
    return out;
}

}  // namespace toc
