#pragma once
// The one-page overview of a model: at most about 40 boxes, the pathways that
// carry the theory, and a record of what was folded away.
//
//     const toc::Overview o = toc::overview(model);           // o.model: what the overview draws
//     o.folded.size();                                         // elements left out of it
//
// What stays, in this order:
//  1. Authors steer: an element with `part_of: X` is folded into its summary
//     element X (its links become X's; X's box says how many it stands for);
//     `overview: true` keeps an element, `overview: false` folds it.
//  2. Activities, outputs, outcomes and impacts take part; problems, resources,
//     contexts and barriers only when marked `overview: true`.
//  3. When more than `max_boxes` remain, or more than `max_per_stage` in one
//     stage, the long-term outcomes and impacts
//     (the goals; else the results of the latest stage) stay, and the rest are
//     ranked by how many pathways from a start of the chain to a goal run
//     through them (the product of paths in and paths out along leads_to and
//     enables); the best ranked fill the page.
// A link of the overview joins two kept boxes when the model has a link between
// them, directly or through folded elements only (then it is marked `folded`).
// Every element keeps its number (model/numbering.hpp): the overview's
// elements carry the whole model's numbers as their `code`.

#include <algorithm>
#include <cstddef>
#include <functional>
#include <limits>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "toc/model/index.hpp"
#include "toc/model/model.hpp"
#include "toc/model/numbering.hpp"
#include "toc/model/stage.hpp"

namespace toc {

struct OverviewOptions {
    std::size_t max_boxes = 40;
    /// At most this many boxes per stage (a column of the drawing): a taller
    /// column does not fit a landscape page legibly. Goals and `overview: true` may exceed it.
    std::size_t max_per_stage = 5;
};

struct Overview {
    Model model;                                  ///< the kept elements and the links between them
    std::vector<const Element*> folded;           ///< elements left out (taking part, or folded into a box), in file order
    std::unordered_map<std::string, std::size_t> members;  ///< summary element id -> elements folded into it (part_of)
    std::set<std::pair<std::string, std::string>> through_folded;  ///< links (from, to) that stand for a path through folded elements
    bool authored = false;                        ///< the model writes `part_of` or `overview`
    bool automatic = false;                       ///< the budget made the overview fold by pathways
};

namespace detail::overview {

[[nodiscard]] inline bool takes_part(const Element& e) {
    if (e.overview) return *e.overview;
    switch (e.kind) {
        case Kind::activity:
        case Kind::output:
        case Kind::outcome:
        case Kind::impact: return true;
        default: return false;
    }
}

[[nodiscard]] inline bool carries(LinkType t) { return t == LinkType::leads_to || t == LinkType::enables; }

}  // namespace detail::overview

/// The overview of `model` (see the top of this header). Never throws for any model content.
[[nodiscard]] inline Overview overview(const Model& model, const OverviewOptions& options = {}) {
    namespace d = detail::overview;
    const std::size_t n = model.elements.size();
    const ModelIndex index(model);
    auto index_of = [&](std::string_view id) -> std::ptrdiff_t {
        const auto* entry = index.find(id);
        return entry && is_element(entry->kind) ? static_cast<std::ptrdiff_t>(entry->index) : -1;
    };

    Overview o;
    // 1. Authored groups: every element's summary root (itself when it has no part_of).
    std::vector<std::size_t> root(n);
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t r = i;
        for (std::size_t steps = 0; steps < n; ++steps) {  // a cycle of part_of ends where it started
            const Element& e = model.elements[r];
            if (e.part_of.empty() || e.overview == true) break;
            const auto up = index_of(e.part_of.id);
            if (up < 0 || static_cast<std::size_t>(up) == i) break;
            r = static_cast<std::size_t>(up);
        }
        root[i] = r;
        const Element& e = model.elements[i];
        o.authored = o.authored || !e.part_of.empty() || e.overview.has_value();
    }

    // 2. Who takes part.
    std::vector<bool> keep(n, false);
    for (std::size_t i = 0; i < n; ++i) keep[i] = root[i] == i && d::takes_part(model.elements[i]);

