#pragma once
// Analyses of a model's results chain on its Boost.Graph view (graph.hpp):
// reachability, upstream and downstream sets, causal cycles, pathways between
// two elements, minimum cuts, and the links that lie on every pathway.
//
// Every analysis is iterative (explicit stacks and queues, or Boost algorithms
// whose depth-first search is non-recursive), so a chain of hundreds of
// thousands of elements does not exhaust the call stack; every one is linear
// in the size of the model except pathways (bounded by its count) and min_cut
// (a max-flow per target).

#include <algorithm>
#include <cstddef>
#include <deque>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/boykov_kolmogorov_max_flow.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/strong_components.hpp>

#include "toc/graph/graph.hpp"

namespace toc {

/// Which way a traversal follows the edges.
enum class Traversal { forward, backward };

// ---------------------------------------------------------------- reachability

/// The vertices reachable from any of `from` (themselves included) along edges
/// whose relation is in `relations`; indexed by vertex.
[[nodiscard]] inline std::vector<bool> reachable(const ModelGraph& mg, const std::vector<ElementVertexId>& from,
                                                 RelationSet relations, Traversal way = Traversal::forward) {
    const ElementGraph& g = mg.graph();
    std::vector<bool> seen(mg.size(), false);
    std::vector<ElementVertexId> queue;
    queue.reserve(from.size());
    for (auto v : from)
        if (!seen[v]) { seen[v] = true; queue.push_back(v); }
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const auto u = queue[head];
        auto visit = [&](ElementVertexId w) {
            if (!seen[w]) { seen[w] = true; queue.push_back(w); }
        };
        if (way == Traversal::forward) {
            for (auto [it, end] = boost::out_edges(u, g); it != end; ++it)
                if (relations.contains(g[*it].relation)) visit(boost::target(*it, g));
        } else {
            for (auto [it, end] = boost::in_edges(u, g); it != end; ++it)
                if (relations.contains(g[*it].relation)) visit(boost::source(*it, g));
        }
    }
    return seen;
}

/// The vertices of every element of the given kinds, in file order.
[[nodiscard]] inline std::vector<ElementVertexId> vertices_of(const ModelGraph& mg, std::initializer_list<Kind> kinds) {
    std::vector<ElementVertexId> out;
    for (ElementVertexId v = 0; v < mg.size(); ++v)
        if (std::find(kinds.begin(), kinds.end(), mg.element(v).kind) != kinds.end()) out.push_back(v);
    return out;
}

namespace detail {
inline std::vector<ElementVertexId> collect(const std::vector<bool>& mask, ElementVertexId except) {
    std::vector<ElementVertexId> out;
    for (ElementVertexId v = 0; v < mask.size(); ++v)
        if (mask[v] && v != except) out.push_back(v);
    return out;
}
}  // namespace detail

/// Every element reachable from `v` (not `v` itself), in file order.
[[nodiscard]] inline std::vector<ElementVertexId> downstream(const ModelGraph& mg, ElementVertexId v,
                                                             RelationSet relations = causal_relations) {
    return detail::collect(reachable(mg, {v}, relations, Traversal::forward), v);
}

/// Every element from which `v` is reachable (not `v` itself), in file order.
[[nodiscard]] inline std::vector<ElementVertexId> upstream(const ModelGraph& mg, ElementVertexId v,
                                                           RelationSet relations = causal_relations) {
    return detail::collect(reachable(mg, {v}, relations, Traversal::backward), v);
}

/// Is the element a causal package: `combine: all`, its incoming links jointly needed.
[[nodiscard]] inline bool is_package(const Element& e) noexcept { return e.combine == Combine::all; }

