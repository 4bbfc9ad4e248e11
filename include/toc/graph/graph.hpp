#pragma once
// A Boost.Graph view of a model's results chain: one vertex per element (in
// the model's order, so vertex i is model.elements[i]) and one edge per link,
// plus one edge per `uses` (resource → activity). Header-only; the view keeps
// pointers into the model, which must outlive it.
//
//     toc::ModelGraph g(model);
//     if (auto v = g.vertex("o_trust"))
//         for (auto e : boost::make_iterator_range(boost::in_edges(*v, g.graph())))
//             std::cout << g.element(boost::source(e, g.graph())).id << '\n';

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "toc/model/model.hpp"
#include "toc/model/index.hpp"

namespace toc {

/// What an edge of the view stands for: one of the four link types, or a
/// resource `uses` relation (written on the activity, drawn resource → activity).
enum class Relation : std::uint8_t { leads_to, enables, hinders, feedback, uses };

[[nodiscard]] constexpr Relation relation_of(LinkType t) noexcept {
    switch (t) {
        case LinkType::leads_to: return Relation::leads_to;
        case LinkType::enables: return Relation::enables;
        case LinkType::hinders: return Relation::hinders;
        case LinkType::feedback: return Relation::feedback;
    }
    return Relation::leads_to;
}

[[nodiscard]] constexpr std::string_view to_string(Relation r) noexcept {
    switch (r) {
        case Relation::leads_to: return "leads_to";
        case Relation::enables: return "enables";
        case Relation::hinders: return "hinders";
        case Relation::feedback: return "feedback";
        case Relation::uses: return "uses";
    }
    return "leads_to";
}

/// A set of relations, e.g. the ones an analysis follows.
class RelationSet {
public:
    constexpr RelationSet() = default;
    constexpr RelationSet(std::initializer_list<Relation> rs) {
        for (Relation r : rs) bits_ = static_cast<std::uint8_t>(bits_ | bit(r));
    }
    [[nodiscard]] constexpr bool contains(Relation r) const noexcept { return (bits_ & bit(r)) != 0; }
    [[nodiscard]] static constexpr RelationSet all() noexcept {
        return {Relation::leads_to, Relation::enables, Relation::hinders, Relation::feedback, Relation::uses};
    }

private:
    static constexpr std::uint8_t bit(Relation r) noexcept {
        return static_cast<std::uint8_t>(1u << static_cast<unsigned>(r));
    }
    std::uint8_t bits_ = 0;
};

/// The relations along which a result is brought about: `leads_to` and
/// `enables` (a condition that makes the target possible).
inline constexpr RelationSet causal_relations{Relation::leads_to, Relation::enables};
/// Every relation that must not close a cycle: all links but `feedback`.
inline constexpr RelationSet acyclic_relations{Relation::leads_to, Relation::enables, Relation::hinders};

/// Vertex properties: the element.
struct ElementVertex {
    const Element* element = nullptr;
};

/// Edge properties: the link (or `uses`) an edge stands for.
struct LinkEdge {
    Relation relation = Relation::leads_to;
    const Link* link = nullptr;         ///< the link; nullptr for `uses`
    const Element* source = nullptr;    ///< the element the link is written on (the activity for `uses`)
    const Link* target_link = nullptr;  ///< when `to` names a link (enables/hinders): that link; the
                                        ///< edge then ends at the element that link leads to
    const Ref* use = nullptr;           ///< for `uses`: the reference in the activity's list
    std::size_t index = 0;              ///< 0 … num_edges-1, in creation order

    [[nodiscard]] bool is_link() const noexcept { return link != nullptr; }
};

using ElementGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                           ElementVertex, LinkEdge>;
using ElementVertexId = boost::graph_traits<ElementGraph>::vertex_descriptor;
using LinkEdgeId = boost::graph_traits<ElementGraph>::edge_descriptor;

/// The view. Links whose target does not resolve (the loader has reported
/// them) are left out; so are `uses` of ids that are not elements.
class ModelGraph {
public:
    using Vertex = ElementVertexId;
    using Edge = LinkEdgeId;

