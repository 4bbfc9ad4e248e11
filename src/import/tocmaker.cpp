// ToC-Maker JSON (docs/import.md): sections and their columns become kinds and
// horizons, nodes elements, connections links with their confidence, evidence
// text and assumptions (inline).

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>

#include <nlohmann/json.hpp>

#include "importer.hpp"
#include "toc/detail/blank.hpp"

namespace toc::import_detail {

namespace {

using nlohmann::json;

/// What a section's nodes become.
struct SectionKind {
    Kind kind = Kind::outcome;
    std::optional<Horizon> horizon;  ///< fixed by the title or --map; else by column, for outcomes
    bool from_table = true;          ///< by the default table (not --map)
};

std::string lower(std::string_view s) {
    std::string r;
    for (char c : s) r += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return r;
}

bool has(const std::string& s, std::string_view word) { return s.find(word) != std::string::npos; }

/// A --map value: a kind or an outcome horizon.
std::optional<SectionKind> kind_of_word(const std::string& word) {
    const std::string w = lower(word);
    if (auto h = parse_enum<Horizon>(w)) return SectionKind{Kind::outcome, h, false};
    for (Kind k : element_kinds)
        if (to_string(k) == w) return SectionKind{k, std::nullopt, false};
    return std::nullopt;
}

/// The default table (docs/import.md): the section title's words.
std::optional<SectionKind> kind_of_title(const std::string& title) {
    const std::string t = lower(title);
    if (has(t, "outcome") || has(t, "result")) {
        if (has(t, "short") || has(t, "immediate") || has(t, "early")) return SectionKind{Kind::outcome, Horizon::short_term, true};
        if (has(t, "intermediate") || has(t, "medium") || has(t, "mid")) return SectionKind{Kind::outcome, Horizon::intermediate, true};
        if (has(t, "long")) return SectionKind{Kind::outcome, Horizon::long_term, true};
        return SectionKind{Kind::outcome, std::nullopt, true};
    }
    if (has(t, "input") || has(t, "resource")) return SectionKind{Kind::resource, std::nullopt, true};
    if (has(t, "activit")) return SectionKind{Kind::activity, std::nullopt, true};
    if (has(t, "output")) return SectionKind{Kind::output, std::nullopt, true};
    if (has(t, "impact") || has(t, "goal") || has(t, "mission") || has(t, "vision")) return SectionKind{Kind::impact, std::nullopt, true};
    if (has(t, "problem")) return SectionKind{Kind::problem, std::nullopt, true};
    if (has(t, "context")) return SectionKind{Kind::context, std::nullopt, true};
    if (has(t, "barrier") || has(t, "risk")) return SectionKind{Kind::barrier, std::nullopt, true};
    return std::nullopt;
}

/// Order along the results chain, for feedback links.
int stage(const Element& e) {
    switch (e.kind) {
        case Kind::resource: return 0;
        case Kind::activity: return 1;
        case Kind::output: return 2;
        case Kind::outcome: return 3 + (e.horizon ? static_cast<int>(*e.horizon) : 0);
        case Kind::impact: return 6;
        default: return -1;
    }
}

/// Nesting deeper than this is refused before parsing (a hostile file).
constexpr int max_depth = 64;

class TocMakerReader {
public:
    TocMakerReader(Sink& sink, const ImportOptions& options) : sink_(sink), options_(options) {}

    Model read(std::vector<std::string>& comments) {
        Model m;
        if (!too_deep()) parse();
        if (sink_.failed()) return m;
        if (!doc_.is_object()) {
            error(0, "a ToC-Maker document is a JSON object with 'sections'; this file holds " + std::string(doc_.type_name()));
            return m;
        }
        const std::string title = doc_.contains("title") && doc_["title"].is_string() ? doc_["title"].get<std::string>() : "";
        const std::string stem = file_stem(sink_.file());
        m.title = Text(!blank(title) ? title : !blank(stem) ? stem : "Imported model");
        IdMaker model_ids;
        m.id = model_ids.make(m.title.str(), "imported");
        if (!doc_.contains("sections") || !doc_["sections"].is_array()) {
            error(0, "a ToC-Maker document needs 'sections', an array of the diagram's columns");
            return m;
        }
        kinds(comments);
        if (sink_.failed()) return m;
        nodes(m);
        if (sink_.failed()) return m;
        links(m);
        comments.insert(comments.begin(), {"Imported by `toc import` from the ToC-Maker file " + file_stem(sink_.file()) + ".json",
                                           "(docs/import.md). Presentation keys (positions, widths, colours) are left out."});
        return m;
    }

private:
    bool too_deep() {
        int depth = 0;
        bool in_string = false;
        const auto text = sink_.text();
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (in_string) {
                if (c == '\\') ++i;
                else if (c == '"') in_string = false;
            } else if (c == '"') in_string = true;
            else if (c == '[' || c == '{') {
                if (++depth > max_depth) {
                    sink_.error(import_code::syntax, sink_.at(i),
                                "the JSON nests deeper than " + std::to_string(max_depth) + " levels; a ToC-Maker file nests six");
                    return true;
                }
            } else if (c == ']' || c == '}') --depth;
        }
        return false;
    }