/// The vertices brought about from any of `from` (themselves included) along
/// edges whose relation is in `relations`, where a causal package (`combine:
/// all`) is brought about only when every one of its incoming links is: the
/// least fixed point, so a package that waits on itself through a cycle is
/// not reached. Linear; indexed by vertex.
[[nodiscard]] inline std::vector<bool> reachable_with_packages(const ModelGraph& mg,
                                                               const std::vector<ElementVertexId>& from,
                                                               RelationSet relations = causal_relations) {
    const ElementGraph& g = mg.graph();
    std::vector<bool> seen(mg.size(), false);
    std::vector<std::size_t> waiting(mg.size(), 0);  // a package's incoming links not yet reached
    for (ElementVertexId v = 0; v < mg.size(); ++v)
        if (is_package(mg.element(v)))
            for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
                if (relations.contains(g[*it].relation)) ++waiting[v];
    std::vector<ElementVertexId> queue;
    for (auto v : from)
        if (!seen[v]) { seen[v] = true; queue.push_back(v); }
    for (std::size_t head = 0; head < queue.size(); ++head)
        for (auto [it, end] = boost::out_edges(queue[head], g); it != end; ++it) {
            if (!relations.contains(g[*it].relation)) continue;
            const auto w = boost::target(*it, g);
            if (seen[w] || (waiting[w] > 0 && --waiting[w] > 0)) continue;
            seen[w] = true;
            queue.push_back(w);
        }
    return seen;
}

/// The elements the activities bring about: reachable from an activity along
/// `leads_to` and `enables` (activities themselves included); a causal package
/// (`combine: all`) only when all its incoming links are.
[[nodiscard]] inline std::vector<bool> reached_by_activities(const ModelGraph& mg) {
    return reachable_with_packages(mg, vertices_of(mg, {Kind::activity}));
}

/// The elements from which an outcome or impact is reachable along `leads_to`
/// and `enables` (outcomes and impacts themselves included). A pathway through
/// a causal package (`combine: all`) counts only when the activities bring the
/// package about: feeding one member of a package whose other members nothing
/// reaches leads nowhere.
[[nodiscard]] inline std::vector<bool> leading_to_results(const ModelGraph& mg) {
    const ElementGraph& g = mg.graph();
    const std::vector<bool> reached = reached_by_activities(mg);
    std::vector<bool> seen(mg.size(), false);
    std::vector<ElementVertexId> queue = vertices_of(mg, {Kind::outcome, Kind::impact});
    for (auto v : queue) seen[v] = true;
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const auto u = queue[head];
        if (is_package(mg.element(u)) && !reached[u]) continue;
        for (auto [it, end] = boost::in_edges(u, g); it != end; ++it) {
            if (!causal_relations.contains(g[*it].relation)) continue;
            const auto w = boost::source(*it, g);
            if (!seen[w]) { seen[w] = true; queue.push_back(w); }
        }
    }
    return seen;
}

// ---------------------------------------------------------------- cycles

/// A set of elements tangled in cycles (one strong component), and one cycle
/// through the first of them.
struct CausalCycle {
    std::vector<ElementVertexId> elements;  ///< every element of the component, in file order
    std::vector<LinkEdgeId> cycle;          ///< a shortest cycle through elements.front(), in order;
                                            ///< the last edge leads back to elements.front()
};

