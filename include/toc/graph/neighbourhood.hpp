#pragma once
// The neighbourhood of a focus: the elements that lead to it and that it leads
// to, within some number of steps; and the model cut down to that
// neighbourhood, so that every output can show a focus by exporting the
// smaller model.
//
//     toc::FocusedModel f = toc::focus_model(model, {"o_trust"}, 2);
//     for (const auto& id : f.unknown) ...        // report, with did-you-mean
//     std::string chart = toc::to_mermaid(f.model);
//
// The search goes forward from the focus and backward from it (not forward
// then backward: an element that merely shares a cause with the focus is not
// in its neighbourhood) along leads_to, enables, hinders and uses; feedback is
// not followed. A context or barrier that acts on a link between two elements
// of the neighbourhood joins it. `depth` counts steps from the nearest focus;
// unset (or negative) is no limit. The focus elements are always in.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "toc/graph/graph.hpp"
#include "toc/model/index.hpp"
#include "toc/model/model.hpp"

namespace toc {

/// The relations the focus search follows: every link type but feedback, and uses.
inline constexpr RelationSet neighbourhood_relations{Relation::leads_to, Relation::enables, Relation::hinders,
                                                     Relation::uses};

/// The elements within `depth` steps of any of `focus`, indexed by vertex (the
/// element's position in model.elements).
[[nodiscard]] inline std::vector<bool> neighbourhood(const ModelGraph& mg, const std::vector<ElementVertexId>& focus,
                                                     std::optional<int> depth = std::nullopt) {
    const ElementGraph& g = mg.graph();
    const int limit = depth.value_or(-1);
    std::vector<bool> in(mg.size(), false);
    for (const bool forward : {true, false}) {
        std::vector<int> dist(mg.size(), -1);
        std::vector<ElementVertexId> queue;
        for (auto f : focus)
            if (dist[f] < 0) { dist[f] = 0; queue.push_back(f); }
        for (std::size_t q = 0; q < queue.size(); ++q) {
            const ElementVertexId v = queue[q];
            in[v] = true;
            if (limit >= 0 && dist[v] >= limit) continue;
            auto visit = [&](ElementVertexId u) {
                if (dist[u] < 0) { dist[u] = dist[v] + 1; queue.push_back(u); }
            };
            if (forward) {
                for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
                    if (neighbourhood_relations.contains(g[*it].relation)) visit(boost::target(*it, g));
            } else {
                for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
                    if (neighbourhood_relations.contains(g[*it].relation)) visit(boost::source(*it, g));
            }
        }
    }
    // Contexts and barriers acting on a link between two elements of the neighbourhood.
    std::vector<ElementVertexId> acting;
    for (const auto e : mg.edges()) {
        const LinkEdge& le = mg.edge(e);
        if (!le.target_link) continue;
        const auto from = mg.vertex(le.target_link->from.id);
        if (from && in[*from] && in[mg.target(e)]) acting.push_back(mg.source(e));
    }
    for (auto v : acting) in[v] = true;
    return in;
}

/// A model cut down to the neighbourhood of its focus (see focus_model).
struct FocusedModel {
    Model model;                       ///< the neighbourhood, a model of its own
    std::vector<std::string> unknown;  ///< focus ids that name no element, as given
};

/// The elements a focus id stands for: the element with that id; for a link
/// id, the link's two ends (a link acting on a link: its source and that
/// link's two ends); empty when the id names neither.
[[nodiscard]] inline std::vector<std::string> focus_elements(const Model& model, std::string_view id) {
    const ModelIndex index(model);
    if (index.element(id)) return {std::string(id)};
    std::vector<std::string> out;
    const Link* l = index.link(id);
    if (!l) return out;
    out.push_back(l->from.id);
    if (index.element(l->to.id)) out.push_back(l->to.id);
    else if (const Link* acted_on = index.link(l->to.id)) {
        out.push_back(acted_on->from.id);
        out.push_back(acted_on->to.id);
    }
    return out;
}

/// The model cut down to the neighbourhood of `focus_ids` within `depth` steps
/// (see the top of this file), as a model of its own: no reference in it names
/// something that was left out. What it keeps:
///   - the model's own keys (id, title, languages, period, diagram, checks, …);
///   - the elements of the neighbourhood, in file order, with the links among
///     them (a link acting on a link: when that link is kept) and their `uses`,
///     `addresses` and `replaced_by` when those name kept elements;
///   - the mechanisms named by kept links (their contexts: the kept ones), the
///     assumptions named by kept elements or links;
///   - the indicators that measure a kept element (`measures`: the kept ones);
///   - the questions and recommendations about a kept element, link, mechanism,
///     assumption or indicator (`about`: those, and any site, actor, source or
///     principle it names);
///   - every site, actor, source and principle: they are tables of reference,
///     small, and cited from anywhere.
/// A focus id may name a link: its two ends are the focus (focus_elements).
/// Focus ids that name no element are returned in `unknown` (in the order
/// given) so the caller can say so, with "did you mean" (detail/suggest.hpp).
[[nodiscard]] inline FocusedModel focus_model(const Model& model, const std::vector<std::string>& focus_ids,
                                              std::optional<int> depth = std::nullopt) {
    FocusedModel out;
    const ModelIndex index(model);
    const ModelGraph mg(model, index);
    std::vector<ElementVertexId> focus;
    for (const auto& id : focus_ids) {
        const std::vector<std::string> ends = focus_elements(model, id);
        if (ends.empty()) out.unknown.push_back(id);
        for (const auto& end : ends)
            if (const auto v = mg.vertex(end)) focus.push_back(*v);
    }
    const std::vector<bool> in = neighbourhood(mg, focus, depth);

    auto kept_element = [&](std::string_view id) {
        const ModelIndex::Entry* e = index.find(id);
        return e && is_element(e->kind) && in[e->index];
    };
    auto kept_link = [&](const Link& l) {
        if (index.element(l.to.id)) return kept_element(l.to.id);
        const Link* acted_on = index.link(l.to.id);
        return acted_on && kept_element(acted_on->from.id) && kept_element(acted_on->to.id);
    };
    auto keep_refs = [](std::vector<Ref>& refs, auto&& keep) {
        std::erase_if(refs, [&](const Ref& r) { return !keep(r.id); });
    };

    Model& m = out.model;
    m.format_version = model.format_version;
    m.id = model.id;
    m.title = model.title;
    m.summary = model.summary;
    m.owner = model.owner;
    m.funder = model.funder;
    m.languages = model.languages;
    m.period = model.period;
    m.version = model.version;
    m.date = model.date;
    m.sources = model.sources;
    m.sites = model.sites;
    m.actors = model.actors;
    m.principles = model.principles;
    m.diagram = model.diagram;
    m.checks = model.checks;
    m.extensions = model.extensions;
    m.location = model.location;

    std::unordered_set<std::string_view> kept;  // ids of kept elements, links, mechanisms, assumptions, indicators
    std::unordered_set<std::string_view> mechanisms, assumptions;
    for (std::size_t i = 0; i < model.elements.size(); ++i) {
        if (!in[i]) continue;
        Element e = model.elements[i];
        std::erase_if(e.links, [&](const Link& l) { return !kept_link(l); });
        keep_refs(e.uses, kept_element);
        keep_refs(e.addresses, kept_element);
        if (!e.replaced_by.empty() && !kept_element(e.replaced_by.id)) e.replaced_by = Ref();
        m.elements.push_back(std::move(e));
        const Element& original = model.elements[i];  // the sets view the model's strings
        kept.insert(original.id);
        for (const auto& r : original.assumptions) assumptions.insert(r.id);
        for (const auto& l : original.links) {
            if (!kept_link(l)) continue;
            if (!l.id.empty()) kept.insert(l.id);
            for (const auto& r : l.via) mechanisms.insert(r.id);
            for (const auto& r : l.assumptions) assumptions.insert(r.id);
        }
    }
    for (const auto& x : model.mechanisms) {
        if (!mechanisms.count(x.id)) continue;
        m.mechanisms.push_back(x);
        keep_refs(m.mechanisms.back().contexts, kept_element);
        kept.insert(x.id);
    }
    for (const auto& x : model.assumptions) {
        if (!assumptions.count(x.id)) continue;
        m.assumptions.push_back(x);
        kept.insert(x.id);
    }
    for (const auto& x : model.indicators) {
        Indicator ind = x;
        keep_refs(ind.measures, kept_element);
        if (ind.measures.empty()) continue;
        kept.insert(x.id);
        m.indicators.push_back(std::move(ind));
    }
    // about: kept items, and the tables kept whole
    auto about_kept = [&](std::string_view id) { return kept.count(id) > 0; };
    auto about_table = [&](std::string_view id) {
        const ModelIndex::Entry* e = index.find(id);
        return e && (e->kind == Kind::site || e->kind == Kind::actor || e->kind == Kind::source ||
                     e->kind == Kind::principle);
    };
    auto cut_about = [&](const auto& items, auto& into) {
        for (const auto& x : items) {
            bool any = false;
            for (const auto& r : x.about) any = any || about_kept(r.id);
            if (!any) continue;
            into.push_back(x);
            keep_refs(into.back().about, [&](std::string_view id) { return about_kept(id) || about_table(id); });
        }
    };
    cut_about(model.questions, m.questions);
    cut_about(model.recommendations, m.recommendations);
    return out;
}

}  // namespace toc