    /// Where the JSON parser stops, for the errors whose exception does not say
    /// (out_of_range: a number beyond a double, 1e999): a SAX pass that builds nothing.
    struct StopPosition final : nlohmann::json_sax<json> {
        std::size_t at = 0;
        bool null() override { return true; }
        bool boolean(bool) override { return true; }
        bool number_integer(number_integer_t) override { return true; }
        bool number_unsigned(number_unsigned_t) override { return true; }
        bool number_float(number_float_t, const string_t&) override { return true; }
        bool string(string_t&) override { return true; }
        bool binary(binary_t&) override { return true; }
        bool start_object(std::size_t) override { return true; }
        bool key(string_t&) override { return true; }
        bool end_object() override { return true; }
        bool start_array(std::size_t) override { return true; }
        bool end_array() override { return true; }
        bool parse_error(std::size_t position, const std::string&, const json::exception&) override {
            at = position;
            return false;
        }
    };

    void parse() {
        try {
            doc_ = json::parse(sink_.text());
        } catch (const json::exception& e) {
            std::string what = e.what();
            std::size_t stop = 0;  // just past the token the parser stopped at
            if (const auto* p = dynamic_cast<const json::parse_error*>(&e)) {
                stop = p->byte;
                // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error while parsing ..."
                const auto colon = what.find(": ", what.find("parse error"));
                if (colon != std::string::npos) what = what.substr(colon + 2);
            } else {
                StopPosition sax;
                json::sax_parse(sink_.text(), &sax);
                stop = sax.at;
                // "[json.exception.out_of_range.406] number overflow parsing '1e999'"
                const auto quote = what.find('\'');
                what = what.find("overflow") != std::string::npos && quote != std::string::npos
                           ? "the number " + what.substr(quote) + " is too large"
                           : what.substr(what.find("] ") == std::string::npos ? 0 : what.find("] ") + 2);
            }
            // point at the start of the token the parser stopped at
            const auto text = sink_.text();
            std::size_t at = std::min<std::size_t>(stop > 0 ? stop - 1 : 0, text.empty() ? 0 : text.size() - 1);
            if ((what.find("unexpected") != std::string::npos || what.starts_with("the number")) && at < text.size()) {
                if (text[at] == '"' && at > 0 && text.rfind('"', at - 1) != std::string_view::npos) at = text.rfind('"', at - 1);
                else
                    while (at > 0 && (std::isalnum(static_cast<unsigned char>(text[at - 1])) || text[at - 1] == '.' ||
                                      text[at - 1] == '-' || text[at - 1] == '+'))
                        --at;
            }
            sink_.error(import_code::syntax, sink_.at(at), "the JSON does not parse: " + what);
        }
    }

    /// The position of `"key": "value"` at or after `from` and before `to`, for
    /// messages about a node; `from` when it is not there (written with escapes).
    std::size_t find(std::string_view key, const std::string& value, std::size_t from = 0,
                     std::size_t to = std::string_view::npos) const {
        const auto text = sink_.text().substr(0, std::min(to, sink_.text().size()));
        const std::string quoted_key = "\"" + std::string(key) + "\"";
        const std::string dumped = json(value).dump();
        for (std::size_t p = text.find(quoted_key, from); p != std::string_view::npos; p = text.find(quoted_key, p + 1)) {
            std::size_t q = p + quoted_key.size();
            while (q < text.size() && (text[q] == ' ' || text[q] == ':' || text[q] == '\n' || text[q] == '\r' || text[q] == '\t')) ++q;
            if (text.substr(q, dumped.size()) == dumped) return p;
        }
        return from;
    }

    void error(std::size_t offset, std::string message, std::string subject = {}) {
        sink_.error(import_code::structure, sink_.at(offset), std::move(message), std::move(subject));
    }