/// The cycles along `relations` (default: every link but `feedback`): one
/// entry per strong component with more than one element, or with a link from
/// an element to itself; in file order of their first element.
[[nodiscard]] inline std::vector<CausalCycle> causal_cycles(const ModelGraph& mg,
                                                            RelationSet relations = acyclic_relations) {
    const ElementGraph& g = mg.graph();
    struct Keep {
        const ElementGraph* graph = nullptr;
        RelationSet relations;
        // boost::filtered_graph needs a default-constructible predicate (graph null), but
        // only ever calls the one given to it, never a default-constructed one.
        // cppcheck-suppress nullPointer
        bool operator()(LinkEdgeId e) const { return relations.contains((*graph)[e].relation); }
    };
    boost::filtered_graph<ElementGraph, Keep> fg(g, Keep{&g, relations});
    const std::size_t n = mg.size();
    std::vector<std::size_t> component(n, 0);
    const std::size_t count = n == 0 ? 0 : boost::strong_components(
        fg, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g)));

    std::vector<std::size_t> size(count, 0);
    for (std::size_t v = 0; v < n; ++v) ++size[component[v]];
    std::vector<bool> self_loop(count, false);
    for (auto e : mg.edges())
        if (relations.contains(g[e].relation) && mg.source(e) == mg.target(e)) self_loop[component[mg.source(e)]] = true;

    // Group the vertices of each cyclic component, in file order.
    std::vector<std::size_t> slot(count, std::numeric_limits<std::size_t>::max());
    std::vector<CausalCycle> out;
    for (ElementVertexId v = 0; v < n; ++v) {
        const std::size_t c = component[v];
        if (size[c] < 2 && !self_loop[c]) continue;
        if (slot[c] == std::numeric_limits<std::size_t>::max()) { slot[c] = out.size(); out.emplace_back(); }
        out[slot[c]].elements.push_back(v);
    }

    // A shortest cycle through the first element: breadth-first inside the component.
    std::vector<std::optional<LinkEdgeId>> via(n);
    std::vector<bool> seen(n, false);
    for (auto& cc : out) {
        const ElementVertexId start = cc.elements.front();
        const std::size_t c = component[start];
        std::vector<ElementVertexId> queue{start};
        seen[start] = true;
        std::optional<LinkEdgeId> closing;
        for (std::size_t head = 0; head < queue.size() && !closing; ++head) {
            const auto u = queue[head];
            for (auto [it, end] = boost::out_edges(u, g); it != end; ++it) {
                if (!relations.contains(g[*it].relation)) continue;
                const auto w = boost::target(*it, g);
                if (w == start) { closing = *it; break; }
                if (component[w] != c || seen[w]) continue;
                seen[w] = true;
                via[w] = *it;
                queue.push_back(w);
            }
        }
        if (closing) {
            for (auto u = boost::source(*closing, g); u != start; u = boost::source(*via[u], g))
                cc.cycle.push_back(*via[u]);
            std::reverse(cc.cycle.begin(), cc.cycle.end());
            cc.cycle.push_back(*closing);
        }
        for (auto u : queue) { seen[u] = false; via[u].reset(); }
    }
    return out;
}

// ---------------------------------------------------------------- pathways

struct Pathways {
    std::vector<std::vector<LinkEdgeId>> paths;  ///< each a list of edges from `from` to `to`
    bool truncated = false;                      ///< more pathways exist than were listed
};

/// The simple pathways (no element twice) from `from` to `to`, at most
/// `max_count` of them; depth-first with an explicit stack, pruned to the
/// elements from which `to` can be reached, and bounded in work as well.
[[nodiscard]] inline Pathways pathways(const ModelGraph& mg, ElementVertexId from, ElementVertexId to,
                                       std::size_t max_count = 100, RelationSet relations = causal_relations) {
    Pathways result;
    if (max_count == 0 || from == to) return result;
    const ElementGraph& g = mg.graph();
    const std::vector<bool> useful = reachable(mg, {to}, relations, Traversal::backward);
    if (!useful[from]) return result;

    using OutIt = boost::graph_traits<ElementGraph>::out_edge_iterator;
    struct Frame {
        ElementVertexId v;
        OutIt it, end;
    };
    std::vector<bool> on_path(mg.size(), false);
    std::vector<Frame> stack;
    std::vector<LinkEdgeId> path;
    auto push = [&](ElementVertexId v) {
        auto [b, e] = boost::out_edges(v, g);
        stack.push_back({v, b, e});
        on_path[v] = true;
    };
    push(from);
    std::size_t budget = 64 * (mg.size() + mg.edge_count()) + 1000 * max_count;
    while (!stack.empty()) {
        if (budget-- == 0) { result.truncated = true; break; }
        Frame& f = stack.back();
        if (f.it == f.end) {
            on_path[f.v] = false;
            stack.pop_back();
            if (!path.empty()) path.pop_back();
            continue;
        }
        const LinkEdgeId e = *f.it++;
        if (!relations.contains(g[e].relation)) continue;
        const auto w = boost::target(e, g);
        if (w == to) {
            if (result.paths.size() == max_count) { result.truncated = true; break; }
            path.push_back(e);
            result.paths.push_back(path);
            path.pop_back();
            continue;
        }
        if (on_path[w] || !useful[w]) continue;
        path.push_back(e);
        push(w);
    }
    return result;
}

// ---------------------------------------------------------------- minimum cuts

