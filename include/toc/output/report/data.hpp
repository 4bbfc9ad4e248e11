#pragma once
// The data the report page's script reads: one JSON document per language, in
// a <script type="application/json"> block (html.hpp). Per element: its number,
// DOT node name, labels in every language, kind, horizon, status, actors,
// sites, indicators (baseline → target → latest, status), links with their
// mechanisms and assumptions, sources with locators, findings, and the
// elements it links to (the script finds pathways from them). The preview
// server can feed the same page a new document of this shape.

#include <sstream>
#include <string>
#include <vector>

#include "toc/detail/json_writer.hpp"
#include "toc/output/report/context.hpp"
#include "toc/output/report/sections.hpp"
#include "toc/output/report/svg.hpp"

namespace toc::report {

/// The page's data for the context's language, as JSON text.
[[nodiscard]] inline std::string report_data_json(const Context& ctx) {
    const Model& m = ctx.model();
    const ReportWords& w = ctx.w();
    const auto names = dot_node_names(m);
    const auto rows = indicator_rows(m, {ctx.lang()});
    std::ostringstream os;
    JsonWriter j(os, 0);
    j.begin_object();
    j.field("lang", ctx.lang());
    j.key("words").begin_object();
    j.field("description", w.description).field("kind", w.kind).field("horizon", w.horizon);
    j.field("status", w.status).field("actors", w.actors).field("sites", w.sites);
    j.field("indicators", w.indicators).field("links", w.links).field("sources", w.sources);
    j.field("findings", w.findings).field("baseline", w.baseline).field("target", w.target);
    j.field("latest", w.latest).field("none", w.none).field("close", w.close).field("assumptions", w.assumptions);
    j.field("mechanisms", w.mechanisms).field("print_note", w.print_note);
    j.end_object();
    j.key("elements").begin_array();
    for (std::size_t i = 0; i < m.elements.size(); ++i) {
        const Element& e = m.elements[i];
        j.begin_object();
        j.field("n", ctx.number(static_cast<int>(i))).field("id", e.id).field("dot", names[i]);
        j.field("label", ctx.text(e.label));
        j.key("labels").begin_object();
        for (const auto& entry : e.label.entries()) j.field(entry.language.empty() ? "-" : entry.language, entry.value);
        j.end_object();
        j.field("kind", ctx.words().kinds[static_cast<std::size_t>(e.kind)]);
        j.field("kind_id", to_string(e.kind));
        j.field("description", ctx.text(e.description));
        j.field("horizon", e.kind == Kind::outcome && e.horizon
                               ? ctx.words().horizons[static_cast<std::size_t>(*e.horizon)] : std::string_view());
        j.field("status", detail::element_status(ctx, e));
        j.field("actors", detail::names(ctx, e.actors)).field("sites", detail::names(ctx, e.sites));
        j.field("sources", detail::citations(ctx, e.sources));
        j.key("indicators").begin_array();
        for (const auto& ind : m.indicators) {
            bool measures = false;
            for (const auto& r : ind.measures) measures = measures || r.id == e.id;
            if (!measures) continue;
            for (const auto& row : rows) {
                if (row.indicator_id != ind.id) continue;
                j.begin_object().field("label", row.indicator).field("site", row.site);
                j.field("baseline", row.baseline).field("target", row.target).field("latest", row.latest);
                j.field("status", status_words(row.status, ctx.lang())).end_object();
            }
        }
        j.end_array();
        j.key("links").begin_array();
        auto link = [&](const Link& l, int other, const std::string& other_name, bool out) {
            j.begin_object().field("out", out).field("type", detail::link_type_words(ctx, l.type));
            j.field("other", other).field("name", other_name);
            j.field("mechanisms", detail::names(ctx, l.via)).field("assumptions", detail::names(ctx, l.assumptions));
            j.field("sources", detail::citations(ctx, l.sources)).end_object();
        };
        for (const auto& l : e.links) link(l, ctx.element(l.to.id), ctx.element_name(l.to.id), true);
        for (std::size_t k = 0; k < m.elements.size(); ++k)
            for (const auto& l : m.elements[k].links)
                if (l.to.id == e.id) link(l, static_cast<int>(k), ctx.element_name(m.elements[k].id), false);
        j.end_array();
        j.key("next").begin_array();
        for (const auto& l : e.links)
            if (l.type != LinkType::feedback)
                if (const int t = ctx.element(l.to.id); t >= 0) j.value(t);
        j.end_array();
        j.key("findings").begin_array();
        for (const auto& d : ctx.findings())
            if (d.subject == e.id)
                j.begin_object().field("severity", w.severities[static_cast<std::size_t>(d.severity)])
                    .field("code", d.code).field("message", d.message).field("at", format_location(d.location))
                    .end_object();
        j.end_array();
        j.end_object();
    }
    j.end_array();
    j.end_object();
    return os.str();
}

}  // namespace toc::report