    void kinds(std::vector<std::string>& comments) {
        const auto& sections = doc_["sections"];
        std::vector<SectionKind> out;
        std::size_t last_table_impact = sections.size();
        for (std::size_t s = 0; s < sections.size(); ++s) {
            const auto& sec = sections[s];
            const std::string path = "sections[" + std::to_string(s) + "]";
            if (!sec.is_object() || !sec.contains("columns") || !sec["columns"].is_array()) {
                error(0, path + " is not a section {title, columns: [...]}");
                continue;
            }
            const std::string title = sec.contains("title") && sec["title"].is_string() ? sec["title"].get<std::string>() : "";
            std::optional<SectionKind> k;
            for (const auto& [written, word] : options_.map)
                if (lower(written) == lower(title)) {
                    k = kind_of_word(word);
                    if (!k) {
                        sink_.error(import_code::structure, sink_.at(1, 1),
                                    "--map '" + written + "=" + word + "': '" + word +  // NOLINT(performance-inefficient-string-concatenation): a message, built once on error
                                        "' is not a kind; use resource, activity, output, outcome, impact, context, barrier, "
                                        "problem, or short, intermediate or long for outcomes");
                        return;
                    }
                }
            if (!k) k = kind_of_title(title);
            if (!k) {
                sink_.warning(sink_.at(find("title", title)),
                              "the section '" + title + "' has a title the table does not know; its nodes become outcomes "
                              "(name their kind with --map '" + title + "=KIND')");  // NOLINT(performance-inefficient-string-concatenation): a message, built once on error
                k = SectionKind{Kind::outcome, std::nullopt, false};
            }
            if (k->kind == Kind::impact && k->from_table) last_table_impact = s;
            out.push_back(*k);
            titles_.push_back(title);
        }
        // Several goal-like sections (End Goal, End Mission): all but the last are long-term outcomes.
        for (std::size_t s = 0; s < out.size(); ++s)
            if (out[s].kind == Kind::impact && out[s].from_table && s != last_table_impact)
                out[s] = SectionKind{Kind::outcome, Horizon::long_term, true};
        section_kinds_ = std::move(out);
        std::string mapping;
        for (std::size_t s = 0; s < section_kinds_.size(); ++s) {
            const auto& k = section_kinds_[s];
            mapping += (s ? ", " : "") + titles_[s] + " → " +
                       (k.horizon ? std::string(to_string(*k.horizon)) + "-term " : "") + std::string(to_string(k.kind));
        }
        comments.push_back("Sections: " + mapping + (mapping.find("→ outcome") != std::string::npos ? " (outcome columns left to right: short, intermediate, long)" : "") + ".");
    }

    /// Every node as an element, with its id made valid and unique.
    void nodes(Model& m) {
        const auto& sections = doc_["sections"];
        // outcome columns without a horizon of their own: short, intermediate, long from left to right
        std::size_t open_columns = 0;
        for (std::size_t s = 0; s < section_kinds_.size(); ++s)
            if (section_kinds_[s].kind == Kind::outcome && !section_kinds_[s].horizon)
                for (const auto& c : sections[s]["columns"])
                    if (c.is_object() && c.contains("nodes") && c["nodes"].is_array() && !c["nodes"].empty()) ++open_columns;
        std::size_t column_number = 0;
        for (std::size_t s = 0; s < section_kinds_.size(); ++s) {
            const auto& columns = sections[s]["columns"];
            for (std::size_t c = 0; c < columns.size(); ++c) {
                const std::string path = "sections[" + std::to_string(s) + "].columns[" + std::to_string(c) + "]";
                const auto& col = columns[c];
                if (!col.is_object() || (col.contains("nodes") && !col["nodes"].is_array())) {
                    error(0, path + " is not a column {nodes: [...]}");
                    continue;
                }
                if (!col.contains("nodes") || col["nodes"].empty()) continue;
                SectionKind k = section_kinds_[s];
                if (k.kind == Kind::outcome && !k.horizon)
                    k.horizon = static_cast<Horizon>(std::min<std::size_t>(2, column_number++ * 3 / open_columns));
                const auto& list = col["nodes"];
                for (std::size_t n = 0; n < list.size(); ++n) node(m, list[n], k, path + ".nodes[" + std::to_string(n) + "]");
            }
        }
    }