struct MinCut {
    bool reachable = false;            ///< is the target reachable from the sources at all
    bool unbounded = false;            ///< the target is itself a source: no set of links cuts it off
    std::size_t size = 0;              ///< how many links the smallest cut has (the max-flow value)
    std::vector<LinkEdgeId> links;     ///< one smallest set of links whose loss cuts the target off
};

/// The smallest set of links whose removal leaves no pathway from any of
/// `sources` to `target`: max-flow (Boykov–Kolmogorov) with unit capacities.
[[nodiscard]] inline MinCut min_cut(const ModelGraph& mg, const std::vector<ElementVertexId>& sources,
                                    ElementVertexId target, RelationSet relations = causal_relations) {
    MinCut result;
    const ElementGraph& g = mg.graph();
    if (std::find(sources.begin(), sources.end(), target) != sources.end()) {
        result.reachable = result.unbounded = true;
        return result;
    }
    if (!reachable(mg, sources, relations)[target]) return result;
    result.reachable = true;

    using Traits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
    struct FlowEdge {
        long capacity = 0;
        long residual = 0;
        Traits::edge_descriptor reverse;
        std::optional<LinkEdgeId> link;
    };
    using FlowGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property, FlowEdge>;
    const std::size_t n = mg.size();
    FlowGraph fg(n + 1);
    const auto super_source = n;
    auto add = [&](std::size_t u, std::size_t v, long cap, std::optional<LinkEdgeId> link) {
        auto e = boost::add_edge(u, v, fg).first;
        auto r = boost::add_edge(v, u, fg).first;
        fg[e].capacity = cap;
        fg[e].link = link;
        fg[r].capacity = 0;
        fg[e].reverse = r;
        fg[r].reverse = e;
    };
    const long infinite = static_cast<long>(mg.edge_count()) + 1;
    for (auto s : sources) add(super_source, s, infinite, std::nullopt);
    for (auto e : mg.edges())
        if (relations.contains(g[e].relation)) add(mg.source(e), mg.target(e), 1, e);

    std::vector<boost::default_color_type> color(n + 1);
    std::vector<Traits::edge_descriptor> pred(n + 1);
    std::vector<long> dist(n + 1);
    const auto index = boost::get(boost::vertex_index, fg);
    result.size = static_cast<std::size_t>(boost::boykov_kolmogorov_max_flow(
        fg, boost::get(&FlowEdge::capacity, fg), boost::get(&FlowEdge::residual, fg),
        boost::get(&FlowEdge::reverse, fg), boost::make_iterator_property_map(pred.begin(), index),
        boost::make_iterator_property_map(color.begin(), index), boost::make_iterator_property_map(dist.begin(), index),
        index, super_source, target));

    // The source side of the cut: what the residual network still reaches.
    std::vector<bool> side(n + 1, false);
    std::vector<std::size_t> queue{super_source};
    side[super_source] = true;
    for (std::size_t head = 0; head < queue.size(); ++head)
        for (auto [it, end] = boost::out_edges(queue[head], fg); it != end; ++it) {
            const auto w = boost::target(*it, fg);
            if (!side[w] && fg[*it].residual > 0) { side[w] = true; queue.push_back(w); }
        }
    for (auto [it, end] = boost::edges(fg); it != end; ++it)
        if (fg[*it].link && side[boost::source(*it, fg)] && !side[boost::target(*it, fg)])
            result.links.push_back(*fg[*it].link);
    std::sort(result.links.begin(), result.links.end(),
              [&](LinkEdgeId a, LinkEdgeId b) { return g[a].index < g[b].index; });
    return result;
}

struct OutcomeCut {
    ElementVertexId outcome;
    MinCut cut;
};

/// The minimum cut from the activities to every long-term outcome that they reach.
[[nodiscard]] inline std::vector<OutcomeCut> long_term_outcome_cuts(const ModelGraph& mg) {
    const auto activities = vertices_of(mg, {Kind::activity});
    const auto reached = reachable(mg, activities, causal_relations);
    std::vector<OutcomeCut> out;
    for (ElementVertexId v = 0; v < mg.size(); ++v) {
        const Element& e = mg.element(v);
        if (e.kind == Kind::outcome && e.horizon == Horizon::long_term && reached[v])
            out.push_back({v, min_cut(mg, activities, v)});
    }
    return out;
}

