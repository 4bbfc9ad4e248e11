#pragma once
// What a rule reads: the model, its id index, the graph view and the analyses
// (each computed once per check, on first use), the ids other items refer to,
// and the names of things for messages.

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "toc/diagnostics/source_location.hpp"
#include "toc/graph/analysis.hpp"
#include "toc/graph/graph.hpp"
#include "toc/model/index.hpp"
#include "toc/model/model.hpp"
#include "toc/model/stage.hpp"

namespace toc {

/// The ids that other items refer to, gathered in one pass over the model.
struct References {
    std::unordered_set<std::string_view> measured;     ///< named in an indicator's `measures`
    std::unordered_set<std::string_view> questioned;   ///< named in a question's `about`
    std::unordered_set<std::string_view> via;          ///< mechanisms named in a link's `via`
    std::unordered_set<std::string_view> assumptions;  ///< assumptions named anywhere
    std::unordered_set<std::string_view> used;         ///< resources in an activity's `uses`
    std::unordered_set<std::string_view> guiding;      ///< principles in an activity's `principles`
    std::unordered_set<std::string_view> addressed;    ///< problems in an activity's `addresses`
    std::unordered_set<std::string_view> concerned;    ///< actors an outcome or impact concerns (with
                                                       ///< the groups they are part of and their parts)

    explicit References(const Model& m) {
        for (const auto& i : m.indicators)
            for (const auto& r : i.measures) measured.insert(r.id);
        for (const auto& q : m.questions)
            for (const auto& r : q.about) { questioned.insert(r.id); assumptions.insert(r.id); }
        for (const auto& rec : m.recommendations)
            for (const auto& r : rec.about) assumptions.insert(r.id);
        std::unordered_set<std::string_view> named;
        for (const auto& e : m.elements) {
            for (const auto& r : e.assumptions) assumptions.insert(r.id);
            for (const auto& l : e.links) {
                for (const auto& r : l.via) via.insert(r.id);
                for (const auto& r : l.assumptions) assumptions.insert(r.id);
            }
            if (e.kind == Kind::activity) {
                for (const auto& r : e.uses) used.insert(r.id);
                for (const auto& r : e.principles) guiding.insert(r.id);
                for (const auto& r : e.addresses) addressed.insert(r.id);
            }
            if (e.kind == Kind::outcome || e.kind == Kind::impact)
                for (const auto& r : e.actors) named.insert(r.id);
        }
        // An actor is concerned when an outcome names it, a group it is part
        // of, or a part of it. Walks up `part_of` with memory: linear.
        std::unordered_map<std::string_view, const Actor*> actors;
        for (const auto& a : m.actors) actors.try_emplace(a.id, &a);
        auto parent = [&](std::string_view id) -> std::string_view {
            auto it = actors.find(id);
            return it == actors.end() ? std::string_view() : std::string_view(it->second->part_of.id);
        };
        for (std::string_view id : named)  // the groups a named actor is part of
            for (std::string_view a = id; !a.empty() && concerned.insert(a).second; a = parent(a)) {}
        // The parts of a named group: an actor is covered when it or a group
        // above it is named (memoized per actor, so each chain is walked once).
        std::unordered_map<std::string_view, bool> covered;
        std::vector<std::string_view> chain;
        std::unordered_set<std::string_view> on_chain;
        for (const auto& a : m.actors) {
            chain.clear();
            on_chain.clear();
            bool result = false;
            for (std::string_view x = a.id; !x.empty(); x = parent(x)) {
                if (auto it = covered.find(x); it != covered.end()) { result = it->second; break; }
                if (named.count(x)) { result = true; break; }
                if (!on_chain.insert(x).second) break;  // a part_of cycle
                chain.push_back(x);
            }
            for (std::string_view x : chain) covered.emplace(x, result);
            if (result) concerned.insert(a.id);
        }
    }
};

/// What a rule reads: the model, its id index, the graph view and the
/// analyses, each computed once per check() on first use.
class CheckContext {
public:
    explicit CheckContext(const Model& model, Ceiling ceiling = Ceiling::long_term,
                          std::function<bool(std::string_view)> enabled = {})
        : model_(&model), index_(model), ceiling_(ceiling), enabled_(std::move(enabled)) {}

