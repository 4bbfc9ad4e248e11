#pragma once
// TOC4xx — coverage: does it answer the problem and the questions? (docs/checks.md)

#include <string>

#include "toc/checks/rule.hpp"

namespace toc::checks {

inline void add_coverage_rules(Catalogue& catalogue) {
    catalogue.add({{"TOC401", "cause-unaddressed", Severity::warning,
                    "A problem with `role: cause` that no activity `addresses`.",
                    "A problem tree names the causes that produce the main problem; an intervention that leaves "
                    "a cause untouched must explain why (it lies outside the program's reach, another actor "
                    "deals with it). Otherwise the problem may persist whatever the program achieves.",
                    "Problem-tree analysis (the logical framework approach)",
                    "Name the cause in the `addresses` of the activities that tackle it, or say in its "
                    "`description` why the program leaves it alone."},
                   [](const CheckContext& ctx, Reporter& out) {
                       const auto& addressed = ctx.references().addressed;
                       for (const Element& e : ctx.model().elements)
                           if (e.kind == Kind::problem && e.role == ProblemRole::cause && !addressed.count(e.id))
                               out.report(e.id, e.location, ctx.name(e) + " is a cause that no activity addresses.");
                   }});

    catalogue.add({{"TOC402", "consequences-only", Severity::warning,
                    "Activities address consequences of the problem, but none addresses a cause or the main "
                    "problem.",
                    "An intervention that only relieves the consequences of a problem leaves the problem itself "
                    "in place: the consequences keep coming back. This is a judgement evaluators make by hand "
                    "(the final report on Hela Familjen reaches it); the problem tree makes it checkable.",
                    "Problem-tree analysis; the final evaluation of Hela Familjen",
                    "Add or name the activities that act on the causes or the main problem, or explain why the "
                    "program deliberately works on consequences."},
                   [](const CheckContext& ctx, Reporter& out) {
                       const Ref* first_consequence = nullptr;
                       const Element* by = nullptr;
                       std::size_t consequences = 0;
                       for (const Element& e : ctx.model().elements) {
                           if (e.kind != Kind::activity) continue;
                           for (const Ref& r : e.addresses) {
                               const Element* p = ctx.index().element(r.id);
                               if (!p || p->kind != Kind::problem || !p->role) continue;
                               if (*p->role != ProblemRole::consequence) return;  // a cause or the main problem
                               if (!first_consequence) { first_consequence = &r; by = &e; }
                               ++consequences;
                           }
                       }
                       if (!first_consequence) return;
                       const std::string model_id = ctx.model().id;
                       out.report(model_id, first_consequence->location.known() ? first_consequence->location : by->location,
                                  "The activities address only consequences of the problem (" +
                                      std::to_string(consequences) + (consequences == 1 ? " reference" : " references") +
                                      ", the first by " + ctx.name(*by) + " to " + ctx.name_of(first_consequence->id) +
                                      "); none addresses a cause or the main problem.");
                   }});

    catalogue.add({{"TOC403", "question-about-nothing", Severity::warning,
                    "An evaluation question whose `about` is empty or names nothing that exists.",
                    "Evaluation questions are tied to the parts of the theory they test; a question about "
                    "nothing cannot be traced to the theory, and its answer cannot revise it.",
                    "W.K. Kellogg Foundation (2004), Logic Model Development Guide: evaluation questions",
                    "Add `about: [...]` naming the elements, links, assumptions or mechanisms the question tests."},
                   [](const CheckContext& ctx, Reporter& out) {
                       for (const Question& q : ctx.model().questions) {
                           if (q.about.empty()) {
                               out.report(q.id, q.location, ctx.name(q) + " is about nothing: say which parts of the "
                                                                          "theory it tests in `about`.");
                               continue;
                           }
                           bool any = false;
                           for (const Ref& r : q.about) any = any || ctx.index().find(r.id) != nullptr;
                           if (!any)
                               out.report(q.id, q.about.front().location.known() ? q.about.front().location : q.location,
                                          ctx.name(q) + " is about nothing that exists in the model: none of its "
                                                        "`about` ids resolves.");
                       }
                   }});

    catalogue.add({{"TOC404", "whose-change", Severity::note,
                    "An outcome with no `actors`, or a `target_group` actor that no outcome concerns.",
                    "An outcome is a change in someone: families, staff, an organisation. Saying whose change it "
                    "is makes it assignable and measurable; a target group that no outcome concerns is reached "
                    "by the program but expected to gain nothing.",
                    "Mayne (2015): reach; SMART indicators (Doran 1981): assignable",
                    "Name the actors whose change the outcome is in its `actors`; link each target group to the "
                    "outcomes that concern it."},
                   [](const CheckContext& ctx, Reporter& out) {
                       for (const Element& e : ctx.model().elements)
                           if (e.kind == Kind::outcome && e.actors.empty())
                               out.report(e.id, e.location,
                                          ctx.name(e) + " names no actors: whose change is it?");
                       const auto& concerned = ctx.references().concerned;
                       for (const Actor& a : ctx.model().actors)
                           if (a.role == ActorRole::target_group && !concerned.count(a.id))
                               out.report(a.id, a.location,
                                          ctx.name(a) + " is a target group, but no outcome concerns it.");
                   }});

    catalogue.add({{"TOC405", "activity-without-actor", Severity::note,
                    "An activity with no implementing actor.",
                    "Someone carries out every activity. Naming who makes responsibilities visible and lets the "
                    "evaluation ask the right people how the activity went.",
                    "W.K. Kellogg Foundation (2004), Logic Model Development Guide",
                    "Name who carries out the activity in its `actors`."},
                   [](const CheckContext& ctx, Reporter& out) {
                       for (const Element& e : ctx.model().elements)
                           if (e.kind == Kind::activity && e.actors.empty())
                               out.report(e.id, e.location, ctx.name(e) + " names no actor who carries it out.");
                   }});

    catalogue.add({{"TOC406", "no-problem-analysis", Severity::note,
                    "A model with activities but no `problems`.",
                    "A theory of change starts from the problem it is meant to solve. Without a problem analysis "
                    "there is nothing to judge the activities against: what is the intervention for?",
                    "Problem-tree analysis (the logical framework approach)",
                    "Add `problems:` with the main problem, its causes and its consequences, and let the "
                    "activities name the ones they tackle in `addresses`."},
                   [](const CheckContext& ctx, Reporter& out) {
                       const Model& m = ctx.model();
                       bool activities = false, problems = false;
                       for (const Element& e : m.elements) {
                           activities = activities || e.kind == Kind::activity;
                           problems = problems || e.kind == Kind::problem;
                       }
                       if (activities && !problems)
                           out.report(m.id, m.location,
                                      "The model has activities but no problem analysis (`problems`): what is the "
                                      "intervention for?");
                   }});
}

}  // namespace toc::checks