// ---------------------------------------------------------------- links on every pathway

/// The links that lie on every pathway from a set of sources to each element:
/// the dominator tree (Lengauer–Tarjan, iterative) of the graph in which every
/// link is split by a node of its own, so that a link dominates an element
/// exactly when losing that one link cuts the element off (a cut of size 1).
/// Built once in near-linear time for all elements together.
class LinkDominators {
public:
    LinkDominators(const ModelGraph& mg, const std::vector<ElementVertexId>& sources,
                   RelationSet relations = causal_relations)
        : mg_(&mg), vertices_(mg.size()) {
        const ElementGraph& g = mg.graph();
        const std::size_t nodes = 1 + vertices_ + mg.edge_count();
        // Successor lists (CSR): root → sources; element → its links; link → its target.
        std::vector<std::size_t> degree(nodes + 1, 0);
        std::vector<bool> source_seen(vertices_, false);
        std::vector<std::size_t> roots;
        for (auto s : sources)
            if (!source_seen[s]) { source_seen[s] = true; roots.push_back(s); }
        auto included = [&](LinkEdgeId e) { return relations.contains(g[e].relation); };
        degree[0] = roots.size();
        for (auto e : mg.edges())
            if (included(e)) { ++degree[element_node(mg.source(e))]; ++degree[link_node(g[e].index)]; }
        std::vector<std::size_t> start(nodes + 1, 0);
        for (std::size_t i = 0; i < nodes; ++i) start[i + 1] = start[i] + degree[i];
        std::vector<std::size_t> succ(start[nodes]);
        std::vector<std::size_t> fill(start.begin(), start.end() - 1);
        for (auto s : roots) succ[fill[0]++] = element_node(s);
        for (auto e : mg.edges())
            if (included(e)) {
                succ[fill[element_node(mg.source(e))]++] = link_node(g[e].index);
                succ[fill[link_node(g[e].index)]++] = element_node(mg.target(e));
            }
        // Predecessor lists (CSR), by reversing the successor lists.
        std::vector<std::size_t> pstart(nodes + 1, 0);
        for (std::size_t s : succ) ++pstart[s + 1];
        for (std::size_t i = 0; i < nodes; ++i) pstart[i + 1] += pstart[i];
        std::vector<std::size_t> pred(succ.size());
        std::vector<std::size_t> pfill(pstart.begin(), pstart.end() - 1);
        for (std::size_t u = 0; u < nodes; ++u)
            for (std::size_t k = start[u]; k < start[u + 1]; ++k) pred[pfill[succ[k]]++] = u;

        // Depth-first numbering from the root, with an explicit stack.
        constexpr std::size_t none = std::numeric_limits<std::size_t>::max();
        number_.assign(nodes, none);
        std::vector<std::size_t> parent;  // by number
        std::vector<std::pair<std::size_t, std::size_t>> stack{{0, start[0]}};
        number_[0] = 0;
        order_.push_back(0);
        parent.push_back(none);
        while (!stack.empty()) {
            auto& [u, k] = stack.back();
            if (k == start[u + 1]) { stack.pop_back(); continue; }
            const std::size_t w = succ[k++];
            if (number_[w] != none) continue;
            number_[w] = order_.size();
            parent.push_back(number_[u]);
            order_.push_back(w);
            stack.emplace_back(w, start[w]);
        }
        const std::size_t n = order_.size();

        // Lengauer–Tarjan on depth-first numbers, path compression without recursion.
        std::vector<std::size_t> semi(n), idom(n, 0), ancestor(n, none), label(n);
        for (std::size_t i = 0; i < n; ++i) semi[i] = label[i] = i;
        std::vector<std::vector<std::size_t>> bucket(n);
        std::vector<std::size_t> path;
        auto eval = [&](std::size_t v) {
            if (ancestor[v] == none) return v;
            std::size_t x = v;
            while (ancestor[ancestor[x]] != none) { path.push_back(x); x = ancestor[x]; }
            while (!path.empty()) {
                const std::size_t y = path.back();
                path.pop_back();
                const std::size_t a = ancestor[y];
                if (semi[label[a]] < semi[label[y]]) label[y] = label[a];
                ancestor[y] = ancestor[a];
            }
            return label[v];
        };
        for (std::size_t w = n; w-- > 1;) {
            const std::size_t node = order_[w];
            for (std::size_t k = pstart[node]; k < pstart[node + 1]; ++k) {
                const std::size_t p = number_[pred[k]];
                if (p == none) continue;
                const std::size_t u = eval(p);
                if (semi[u] < semi[w]) semi[w] = semi[u];
            }
            bucket[semi[w]].push_back(w);
            ancestor[w] = parent[w];
            for (std::size_t v : bucket[parent[w]]) {
                const std::size_t u = eval(v);
                idom[v] = semi[u] < semi[v] ? u : parent[w];
            }
            bucket[parent[w]].clear();
        }
        for (std::size_t w = 1; w < n; ++w)
            if (idom[w] != semi[w]) idom[w] = idom[idom[w]];
        idom_ = std::move(idom);
    }