    void node(Model& m, const json& n, const SectionKind& k, const std::string& path) {
        if (!n.is_object() || !n.contains("id") || !n["id"].is_string() || n["id"].get<std::string>().empty()) {
            error(0, path + " is not a node: a node is an object with a text 'id'");
            return;
        }
        const std::string original = n["id"].get<std::string>();
        const std::size_t at = find("id", original, sources_.empty() ? 0 : sources_.back().at);
        for (const char* key : {"title", "text"})
            if (n.contains(key) && !n[key].is_string() && !n[key].is_null()) {
                error(at, path + "." + key + " of the node '" + original + "' must be text; found " + n[key].type_name(), original);  // NOLINT(performance-inefficient-string-concatenation): a message, built once on error
                return;
            }
        if (ids_.count(original)) {
            sink_.warning(sink_.at(at), "two nodes have the id '" + original + "'; the second is imported as '" +
                                            ids_.make_unused(original) + "' and links to the id go to the first", original);
        }
        Element e;
        e.kind = k.kind;
        if (k.kind == Kind::outcome) e.horizon = k.horizon ? k.horizon : Horizon::short_term;
        e.id = ids_.add(original);
        e.location = sink_.at(at);
        if (e.id != original && !ids_.is_duplicate(original))
            sink_.warning(e.location, "the node id '" + original + "' is not a valid toc id; it is imported as '" + e.id + "'", original);
        const std::string title = n.contains("title") && n["title"].is_string() ? n["title"].get<std::string>() : "";
        e.label = Text(!blank(title) ? title : !blank(original) ? original : e.id);
        if (n.contains("text") && n["text"].is_string() && !n["text"].get<std::string>().empty())
            e.description = Text(n["text"].get<std::string>());
        sources_.push_back({&n, at, path});
        m.elements.push_back(std::move(e));
    }

    /// The links of every node: `connections`, and the `connectionIds` they leave out.
    void links(Model& m) {
        for (std::size_t i = 0; i < sources_.size(); ++i) {
            Element& e = m.elements[i];
            const json& n = *sources_[i].node;
            const std::string original = n["id"].get<std::string>();
            const std::size_t node_end = i + 1 < sources_.size() && sources_[i + 1].at > sources_[i].at ? sources_[i + 1].at
                                                                                                        : std::string_view::npos;
            auto target_at = [&](const std::string& target) { return find("targetId", target, sources_[i].at, node_end); };
            std::vector<std::string> in_connections;
            if (n.contains("connections")) {
                if (!n["connections"].is_array()) {
                    error(sources_[i].at, sources_[i].path + ".connections of '" + original + "' must be an array", original);
                    continue;
                }
                for (std::size_t c = 0; c < n["connections"].size(); ++c) {
                    const json& con = n["connections"][c];
                    const std::string path = sources_[i].path + ".connections[" + std::to_string(c) + "]";
                    if (!con.is_object() || !con.contains("targetId") || !con["targetId"].is_string()) {
                        error(sources_[i].at, path + " of '" + original + "' needs a text 'targetId'", original);  // NOLINT(performance-inefficient-string-concatenation): a message, built once on error
                        continue;
                    }
                    const std::string target = con["targetId"].get<std::string>();
                    in_connections.push_back(target);
                    Link* l = add_link(m, e, target, target_at(target));
                    if (!l) continue;
                    Link said;  // what this connection says of the link (a second connection to a node adds to the first)
                    if (con.contains("confidence") && !con["confidence"].is_null()) {
                        if (!con["confidence"].is_number()) {
                            error(target_at(target),
                                  path + ".confidence of '" + original + "' must be a number 0-100", original);  // NOLINT(performance-inefficient-string-concatenation): a message, built once on error
                            continue;
                        }
                        const double c0 = con["confidence"].get<double>();
                        const int rounded = std::isfinite(c0) ? static_cast<int>(std::lround(std::clamp(c0, 0.0, 100.0))) : 0;
                        if (!std::isfinite(c0) || c0 < 0 || c0 > 100)
                            sink_.warning(sink_.at(target_at(target)),
                                          "the confidence of the link from '" + original + "' to '" + target +  // NOLINT(performance-inefficient-string-concatenation): a message, built once on error
                                              "' is outside 0-100; it is imported as " + std::to_string(rounded),
                                          original);
                        said.confidence = rounded;
                    }
                    for (const char* key : {"evidence", "assumptions"})
                        if (con.contains(key) && !con[key].is_string() && !con[key].is_null()) {
                            error(target_at(target),
                                  path + "." + key + " of '" + original + "' must be text; found " + con[key].type_name(), original);  // NOLINT(performance-inefficient-string-concatenation): a message, built once on error
                        }
                    if (con.contains("evidence") && con["evidence"].is_string() && !blank(con["evidence"].get<std::string>()))
                        said.evidence_note = Text(con["evidence"].get<std::string>());

                    merge_link(sink_, *l, said, sink_.at(target_at(target)), original, target);
                    if (con.contains("assumptions") && con["assumptions"].is_string() &&
                        !blank(con["assumptions"].get<std::string>()))
                        add_inline_assumption(m, *l, con["assumptions"].get<std::string>());
                }
            }
            if (!n.contains("connectionIds")) continue;
            if (!n["connectionIds"].is_array()) {
                error(sources_[i].at, sources_[i].path + ".connectionIds of '" + original + "' must be an array of ids", original);
                continue;
            }
            std::vector<std::string> only_ids;
            for (const auto& t : n["connectionIds"]) {
                if (!t.is_string()) {
                    error(sources_[i].at, sources_[i].path + ".connectionIds of '" + original + "' must hold only ids", original);
                    break;
                }
                const std::string target = t.get<std::string>();
                if (std::find(in_connections.begin(), in_connections.end(), target) != in_connections.end()) continue;
                only_ids.push_back(target);
                add_link(m, e, target, sources_[i].at);
            }
            if (!only_ids.empty() && n.contains("connections")) {
                std::string list;
                for (const auto& t : only_ids) list += (list.empty() ? "'" : ", '") + t + "'";
                sink_.warning(sink_.at(sources_[i].at), "the node '" + original + "' lists " + list +  // NOLINT(performance-inefficient-string-concatenation): a message, built once on error
                                                            " in connectionIds but not in connections; imported as links without confidence",
                              original);
            }
        }
    }