    [[nodiscard]] const Model& model() const noexcept { return *model_; }
    [[nodiscard]] const ModelIndex& index() const noexcept { return index_; }
    /// The accountability ceiling: results up to it are expected to be measured.
    [[nodiscard]] Ceiling ceiling() const noexcept { return ceiling_; }
    /// Is the rule with this code or name running in this check.
    [[nodiscard]] bool enabled(std::string_view code) const { return !enabled_ || enabled_(code); }

    [[nodiscard]] const ModelGraph& graph() const {
        if (!graph_) graph_ = std::make_unique<ModelGraph>(*model_, index_);
        return *graph_;
    }
    /// By vertex: reachable from an activity along leads_to and enables.
    [[nodiscard]] const std::vector<bool>& reached_by_activities() const {
        if (!reached_) reached_ = toc::reached_by_activities(graph());
        return *reached_;
    }
    /// Is some (not every) incoming causal link of this element reached by
    /// the activities: a causal package waiting on its other members.
    [[nodiscard]] bool partly_reached(const Element& e) const {
        const ModelGraph& g = graph();
        const auto v = g.vertex(e);
        for (auto [it, end] = boost::in_edges(v, g.graph()); it != end; ++it)
            if (causal_relations.contains(g.graph()[*it].relation) && reached_by_activities()[boost::source(*it, g.graph())])
                return true;
        return false;
    }
    /// By vertex: an outcome or impact is reachable from it along leads_to and enables.
    [[nodiscard]] const std::vector<bool>& leading_to_results() const {
        if (!leading_) leading_ = toc::leading_to_results(graph());
        return *leading_;
    }
    [[nodiscard]] const std::vector<CausalCycle>& causal_cycles() const {
        if (!cycles_) cycles_ = toc::causal_cycles(graph());
        return *cycles_;
    }
    /// By vertex: the element has no link in or out, and no `uses`.
    [[nodiscard]] const std::vector<bool>& isolated() const {
        if (!isolated_) {
            const ModelGraph& g = graph();
            std::vector<bool> out(g.size());
            for (ElementVertexId v = 0; v < g.size(); ++v)
                out[v] = boost::in_degree(v, g.graph()) == 0 && boost::out_degree(v, g.graph()) == 0 &&
                         g.element(v).links.empty();
            isolated_ = std::move(out);
        }
        return *isolated_;
    }
    /// The links on every pathway from the activities to a long-term outcome
    /// that the activities bring about (causal packages respected), in file
    /// order of the links. Computed once per check.
    [[nodiscard]] const std::vector<CriticalLink>& critical_links() const {
        if (!critical_) critical_ = toc::critical_links(graph(), reached_by_activities());
        return *critical_;
    }
    /// Is this link one that TOC110 reports (on every pathway to a long-term
    /// outcome, with weak or no evidence or no assumption), and TOC110 on.
    [[nodiscard]] bool reported_as_single_point_of_failure(const Link& l) const {
        if (!enabled("TOC110")) return false;
        if (!fragile_) {
            fragile_.emplace();
            for (const CriticalLink& c : critical_links())
                if (const Link* cl = graph().edge(c.link).link; cl && is_fragile(*cl)) fragile_->insert(cl);
        }
        return fragile_->count(&l) > 0;
    }
    /// A link TOC110 reports when it is critical: weak or no evidence, or no assumption.
    [[nodiscard]] static bool is_fragile(const Link& l) {
        return l.evidence == Evidence::none || l.evidence == Evidence::weak || l.assumptions.empty();
    }

    [[nodiscard]] const References& references() const {
        if (!references_) references_ = std::make_unique<References>(*model_);
        return *references_;
    }

    // ---- naming things in messages -----------------------------------------

    /// A text in the model's default language.
    [[nodiscard]] std::string text(const Text& t) const { return t.in(model_->default_language(), model_->languages); }