    explicit ModelGraph(const Model& model) : model_(&model) {
        const ModelIndex index(model);
        build(index);
    }
    ModelGraph(const Model& model, const ModelIndex& index) : model_(&model) { build(index); }

    [[nodiscard]] const Model& model() const noexcept { return *model_; }
    [[nodiscard]] const ElementGraph& graph() const noexcept { return graph_; }
    [[nodiscard]] std::size_t size() const noexcept { return boost::num_vertices(graph_); }
    [[nodiscard]] std::size_t edge_count() const noexcept { return edges_.size(); }

    /// The vertex of an element id (the first definition when an id is duplicated).
    [[nodiscard]] std::optional<Vertex> vertex(std::string_view id) const {
        auto it = ids_.find(id);
        if (it == ids_.end()) return std::nullopt;
        return it->second;
    }
    [[nodiscard]] Vertex vertex(const Element& e) const {
        return static_cast<Vertex>(&e - model_->elements.data());
    }
    [[nodiscard]] const Element& element(Vertex v) const { return *graph_[v].element; }
    [[nodiscard]] const LinkEdge& edge(Edge e) const { return graph_[e]; }
    /// Every edge, indexed by LinkEdge::index.
    [[nodiscard]] const std::vector<Edge>& edges() const noexcept { return edges_; }
    [[nodiscard]] Vertex source(Edge e) const { return boost::source(e, graph_); }
    [[nodiscard]] Vertex target(Edge e) const { return boost::target(e, graph_); }
    /// The edge a link stands for, or nullopt when its target did not resolve.
    [[nodiscard]] std::optional<Edge> edge_of(const Link& link) const {
        auto it = link_edges_.find(&link);
        if (it == link_edges_.end()) return std::nullopt;
        return edges_[it->second];
    }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };

    void build(const ModelIndex& index) {
        const auto& elements = model_->elements;
        graph_ = ElementGraph(elements.size());
        ids_.reserve(elements.size());
        for (std::size_t i = 0; i < elements.size(); ++i) {
            graph_[i].element = &elements[i];
            if (!elements[i].id.empty()) ids_.try_emplace(std::string_view(elements[i].id), i);
        }
        auto element_vertex = [&](std::string_view id) -> std::optional<Vertex> {
            // An id defined twice resolves to its first definition, like ModelIndex.
            const ModelIndex::Entry* entry = index.find(id);
            if (!entry || !is_element(entry->kind)) return std::nullopt;
            return entry->index;
        };
        for (std::size_t i = 0; i < elements.size(); ++i) {
            const Element& e = elements[i];
            for (const Link& link : e.links) {
                LinkEdge props;
                props.relation = relation_of(link.type);
                props.link = &link;
                props.source = &e;
                std::optional<Vertex> to = element_vertex(link.to.id);
                if (!to && (link.type == LinkType::enables || link.type == LinkType::hinders)) {
                    if (const Link* target = index.link(link.to.id)) {
                        props.target_link = target;
                        const ModelIndex::Entry* owner = index.find(target->to.id);
                        if (owner && is_element(owner->kind)) to = owner->index;
                    }
                }
                if (!to) continue;
                link_edges_.emplace(&link, edges_.size());
                add(i, *to, props);
            }
            if (e.kind == Kind::activity) {
                for (const Ref& r : e.uses) {
                    std::optional<Vertex> from = element_vertex(r.id);
                    if (!from) continue;
                    LinkEdge props;
                    props.relation = Relation::uses;
                    props.source = &e;
                    props.use = &r;
                    add(*from, i, props);
                }
            }
        }
    }
    void add(Vertex from, Vertex to, LinkEdge props) {
        props.index = edges_.size();
        edges_.push_back(boost::add_edge(from, to, props, graph_).first);
    }

    const Model* model_;
    ElementGraph graph_;
    std::vector<Edge> edges_;
    std::unordered_map<std::string_view, Vertex, Hash, std::equal_to<>> ids_;
    std::unordered_map<const Link*, std::size_t> link_edges_;
};

}  // namespace toc