    static bool blank(const std::string& s) { return detail::blank(s); }

    /// The link from `from` to the node `target`: a new one, or the one a former
    /// connection made; nullptr (with a warning) when `target` names no node.
    Link* add_link(Model& m, Element& from, const std::string& target, std::size_t at) {
        const std::string* to_id = ids_.find(target);
        if (!to_id) {
            sink_.warning(sink_.at(at), "the node '" + ids_.original_of(from.id) + "' links to '" + target +
                                            "', which names no node; the link is left out",
                          ids_.original_of(from.id));
            return nullptr;
        }
        const Element* to = m.find_element(*to_id);
        Link l;
        l.from = Ref(from.id);
        l.to = Ref(*to_id);
        l.location = sink_.at(at);
        if (from.kind == Kind::resource) l.type = LinkType::enables;
        else if (from.kind == Kind::impact ||
                 (to && stage(*to) >= 0 && stage(from) > stage(*to) &&
                  (from.kind == Kind::output || from.kind == Kind::outcome)))
            l.type = LinkType::feedback;
        for (Link& written : from.links)  // a node that connects to another twice has one link to it
            if (written.to.id == l.to.id && written.type == l.type) return &written;
        from.links.push_back(std::move(l));
        return &from.links.back();
    }

    /// The ids of the nodes: written, and as imported.
    class Ids {
    public:
        std::string add(const std::string& original) {
            const bool dup = by_original_.count(original) > 0;
            std::string id = maker_.make(original, "node", true);
            if (!dup) by_original_[original] = id;
            duplicates_[original] += dup ? 1 : 0;
            original_of_[id] = original;
            return id;
        }
        [[nodiscard]] bool count(const std::string& original) const { return by_original_.count(original) > 0; }
        [[nodiscard]] bool is_duplicate(const std::string& original) const {
            auto it = duplicates_.find(original);
            return it != duplicates_.end() && it->second > 0;
        }
        /// The id the next add(original) will give (for the duplicate warning).
        std::string make_unused(const std::string& original) {
            IdMaker copy = maker_;
            return copy.make(original, "node", true);
        }
        [[nodiscard]] const std::string* find(const std::string& original) const {
            auto it = by_original_.find(original);
            return it == by_original_.end() ? nullptr : &it->second;
        }
        [[nodiscard]] std::string original_of(const std::string& id) const {
            auto it = original_of_.find(id);
            return it == original_of_.end() ? id : it->second;
        }

    private:
        IdMaker maker_;
        std::map<std::string, std::string> by_original_, original_of_;
        std::map<std::string, int> duplicates_;
    };

    struct NodeSource {
        const json* node;
        std::size_t at;
        std::string path;
    };

    Sink& sink_;
    const ImportOptions& options_;
    json doc_;
    std::vector<SectionKind> section_kinds_;
    std::vector<std::string> titles_;
    Ids ids_;
    std::vector<NodeSource> sources_;
};

}  // namespace

Model read_tocmaker(Sink& sink, const ImportOptions& options, std::vector<std::string>& comments) {
    return TocMakerReader(sink, options).read(comments);
}

}  // namespace toc::import_detail