    /// Is the element reachable from the sources at all.
    [[nodiscard]] bool reached(ElementVertexId v) const { return number_[element_node(v)] != npos(); }

    /// The links on every pathway from the sources to `v`, from the sources
    /// towards `v`; empty when `v` is unreachable or several links share every cut.
    [[nodiscard]] std::vector<LinkEdgeId> links_on_every_path(ElementVertexId v) const {
        std::vector<LinkEdgeId> out;
        std::size_t w = number_[element_node(v)];
        if (w == npos()) return out;
        while (w != 0) {
            w = idom_[w];
            if (auto e = link_of(order_[w])) out.push_back(*e);
        }
        std::reverse(out.begin(), out.end());
        return out;
    }

    /// What lies on every pathway to at least one of `targets` (a mask by
    /// vertex): the number of such targets and the first `keep` of them in
    /// file order.
    struct Dominated {
        std::size_t target_count = 0;
        std::vector<ElementVertexId> targets;  ///< the first `keep`, in file order
    };
    /// A link on every pathway to some targets.
    struct Cut : Dominated {
        LinkEdgeId link;
    };
    /// An element on every pathway to some targets (a target counts itself).
    struct ElementCut : Dominated {
        ElementVertexId element;
    };

    /// Every link on every pathway to at least one of `targets`, in file order
    /// of the links. Linear: one pass up the dominator tree.
    [[nodiscard]] std::vector<Cut> cuts_to(const std::vector<bool>& targets, std::size_t keep = 3) const {
        std::vector<Cut> out;
        dominated_targets(targets, keep, [&](std::size_t node, const Dominated& d) {
            if (auto e = link_of(node)) out.push_back({d, *e});
        });
        std::sort(out.begin(), out.end(), [&](const Cut& a, const Cut& b) {
            return mg_->edge(a.link).index < mg_->edge(b.link).index;
        });
        return out;
    }

    /// Every element on every pathway to at least one of `targets`, in no
    /// particular order. Linear.
    [[nodiscard]] std::vector<ElementCut> element_cuts_to(const std::vector<bool>& targets, std::size_t keep = 3) const {
        std::vector<ElementCut> out;
        dominated_targets(targets, keep, [&](std::size_t node, const Dominated& d) {
            if (node >= 1 && node <= vertices_) out.push_back({d, node - 1});
        });
        return out;
    }

private:
    /// One pass up the dominator tree: calls `visit(node, dominated)` for
    /// every node (but the root) that dominates at least one target.
    template <class Visit>
    void dominated_targets(const std::vector<bool>& targets, std::size_t keep, Visit visit) const {
        const std::size_t n = order_.size();
        std::vector<std::size_t> count(n, 0);
        std::vector<std::vector<ElementVertexId>> first(n);
        for (std::size_t w = 0; w < n; ++w) {
            const std::size_t node = order_[w];
            if (node >= 1 && node <= vertices_ && targets[node - 1]) {
                count[w] = 1;
                first[w].push_back(node - 1);
            }
        }
        // Children have larger depth-first numbers than their immediate dominator,
        // so one pass in decreasing number order sees every subtree complete.
        for (std::size_t w = n; w-- > 1;) {
            if (count[w] == 0) continue;
            visit(order_[w], Dominated{count[w], first[w]});
            const std::size_t p = idom_[w];
            count[p] += count[w];
            std::vector<ElementVertexId> merged;
            merged.reserve(first[p].size() + first[w].size());
            std::merge(first[p].begin(), first[p].end(), first[w].begin(), first[w].end(),
                       std::back_inserter(merged));
            if (merged.size() > keep) merged.resize(keep);
            first[p] = std::move(merged);
            std::vector<ElementVertexId>().swap(first[w]);
        }
    }