    /// "outcome 'o_trust' (Tillit till rådgivaren)"
    [[nodiscard]] std::string name(const Element& e) const { return named(to_string(e.kind), e.id, e.label); }
    [[nodiscard]] std::string name(const Indicator& i) const { return named("indicator", i.id, i.label); }
    [[nodiscard]] std::string name(const Mechanism& i) const { return named("mechanism", i.id, i.label); }
    [[nodiscard]] std::string name(const Assumption& i) const { return named("assumption", i.id, i.text); }
    [[nodiscard]] std::string name(const Principle& i) const { return named("principle", i.id, i.label); }
    [[nodiscard]] std::string name(const Actor& i) const { return named("actor", i.id, i.label); }
    [[nodiscard]] std::string name(const Question& i) const { return named("question", i.id, i.text); }

    /// The name of whatever an id names, or "'id'" when it names nothing.
    [[nodiscard]] std::string name_of(std::string_view id) const {
        if (const Element* e = index_.element(id)) return name(*e);
        if (index_.link(id)) return "link '" + std::string(id) + "'";
        return "'" + std::string(id) + "'";
    }

    /// "the `leads_to` link from activity 'a' (A) to outcome 'o' (O)"
    [[nodiscard]] std::string link(const Link& l, const Element& source) const {
        std::string s = "the `" + std::string(to_string(l.type)) + "` link ";
        if (!l.id.empty()) s += "'" + l.id + "' ";
        s += "from " + name(source) + " to " + target(l);
        return s;
    }
    /// What a link points at, named.
    [[nodiscard]] std::string target(const Link& l) const {
        if (const Element* e = index_.element(l.to.id)) return name(*e);
        if (const Link* t = index_.link(l.to.id)) {
            std::string s = "the link '" + t->id + "'";
            const ModelIndex::Entry* owner = index_.find(t->id);
            if (owner) s += " (" + model_->elements[owner->index].id + " → " + t->to.id + ")";
            return s;
        }
        return "'" + l.to.id + "'";
    }

    /// Every finding about a link has this subject: its id, else its source element's id.
    [[nodiscard]] static std::string link_subject(const Link& l, const Element& source) {
        return l.id.empty() ? source.id : l.id;
    }
    [[nodiscard]] static SourceLocation link_location(const Link& l, const Element& source) {
        return l.location.known() ? l.location : source.location;
    }
    /// The two ends of a link as related locations: where its source and its
    /// target are written (the target only when it is an element of the model).
    [[nodiscard]] std::vector<RelatedLocation> link_ends(const Link& l, const Element& source) const {
        std::vector<RelatedLocation> ends;
        if (source.location.known()) ends.push_back({source.location, "the link starts at " + name(source), false});
        if (const Element* to = index_.element(l.to.id); to && to->location.known())
            ends.push_back({to->location, "the link ends at " + name(*to), false});
        return ends;
    }

private:
    [[nodiscard]] std::string named(std::string_view kind, const std::string& id, const Text& label) const {
        std::string s(kind);
        s += " '" + id + "'";
        std::string l = text(label);
        if (!l.empty()) s += " (" + shorten(l) + ")";
        return s;
    }
    static std::string shorten(std::string s) {
        constexpr std::size_t max = 70;
        if (s.size() <= max) return s;
        std::size_t cut = max;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
        const std::size_t space = s.rfind(' ', cut);
        if (space != std::string::npos && space > max / 2) cut = space;
        s.resize(cut);
        return s + "…";
    }

    const Model* model_;
    ModelIndex index_;
    Ceiling ceiling_;
    std::function<bool(std::string_view)> enabled_;
    mutable std::unique_ptr<ModelGraph> graph_;
    mutable std::optional<std::vector<bool>> reached_, leading_, isolated_;
    mutable std::optional<std::vector<CausalCycle>> cycles_;
    mutable std::optional<std::vector<CriticalLink>> critical_;
    mutable std::optional<std::unordered_set<const Link*>> fragile_;
    mutable std::unique_ptr<References> references_;
};

}  // namespace toc
