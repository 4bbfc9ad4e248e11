#pragma once
// The drawn diff (`toc diff --format svg|png|html`, `toc report --previous`):
// one diagram of the new version, drawn by the DOT writer (output/dot.hpp),
// with what was added marked green, what changed amber, what was removed
// drawn as dashed red ghosts where it stood, and everything unchanged dimmed;
// a legend says which is which. Every element and link carries a class
// (diff-added, diff-changed, diff-removed, diff-unchanged) for SVG and CSS.
//
// The new version is drawn with the removed elements and links put back as
// ghosts; the marks are attributes added to the writer's own node and edge
// statements (the last value of a DOT attribute wins), so the drawing is the
// ordinary one in every other respect.

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "toc/model/index.hpp"
#include "toc/output/diff/document.hpp"
#include "toc/output/dot.hpp"

namespace toc {

/// The colours of the drawn diff (Okabe–Ito: bluish green, orange, vermillion).
struct DiffStyle {
    static constexpr std::string_view added = "#009E73", changed = "#E69F00", removed = "#D55E00",
                                      unchanged = "#BBBBBB", unchanged_fill = "#F4F4F4", unchanged_text = "#8C8C8C";
};

namespace detail::diff_dot {

/// What happened to a drawn node or edge; `unchanged` past the changes.
enum class Mark { added, removed, changed, renamed, unchanged };

[[nodiscard]] inline Mark mark_of(Change c) noexcept { return static_cast<Mark>(c); }

[[nodiscard]] inline std::string node_attributes(Mark m) {
    switch (m) {
        case Mark::added:
            return ", class=\"diff-added\", color=\"" + std::string(DiffStyle::added) + "\", penwidth=3";
        case Mark::changed:
        case Mark::renamed:
            return std::string(", class=\"diff-changed") + (m == Mark::renamed ? " diff-renamed" : "") +
                   "\", color=\"" + std::string(DiffStyle::changed) + "\", penwidth=3";
        case Mark::removed:
            return ", class=\"diff-removed\", style=\"filled,dashed\", fillcolor=\"#FFFFFF\", color=\"" +
                   std::string(DiffStyle::removed) + "\", fontcolor=\"" + std::string(DiffStyle::removed) +
                   "\", penwidth=2";
        case Mark::unchanged: break;
    }
    return ", class=\"diff-unchanged\", color=\"" + std::string(DiffStyle::unchanged) + "\", fillcolor=\"" +
           std::string(DiffStyle::unchanged_fill) + "\", fontcolor=\"" + std::string(DiffStyle::unchanged_text) + "\"";
}

[[nodiscard]] inline std::string edge_attributes(Mark m) {
    switch (m) {
        case Mark::added: return ", class=\"diff-added\", color=\"" + std::string(DiffStyle::added) + "\", penwidth=2.5";
        case Mark::changed:
        case Mark::renamed:
            return ", class=\"diff-changed\", color=\"" + std::string(DiffStyle::changed) + "\", penwidth=2.5";
        case Mark::removed:
            return ", class=\"diff-removed\", style=dashed, color=\"" + std::string(DiffStyle::removed) + "\", penwidth=2";
        case Mark::unchanged: break;
    }
    return ", class=\"diff-unchanged\", color=\"" + std::string(DiffStyle::unchanged) + "\"";
}

/// The first quoted DOT name in `s` from `pos` (escapes kept as written), and where it ends.
[[nodiscard]] inline std::string quoted_at(std::string_view s, std::size_t& pos) {
    if (pos >= s.size() || s[pos] != '"') return {};
    std::string name;
    for (++pos; pos < s.size() && s[pos] != '"'; ++pos) {
        if (s[pos] == '\\' && pos + 1 < s.size()) ++pos;
        name += s[pos];
    }
    ++pos;
    return name;
}

/// The value of `key="..."` in a statement, or empty.
[[nodiscard]] inline std::string attribute(std::string_view s, std::string_view key) {
    const std::string k = ", " + std::string(key) + "=\"";
    std::size_t at = s.find(k);
    if (at == std::string_view::npos) {
        const std::string first = "[" + std::string(key) + "=\"";
        at = s.find(first);
        if (at == std::string_view::npos) return {};
        at += first.size() - 1;
    } else {
        at += k.size() - 1;
    }
    return quoted_at(s, at);
}

/// The new version with the removed elements and links put back (as ghosts),
/// and every link given an id, so that each drawn edge can be told apart.
struct Merged {
    Model model;
    std::unordered_map<std::string, Mark> element_mark;  ///< by id
    std::unordered_map<std::string, Mark> edge_mark;     ///< by the edge's DOT id ("link-...")
};

[[nodiscard]] inline Merged merge(const Model& before, const Model& after, const ModelDiff& d) {
    Merged m{after, {}, {}};
    Model& g = m.model;
    std::unordered_map<std::string, std::string> old_id;  // new id -> old id
    for (const auto& [o, n] : d.renamed) old_id[n] = o;
    auto old_of = [&](const std::string& id) {
        const auto it = old_id.find(id);
        return it == old_id.end() ? id : it->second;
    };
    for (const auto& c : d.items)
        if (is_element(c.kind)) m.element_mark[c.id] = mark_of(c.change);
    // ghosts of removed elements, without their links (the removed links follow)
    for (const auto& c : d.items) {
        if (c.change != Change::removed || !is_element(c.kind)) continue;
        if (const Element* e = before.find_element(c.id)) {
            Element ghost = *e;
            ghost.links.clear();
            ghost.uses.clear();
            ghost.assumptions.clear();
            g.elements.push_back(std::move(ghost));
        }
    }
    std::unordered_map<std::string, std::size_t> at;
    for (std::size_t i = 0; i < g.elements.size(); ++i) at.try_emplace(g.elements[i].id, i);
    // the links' marks, by their ends and their number among links with the same ends
    std::unordered_map<std::string, Mark> link_mark;
    for (const auto& c : d.items)
        if (c.kind == Kind::link) link_mark[c.from + '\x1f' + c.to] = mark_of(c.change);
    std::vector<std::pair<std::size_t, Link>> ghosts;
    for (const auto& c : d.items) {
        if (c.kind != Kind::link || c.change != Change::removed) continue;
        const auto from = at.find(c.from);
        if (from == at.end() || !at.count(c.to)) continue;
        const Element* e = before.find_element(old_of(c.from));
        if (!e) continue;
        for (const auto& l : e->links)
            if (d.new_id(l.to.id) == c.to) {
                Link ghost = l;
                ghost.to.id = c.to;
                ghost.from.id = c.from;
                ghost.id.clear();
                ghost.assumptions.clear();
                ghosts.emplace_back(from->second, std::move(ghost));
                break;
            }
    }
    std::set<std::pair<std::size_t, std::size_t>> ghost_links;
    for (auto& [i, l] : ghosts) {
        ghost_links.emplace(i, g.elements[i].links.size());
        g.elements[i].links.push_back(std::move(l));
    }
    // every link gets an id (a fresh one when it has none) and so an edge id
    const ModelIndex ids(after);
    std::size_t fresh = 0;
    for (std::size_t i = 0; i < g.elements.size(); ++i) {
        Element& e = g.elements[i];
        for (std::size_t li = 0; li < e.links.size(); ++li) {
            Link& l = e.links[li];
            if (l.id.empty()) {
                do l.id = "toc-diff-link-" + std::to_string(++fresh);
                while (ids.find(l.id));
            }
            const std::string edge = detail::dot::safe_id(l.id)
                                         ? "link-" + l.id
                                         : "link-" + std::to_string(i) + "_" + std::to_string(li);
            Mark mk = Mark::unchanged;
            if (ghost_links.count({i, li})) mk = Mark::removed;
            else if (const auto it = link_mark.find(e.id + '\x1f' + l.to.id); it != link_mark.end()) mk = it->second;
            m.edge_mark[edge] = mk;
        }
    }
    return m;
}

/// The legend of the marks, as a DOT node.
[[nodiscard]] inline std::string legend(const DiffWords& w) {
    auto cell = [](std::string_view border, std::string_view style, std::string_view word) {
        return "<TD BORDER=\"2\" COLOR=\"" + std::string(border) + "\"" + std::string(style) +
               "><FONT POINT-SIZE=\"9\">" + detail::dot::html(word) + "</FONT></TD>";
    };
    return "  \"_diff_legend\" [id=\"_diff_legend\", class=\"diff-legend\", shape=plaintext, style=\"\", label=<"
           "<TABLE BORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"4\"><TR><TD><FONT POINT-SIZE=\"10\"><B>" +
           detail::dot::html(w.legend) + "</B></FONT></TD>" + cell(DiffStyle::added, "", w.changes[0]) +
           cell(DiffStyle::changed, "", w.changes[2]) + cell(DiffStyle::removed, " STYLE=\"dashed\"", w.changes[1]) +
           cell(DiffStyle::unchanged, " BGCOLOR=\"#F4F4F4\"", w.unchanged) + "</TR></TABLE>>];\n";
}

}  // namespace detail::diff_dot

/// The drawn diff as Graphviz DOT text: the new version, marked (see above).
[[nodiscard]] inline std::string diff_to_dot(const Model& before, const Model& after, const DiffDocument& doc,
                                             DiagramOptions options = {}) {
    namespace dd = detail::diff_dot;
    if (options.lang.empty()) options.lang = doc.lang;
    const dd::Merged merged = dd::merge(before, after, doc.diff.model);
    const std::string dot = to_dot(merged.model, options);
    std::unordered_map<std::string, dd::Mark> node_mark;  // by DOT node name
    for (std::size_t i = 0; i < merged.model.elements.size(); ++i) {
        const auto it = merged.element_mark.find(merged.model.elements[i].id);
        const dd::Mark mk = it == merged.element_mark.end() ? dd::Mark::unchanged : it->second;
        node_mark.try_emplace(merged.model.elements[i].id, mk);
        node_mark.try_emplace("_e" + std::to_string(i), mk);
    }
    std::unordered_map<std::string, dd::Mark> junction_mark;
    std::string out;
    out.reserve(dot.size() + dot.size() / 4);
    std::size_t start = 0;
    while (start < dot.size()) {
        std::size_t end = dot.find('\n', start);
        if (end == std::string::npos) end = dot.size();
        std::string line = dot.substr(start, end - start);
        start = end + 1;
        if (line == "}") {
            out += dd::legend(doc.words());
            out += line + "\n";
            continue;
        }
        std::size_t pos = line.find_first_not_of(' ');
        const std::string first = pos == std::string::npos ? std::string() : dd::quoted_at(line, pos);
        const bool statement = !first.empty() && line.size() > 2 && line.compare(line.size() - 2, 2, "];") == 0;
        std::string extra;
        if (statement && line.compare(pos, 4, " -> ") == 0) {
            pos += 4;
            const std::string head = dd::quoted_at(line, pos);
            if (line.find("style=invis") == std::string::npos) {
                const std::string id = dd::attribute(line, "id");
                dd::Mark mk = dd::Mark::unchanged;
                if (const auto it = merged.edge_mark.find(id); !id.empty() && it != merged.edge_mark.end()) {
                    mk = it->second;
                    if (head.rfind("_j", 0) == 0) junction_mark[head] = mk;
                } else if (const auto j = junction_mark.find(first); j != junction_mark.end()) {
                    mk = j->second;
                }
                extra = dd::edge_attributes(mk);
            }
        } else if (statement && line.compare(pos, 5, " [id=") == 0) {
            if (const auto it = node_mark.find(first); it != node_mark.end()) extra = dd::node_attributes(it->second);
        }
        if (!extra.empty()) line.insert(line.size() - 2, extra);
        out += line + "\n";
    }
    return out;
}

}  // namespace toc
