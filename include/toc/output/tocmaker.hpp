#pragma once
// The model as a ToC-Maker document (github.com/ToC-Maker/theory-of-change-builder;
// docs/import.md): the results chain's stages as sections, left to right —
// Problems, Inputs (resources), Activities, Outputs, Short-term, Intermediate
// and Long-term outcomes, Impact, Contexts, Barriers — each element a node
// (id, title = label, text = description), each link between two elements a
// connection (targetId; confidence when the link has one; evidence = the
// evidence note, else the rationale; assumptions = the texts of the link's
// assumptions, one a line). An activity's `uses` is a connection from the
// resource. `toc import` reads it back to the same elements, links,
// confidences and assumption texts. Header-only.

#include <array>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "toc/detail/json_writer.hpp"
#include "toc/model/model.hpp"

namespace toc {

struct TocMakerOptions {
    std::string lang;  ///< the language of the texts; empty: the model's first language
};

namespace detail::tocmaker {

/// One connection of the export: what a node links to.
struct Connection {
    std::string target;
    const Link* link = nullptr;  ///< nullptr for `uses`
};

/// The sections of the export: a title and the elements it holds.
struct Section {
    std::string_view title;
    std::vector<const Element*> elements;
};

[[nodiscard]] inline std::vector<Section> sections(const Model& m) {
    std::vector<Section> out{{"Problems", {}},        {"Inputs", {}},   {"Activities", {}}, {"Outputs", {}},
                             {"Short-term outcomes", {}}, {"Intermediate outcomes", {}},
                             {"Long-term outcomes", {}}, {"Impact", {}}, {"Contexts", {}}, {"Barriers", {}}};
    for (const auto& e : m.elements) {
        std::size_t s = 0;
        switch (e.kind) {
            case Kind::problem: s = 0; break;
            case Kind::resource: s = 1; break;
            case Kind::activity: s = 2; break;
            case Kind::output: s = 3; break;
            case Kind::outcome: s = 4 + (e.horizon ? static_cast<std::size_t>(*e.horizon) : 0); break;
            case Kind::impact: s = 7; break;
            case Kind::context: s = 8; break;
            default: s = 9; break;
        }
        out[s].elements.push_back(&e);
    }
    std::erase_if(out, [](const Section& s) { return s.elements.empty(); });
    return out;
}

/// The texts of a link's assumptions (inline or by id), one a line.
[[nodiscard]] inline std::string assumption_texts(const Model& m, const Link& l, const std::string& lang,
                                                  const std::vector<std::string>& fallbacks) {
    std::string out;
    for (const auto& r : l.assumptions)
        for (const auto& a : m.assumptions)
            if (a.id == r.id && !a.text.empty()) {
                out += (out.empty() ? "" : "\n") + a.text.in(lang, fallbacks);
                break;
            }
    return out;
}

}  // namespace detail::tocmaker

/// Writes the model as a ToC-Maker JSON document.
inline void write_tocmaker(std::ostream& os, const Model& m, const TocMakerOptions& options = {}) {
    namespace d = detail::tocmaker;
    const std::string lang = options.lang.empty() ? m.default_language() : options.lang;
    const std::vector<std::string> fallbacks = m.languages;
    auto text = [&](const Text& t) { return t.in(lang, fallbacks); };

    // every connection, on its source node: links between two elements, and `uses`
    std::vector<std::pair<std::string, d::Connection>> connections;
    for (const auto& e : m.elements) {
        for (const auto& l : e.links)
            if (m.find_element(l.to.id)) connections.push_back({e.id, {l.to.id, &l}});
        for (const auto& r : e.uses)
            if (m.find_element(r.id)) connections.push_back({r.id, {e.id, nullptr}});
    }

    JsonWriter w(os);
    w.begin_object();
    w.field("title", text(m.title));
    w.key("sections").begin_array();
    for (const auto& section : d::sections(m)) {
        w.begin_object();
        w.field("title", section.title);
        w.key("columns").begin_array().begin_object().key("nodes").begin_array();
        for (const Element* e : section.elements) {
            w.begin_object();
            w.field("id", e->id);
            w.field("title", text(e->label));
            if (!e->description.empty()) w.field("text", text(e->description));
            w.key("connectionIds").begin_array();
            for (const auto& [from, c] : connections)
                if (from == e->id) w.value(c.target);
            w.end_array();
            w.key("connections").begin_array();
            for (const auto& [from, c] : connections) {
                if (from != e->id) continue;
                w.begin_object();
                w.field("targetId", c.target);
                if (c.link && c.link->confidence) w.field("confidence", *c.link->confidence);
                const std::string evidence =
                    !c.link ? std::string() : !c.link->evidence_note.empty() ? text(c.link->evidence_note) : text(c.link->rationale);
                w.field("evidence", evidence);
                w.field("assumptions", c.link ? d::assumption_texts(m, *c.link, lang, fallbacks) : std::string());
                w.end_object();
            }
            w.end_array();
            w.end_object();
        }
        w.end_array().end_object().end_array();
        w.end_object();
    }
    w.end_array();
    w.end_object();
    os << '\n';
}

[[nodiscard]] inline std::string to_tocmaker(const Model& m, const TocMakerOptions& options = {}) {
    std::ostringstream s;
    write_tocmaker(s, m, options);
    return s.str();
}

}  // namespace toc
