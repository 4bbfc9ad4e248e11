#pragma once
// The tables of the review report, one function per section (issue 13, items
// 3–8): pathways, assumptions register, context–mechanism–outcome, results
// framework, indicators and measurements, evaluation matrix, recommendations,
// findings and sources. Every cell is plain model text in the report's
// language; layout (HTML, Markdown, workbook) is the writers' business.

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "toc/diagnostics/format.hpp"
#include "toc/model/stage.hpp"
#include "toc/output/report/context.hpp"
#include "toc/output/report/discuss.hpp"
#include "toc/output/report/table.hpp"
#include "toc/output/tables.hpp"

namespace toc::report {

namespace detail {

[[nodiscard]] inline std::string join(const std::vector<std::string>& parts, std::string_view sep = "; ") {
    std::string s;
    for (const auto& p : parts) {
        if (p.empty()) continue;
        if (!s.empty()) s += sep;
        s += p;
    }
    return s;
}

/// "Title (p. 4); Other" for citations.
[[nodiscard]] inline std::string citations(const Context& ctx, const std::vector<Citation>& cites) {
    std::vector<std::string> parts;
    for (const auto& c : cites) {
        std::string s = c.source.id;
        for (const auto& src : ctx.model().sources)
            if (src.id == c.source.id && !src.title.empty()) s = ctx.text(src.title);
        if (!c.locator.empty()) s += " (" + c.locator + ")";
        parts.push_back(std::move(s));
    }
    return join(parts);
}

/// The names of referenced items: elements as "E3 Label", others by their label or id.
[[nodiscard]] inline std::string names(const Context& ctx, const std::vector<Ref>& refs) {
    const Model& m = ctx.model();
    std::vector<std::string> parts;
    for (const auto& r : refs) {
        if (r.id.empty()) continue;
        std::string s = ctx.element(r.id) >= 0 ? ctx.element_name(r.id) : r.id;
        for (const auto& a : m.actors) if (a.id == r.id) s = ctx.text(a.label);
        for (const auto& x : m.sites) if (x.id == r.id) s = ctx.text(x.label);
        for (const auto& x : m.mechanisms) if (x.id == r.id) s = ctx.text(x.label);
        for (const auto& x : m.indicators) if (x.id == r.id) s = ctx.text(x.label);
        for (std::size_t i = 0; i < m.assumptions.size(); ++i)
            if (m.assumptions[i].id == r.id) s = "A" + std::to_string(i + 1) + " " + ctx.text(m.assumptions[i].text);
        parts.push_back(std::move(s));
    }
    return join(parts);
}

[[nodiscard]] inline std::string link_type_words(const Context& ctx, LinkType t) {
    const Words& w = ctx.words();
    switch (t) {
        case LinkType::leads_to: return std::string(w.leads_to);
        case LinkType::enables: return std::string(w.enables);
        case LinkType::hinders: return std::string(w.hinders);
        case LinkType::feedback: return std::string(w.feedback);
    }
    return {};
}

/// Status of an element in words: result or activity status, or "".
[[nodiscard]] inline std::string element_status(const Context& ctx, const Element& e) {
    if (e.result_status) return std::string(ctx.words().result_status[static_cast<std::size_t>(*e.result_status)]);
    if (e.activity_status)
        return std::string(ctx.words().activity_status[static_cast<std::size_t>(*e.activity_status)]);
    return {};
}

/// Every link of the model with the element it is written on.
struct LinkAt {
    const Element* from;
    int from_index;
    const Link* link;
};
[[nodiscard]] inline std::vector<LinkAt> all_links(const Model& m) {
    std::vector<LinkAt> out;
    for (std::size_t i = 0; i < m.elements.size(); ++i)
        for (const auto& l : m.elements[i].links) out.push_back({&m.elements[i], static_cast<int>(i), &l});
    return out;
}

}  // namespace detail

/// Elements per kind, for "at a glance".
[[nodiscard]] inline Table counts_table(const Context& ctx) {
    Table t{"counts", std::string(ctx.w().counts), {std::string(ctx.w().kind), "n"}, {}, {}};
    for (std::size_t k = 0; k < element_kinds.size(); ++k) {
        const auto n = ctx.model().elements_of(element_kinds[k]).size();
        if (n) t.rows.push_back({std::string(ctx.words().kinds[k]), std::to_string(n)});
    }
    return t;
}

/// Item 3: every link as "If X, then Y, because Z".
[[nodiscard]] inline Table pathways_table(const Context& ctx) {
    const ReportWords& w = ctx.w();
    Table t{"pathways", std::string(w.pathways),
            {std::string(w.if_), std::string(w.kind), std::string(w.then_), std::string(w.because),
             std::string(w.rationale), std::string(w.assumptions), std::string(w.evidence), std::string(w.confidence),
             std::string(w.sources)},
            {}, std::string(w.none)};
    for (const auto& [from, fi, l] : detail::all_links(ctx.model())) {
        std::vector<std::string> mechs;
        mechs.reserve(l->via.size());
        for (const auto& r : l->via) mechs.push_back(detail::names(ctx, {r}));
        // the evidence level and, when written, the evidence in words
        const std::string level = l->evidence ? std::string(value_word(ctx.w(), *l->evidence)) : std::string();
        const std::string evidence = detail::join({level, ctx.text(l->evidence_note)}, ": ");
        // the confidence as the author wrote it (0–100) with its word, in the report's language
        std::string confidence;
        if (l->confidence) {
            const std::string_view word = confidence_word(*l->confidence);
            const std::size_t at = word == "low" ? 0 : word == "medium" ? 1 : 2;
            confidence = std::string(ctx.words().risks[at]) + " (" + std::to_string(*l->confidence) + ")";
        }
        t.rows.push_back({Cell(ctx.element_name(from->id), fi), detail::link_type_words(ctx, l->type),
                          Cell(ctx.element_name(l->to.id), ctx.element(l->to.id)), detail::join(mechs),
                          ctx.text(l->rationale), detail::names(ctx, l->assumptions), evidence, confidence,
                          detail::citations(ctx, l->sources)});
    }
    return t;
}

/// Item 4: the assumptions register.
[[nodiscard]] inline Table assumptions_table(const Context& ctx) {
    const ReportWords& w = ctx.w();
    const Model& m = ctx.model();
    Table t{"assumptions", std::string(w.assumption_register),
            {std::string(w.number), std::string(w.text), std::string(w.type), std::string(ctx.words().risk),
             std::string(w.status), std::string(w.evidence), std::string(w.supports), std::string(w.tested_by),
             std::string(w.watched_by)},
            {}, std::string(w.none)};
    for (std::size_t i = 0; i < m.assumptions.size(); ++i) {
        const Assumption& a = m.assumptions[i];
        std::vector<std::string> supports, tested, watched;
        for (const auto& e : m.elements) {
            for (const auto& r : e.assumptions)
                if (r.id == a.id) supports.push_back(ctx.element_name(e.id));
            for (const auto& l : e.links)
                for (const auto& r : l.assumptions)
                    if (r.id == a.id) supports.push_back(ctx.element_name(e.id) + " → " + ctx.element_name(l.to.id));
        }
        for (std::size_t q = 0; q < m.questions.size(); ++q)
            for (const auto& r : m.questions[q].about)
                if (r.id == a.id) tested.push_back("Q" + std::to_string(q + 1) + " " + ctx.text(m.questions[q].text));
        for (const auto& ind : m.indicators)
            for (const auto& r : ind.measures)
                if (r.id == a.id) watched.push_back(ctx.text(ind.label));
        const auto word = [&](const auto& value) {
            return value ? std::string(value_word(ctx.w(), *value)) : std::string();
        };
        t.rows.push_back({"A" + std::to_string(i + 1), ctx.text(a.text), word(a.type),
                          a.risk ? std::string(ctx.words().risks[static_cast<std::size_t>(*a.risk)]) : std::string(),
                          word(a.status), ctx.text(a.evidence), detail::join(supports), detail::join(tested),
                          detail::join(watched)});
    }
    return t;
}

/// Item 5: context – mechanism – outcome, from the links with `via` and the
/// mechanisms' contexts.
[[nodiscard]] inline Table cmo_table(const Context& ctx) {
    const ReportWords& w = ctx.w();
    Table t{"cmo", std::string(w.cmo),
            {std::string(w.context), std::string(ctx.words().mechanism), std::string(w.outcome), std::string(w.if_)},
            {}, std::string(w.none)};
    for (const auto& [from, fi, l] : detail::all_links(ctx.model())) {
        for (const auto& r : l->via) {
            std::string contexts;
            for (const auto& mech : ctx.model().mechanisms)
                if (mech.id == r.id) contexts = detail::names(ctx, mech.contexts);
            t.rows.push_back({contexts, detail::names(ctx, {r}),
                              Cell(ctx.element_name(l->to.id), ctx.element(l->to.id)),
                              Cell(ctx.element_name(from->id), fi)});
        }
    }
    return t;
}

/// Item 6: the results framework, from impacts down to activities: per element its
/// indicators, one row per indicator and site.
[[nodiscard]] inline Table logframe_table(const Context& ctx) {
    const ReportWords& w = ctx.w();
    const Model& m = ctx.model();
    Table t{"logframe", std::string(w.logframe),
            {std::string(w.level), std::string(w.narrative), std::string(w.indicator), std::string(w.population),
             std::string(w.threshold), std::string(w.site), std::string(w.baseline), std::string(w.target), std::string(w.latest),
             std::string(w.status), std::string(w.means_of_verification), std::string(w.assumptions)},
            {}, std::string(w.none)};
    const auto rows = indicator_rows(m, {ctx.lang()});
    for (int stage = stage_count - 1; stage >= static_cast<int>(Stage::activity); --stage) {
        for (std::size_t i = 0; i < m.elements.size(); ++i) {
            const Element& e = m.elements[i];
            if (stage_of(e) != stage) continue;
            std::vector<Ref> assumptions = e.assumptions;
            for (const auto& src : m.elements)
                for (const auto& l : src.links)
                    if (l.to.id == e.id)
                        assumptions.insert(assumptions.end(), l.assumptions.begin(), l.assumptions.end());
            const std::string level(ctx.words().stages[static_cast<std::size_t>(stage)]);
            const Cell narrative(ctx.element_name(e.id), static_cast<int>(i));
            const std::string assumed = detail::names(ctx, assumptions);
            bool any = false;
            for (const auto& ind : m.indicators) {
                if (std::none_of(ind.measures.begin(), ind.measures.end(), [&](const Ref& r) { return r.id == e.id; }))
                    continue;
                for (const auto& row : rows) {
                    if (row.indicator_id != ind.id) continue;
                    any = true;
                    t.rows.push_back({level, narrative, ctx.text(ind.label), ctx.text(ind.population),
                                      ctx.text(ind.threshold), row.site,
                                      row.baseline, row.target, row.latest, std::string(status_words(row.status, ctx.lang())),
                                      ctx.text(ind.source), assumed});
                }
            }
            if (!any)
                t.rows.push_back({level, narrative, "", "", "", "", "", "", "", detail::element_status(ctx, e), "", assumed});
        }
    }
    return t;
}

/// Every baseline, target and measurement of every indicator.
[[nodiscard]] inline Table measurements_table(const Context& ctx) {
    const ReportWords& w = ctx.w();
    const Model& m = ctx.model();
    Table t{"measurements", std::string(w.measurements),
            {std::string(w.indicator), std::string(w.kind), std::string(w.site), std::string(w.date),
             std::string(w.value), std::string(w.sources)},
            {}, std::string(w.none)};
    for (const auto& ind : m.indicators) {
        auto add = [&](const std::vector<Measurement>& ms, std::string_view what) {
            for (const auto& x : ms)
                t.rows.push_back({ctx.text(ind.label), std::string(what), x.site.empty() ? std::string() : detail::names(ctx, {x.site}),
                                  x.date ? x.date->str() : std::string(), toc::detail::indicator::value_text(x),
                                  ctx.text(x.source)});
        };
        add(ind.baseline, w.baseline);
        add(ind.targets, w.target);
        add(ind.measurements, w.value);
    }
    return t;
}

/// Item 7: each question, the DAC criteria it serves, what it is about,
/// methods, status and finding.
[[nodiscard]] inline Table evaluation_table(const Context& ctx) {
    const ReportWords& w = ctx.w();
    const Model& m = ctx.model();
    Table t{"evaluation", std::string(w.evaluation_matrix),
            {std::string(w.number), std::string(w.question), std::string(w.dac_heading), std::string(w.about),
             std::string(w.methods), std::string(w.status), std::string(w.finding)},
            {}, std::string(w.none)};
    for (std::size_t q = 0; q < m.questions.size(); ++q) {
        const Question& x = m.questions[q];
        int first = -1;
        for (const auto& r : x.about) if (first < 0) first = ctx.element(r.id);
        std::vector<std::string> criteria;
        for (const auto c : x.criteria) criteria.emplace_back(w.dac[static_cast<std::size_t>(c)]);
        t.rows.push_back({"Q" + std::to_string(q + 1), ctx.text(x.text), detail::join(criteria),
                          Cell(detail::names(ctx, x.about), first), detail::join(x.methods),
                          x.status ? std::string(value_word(ctx.w(), *x.status)) : std::string(),
                          ctx.text(x.finding)});
    }
    return t;
}

/// Item 7, the gaps: high-risk assumptions and weakly evidenced links no question is about.
[[nodiscard]] inline Table uncovered_table(const Context& ctx) {
    const ReportWords& w = ctx.w();
    const Model& m = ctx.model();
    std::set<std::string> asked;
    for (const auto& q : m.questions) for (const auto& r : q.about) asked.insert(r.id);
    Table t{"uncovered", std::string(w.uncovered), {std::string(w.kind), std::string(w.text)}, {}, std::string(w.none)};
    for (std::size_t i = 0; i < m.assumptions.size(); ++i) {
        const Assumption& a = m.assumptions[i];
        if (a.risk == Risk::high && !asked.count(a.id))
            t.rows.push_back({std::string(w.uncovered_assumption), "A" + std::to_string(i + 1) + " " + ctx.text(a.text)});
    }
    for (const auto& [from, fi, l] : detail::all_links(m)) {
        const bool weak = !l->evidence || *l->evidence == Evidence::none || *l->evidence == Evidence::weak;
        if (!weak || (!l->id.empty() && asked.count(l->id))) continue;
        if (l->type != LinkType::leads_to) continue;
        t.rows.push_back({std::string(w.uncovered_link),
                          Cell(ctx.element_name(from->id) + " → " + ctx.element_name(l->to.id), fi)});
    }
    return t;
}

/// Item 8: recommendations.
[[nodiscard]] inline Table recommendations_table(const Context& ctx) {
    const ReportWords& w = ctx.w();
    Table t{"recommendations", std::string(w.recommendations),
            {std::string(w.recommendation), std::string(w.about), std::string(w.addressed_to)}, {}, std::string(w.none)};
    for (const auto& r : ctx.model().recommendations) {
        int first = -1;
        for (const auto& a : r.about) if (first < 0) first = ctx.element(a.id);
        t.rows.push_back({ctx.text(r.text), Cell(detail::names(ctx, r.about), first), detail::names(ctx, r.addressed_to)});
    }
    return t;
}

/// Item 8: every finding, grouped by evaluability criterion, then rule.
[[nodiscard]] inline Table findings_table(const Context& ctx) {
    const ReportWords& w = ctx.w();
    Table t{"findings", std::string(w.findings),
            {std::string(w.criterion), std::string(w.rule), std::string(w.severity), std::string(w.element),
             std::string(w.message), std::string(w.in_file)},
            {}, std::string(w.no_findings)};
    std::vector<const Diagnostic*> sorted;
    sorted.reserve(ctx.findings().size());
    for (const auto& d : ctx.findings()) sorted.push_back(&d);
    std::stable_sort(sorted.begin(), sorted.end(), [&](const Diagnostic* a, const Diagnostic* b) {
        const int ca = ctx.criterion(a->code), cb = ctx.criterion(b->code);
        if (ca != cb) return static_cast<unsigned>(ca) < static_cast<unsigned>(cb);  // unknown (-1) last
        return a->code < b->code;
    });
    for (const Diagnostic* d : sorted) {
        const int c = ctx.criterion(d->code);
        t.rows.push_back({c >= 0 ? std::string(w.criteria[static_cast<std::size_t>(c)]) : std::string(),
                          d->code + " " + d->name, std::string(w.severities[static_cast<std::size_t>(d->severity)]),
                          Cell(detail::names(ctx, {Ref(d->subject)}), ctx.element(d->subject)), d->message,
                          format_location(d->location)});
    }
    return t;
}

/// The scorecard: per criterion a rating and the top finding.
[[nodiscard]] inline Table scorecard_table(const Context& ctx) {
    const ReportWords& w = ctx.w();
    Table t{"scorecard", std::string(w.scorecard), {std::string(w.criterion), std::string(w.rating), std::string(w.top_finding)},
            {}, {}};
    for (const auto& s : scorecard(ctx))
        t.rows.push_back({std::string(w.criteria[s.criterion]), std::string(w.ratings[s.rating]),
                          s.top ? Cell(s.top->message, ctx.element(s.top->subject)) : Cell(std::string(w.none))});
    return t;
}

/// The findings most worth discussing (discuss.hpp decides which).
[[nodiscard]] inline Table discuss_table(const Context& ctx) {
    const ReportWords& w = ctx.w();
    Table t{"discuss", std::string(w.worth_discussing), {std::string(w.severity), std::string(w.element), std::string(w.message)},
            {}, std::string(w.nothing_to_discuss)};
    for (const Diagnostic* d : worth_discussing(ctx.findings()))
        t.rows.push_back({std::string(w.severities[static_cast<std::size_t>(d->severity)]),
                          Cell(detail::names(ctx, {Ref(d->subject)}), ctx.element(d->subject)), d->message,
                          format_location(d->location)});
    return t;
}

/// Item 8: the sources.
[[nodiscard]] inline Table sources_table(const Context& ctx) {
    const ReportWords& w = ctx.w();
    Table t{"sources", std::string(w.sources),
            {std::string(w.title), std::string(w.author), std::string(w.year), std::string(w.url)}, {}, std::string(w.none)};
    for (const auto& s : ctx.model().sources)
        t.rows.push_back({ctx.text(s.title).empty() ? s.id : ctx.text(s.title), ctx.text(s.author),
                          s.year ? std::to_string(*s.year) : std::string(), s.url});
    return t;
}

/// The tables every format carries, in the report's order.
[[nodiscard]] inline std::vector<Table> report_tables(const Context& ctx) {
    return {pathways_table(ctx),   assumptions_table(ctx), cmo_table(ctx),
            logframe_table(ctx),   measurements_table(ctx), evaluation_table(ctx),
            uncovered_table(ctx),  recommendations_table(ctx), findings_table(ctx),
            sources_table(ctx)};
}

}  // namespace toc::report
