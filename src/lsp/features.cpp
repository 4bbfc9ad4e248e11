// Diagnostics, hover, document symbols and code actions.

#include <algorithm>
#include <cctype>
#include <sstream>

#include "protocol.hpp"
#include "toc/output/tables.hpp"

namespace toc::lsp {

json to_json(Position p) { return {{"line", p.line}, {"character", p.character}}; }

json range_json(const LineTable& lines, std::size_t begin, std::size_t end, Encoding e) {
    return {{"start", to_json(lines.position(begin, e))}, {"end", to_json(lines.position(end, e))}};
}

namespace {

/// The bytes of the token a location points at (empty at 0 when unknown).
std::pair<std::size_t, std::size_t> location_span(const Analysis& a, const SourceLocation& l) {
    if (!l.known()) return {0, 0};
    const auto [begin, end] = a.token_at(l);
    return {begin, std::max(begin, end)};
}

void write_position(JsonWriter& w, Position p) {
    w.begin_object().field("line", static_cast<unsigned long>(p.line)).field("character", static_cast<unsigned long>(p.character)).end_object();
}

void write_location_range(JsonWriter& w, const Analysis& a, const SourceLocation& l, Encoding e) {
    const auto [begin, end] = location_span(a, l);
    w.begin_object().key("start");
    write_position(w, a.lines().position(begin, e));
    w.key("end");
    write_position(w, a.lines().position(end, e));
    w.end_object();
}

json fix_range(const Analysis& a, const SourceRange& r, Encoding e) {
    const auto begin = a.lines().offset_of(r.line, r.column).value_or(0);
    const auto end = a.lines().offset_of(r.end_line, r.end_column).value_or(begin);
    return range_json(a.lines(), begin, std::max(begin, end), e);
}

std::string lower(std::string s) {
    for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return s;
}

/// The plural heading of a kind in the outline: the model's own list key.
std::string section_name(Kind k) { return k == Kind::link ? "links" : std::string(list_key(k)); }

int symbol_kind(Kind k) {
    switch (k) {
        case Kind::resource: return 13;     // Variable
        case Kind::activity: return 12;     // Function
        case Kind::output: return 19;       // Object
        case Kind::outcome: return 24;      // Event
        case Kind::impact: return 23;       // Struct
        case Kind::context: return 3;       // Namespace
        case Kind::barrier: return 17;      // Boolean
        case Kind::problem: return 9;       // Constructor
        case Kind::mechanism: return 25;    // Operator
        case Kind::assumption: return 11;   // Interface
        case Kind::principle: return 14;    // Constant
        case Kind::actor: return 5;         // Class
        case Kind::site: return 4;          // Package
        case Kind::source: return 1;        // File
        case Kind::indicator: return 16;    // Number
        case Kind::question: return 7;      // Property
        case Kind::recommendation: return 15;  // String
        case Kind::link: return 8;          // Field
    }
    return 13;
}

/// The label (or text, or title) of an item, in each language written.
const Text* label_of(const Model& m, const ModelIndex::Entry& e) {
    switch (e.kind) {
        case Kind::mechanism: return &m.mechanisms[e.index].label;
        case Kind::assumption: return &m.assumptions[e.index].text;
        case Kind::principle: return &m.principles[e.index].label;
        case Kind::actor: return &m.actors[e.index].label;
        case Kind::site: return &m.sites[e.index].label;
        case Kind::source: return &m.sources[e.index].title;
        case Kind::indicator: return &m.indicators[e.index].label;
        case Kind::question: return &m.questions[e.index].text;
        case Kind::recommendation: return &m.recommendations[e.index].text;
        case Kind::link: return &m.elements[e.index].links[e.link].description;
        default: return &m.elements[e.index].label;
    }
}

template <class E>
void add_enum(std::vector<std::string>& lines, std::string_view key, const std::optional<E>& v) {
    if (v) lines.push_back("**" + std::string(key) + "**: " + std::string(to_string(*v)));
}

}  // namespace

/// The one-line text of an item for completion and outlines: its label in the
/// model's first language.
std::string item_label(const Model& m, const ModelIndex::Entry& e) {
    return label_of(m, e)->in(m.default_language(), m.languages);
}

void write_diagnostic(JsonWriter& w, const Analysis& a, const Diagnostic& d, const Context& c) {
    w.begin_object().key("range");
    write_location_range(w, a, d.location, c.encoding);
    w.field("severity", d.severity == Severity::error ? 1 : d.severity == Severity::warning ? 2 : 3)
        .field("code", d.code)
        .field("source", "toc")
        .field("message", d.message);
    if (!c.docs_url.empty() && !d.name.empty())
        w.key("codeDescription").begin_object().field("href", c.docs_url + "#" + lower(d.code) + "-" + d.name).end_object();
    if (!d.related.empty()) {
        w.key("relatedInformation").begin_array();
        for (const auto& r : d.related) {
            w.begin_object().key("location").begin_object().field("uri", c.uri).key("range");
            write_location_range(w, a, r.location, c.encoding);
            w.end_object().field("message", r.message).end_object();
        }
        w.end_array();
    }
    w.end_object();
}

json diagnostic_json(const Analysis& a, const Diagnostic& d, const Context& c) {
    std::ostringstream text;
    JsonWriter w(text, 0);
    write_diagnostic(w, a, d, c);
    return json::parse(text.str());
}

json hover(const Analysis& a, std::size_t offset, const Context& c) {
    const Occurrence* o = a.occurrence_at(offset);
    if (!o) return nullptr;
    const Model& m = a.model();
    const ModelIndex::Entry* e = a.index().find(o->id);
    std::vector<std::string> lines;
    if (!e) {
        lines.push_back("`" + o->id + "` is not defined");
    } else {
        lines.push_back("**" + std::string(to_string(e->kind)) + "** `" + o->id + "`");
        for (const auto& t : label_of(m, *e)->entries())
            lines.push_back((t.language.empty() ? std::string() : "*" + t.language + "*: ") + t.value);
        if (is_element(e->kind)) {
            const Element& el = m.elements[e->index];
            add_enum(lines, "horizon", el.horizon);
            add_enum(lines, "status", el.result_status);
            add_enum(lines, "status", el.activity_status);
            add_enum(lines, "role", el.role);
            add_enum(lines, "level", el.level);
        } else if (e->kind == Kind::mechanism) {
            add_enum(lines, "status", m.mechanisms[e->index].status);
        } else if (e->kind == Kind::assumption) {
            const Assumption& x = m.assumptions[e->index];
            add_enum(lines, "type", x.type);
            add_enum(lines, "risk", x.risk);
            add_enum(lines, "status", x.status);
        } else if (e->kind == Kind::question) {
            add_enum(lines, "status", m.questions[e->index].status);
        } else if (e->kind == Kind::indicator) {
            for (const auto& row : indicator_rows(m)) {
                if (row.indicator_id != o->id) continue;
                std::string s = row.site.empty() ? std::string() : "*" + row.site + "*: ";
                s += (row.baseline.empty() ? "no baseline" : row.baseline) + " → " +
                     (row.target.empty() ? "no target" : row.target) + " → " +
                     (row.latest.empty() ? "no measurement" : row.latest) + " (" +
                     std::string(to_string(row.status)) + ")";
                lines.push_back(s);
            }
        }
    }
    for (const auto& d : a.diagnostics())
        if (d.subject == o->id)
            lines.push_back("- " + std::string(to_string(d.severity)) + ": " + d.message + " [" + d.code + "]");
    std::string value;
    for (const auto& l : lines) value += (value.empty() ? "" : "\n\n") + l;
    return {{"contents", {{"kind", "markdown"}, {"value", value}}},
            {"range", range_json(a.lines(), o->begin, o->end, c.encoding)}};
}

json document_symbols(const Analysis& a, const Context& c) {
    std::map<Kind, json> sections;
    std::vector<Kind> order;
    for (const auto& o : a.occurrences()) {
        if (!o.definition) continue;
        const ModelIndex::Entry* e = a.index().find(o.id);
        const Position p = a.lines().position(o.begin, c.encoding);
        const std::size_t line_begin = a.lines().line_start(p.line);
        const std::size_t line_end = line_begin + a.lines().line(p.line).size();
        json symbol = {{"name", o.id},
                       {"kind", symbol_kind(o.kind)},
                       {"range", range_json(a.lines(), line_begin, line_end, c.encoding)},
                       {"selectionRange", range_json(a.lines(), o.begin, o.end, c.encoding)}};
        if (e) {
            if (std::string label = item_label(a.model(), *e); !label.empty()) symbol["detail"] = label;
        }
        if (!sections.count(o.kind)) {
            order.push_back(o.kind);
            sections[o.kind] = {{"name", section_name(o.kind)}, {"kind", 2}, {"children", json::array()},
                                {"range", symbol["range"]}, {"selectionRange", symbol["range"]}};
        }
        json& s = sections[o.kind];
        s["range"]["end"] = symbol["range"]["end"];
        s["children"].push_back(std::move(symbol));
    }
    json out = json::array();
    for (Kind k : order) {
        json& s = sections[k];
        s["selectionRange"] = {{"start", s["range"]["start"]}, {"end", s["range"]["start"]}};
        out.push_back(std::move(s));
    }
    return out;
}

json code_actions(const Analysis& a, const json& range, const Context& c) {
    const Position from{range.at("start").at("line").get<std::size_t>(),
                        range.at("start").at("character").get<std::size_t>()};
    const Position to{range.at("end").at("line").get<std::size_t>(), range.at("end").at("character").get<std::size_t>()};
    const std::size_t begin = a.lines().offset(from, c.encoding).value_or(a.text().size());
    const std::size_t end = a.lines().offset(to, c.encoding).value_or(a.text().size());
    json out = json::array();
    for (const auto& d : a.diagnostics()) {
        if (d.fixes.empty() || !d.location.known()) continue;
        const auto [db, de] = a.token_at(d.location);
        if (de < begin || db > end) continue;
        for (const auto& f : d.fixes) {
            json edit = {{"range", fix_range(a, f.range, c.encoding)}, {"newText", f.replacement}};
            out.push_back({{"title", f.description.empty() ? "replace with '" + f.replacement + "'" : f.description},
                           {"kind", "quickfix"},
                           {"isPreferred", d.fixes.size() == 1},
                           {"diagnostics", json::array({diagnostic_json(a, d, c)})},
                           {"edit", {{"changes", {{c.uri, json::array({edit})}}}}}});
        }
    }
    return out;
}

}  // namespace toc::lsp