    // 3. The budget.
    std::size_t kept = static_cast<std::size_t>(std::count(keep.begin(), keep.end(), true));
    std::vector<std::size_t> per_stage(stage_count + 1, 0);  // the last: contexts and barriers
    auto stage_slot = [&](std::size_t i) {
        const int s = stage_of(model.elements[i]);
        return s < 0 ? static_cast<std::size_t>(stage_count) : static_cast<std::size_t>(s);
    };
    for (std::size_t i = 0; i < n; ++i)
        if (keep[i]) ++per_stage[stage_slot(i)];
    const bool crowded = std::any_of(per_stage.begin(), per_stage.end(),
                                     [&](std::size_t c) { return c > options.max_per_stage; });
    if (kept > options.max_boxes || crowded) {
        o.automatic = true;
        // the goals: long-term outcomes and impacts; else the latest stage present
        int goal_stage = static_cast<int>(Stage::long_term);
        int latest = -1;
        for (std::size_t i = 0; i < n; ++i)
            if (keep[i]) latest = std::max(latest, stage_of(model.elements[i]));
        goal_stage = std::min(goal_stage, latest);
        std::vector<bool> goal(n, false);
        for (std::size_t i = 0; i < n; ++i) goal[i] = keep[i] && stage_of(model.elements[i]) >= goal_stage;

        // pathways along leads_to and enables, among the elements that take part
        std::vector<std::vector<std::size_t>> next(n), prev(n);
        for (std::size_t i = 0; i < n; ++i) {
            if (!keep[i]) continue;
            for (const auto& l : model.elements[i].links) {
                if (!d::carries(l.type)) continue;
                const auto j = index_of(l.to.id);
                if (j < 0 || !keep[static_cast<std::size_t>(j)] || static_cast<std::size_t>(j) == i) continue;
                next[i].push_back(static_cast<std::size_t>(j));
                prev[static_cast<std::size_t>(j)].push_back(i);
            }
        }
        // paths counted on the graph without its cycles: an edge back to an element on the
        // current walk is not followed (memoised depth-first walks, iterative)
        constexpr double cap = 1e12;
        auto count_paths = [&](const std::vector<std::vector<std::size_t>>& out, auto&& base) {
            std::vector<double> paths(n, -1);
            std::vector<bool> on_walk(n, false);
            for (std::size_t s = 0; s < n; ++s) {
                if (!keep[s] || paths[s] >= 0) continue;
                std::vector<std::pair<std::size_t, std::size_t>> stack{{s, 0}};
                on_walk[s] = true;
                while (!stack.empty()) {
                    auto& [v, k] = stack.back();
                    if (k < out[v].size()) {
                        const std::size_t w = out[v][k++];
                        if (paths[w] < 0 && !on_walk[w]) {
                            on_walk[w] = true;
                            stack.emplace_back(w, 0);
                        }
                        continue;
                    }
                    double p = base(v, out[v].empty());
                    for (std::size_t w : out[v])
                        if (paths[w] > 0) p += paths[w];
                    paths[v] = std::min(p, cap);
                    on_walk[v] = false;
                    stack.pop_back();
                }
            }
            return paths;
        };
        const auto to_goal = count_paths(next, [&](std::size_t v, bool) { return goal[v] ? 1.0 : 0.0; });
        const auto from_start = count_paths(prev, [&](std::size_t, bool first) { return first ? 1.0 : 0.0; });

        std::vector<std::size_t> order;
        for (std::size_t i = 0; i < n; ++i)
            if (keep[i]) order.push_back(i);
        auto forced = [&](std::size_t i) { return goal[i] || model.elements[i].overview == true; };
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            if (forced(a) != forced(b)) return forced(a);
            const double sa = to_goal[a] * from_start[a], sb = to_goal[b] * from_start[b];
            if (sa != sb) return sa > sb;
            return stage_of(model.elements[a]) > stage_of(model.elements[b]);
        });
        std::fill(keep.begin(), keep.end(), false);
        std::fill(per_stage.begin(), per_stage.end(), 0);
        kept = 0;
        for (std::size_t i : order) {
            if (kept == options.max_boxes) break;
            const std::size_t slot = stage_slot(i);
            if (!forced(i) && per_stage[slot] >= options.max_per_stage) continue;
            keep[i] = true;
            ++per_stage[slot];
            ++kept;
        }
    }

    // 4. The overview's model: the kept elements, with their numbers and the links among them.
    const ElementNumbers numbers(model);
    Model& out = o.model;
    out = model;  // the title block's fields, sites, actors, diagram hints …
    out.elements.clear();  // … but only the kept elements, and no notes: the theory view has those
    out.mechanisms.clear();
    out.assumptions.clear();
    out.indicators.clear();
    out.questions.clear();
    out.recommendations.clear();
    out.elements.reserve(kept);

    std::vector<std::vector<std::size_t>> members(n);  // the elements a kept box stands for
    for (std::size_t i = 0; i < n; ++i) {
        if (keep[root[i]] && root[i] != i) {
            members[root[i]].push_back(i);
            ++o.members[model.elements[root[i]].id];
        }
    }
    for (std::size_t i = 0; i < n; ++i)
        if (!keep[i] && (d::takes_part(model.elements[i]) || root[i] != i || model.elements[i].overview == false))
            o.folded.push_back(&model.elements[i]);

    for (std::size_t i = 0; i < n; ++i) {
        if (!keep[i]) continue;
        Element e = model.elements[i];
        e.code = numbers.at(i);
        e.links.clear();
        e.uses.clear();
        e.assumptions.clear();
        e.part_of = {};
        // walk from the box (and the elements folded into it) along the links, through folded elements
        std::vector<std::size_t> start{i};
        start.insert(start.end(), members[i].begin(), members[i].end());
        std::set<std::size_t> reached_direct, reached_through;
        std::vector<bool> seen(n, false);
        std::vector<std::pair<std::size_t, bool>> todo;  // element, reached through a folded one
        for (std::size_t s : start) {
            seen[s] = true;
            todo.emplace_back(s, false);
        }
        std::vector<std::pair<std::size_t, LinkType>> first_type;
        while (!todo.empty()) {
            const auto [v, through] = todo.back();
            todo.pop_back();
            for (const auto& l : model.elements[v].links) {
                const auto j = index_of(l.to.id);
                if (j < 0) continue;
                const auto w = static_cast<std::size_t>(j);
                const std::size_t box = keep[root[w]] ? root[w] : w;
                if (keep[box]) {
                    if (box == i) continue;
                    if (through) reached_through.insert(box);
                    else {
                        if (reached_direct.insert(box).second) first_type.emplace_back(box, l.type);
                    }
                    continue;
                }
                if (!seen[w] && d::carries(l.type)) {
                    seen[w] = true;
                    todo.emplace_back(w, true);
                }
            }
        }
        for (const auto& [box, type] : first_type) {
            Link l;
            l.type = type;
            l.from = Ref(e.id);
            l.to = Ref(model.elements[box].id);
            e.links.push_back(std::move(l));
        }
        for (std::size_t box : reached_through) {
            if (reached_direct.count(box)) continue;
            Link l;
            l.type = LinkType::leads_to;
            l.from = Ref(e.id);
            l.to = Ref(model.elements[box].id);
            e.links.push_back(std::move(l));
            o.through_folded.emplace(e.id, model.elements[box].id);
        }
        out.elements.push_back(std::move(e));
    }
    return o;
}

}  // namespace toc
