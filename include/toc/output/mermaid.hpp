#pragma once
// The results chain as a Mermaid flowchart (mermaid.js.org), for Markdown
// documents that render Mermaid (GitHub, GitLab, many wikis). Header-only.
//
// Stages are subgraphs in reading order; leads_to is `-->`, enables `-.->`,
// hinders `--x`, feedback `-.->` labelled, uses `-->` from resources. A link that
// something acts on passes through a small point; an outcome with `combine: all`
// gets an `&` gate. Every label is a quoted string in which `"`, `#`, `&`, `<`,
// `>` and back-quotes are Mermaid entity codes, so no label text can change the
// chart or become HTML.
//
// Shapes differ per kind; colours are those of the diagram (style.hpp), words
// those of every output (words.hpp). To show only part of the model, export the
// part: toc::focus_model (graph/neighbourhood.hpp) cuts a model down to the
// neighbourhood of a focus.

#include <array>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "toc/detail/utf8.hpp"
#include "toc/model/index.hpp"
#include "toc/model/kind.hpp"
#include "toc/model/model.hpp"
#include "toc/model/numbering.hpp"
#include "toc/model/stage.hpp"
#include "toc/output/style.hpp"
#include "toc/output/words.hpp"

namespace toc {

struct MermaidOptions {
    std::string lang;                          ///< empty: the model's first language
    std::optional<DiagramDirection> direction; ///< unset: the model's hint, else LR
    bool mechanisms = true;                    ///< mechanisms as link labels
    bool contexts = true;                      ///< draw contexts (and what they enable)
    bool barriers = true;                      ///< draw barriers (and what they hinder)
    bool problems = true;                      ///< draw problems
    bool title = true;                         ///< the model's title as front matter
    bool numbers = true;                       ///< each box's number before its label (model/numbering.hpp)
};

namespace detail::mermaid {

/// A label as the inside of a Mermaid quoted string.
[[nodiscard]] inline std::string escape(std::string_view raw) {
    const std::string s = detail::clean(raw);
    std::string r;
    r.reserve(s.size() + 8);
    for (char c : s) {
        switch (c) {
            case '"': r += "#quot;"; break;
            case '#': r += "#35;"; break;
            case '&': r += "#amp;"; break;
            case '<': r += "#lt;"; break;
            case '>': r += "#gt;"; break;
            case '`': r += "#96;"; break;
            case '%': r += "#37;"; break;
            case '\n': r += "<br>"; break;
            default: r += c;
        }
    }
    return r;
}

/// A JSON-style double-quoted string, valid as a YAML scalar (front matter).
[[nodiscard]] inline std::string yaml_quoted(std::string_view raw) {
    const std::string s = detail::clean(raw);
    std::string r = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') { r += '\\'; r += c; }
        else if (c == '\n') r += "\\n";
        else r += c;
    }
    return r + "\"";
}

}  // namespace detail::mermaid