    static constexpr std::size_t npos() { return std::numeric_limits<std::size_t>::max(); }
    [[nodiscard]] std::size_t element_node(ElementVertexId v) const { return 1 + v; }
    [[nodiscard]] std::size_t link_node(std::size_t edge_index) const { return 1 + vertices_ + edge_index; }
    [[nodiscard]] std::optional<LinkEdgeId> link_of(std::size_t node) const {
        if (node <= vertices_) return std::nullopt;
        return mg_->edges()[node - 1 - vertices_];
    }
    const ModelGraph* mg_;
    std::size_t vertices_;
    std::vector<std::size_t> number_;  ///< node → depth-first number (npos: unreached)
    std::vector<std::size_t> order_;   ///< depth-first number → node
    std::vector<std::size_t> idom_;    ///< by depth-first number
};

// ---------------------------------------------------------------- critical links

/// A link on every pathway from the activities to at least one long-term
/// outcome: the long-term outcomes it is needed for (how many, and the first
/// few), and the causal package it is a member of, when it is needed because
/// the package needs all its members.
struct CriticalLink {
    LinkEdgeId link;
    std::size_t target_count = 0;
    std::vector<ElementVertexId> targets;  ///< the first few, in file order
    std::optional<ElementVertexId> package;
};

/// The links on every pathway from the activities to the long-term outcomes
/// that `reached` (reached_by_activities) says are brought about. A link that
/// every pathway passes (a min cut of one) is critical; so is each link into a
/// causal package (`combine: all`) that every pathway passes, and each link on
/// every pathway to a member of such a package. Near-linear; in file order of
/// the links, each link once.
[[nodiscard]] inline std::vector<CriticalLink> critical_links(const ModelGraph& mg, const std::vector<bool>& reached) {
    std::vector<bool> targets(mg.size(), false);
    bool any = false;
    for (ElementVertexId v = 0; v < mg.size(); ++v) {
        const Element& e = mg.element(v);
        if (e.kind == Kind::outcome && e.horizon == Horizon::long_term && reached[v]) targets[v] = any = true;
    }
    std::vector<CriticalLink> out;
    if (!any) return out;
    const ElementGraph& g = mg.graph();
    const LinkDominators dominators(mg, vertices_of(mg, {Kind::activity}));
    std::vector<bool> taken(mg.edge_count(), false);
    for (const auto& cut : dominators.cuts_to(targets)) {
        taken[g[cut.link].index] = true;
        out.push_back({cut.link, cut.target_count, cut.targets, std::nullopt});
    }
    for (const auto& cut : dominators.element_cuts_to(targets)) {
        if (!is_package(mg.element(cut.element)) || !reached[cut.element]) continue;
        for (auto [it, end] = boost::in_edges(cut.element, g); it != end; ++it) {
            if (!causal_relations.contains(g[*it].relation)) continue;
            std::vector<LinkEdgeId> needed = dominators.links_on_every_path(boost::source(*it, g));
            needed.push_back(*it);
            for (LinkEdgeId e : needed)
                if (!taken[g[e].index]) {
                    taken[g[e].index] = true;
                    out.push_back({e, cut.target_count, cut.targets, cut.element});
                }
        }
    }
    std::sort(out.begin(), out.end(),
              [&](const CriticalLink& a, const CriticalLink& b) { return g[a.link].index < g[b.link].index; });
    return out;
}

}  // namespace toc
