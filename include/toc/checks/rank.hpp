#pragma once
// Which findings matter most: an importance for each finding of a model, and
// the rank that orders them. Errors come first; then the structural findings
// (is it a results chain at all?); then the rest by severity. Within each,
// findings on the pathways that carry most of the theory come before those on
// its leaves: a link every pathway to a long-term outcome passes (a min cut),
// an element on the route to a long-term outcome or impact, a link or element
// many others meet at; a finding that names one cause of many comes first.
//
//     const auto findings = toc::check(model);
//     const auto importance = toc::finding_importance(model, findings);
//     const auto ranks = toc::rank_findings(findings, importance);  // 1 = matters most

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <string_view>
#include <vector>

#include "toc/checks/context.hpp"
#include "toc/diagnostics/diagnostic.hpp"

namespace toc {

namespace rank_detail {

/// The first digit of a code: 0 the loader, 1 structure, 2 measurement, 3 explanation, 4 coverage.
[[nodiscard]] inline int family_digit(std::string_view code) {
    return code.size() >= 4 && code.substr(0, 3) == "TOC" && code[3] >= '0' && code[3] <= '9' ? code[3] - '0' : -1;
}

/// How much of the theory an element carries, from 0 (a leaf) to 300.
class Weights {
public:
    explicit Weights(const CheckContext& ctx) : ctx_(&ctx) {
        const ModelGraph& g = ctx.graph();
        std::vector<ElementVertexId> ends;
        for (ElementVertexId v = 0; v < g.size(); ++v) {
            const Element& e = g.element(v);
            if (e.kind == Kind::impact || (e.kind == Kind::outcome && e.horizon == Horizon::long_term)) ends.push_back(v);
        }
        on_route_ = reachable(g, ends, causal_relations, Traversal::backward);
        critical_.assign(g.edge_count(), 0);
        for (const CriticalLink& c : ctx.critical_links()) critical_[g.edge(c.link).index] = c.target_count;
    }

    [[nodiscard]] double element(ElementVertexId v) const {
        const ModelGraph& g = ctx_->graph();
        const Element& e = g.element(v);
        double w = 0;
        if (on_route_[v]) w += 100;
        if (e.kind == Kind::impact || (e.kind == Kind::outcome && e.horizon == Horizon::long_term)) w += 50;
        const auto degree = boost::in_degree(v, g.graph()) + boost::out_degree(v, g.graph());
        w += static_cast<double>(std::min<std::size_t>(degree, 20)) * 2;
        return w;
    }

    [[nodiscard]] double link(LinkEdgeId e) const {
        const ModelGraph& g = ctx_->graph();
        double w = element(g.target(e)) / 2 + element(g.source(e)) / 2;
        if (const std::size_t cut = critical_[g.edge(e).index]) w += 100 + 10 * static_cast<double>(std::min<std::size_t>(cut, 10));
        return w;
    }

    /// The weight of a finding's subject: an element, a link (by its id, or
    /// the element it is written on), an indicator (what it measures), the
    /// model itself (a root cause touching many elements), else 0.
    [[nodiscard]] double subject(std::string_view id) const {
        if (id.empty()) return 0;
        const Model& m = ctx_->model();
        const ModelGraph& g = ctx_->graph();
        if (id == m.id) return 250;
        if (const Link* l = ctx_->index().link(id))
            if (auto e = g.edge_of(*l)) return link(*e);
        if (const Element* e = ctx_->index().element(id)) return element(g.vertex(*e));
        const auto* entry = ctx_->index().find(id);
        if (!entry || entry->kind != Kind::indicator) return 0;
        double w = 0;
        for (const Ref& r : m.indicators[entry->index].measures)
            if (const Element* e = ctx_->index().element(r.id)) w = std::max(w, element(g.vertex(*e)) / 2);
        return w;
    }

private:
    const CheckContext* ctx_;
    std::vector<bool> on_route_;
    std::vector<std::size_t> critical_;
};

}  // namespace rank_detail

/// The importance of each finding about `model` (same order as `findings`):
/// higher matters more. Errors score from 30000, structural findings from
/// 20000, the rest from 10000 (warnings) or 0 (notes); within each band, up
/// to about 300 for the weight of what the finding is about. Near-linear in
/// the model and the findings.
[[nodiscard]] inline std::vector<double> finding_importance(const Model& model, const std::vector<Diagnostic>& findings) {
    const CheckContext ctx(model);
    const rank_detail::Weights weights(ctx);
    std::vector<double> out;
    out.reserve(findings.size());
    for (const Diagnostic& d : findings) {
        double band = 0;
        if (d.severity == Severity::error) band = 30000;
        else if (rank_detail::family_digit(d.code) == 1) band = 20000 + (d.severity == Severity::warning ? 5000 : 0);
        else if (d.severity == Severity::warning) band = 10000;
        out.push_back(band + weights.subject(d.subject));
    }
    return out;
}

/// Importance by severity alone, for findings with no model to weigh them by
/// (a file that did not load).
[[nodiscard]] inline std::vector<double> severity_importance(const std::vector<Diagnostic>& findings) {
    std::vector<double> out;
    out.reserve(findings.size());
    for (const Diagnostic& d : findings)
        out.push_back(d.severity == Severity::error ? 30000 : d.severity == Severity::warning ? 10000 : 0);
    return out;
}

/// The rank of each finding (1 matters most): by importance, ties in the
/// findings' own order.
[[nodiscard]] inline std::vector<std::size_t> rank_findings(const std::vector<double>& importance) {
    std::vector<std::size_t> order(importance.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return importance[a] > importance[b]; });
    std::vector<std::size_t> rank(importance.size());
    for (std::size_t r = 0; r < order.size(); ++r) rank[order[r]] = r + 1;
    return rank;
}

}  // namespace toc
