#pragma once
// TOC3xx — explanation: why would it work? (docs/checks.md)

#include <string>

#include "toc/checks/rule.hpp"

namespace toc::checks {

inline void add_explanation_rules(Catalogue& catalogue) {
    catalogue.add({{"TOC301", "unexplained-link", Severity::note,
                    "A `leads_to` link into an outcome or impact with no `via`, no `assumptions` and no "
                    "`rationale`.",
                    "An arrow says that one thing leads to another; a theory of change says why. Each causal "
                    "link into a result should carry its explanation: the mechanism that makes it work, the "
                    "assumptions it rests on, or at least a rationale. Links without one are where a theory is "
                    "weakest and hardest to evaluate.",
                    "Mayne (2015, 2017): causal link assumptions; ActKnowledge / TOCO: rationales",
                    "Add `via: [mechanism]`, `assumptions: [...]` or a `rationale:` to the link (write it in the "
                    "map form: `- to: o_id`)."},
                   [](const CheckContext& ctx, Reporter& out) {
                       for (const Element& e : ctx.model().elements)
                           for (const Link& l : e.links) {
                               if (l.type != LinkType::leads_to) continue;
                               if (!l.via.empty() || !l.assumptions.empty() || !l.rationale.empty()) continue;
                               const Element* to = ctx.index().element(l.to.id);
                               if (!to || (to->kind != Kind::outcome && to->kind != Kind::impact)) continue;
                               out.report(CheckContext::link_subject(l, e), CheckContext::link_location(l, e),
                                          ctx.link(l, e) + " is not explained: give the mechanism (`via`), the "
                                                           "assumptions or a `rationale` for why the one leads to "
                                                           "the other.");
                           }
                   }});

    catalogue.add({{"TOC302", "mechanism-unused", Severity::warning, "A mechanism that no link names in `via`.",
                    "A mechanism explains why a link works; in the context–mechanism–outcome configurations of "
                    "realist evaluation it belongs to the links whose outcome it produces. A mechanism no link "
                    "names explains nothing in the model.",
                    "Pawson & Tilley (1997), Realistic Evaluation: context–mechanism–outcome",
                    "Name the mechanism in the `via` of the links it explains, or remove it."},
                   [](const CheckContext& ctx, Reporter& out) {
                       const auto& via = ctx.references().via;
                       for (const Mechanism& m : ctx.model().mechanisms)
                           if (!via.count(m.id))
                               out.report(m.id, m.location,
                                          ctx.name(m) + " explains no link: name it in the `via` of the links it "
                                                        "explains.");
                   }});

    catalogue.add({{"TOC303", "mechanism-without-context", Severity::note, "A mechanism with no `contexts`.",
                    "Realist evaluation holds that mechanisms fire only in some contexts: what works, for whom, "
                    "in what circumstances. A mechanism without contexts claims to work everywhere.",
                    "Pawson & Tilley (1997), Realistic Evaluation",
                    "Add `contexts: [...]` naming the contexts in which the mechanism fires."},
                   [](const CheckContext& ctx, Reporter& out) {
                       for (const Mechanism& m : ctx.model().mechanisms)
                           if (m.contexts.empty())
                               out.report(m.id, m.location,
                                          ctx.name(m) + " names no contexts: in what circumstances, and for whom, "
                                                        "does it work?");
                   }});

    catalogue.add({{"TOC304", "assumption-unused", Severity::warning,
                    "An assumption that nothing refers to: no link, element, question or recommendation.",
                    "An assumption matters for the links or elements that rest on it. One that is referenced "
                    "nowhere cannot be traced to the part of the theory it would undermine.",
                    "Mayne (2015): causal link assumptions",
                    "Name the assumption in the `assumptions` of the links or elements that rest on it."},
                   [](const CheckContext& ctx, Reporter& out) {
                       const auto& used = ctx.references().assumptions;
                       for (const Assumption& a : ctx.model().assumptions)
                           if (!used.count(a.id))
                               out.report(a.id, a.location,
                                          ctx.name(a) + " is referenced nowhere: name it in the `assumptions` of the "
                                                        "links or elements that rest on it.");
                   }});

    catalogue.add({{"TOC305", "untested-risk", Severity::warning,
                    "A `risk: high` assumption or a mechanism that no question is `about`; a link with "
                    "`evidence: none` or `weak` when no question is about the link or its target.",
                    "A theory of change is testable when its weakest parts are what the evaluation asks about. "
                    "High-risk assumptions, the mechanisms that carry the theory, and poorly evidenced links are "
                    "those parts; an evaluation plan without a question on them leaves the theory untested "
                    "where it matters most.",
                    "Connell & Klem (2000): plausible, doable, testable",
                    "Add a question `about` the assumption, mechanism, link (by its `id`) or the link's target."},
                   [](const CheckContext& ctx, Reporter& out) {
                       const auto& asked = ctx.references().questioned;
                       for (const Assumption& a : ctx.model().assumptions)
                           if (a.risk == Risk::high && !asked.count(a.id))
                               out.report(a.id, a.location,
                                          ctx.name(a) + " is a high risk, but no evaluation question is about it.");
                       for (const Mechanism& m : ctx.model().mechanisms)
                           if (!asked.count(m.id))
                               out.report(m.id, m.location, ctx.name(m) + " is tested by no evaluation question.");
                       for (const Element& e : ctx.model().elements)
                           for (const Link& l : e.links) {
                               if (l.evidence != Evidence::none && l.evidence != Evidence::weak) continue;
                               if ((!l.id.empty() && asked.count(l.id)) || asked.count(l.to.id)) continue;
                               const Element* to = ctx.index().element(l.to.id);
                               if (!e.evaluated || (to && !to->evaluated)) continue;
                               out.report(CheckContext::link_subject(l, e), CheckContext::link_location(l, e),
                                          ctx.link(l, e) + " has " +
                                              (l.evidence == Evidence::none ? "no evidence" : "weak evidence") +
                                              ", but no evaluation question is about the link or its target.");
                           }
                   }});

    catalogue.add({{"TOC306", "refuted-assumption-in-use", Severity::warning,
                    "An assumption with `status: refuted` that a link still rests on.",
                    "When the evaluation has refuted an assumption, the links that rest on it no longer hold as "
                    "drawn. Keeping them unchanged presents a theory the evidence contradicts.",
                    "Mayne (2015): revising the theory of change as evidence comes in",
                    "Revise the link (another mechanism, another pathway) or remove it; keep the assumption to "
                    "document what was learnt."},
                   [](const CheckContext& ctx, Reporter& out) {
                       for (const Element& e : ctx.model().elements)
                           for (const Link& l : e.links)
                               for (const Ref& r : l.assumptions) {
                                   const auto* entry = ctx.index().find(r.id);
                                   if (!entry || entry->kind != Kind::assumption) continue;
                                   const Assumption& a = ctx.model().assumptions[entry->index];
                                   if (a.status != AssumptionStatus::refuted) continue;
                                   out.report(a.id, r.location.known() ? r.location : CheckContext::link_location(l, e),
                                              ctx.name(a) + " is refuted, but " + ctx.link(l, e) +
                                                  " still rests on it.");
                               }
                   }});

    catalogue.add({{"TOC307", "principle-unused", Severity::note, "A principle that guides no activity.",
                    "Principles guide how activities are carried out. A principle no activity names is not "
                    "visibly put into practice, and cannot be evaluated for adherence.",
                    "Patton (2018), Principles-Focused Evaluation: the GUIDE criteria",
                    "Name the principle in the `principles` of the activities it guides."},
                   [](const CheckContext& ctx, Reporter& out) {
                       const auto& guiding = ctx.references().guiding;
                       for (const Principle& p : ctx.model().principles)
                           if (!guiding.count(p.id))
                               out.report(p.id, p.location,
                                          ctx.name(p) + " guides no activity: name it in the `principles` of the "
                                                        "activities it guides.");
                   }});
}

}  // namespace toc::checks
