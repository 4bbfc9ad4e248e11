#pragma once
// The checks' findings on the picture (`toc render --findings`, the report's
// diagram): the most important ones, ranked (checks/rank.hpp), numbered 1, 2, …
// as small badges on the boxes, links and notes they concern, with a key.
//
//     toc::DiagramOptions o;
//     toc::show_findings(o, model);       // the 12 most important findings of toc::check
//     std::string dot = toc::to_dot(model, o);
//
// The DOT writer draws what DiagramOptions::findings holds; this header decides
// which findings those are.

#include <cstddef>
#include <vector>

#include "toc/checks/check.hpp"
#include "toc/checks/rank.hpp"
#include "toc/output/dot.hpp"

namespace toc {

/// How many findings a picture shows at most: more badges than this stop being read.
inline constexpr std::size_t picture_findings = 12;

/// The `top` most important of `findings` about `model`, most important first.
[[nodiscard]] inline std::vector<Diagnostic> top_findings(const Model& model, const std::vector<Diagnostic>& findings,
                                                          std::size_t top = picture_findings) {
    const std::vector<std::size_t> rank = rank_findings(finding_importance(model, findings));
    std::vector<Diagnostic> out(std::min(top, findings.size()));
    for (std::size_t i = 0; i < findings.size(); ++i)
        if (rank[i] <= out.size()) out[rank[i] - 1] = findings[i];
    return out;
}

/// Runs the checks (with the model's own settings) and puts the most important
/// findings on the picture `options` describes.
inline void show_findings(DiagramOptions& options, const Model& model, std::size_t top = picture_findings) {
    const std::vector<Diagnostic> all = check(model);
    options.findings = top_findings(model, all, top);
    options.findings_total = all.size();
}

}  // namespace toc
