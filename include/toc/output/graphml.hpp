#pragma once
// The model's elements and links as GraphML (graphml.graphdrawing.org), for
// network tools: networkx's read_graphml, Gephi, yEd (which also gets shapes,
// colours and labels from the yFiles extension keys). Header-only.
//
// Nodes: every results-chain element, with data keys kind, label, description,
// horizon, level, status, combine, evaluated. Edges: every link, with type
// (leads_to, enables, hinders, feedback, or uses for resource → activity and
// addresses for activity → problem), id, evidence, rationale, confidence,
// evidence_note, mechanisms and
// assumptions (ids, space-separated), and on_link: for enables/hinders that act
// on a link, the edge ends at that link's target and on_link names the link.
//
// GraphML is data: every element and link, in every case. To export part of the
// model, export the part: toc::focus_model (graph/neighbourhood.hpp).

#include <string>
#include <string_view>

#include "toc/detail/escape.hpp"
#include "toc/detail/utf8.hpp"
#include "toc/output/style.hpp"
#include "toc/model/kind.hpp"
#include "toc/model/model.hpp"
#include "toc/model/index.hpp"
#include "toc/model/numbering.hpp"

namespace toc {

struct GraphmlOptions {
    std::string lang;     ///< label language; empty: the model's first language
    bool yed = true;      ///< add yFiles node and edge graphics (shapes, colours) for yEd
};

namespace detail::graphml {

/// XML character data or attribute value: valid UTF-8, no control characters, & < > " ' escaped.
[[nodiscard]] inline std::string xml(std::string_view raw) {
    return detail::xml_escape(detail::clean(raw));
}

[[nodiscard]] inline std::string_view yed_shape(Kind k) {
    switch (k) {
        case Kind::resource: return "rectangle";
        case Kind::activity: return "roundrectangle";
        case Kind::output: return "rectangle";
        case Kind::outcome: return "roundrectangle";
        case Kind::impact: return "hexagon";
        case Kind::context: return "parallelogram";
        case Kind::barrier: return "octagon";
        case Kind::problem: return "trapezoid";
        default: return "rectangle";
    }
}

}  // namespace detail::graphml

[[nodiscard]] inline std::string to_graphml(const Model& model, const GraphmlOptions& options = {}) {
    namespace dg = detail::graphml;
    const std::string lang = options.lang.empty() ? model.default_language() : options.lang;
    auto text = [&](const Text& t) { return t.in(lang, model.languages); };
    ModelIndex index(model);

    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"";
    if (options.yed) out += " xmlns:y=\"http://www.yworks.com/xml/graphml\"";
    out += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns ";
    out += options.yed ? "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd" : "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
    out += "\">\n";
    auto key = [&](std::string_view id, std::string_view for_, std::string_view type = "string") {
        out += "  <key id=\"" + std::string(id) + "\" for=\"" + std::string(for_) + "\" attr.name=\"" +
               std::string(id) + "\" attr.type=\"" + std::string(type) + "\"/>\n";
    };
    for (auto k : {"kind", "label", "description", "horizon", "level", "status", "combine"}) key(k, "node");
    key("evaluated", "node", "boolean");
    key("number", "node");
    key("type", "edge");
    key("id", "edge");
    for (auto k : {"evidence", "rationale", "mechanisms", "assumptions", "on_link"}) key(k, "edge");
    key("confidence", "edge", "int");
    key("evidence_note", "edge");
    if (options.yed) {
        out += "  <key id=\"yg_node\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n";
        out += "  <key id=\"yg_edge\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n";
    }
    out += "  <graph id=\"" + dg::xml(model.id.empty() ? "toc" : model.id) + "\" edgedefault=\"directed\">\n";

    auto data = [&](std::string_view k, std::string_view v, int indent = 6) {
        if (!v.empty())
            out += std::string(static_cast<std::size_t>(indent), ' ') + "<data key=\"" + std::string(k) + "\">" +
                   dg::xml(v) + "</data>\n";
    };
    const ElementNumbers numbers(model);
    for (const auto& e : model.elements) {
        out += "    <node id=\"" + dg::xml(e.id) + "\">\n";
        data("kind", to_string(e.kind));
        const std::string label = text(e.label);
        data("label", label);
        data("description", text(e.description));
        if (e.horizon) data("horizon", to_string(*e.horizon));
        if (e.level) data("level", to_string(*e.level));
        if (e.result_status) data("status", to_string(*e.result_status));
        if (e.activity_status) data("status", to_string(*e.activity_status));
        if (e.role) data("status", to_string(*e.role));
        if (e.combine) data("combine", to_string(*e.combine));
        data("evaluated", e.evaluated ? "true" : "false");
        data("number", numbers.of(e));
        if (options.yed) {
            const auto st = kind_style(e);
            out += "      <data key=\"yg_node\"><y:ShapeNode><y:Geometry width=\"180.0\" height=\"60.0\" x=\"0.0\" y=\"0.0\"/>"
                   "<y:Fill color=\"" + std::string(st.fill) + "\" transparent=\"false\"/>"
                   "<y:BorderStyle color=\"" + std::string(st.border) + "\" type=\"" +
                   (std::string(st.style).find("dashed") != std::string::npos ? "dashed" : "line") +
                   "\" width=\"1.0\"/><y:NodeLabel>" + dg::xml(label) + "</y:NodeLabel><y:Shape type=\"" +
                   std::string(dg::yed_shape(e.kind)) + "\"/></y:ShapeNode></data>\n";
        }
        out += "    </node>\n";
    }

    std::size_t n = 0;
    auto edge = [&](const std::string& from, const std::string& to, std::string_view type, const Link* l,
                    const std::string& on_link) {
        out += "    <edge id=\"e" + std::to_string(n++) + "\" source=\"" + dg::xml(from) + "\" target=\"" + dg::xml(to) + "\">\n";
        data("type", type);
        if (l) {
            data("id", l->id);
            if (l->evidence) data("evidence", to_string(*l->evidence));
            data("rationale", text(l->rationale));
            if (l->confidence) data("confidence", std::to_string(*l->confidence));
            data("evidence_note", text(l->evidence_note));
            std::string ids;
            for (const auto& r : l->via) ids += (ids.empty() ? "" : " ") + r.id;
            data("mechanisms", ids);
            ids.clear();
            for (const auto& r : l->assumptions) ids += (ids.empty() ? "" : " ") + r.id;
            data("assumptions", ids);
        }
        data("on_link", on_link);
        if (options.yed) {
            const auto lt = l ? l->type : LinkType::leads_to;
            const auto st = link_style(lt);
            const std::string colour = type == "uses" || type == "addresses" ? std::string(uses_color)
                                                                             : std::string(st.color);
            const std::string line = st.style == "solid" ? "line" : std::string(st.style);
            out += "      <data key=\"yg_edge\"><y:PolyLineEdge><y:LineStyle color=\"" + colour + "\" type=\"" + line +
                   "\" width=\"1.0\"/><y:Arrows source=\"none\" target=\"" +
                   (lt == LinkType::hinders && l ? "t_shape" : "standard") + "\"/></y:PolyLineEdge></data>\n";
        }
        out += "    </edge>\n";
    };
    for (const auto& e : model.elements) {
        for (const auto& l : e.links) {
            if (const Element* t = index.element(l.to.id)) {
                edge(e.id, t->id, to_string(l.type), &l, {});
            } else if (const Link* acted_on = index.link(l.to.id); acted_on && index.element(acted_on->to.id)) {
                edge(e.id, acted_on->to.id, to_string(l.type), &l, l.to.id);
            }
        }
        for (const auto& r : e.uses)
            if (index.element(r.id)) edge(r.id, e.id, "uses", nullptr, {});
        for (const auto& r : e.addresses)
            if (index.element(r.id)) edge(e.id, r.id, "addresses", nullptr, {});
    }
    out += "  </graph>\n</graphml>\n";
    return out;
}

}  // namespace toc
