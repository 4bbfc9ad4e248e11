#pragma once
// TOC1xx — structure: is it a results chain? (docs/checks.md)

#include <string>
#include <vector>

#include "toc/checks/rule.hpp"

namespace toc::checks {

namespace structure_detail {

/// May an element of this kind carry links of this type.
[[nodiscard]] constexpr bool link_key_allowed(Kind k, LinkType t) noexcept {
    switch (t) {
        case LinkType::leads_to:
            return k == Kind::activity || k == Kind::output || k == Kind::outcome || k == Kind::problem ||
                   k == Kind::context || k == Kind::barrier;
        case LinkType::enables:
            return k == Kind::resource || k == Kind::context || k == Kind::activity || k == Kind::output ||
                   k == Kind::outcome;
        case LinkType::hinders:
            return k == Kind::barrier || k == Kind::context || k == Kind::activity || k == Kind::output ||
                   k == Kind::outcome;
        case LinkType::feedback: return k == Kind::output || k == Kind::outcome || k == Kind::impact;
    }
    return false;
}

[[nodiscard]] inline std::string_view allowed_keys(Kind k) {
    switch (k) {
        case Kind::resource: return "only `enables` links (resources reach activities through the activity's `uses`)";
        case Kind::activity:
        case Kind::context: return "only `leads_to`, `enables` and `hinders` links";
        case Kind::output:
        case Kind::outcome: return "`leads_to`, `enables`, `hinders` and `feedback` links";
        case Kind::impact: return "only `feedback` links (an impact is the end of the chain)";
        case Kind::barrier: return "only `leads_to` and `hinders` links";
        case Kind::problem: return "only `leads_to` links, to other problems";
        default: return "no links";
    }
}

[[nodiscard]] inline std::string_view article(LinkType t) { return t == LinkType::enables ? "an" : "a"; }
[[nodiscard]] inline std::string_view article(Kind k) {
    const char c = to_string(k).front();
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' ? "an" : "a";
}

/// May `leads_to` run from this kind to that one (leaps are allowed here; TOC104 reports them).
[[nodiscard]] constexpr bool direction_allowed(Kind from, Kind to) noexcept {
    switch (from) {
        case Kind::activity:
            return to == Kind::activity || to == Kind::output || to == Kind::outcome || to == Kind::impact;
        case Kind::output: return to == Kind::output || to == Kind::outcome || to == Kind::impact;
        case Kind::outcome: return to == Kind::outcome || to == Kind::impact;
        case Kind::problem: return to == Kind::problem;
        case Kind::context:
        case Kind::barrier: return to == Kind::context || to == Kind::barrier;
        default: return false;
    }
}

[[nodiscard]] inline std::string direction_advice(Kind from, Kind to) {
    if (from == Kind::problem)
        return "problems lead only to problems (cause → main problem → consequence); activities name the "
               "problems they tackle in `addresses`";
    if (to == Kind::problem)
        return "problems are not part of the results chain; name the problem in the `addresses` of an activity";
    if (from == Kind::context || from == Kind::barrier)
        return "contexts and barriers lead only to contexts and barriers; use `enables` or `hinders` for their "
               "effect on the chain";
    if (to == Kind::context || to == Kind::barrier)
        return "contexts and barriers are conditions outside the program; a result does not lead to them";
    if (to == Kind::resource)
        return "resources are linked to activities through the activity's `uses`";
    return "the chain runs activity → output → outcome → impact; if the later result feeds back into the "
           "earlier one, write the link under `feedback`";
}

[[nodiscard]] inline std::string element_list(const CheckContext& ctx, const std::vector<ElementVertexId>& vs,
                                              std::size_t max) {
    std::string s;
    for (std::size_t i = 0; i < vs.size() && i < max; ++i) {
        if (i) s += ", ";
        s += "'" + ctx.graph().element(vs[i]).id + "'";
    }
    if (vs.size() > max) s += " and " + std::to_string(vs.size() - max) + " more";
    return s;
}

}  // namespace structure_detail

inline void add_structure_rules(Catalogue& catalogue) {
    using namespace structure_detail;

    catalogue.add({{"TOC101", "illegal-link", Severity::error,
                    "A link key on a kind that may not have it, or a `leads_to` against the allowed directions.",
                    "A results chain reads in one direction, from what the program does to what changes: "
                    "activities lead to outputs, outputs to outcomes, outcomes to impacts. A link that runs "
                    "backwards or sideways (an outcome leading to an activity, a barrier leading to an outcome) "
                    "breaks the if-then reading of the chain that the logframe's vertical logic relies on.",
                    "Logframe vertical logic; W.K. Kellogg Foundation (2004), Logic Model Development Guide",
                    "Move the link to the key its meaning needs: `feedback` for a result that feeds back into an "
                    "earlier element, `enables` or `hinders` for a condition, `addresses` for a problem an "
                    "activity tackles."},
                   [](const CheckContext& ctx, Reporter& out) {
                       for (const Element& e : ctx.model().elements)
                           for (const Link& l : e.links) {
                               if (!link_key_allowed(e.kind, l.type)) {
                                   out.report(CheckContext::link_subject(l, e), CheckContext::link_location(l, e),
                                              ctx.name(e) + " has " + std::string(article(l.type)) + " `" +
                                                  std::string(to_string(l.type)) + "` link to " + ctx.target(l) +
                                                  ", but " + std::string(article(e.kind)) + " " +
                                                  std::string(to_string(e.kind)) + " may have " +
                                                  std::string(allowed_keys(e.kind)) + ".");
                                   continue;
                               }
                               if (l.type != LinkType::leads_to) continue;
                               const Element* to = ctx.index().element(l.to.id);
                               if (!to || direction_allowed(e.kind, to->kind)) continue;
                               out.report(CheckContext::link_subject(l, e), CheckContext::link_location(l, e),
                                          ctx.link(l, e) + " runs against the results chain (" +
                                              std::string(to_string(e.kind)) + " → " +
                                              std::string(to_string(to->kind)) + "): " +
                                              direction_advice(e.kind, to->kind) + ".");
                           }
                   }});

    catalogue.add({{"TOC102", "causal-cycle", Severity::error,
                    "A directed cycle of links not closed by a `feedback` link.",
                    "A results chain has an order: each step comes before the ones it leads to. A cycle of "
                    "`leads_to`, `enables` or `hinders` links says that a result is its own precondition, which "
                    "no evaluation can test. Real feedback loops exist (an outcome strengthens the activity that "
                    "produced it) and are written with `feedback`, which keeps the chain's order readable.",
                    "The order of the results chain (Mayne 2015, Useful theory of change models)",
                    "Find the link in the cycle that goes back to an earlier step and write it under `feedback`; "
                    "or remove the link if it was a mistake."},
                   [](const CheckContext& ctx, Reporter& out) {
                       const ModelGraph& g = ctx.graph();
                       for (const CausalCycle& cc : ctx.causal_cycles()) {
                           if (cc.cycle.empty()) continue;
                           const LinkEdge& closing = g.edge(cc.cycle.back());
                           constexpr std::size_t shown = 12;
                           std::string chain;
                           const std::size_t n = cc.cycle.size();
                           for (std::size_t i = 0; i < n; ++i) {
                               if (n > shown && i == shown - 2) {
                                   chain += "… (" + std::to_string(n - shown + 1) + " more) → ";
                                   i = n - 1;
                               }
                               chain += ctx.name(g.element(g.source(cc.cycle[i]))) + " → ";
                           }
                           chain += "'" + g.element(cc.elements.front()).id + "'";
                           std::string message = "These elements form a cycle that no `feedback` link closes: " +
                                                 chain + ". Write the link that goes back to an earlier step under "
                                                         "`feedback`";
                           if (cc.elements.size() > n)
                               message += "; in all " + std::to_string(cc.elements.size()) +
                                          " elements are caught in cycles with each other: " +
                                          element_list(ctx, cc.elements, 20);
                           message += ".";
                           const Element& source = *closing.source;
                           if (closing.link)
                               out.report(CheckContext::link_subject(*closing.link, source),
                                          CheckContext::link_location(*closing.link, source), std::move(message));
                           else
                               out.report(source.id, source.location, std::move(message));
                       }
                   }});

    catalogue.add({{"TOC103", "horizon-reversal", Severity::warning,
                    "A `leads_to` from an outcome to an outcome of a shorter horizon.",
                    "Outcomes are ordered by when they are expected: short-term changes (knowledge, trust) come "
                    "before intermediate ones (behaviour, practice), which come before long-term ones (status, "
                    "conditions). A long-term outcome that leads to a short-term one reverses that order: either "
                    "a horizon is wrong or the link is feedback.",
                    "Mayne (2015), the results chain",
                    "Correct the horizon of one of the outcomes, or write the link under `feedback`."},
                   [](const CheckContext& ctx, Reporter& out) {
                       for (const Element& e : ctx.model().elements) {
                           if (e.kind != Kind::outcome || !e.horizon) continue;
                           for (const Link& l : e.links) {
                               if (l.type != LinkType::leads_to) continue;
                               const Element* to = ctx.index().element(l.to.id);
                               if (!to || to->kind != Kind::outcome || !to->horizon || *to->horizon >= *e.horizon)
                                   continue;
                               out.report(CheckContext::link_subject(l, e), CheckContext::link_location(l, e),
                                          ctx.link(l, e) + " goes from a " + std::string(horizon_words(*e.horizon)) +
                                              " to a " + std::string(horizon_words(*to->horizon)) +
                                              " outcome; check the horizons, or write the link under `feedback`.");
                           }
                       }
                   }});

    catalogue.add({{"TOC104", "leap", Severity::warning,
                    "A `leads_to` from an activity or output to a long-term outcome or impact, or from a short-term "
                    "outcome to an impact: the missing middle.",
                    "Long-term change does not follow from an activity directly: it comes about through a "
                    "sequence of shorter-term changes, and that sequence is what a theory of change must spell "
                    "out. A link that leaps over it hides the steps where the theory is most likely to fail "
                    "and where evaluation should look.",
                    "ActKnowledge (Anderson 2005, The Community Builder's Approach to Theory of Change); Mayne (2015)",
                    "Add the intermediate results between the two elements and link through them."},
                   [](const CheckContext& ctx, Reporter& out) {
                       for (const Element& e : ctx.model().elements) {
                           const bool early = e.kind == Kind::activity || e.kind == Kind::output;
                           const bool short_outcome = e.kind == Kind::outcome && e.horizon == Horizon::short_term;
                           if (!early && !short_outcome) continue;
                           for (const Link& l : e.links) {
                               if (l.type != LinkType::leads_to) continue;
                               const Element* to = ctx.index().element(l.to.id);
                               if (!to) continue;
                               const bool far = to->kind == Kind::impact ||
                                                (early && to->kind == Kind::outcome && to->horizon == Horizon::long_term);
                               if (!far) continue;
                               const std::string between = early ? "short-term and intermediate outcomes"
                                                                 : "intermediate and long-term outcomes";
                               out.report(CheckContext::link_subject(l, e), CheckContext::link_location(l, e),
                                          ctx.link(l, e) + " leaps straight to " +
                                              (to->kind == Kind::impact ? "an impact" : "a long-term outcome") +
                                              ": name the " + between + " it comes about through.");
                           }
                       }
                   }});

    catalogue.add({{"TOC105", "isolated-element", Severity::warning,
                    "An activity, output, outcome, impact, context or barrier with no link in or out.",
                    "An element that nothing leads to and that leads to nothing is not part of the theory: it "
                    "says neither how it comes about nor what it contributes to. It is usually a link that was "
                    "forgotten, or a leftover from an earlier version of the model.",
                    "",
                    "Link the element to the chain where it belongs, or remove it. (Resources that no activity "
                    "uses are reported by TOC108.)"},
                   [](const CheckContext& ctx, Reporter& out) {
                       const auto& isolated = ctx.isolated();
                       const ModelGraph& g = ctx.graph();
                       for (ElementVertexId v = 0; v < g.size(); ++v) {
                           const Element& e = g.element(v);
                           if (!isolated[v] || e.kind == Kind::resource || e.kind == Kind::problem) continue;
                           out.report(e.id, e.location,
                                      ctx.name(e) + " has no link in or out: link it to the chain where it belongs, "
                                                    "or remove it.");
                       }
                   }});

    catalogue.add({{"TOC106", "activity-leads-nowhere", Severity::warning,
                    "An activity from which no outcome or impact can be reached.",
                    "An activity is in a theory of change because of the change it is expected to bring about. "
                    "An activity with no pathway to any outcome is the 'activity trap': doing things for their "
                    "own sake, with nothing to say what they are for or how their success would be judged.",
                    "Funnell & Rogers (2011), Purposeful Program Theory: the activity trap",
                    "Link the activity (through its outputs) to the outcomes it is meant to contribute to."},
                   [](const CheckContext& ctx, Reporter& out) {
                       const bool isolated_reported = ctx.enabled("TOC105");
                       const auto& leading = ctx.leading_to_results();
                       const ModelGraph& g = ctx.graph();
                       for (ElementVertexId v = 0; v < g.size(); ++v) {
                           const Element& e = g.element(v);
                           if (e.kind != Kind::activity || leading[v]) continue;
                           if (isolated_reported && ctx.isolated()[v]) continue;
                           out.report(e.id, e.location,
                                      ctx.name(e) + " leads to no outcome or impact: no pathway of `leads_to` or "
                                                    "`enables` links runs from it to a result.");
                       }
                   }});

    catalogue.add({{"TOC107", "unreached-result", Severity::warning,
                    "An outcome or impact that no activity reaches.",
                    "Every outcome in a theory of change should be tied to something the program does. An "
                    "outcome with no pathway from any activity is expected to happen by itself: the 'then a "
                    "miracle occurs' step of the cartoon.",
                    "ActKnowledge: every outcome is tied to an intervention (Anderson 2005)",
                    "Link the outcome to the activities, outputs or earlier outcomes it comes from; if it is "
                    "outside the program's reach, say so by making it a context."},
                   [](const CheckContext& ctx, Reporter& out) {
                       const bool isolated_reported = ctx.enabled("TOC105");
                       const auto& reached = ctx.reached_by_activities();
                       const ModelGraph& g = ctx.graph();
                       for (ElementVertexId v = 0; v < g.size(); ++v) {
                           const Element& e = g.element(v);
                           if ((e.kind != Kind::outcome && e.kind != Kind::impact) || reached[v]) continue;
                           if (isolated_reported && ctx.isolated()[v]) continue;
                           out.report(e.id, e.location,
                                      ctx.name(e) + " is reached by no activity: no pathway of `leads_to` or "
                                                    "`enables` links runs to it from what the program does.");
                       }
                   }});

    catalogue.add({{"TOC108", "unused-resource", Severity::warning, "A resource that no activity `uses`.",
                    "Resources are the inputs the activities draw on. A resource no activity uses is either "
                    "missing from an activity's `uses` or not needed in the model.",
                    "W.K. Kellogg Foundation (2004), Logic Model Development Guide: inputs",
                    "Name the resource in the `uses` of the activities that draw on it, or remove it."},
                   [](const CheckContext& ctx, Reporter& out) {
                       const auto& used = ctx.references().used;
                       for (const Element& e : ctx.model().elements)
                           if (e.kind == Kind::resource && !used.count(e.id))
                               out.report(e.id, e.location,
                                          ctx.name(e) + " is used by no activity: name it in the `uses` of the "
                                                        "activities that draw on it.");
                   }});

    catalogue.add({{"TOC109", "package-of-one", Severity::warning,
                    "`combine: all` on an element with fewer than two incoming links.",
                    "`combine: all` says that the incoming links are jointly needed: a causal package, in which "
                    "no single cause suffices. A package with one member (or none) says nothing, and usually "
                    "means that the other causes are missing from the model.",
                    "Mayne (2012), Contribution analysis: causal packages",
                    "Add the other links that belong to the package, or remove `combine: all`."},
                   [](const CheckContext& ctx, Reporter& out) {
                       const ModelGraph& g = ctx.graph();
                       for (ElementVertexId v = 0; v < g.size(); ++v) {
                           const Element& e = g.element(v);
                           if (e.combine != Combine::all) continue;
                           std::size_t incoming = 0;
                           for (auto [it, end] = boost::in_edges(v, g.graph()); it != end; ++it)
                               if (causal_relations.contains(g.graph()[*it].relation)) ++incoming;
                           if (incoming >= 2) continue;
                           out.report(e.id, e.location_of("combine"),
                                      ctx.name(e) + " says `combine: all` (its causes are jointly needed), but it has " +
                                          (incoming == 0 ? std::string("no incoming link") : std::string("only one incoming link")) +
                                          ": a causal package needs at least two members.");
                       }
                   }});

    catalogue.add({{"TOC110", "single-point-of-failure", Severity::note,
                    "A long-term outcome whose every pathway from the activities passes one link (min cut 1) that "
                    "has weak or no evidence, or no assumption.",
                    "Where every pathway to a long-term outcome runs through one link, the whole theory rests "
                    "on that link: if it does not hold, the outcome cannot come about through the program. Such a "
                    "link deserves evidence and explicit assumptions; when it has neither, the theory's "
                    "sufficiency is in doubt.",
                    "Mayne (2015, 2017): robustness and sufficiency of causal packages; Causal Map",
                    "Give the link its assumptions and evidence (and a question that tests it), or add the "
                    "alternative pathways that exist in reality."},
                   [](const CheckContext& ctx, Reporter& out) {
                       const ModelGraph& g = ctx.graph();
                       std::vector<bool> targets(g.size(), false);
                       bool any = false;
                       for (ElementVertexId v = 0; v < g.size(); ++v) {
                           const Element& e = g.element(v);
                           if (e.kind == Kind::outcome && e.horizon == Horizon::long_term) targets[v] = any = true;
                       }
                       if (!any) return;
                       const LinkDominators dominators(g, vertices_of(g, {Kind::activity}));
                       for (const auto& cut : dominators.cuts_to(targets)) {
                           const LinkEdge& edge = g.edge(cut.link);
                           if (!edge.link) continue;
                           const Link& l = *edge.link;
                           const bool weak_evidence = l.evidence == Evidence::none || l.evidence == Evidence::weak;
                           const bool no_assumption = l.assumptions.empty();
                           if (!weak_evidence && !no_assumption) continue;
                           std::string why;
                           if (weak_evidence) why = l.evidence == Evidence::none ? "no evidence" : "weak evidence";
                           if (no_assumption) why += std::string(why.empty() ? "" : " and ") + "no stated assumption";
                           std::string message = "Every pathway from the activities to the long-term " +
                                                 ctx.name(g.element(cut.targets.front())) + " runs through " +
                                                 ctx.link(l, *edge.source) + ", which has " + why +
                                                 ": if this one step fails, the outcome is out of reach";
                           if (cut.target_count > 1)
                               message += " (the same holds for " + std::to_string(cut.target_count - 1) +
                                          " more long-term outcome" + (cut.target_count > 2 ? "s" : "") + ")";
                           message += ".";
                           out.report(CheckContext::link_subject(l, *edge.source),
                                      CheckContext::link_location(l, *edge.source), std::move(message));
                       }
                   }});
}

}  // namespace toc::checks
