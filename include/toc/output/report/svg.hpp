#pragma once
// The diagram as the report page inlines it: Graphviz's SVG (toc::render of
// to_dot) without its prolog, every id prefixed (a page holds several
// diagrams), and each element's node marked with data-element="INDEX" (its
// index in Model::elements) so the page's script can open it in the panel.

#include <set>
#include <string>
#include <string_view>
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

namespace detail {
inline void replace_all(std::string& s, std::string_view from, std::string_view to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
}
}  // namespace detail

/// Graphviz SVG made ready to inline: from `<svg` on, ids prefixed with `prefix`,
/// element nodes marked. Graphviz writes '-' in ids as "&#45;"; both spellings match.
[[nodiscard]] inline std::string inline_svg(std::string_view svg, const Model& m, std::string_view prefix) {
    const std::size_t start = svg.find("<svg");
    std::string s(start == std::string_view::npos ? std::string_view() : svg.substr(start));
    detail::replace_all(s, " id=\"", " id=\"" + std::string(prefix));
    const auto names = dot_node_names(m);
    for (std::size_t i = 0; i < names.size(); ++i) {
        std::string escaped = toc::detail::xml_escape(names[i]);
        std::string dashed = escaped;
        detail::replace_all(dashed, "-", "&#45;");
        for (const std::string& n : {escaped, dashed}) {
            const std::string key = " id=\"" + std::string(prefix) + n + "\" class=\"node\"";
            const std::size_t at = s.find(key);
            if (at == std::string::npos) continue;
            s.insert(at + key.size(), " data-element=\"" + std::to_string(i) + "\"");
            break;
        }
    }
    return s;
}

}  // namespace toc::report
