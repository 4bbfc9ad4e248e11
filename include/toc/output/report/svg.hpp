#pragma once
// The diagram as the report page inlines it: Graphviz's SVG (toc::render of
// to_dot) without its prolog, every id prefixed (a page holds several
// diagrams), and each element's node marked with data-element="INDEX" (its
// index in Model::elements) so the page's script can open it in the panel.

#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "toc/detail/escape.hpp"
#include "toc/model/model.hpp"
#include "toc/output/dot.hpp"

namespace toc::report {

/// The DOT node name of every element, as to_dot names them (its id when that is
/// a safe DOT name not used before, else "_e" and its index).
[[nodiscard]] inline std::vector<std::string> dot_node_names(const Model& m) {
    std::vector<std::string> names;
    std::set<std::string> used;
    for (std::size_t i = 0; i < m.elements.size(); ++i) {
        const std::string& id = m.elements[i].id;
        names.push_back(toc::detail::dot::safe_id(id) && !used.count(id) ? id : "_e" + std::to_string(i));
        used.insert(names.back());
    }
    return names;
}

/// Graphviz SVG made ready to inline: from `<svg` on, ids prefixed with `prefix`,
/// element nodes marked. Graphviz writes '-' in ids as "&#45;"; both spellings match.
/// One pass over the text (a 1 000-element model's drawing is megabytes).
[[nodiscard]] inline std::string inline_svg(std::string_view svg, const Model& m, std::string_view prefix) {
    const std::size_t start = svg.find("<svg");
    if (start == std::string_view::npos) return {};
    svg.remove_prefix(start);
    std::unordered_map<std::string, std::size_t> element_of;  // a node's id as Graphviz writes it
    const auto names = dot_node_names(m);
    for (std::size_t i = 0; i < names.size(); ++i) {
        std::string escaped = toc::detail::xml_escape(names[i]);
        std::string dashed;
        for (char c : escaped) dashed += c == '-' ? std::string_view("&#45;") : std::string_view(&c, 1);
        element_of.emplace(std::move(escaped), i);
        element_of.emplace(std::move(dashed), i);
    }
    constexpr std::string_view id_attribute = " id=\"", node_class = "\" class=\"node\"";
    std::string out;
    out.reserve(svg.size() + svg.size() / 8);
    std::size_t at = 0;
    for (std::size_t found = svg.find(id_attribute); found != std::string_view::npos;
         found = svg.find(id_attribute, at)) {
        const std::size_t value = found + id_attribute.size();
        const std::size_t close = svg.find('"', value);
        if (close == std::string_view::npos) break;
        const std::string_view id = svg.substr(value, close - value);
        out.append(svg.substr(at, value - at)).append(prefix).append(id);
        at = close;
        if (svg.substr(close, node_class.size()) != node_class) continue;
        if (const auto it = element_of.find(std::string(id)); it != element_of.end()) {
            out.append(node_class).append(" data-element=\"").append(std::to_string(it->second)).append("\"");
            at = close + node_class.size();
        }
    }
    return out.append(svg.substr(at));
}

}  // namespace toc::report