[[nodiscard]] inline std::string to_mermaid(const Model& model, const MermaidOptions& options = {}) {
    namespace dm = detail::mermaid;
    const std::string lang = options.lang.empty() ? model.default_language() : options.lang;
    const Words& w = words_for(lang);
    auto text = [&](const Text& t) { return t.in(lang, model.languages); };
    ModelIndex index(model);
    auto shown = [&](const Element* e) {
        if (!e) return false;
        switch (e->kind) {
            case Kind::context: return options.contexts;
            case Kind::barrier: return options.barriers;
            case Kind::problem: return options.problems;
            default: return true;
        }
    };
    auto shown_element = [&](std::string_view id) -> const Element* {
        const Element* e = index.element(id);
        return shown(e) ? e : nullptr;
    };

    // Node names: n_ + the id with anything but letters, digits and _ replaced; unique.
    std::unordered_map<const Element*, std::string> name;
    std::set<std::string> used;
    for (std::size_t i = 0; i < model.elements.size(); ++i) {
        const Element& e = model.elements[i];
        std::string n = "n_";
        for (char c : e.id) n += ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) ? c : '_';
        if (used.count(n)) n += "_" + std::to_string(i);
        used.insert(n);
        name[&e] = n;
    }

    std::string out;
    if (options.title && !model.title.empty()) out += "---\ntitle: " + dm::yaml_quoted(text(model.title)) + "\n---\n";
    const auto dir = options.direction.value_or(model.diagram.direction.value_or(DiagramDirection::LR));
    out += std::string("flowchart ") + (dir == DiagramDirection::LR ? "LR" : "TB") + "\n";

    const ElementNumbers numbers(model);
    auto node = [&](const Element& e) {
        const std::string label = text(e.label).empty() ? e.id : text(e.label);
        const std::string l = "\"" + dm::escape(options.numbers ? numbers.of(e) + " · " + label : label) + "\"";
        std::string shape;
        switch (e.kind) {
            case Kind::resource: shape = "[(" + l + ")]"; break;
            case Kind::activity: shape = "(" + l + ")"; break;
            case Kind::output: shape = "[" + l + "]"; break;
            case Kind::outcome: shape = "([" + l + "])"; break;
            case Kind::impact: shape = "{{" + l + "}}"; break;
            case Kind::context: shape = "[/" + l + "/]"; break;
            case Kind::barrier: shape = "[\\" + l + "/]"; break;
            case Kind::problem: shape = ">" + l + "]"; break;
            default: shape = "[" + l + "]"; break;
        }
        return name[&e] + shape;
    };

    // Stages as subgraphs, in reading order; contexts and barriers outside.
    for (int stage = 0; stage <= 7; ++stage) {
        std::vector<const Element*> in;
        for (const auto& e : model.elements) if (stage_of(e) == stage && shown(&e)) in.push_back(&e);
        if (in.empty()) continue;
        out += "  subgraph stage" + std::to_string(stage) + "[\"" +
               dm::escape(w.stages[static_cast<std::size_t>(stage)]) + "\"]\n";
        out += std::string("    direction ") + (dir == DiagramDirection::LR ? "TB" : "LR") + "\n";
        for (const Element* e : in) out += "    " + node(*e) + "\n";
        out += "  end\n";
    }
    for (const auto& e : model.elements)
        if (stage_of(e) < 0 && shown(&e)) out += "  " + node(e) + "\n";

    // Gates and junctions.
    std::set<const Element*> gated;
    std::set<const Link*> targeted;
    for (const auto& e : model.elements) {
        if (!shown(&e)) continue;
        for (const auto& l : e.links) {
            if (const Element* t = shown_element(l.to.id); t && l.type == LinkType::leads_to && t->combine == Combine::all)
                gated.insert(t);
            if (const Link* t = index.link(l.to.id)) targeted.insert(t);
        }
    }
    std::unordered_map<const Link*, std::string> junction;
    int count = 0;
    for (const auto& e : model.elements)
        for (const auto& l : e.links)
            if (targeted.count(&l) && shown(&e) && shown_element(l.to.id)) {
                const std::string j = "j" + std::to_string(count++);
                junction[&l] = j;
                out += "  " + j + "((\" \"))\n";
            }
    for (const auto* g : gated) out += "  " + name[g] + "_and((\"#amp;\"))\n";

    // Links. linkStyle needs each link's position.
    std::vector<std::pair<std::size_t, std::string_view>> colours;  // link number, colour
    std::size_t link_no = 0;
    auto arrow = [&](const std::string& a, std::string_view op, const std::string& label, const std::string& b,
                     std::string_view colour) {
        out += "  " + a + " " + std::string(op) + (label.empty() ? "" : "|\"" + label + "\"|") + " " + b + "\n";
        if (!colour.empty()) colours.emplace_back(link_no, colour);
        ++link_no;
    };
    for (const auto& e : model.elements) {
        if (!shown(&e)) continue;
        for (const auto& l : e.links) {
            std::string head;
            if (const Element* t = shown_element(l.to.id)) {
                head = l.type == LinkType::leads_to && gated.count(t) ? name[t] + "_and" : name[t];
            } else if (const Link* acted_on = index.link(l.to.id); acted_on && junction.count(acted_on)) {
                head = junction[acted_on];
            } else {
                continue;  // to an element or a link that is not drawn
            }
            std::string label;
            if (options.mechanisms)
                for (const auto& r : l.via) {
                    std::string m = r.id;
                    for (const auto& x : model.mechanisms) if (x.id == r.id) m = text(x.label);
                    label += (label.empty() ? "" : "<br>") + dm::escape(m);
                }
            if (l.type == LinkType::feedback) {
                std::string feedback = dm::escape(w.feedback);
                if (!label.empty()) feedback.append(": ").append(label);
                label = std::move(feedback);
            }
            std::string_view op;
            const std::string_view colour = l.type == LinkType::leads_to ? std::string_view() : link_style(l.type).color;
            switch (l.type) {
                case LinkType::leads_to: op = "-->"; break;
                case LinkType::enables: op = "-.->"; break;
                case LinkType::hinders: op = "--x"; break;
                case LinkType::feedback: op = "-.->"; break;
            }
            if (auto j = junction.find(&l); j != junction.end()) {
                arrow(name[&e], l.type == LinkType::leads_to ? "---" : "-.-", {}, j->second, colour);
                arrow(j->second, op, label, head, colour);
            } else {
                arrow(name[&e], op, label, head, colour);
            }
        }
        for (const auto& r : e.uses)
            if (const Element* res = shown_element(r.id)) arrow(name[res], "-->", {}, name[&e], uses_color);
    }
    for (const auto* g : gated) arrow(name[g] + "_and", "-->", {}, name[g], {});

    // Colours (Okabe–Ito tints, as in the Graphviz diagram).
    const std::array<Kind, 8> kinds{Kind::resource, Kind::activity, Kind::output, Kind::outcome,
                                    Kind::impact,   Kind::context,  Kind::barrier, Kind::problem};
    for (Kind k : kinds) {
        Element probe;
        probe.kind = k;
        const auto st = kind_style(probe);
        std::string members;
        for (const auto& e : model.elements)
            if (e.kind == k && shown(&e)) members += (members.empty() ? "" : ",") + name[&e];
        if (members.empty()) continue;
        out += "  classDef " + std::string(to_string(k)) + " fill:" + std::string(st.fill) + ",stroke:" +
               std::string(st.border) + ",color:#000000\n";
        out += "  class " + members + " " + std::string(to_string(k)) + "\n";
    }
    for (const auto& [no, colour] : colours)
        out += "  linkStyle " + std::to_string(no) + " stroke:" + std::string(colour) + "\n";
    return out;
}

}  // namespace toc
