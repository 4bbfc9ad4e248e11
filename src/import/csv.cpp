// CSV sheets (docs/import.md): RFC 4180 with ',' or ';' between cells (the
// first line decides), UTF-8 with or without a byte-order mark, quoted cells
// across lines. Two sheets: a link list (from, to, ...) and a logframe (level,
// narrative, indicator, baseline, target, means of verification, assumptions).

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <deque>
#include <map>
#include <optional>
#include <tuple>

#include "importer.hpp"
#include "toc/detail/blank.hpp"
#include "toc/detail/utf8.hpp"

namespace toc::import_detail {

namespace {

struct Cell {
    std::string text;
    std::size_t offset = 0;  ///< where the cell begins in the input
};
using Row = std::vector<Cell>;

/// Splits `text` into rows of cells; reports the first fault (an unclosed
/// quote, text after a closing quote, invalid UTF-8) and returns nothing then.
std::optional<std::vector<Row>> parse_csv(Sink& sink, std::size_t start, char& separator) {
    const std::string_view t = sink.text();
    for (std::size_t i = start; i < t.size();) {
        const std::size_t n = detail::utf8_length(t, i);
        if (n == 0) {
            sink.error(import_code::syntax, sink.at(i), "the file is not valid UTF-8 here; save the sheet as CSV UTF-8");
            return std::nullopt;
        }
        i += n;
    }
    // the separator: ',' or ';', whichever the first line (outside quotes) has more of
    std::size_t commas = 0, semicolons = 0;
    bool quoted = false;
    for (std::size_t i = start; i < t.size() && (quoted || (t[i] != '\n' && t[i] != '\r')); ++i) {
        if (t[i] == '"') quoted = !quoted;
        else if (!quoted && t[i] == ',') ++commas;
        else if (!quoted && t[i] == ';') ++semicolons;
    }
    separator = semicolons > commas ? ';' : ',';

    std::vector<Row> rows;
    Row row;
    std::size_t i = start;
    auto end_row = [&] {
        const bool empty = row.size() == 1 && row.front().text.empty();
        if (!empty) rows.push_back(std::move(row));
        row.clear();
    };
    while (i <= t.size()) {
        Cell cell;
        cell.offset = i;
        if (i < t.size() && t[i] == '"') {
            const std::size_t open = i++;
            for (;;) {
                if (i >= t.size()) {
                    sink.error(import_code::syntax, sink.at(open), "this quoted cell is never closed; a cell that begins with '\"' ends with '\"'");
                    return std::nullopt;
                }
                if (t[i] == '"') {
                    if (i + 1 < t.size() && t[i + 1] == '"') {
                        cell.text += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell.text += t[i++];
            }
            if (i < t.size() && t[i] != separator && t[i] != '\n' && t[i] != '\r') {
                sink.error(import_code::syntax, sink.at(i),
                           "text follows the closing quote of a cell; write a quote inside a quoted cell as \"\"");
                return std::nullopt;
            }
        } else {
            while (i < t.size() && t[i] != separator && t[i] != '\n' && t[i] != '\r') cell.text += t[i++];
        }
        row.push_back(std::move(cell));
        if (i >= t.size()) {
            end_row();
            break;
        }
        if (t[i] == separator) {
            ++i;
            continue;
        }
        if (t[i] == '\r') ++i;
        if (i < t.size() && t[i] == '\n') ++i;
        end_row();
        if (i >= t.size()) break;
    }
    return rows;
}

std::string trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return std::string(s);
}

/// A header cell as a column name: lower case, spaces and '-' as '_'.
std::string column_name(std::string_view s) {
    std::string r;
    for (char c : trim(s)) r += c == ' ' || c == '-' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return r;
}

/// A number as a spreadsheet writes it: "14.8", "14,8" (a decimal comma), "45 %".
std::optional<Number> spreadsheet_number(std::string_view s) {
    std::string t = trim(s);
    if (!t.empty() && t.back() == '%') t = trim(std::string_view(t).substr(0, t.size() - 1));
    if (std::count(t.begin(), t.end(), ',') == 1 && t.find('.') == std::string::npos) std::replace(t.begin(), t.end(), ',', '.');
    if (t.empty() || t.size() > 40) return std::nullopt;
    double v = 0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (ec != std::errc() || end != t.data() + t.size() || !std::isfinite(v)) return std::nullopt;
    Number n(v);
    const auto dot = t.find('.');
    n.decimals = dot == std::string::npos ? 0 : static_cast<int>(t.size() - dot - 1);
    n.text = t;
    return n;
}

/// A kind, and the horizon when it is an outcome's.
struct Placement {
    Kind kind = Kind::outcome;
    std::optional<Horizon> horizon;
};

struct Columns {
    std::map<std::string, std::size_t> index;
    [[nodiscard]] std::optional<std::size_t> find(std::initializer_list<std::string_view> names) const {
        for (auto n : names)
            if (auto it = index.find(std::string(n)); it != index.end()) return it->second;
        return std::nullopt;
    }
};

class SheetReader {
public:
    SheetReader(Sink& sink, std::vector<Row> rows, char separator)
        : sink_(sink), rows_(std::move(rows)), separator_(separator) {}

    Model read(std::vector<std::string>& comments) {
        Model m;
        if (rows_.empty()) {
            sink_.error(import_code::structure, sink_.at(0), "the sheet is empty; the first row names the columns");
            return m;
        }
        for (std::size_t c = 0; c < rows_.front().size(); ++c) columns_.index.emplace(column_name(rows_.front()[c].text), c);
        for (std::size_t r = 1; r < rows_.size(); ++r)
            if (rows_[r].size() != rows_.front().size()) {
                sink_.error(import_code::syntax, sink_.at(rows_[r].front().offset),
                            "this row has " + std::to_string(rows_[r].size()) + " cells and the header " +
                                std::to_string(rows_.front().size()) + "; every row needs one cell per column");
                return m;
            }
        const std::string stem = trim(file_stem(sink_.file()));
        m.title = Text(detail::blank(stem) ? "Imported model" : stem);
        m.id = ids_.make(file_stem(sink_.file()), "imported");
        const std::string sep = separator_ == ';' ? "semicolons" : "commas";
        if (columns_.find({"from"}) && columns_.find({"to"})) {
            comments.push_back("Imported by `toc import` from the link list " + file_stem(sink_.file()) +
                               ".csv (cells separated by " + sep + "; docs/import.md).");
            link_list(m);
        } else if (columns_.find({"level"}) && columns_.find({"narrative", "description", "result", "summary"})) {
            comments.push_back("Imported by `toc import` from the logframe " + file_stem(sink_.file()) +
                               ".csv (cells separated by " + sep + "; docs/import.md).");
            logframe(m);
        } else {
            sink_.error(import_code::structure, sink_.at(0),
                        "the first row names neither a link list (from, to, ...) nor a logframe (level, narrative, ...)");
        }
        return m;
    }

private:
    [[nodiscard]] std::string cell(std::size_t row, std::optional<std::size_t> column) const {
        if (!column) return {};
        std::string t = trim(rows_[row][*column].text);
        return detail::blank(t) ? std::string() : t;  // a cell of only (Unicode) spaces is empty
    }
    [[nodiscard]] SourceLocation where(std::size_t row, std::optional<std::size_t> column) const {
        return sink_.at(rows_[row][column.value_or(0)].offset);
    }

    void unused_columns(std::initializer_list<std::string_view> known) {
        for (const auto& [name, c] : columns_.index)
            if (std::find(known.begin(), known.end(), name) == known.end() && !name.empty())
                sink_.warning(sink_.at(rows_.front()[c].offset), "the column '" + trim(rows_.front()[c].text) + "' is not imported");
    }

    /// The element labelled `label`, made on first use.
    Element& element(Model& m, const std::string& label, std::size_t row, std::optional<std::size_t> column) {
        if (auto it = by_label_.find(label); it != by_label_.end()) return m.elements[it->second];
        Element e;
        e.id = ids_.make(label, "e");
        e.label = Text(label);
        e.location = where(row, column);
        by_label_[label] = m.elements.size();
        m.elements.push_back(std::move(e));
        return m.elements.back();
    }

    /// A kind cell: a kind or an outcome horizon.
    std::optional<Placement> kind_cell(const std::string& word, std::size_t row,
                                                                      std::optional<std::size_t> column) {
        std::string w = column_name(word);
        if (auto h = parse_enum<Horizon>(w)) return Placement{Kind::outcome, h};
        for (Kind k : element_kinds)
            if (to_string(k) == w) return Placement{k, std::nullopt};
        sink_.error(import_code::structure, where(row, column),
                    "'" + word + "' is not a kind; use resource, activity, output, outcome, impact, context, barrier, "
                    "problem, or short, intermediate or long for an outcome");
        return std::nullopt;
    }

    void link_list(Model& m) {
        const auto from = columns_.find({"from"}), to = columns_.find({"to"}), type = columns_.find({"type"}),
                   confidence = columns_.find({"confidence"}), evidence = columns_.find({"evidence", "evidence_note"}),
                   assumption = columns_.find({"assumption", "assumptions"}), from_kind = columns_.find({"from_kind"}),
                   to_kind = columns_.find({"to_kind"});
        unused_columns({"from", "to", "type", "confidence", "evidence", "evidence_note", "assumption", "assumptions",
                        "from_kind", "to_kind"});
        std::map<std::size_t, Placement> kinds;  // element index → written kind
        struct Pending { std::size_t from, to; Link link; };
        std::vector<Pending> links;
        std::map<std::tuple<std::size_t, std::size_t, LinkType>, std::size_t> link_of;  // (from, to, type) → index in links
        for (std::size_t r = 1; r < rows_.size(); ++r) {
            const std::string a = cell(r, from), b = cell(r, to);
            if (a.empty() || b.empty()) {
                sink_.error(import_code::structure, where(r, a.empty() ? from : to),
                            "this row has no '" + std::string(a.empty() ? "from" : "to") + "'; every link names both ends");
                continue;
            }
            const std::size_t ia = index_of(element(m, a, r, from)), ib = index_of(element(m, b, r, to));
            for (auto [col, idx] : {std::pair{from_kind, ia}, std::pair{to_kind, ib}})
                if (col && !cell(r, col).empty())
                    if (auto k = kind_cell(cell(r, col), r, col)) kinds[idx] = *k;
            Link l;
            l.location = where(r, from);
            if (!cell(r, type).empty()) {
                const std::string t = column_name(cell(r, type));
                if (auto lt = parse_enum<LinkType>(t)) l.type = *lt;
                else sink_.error(import_code::structure, where(r, type),
                                 "'" + cell(r, type) + "' is not a link type; use leads_to, enables, hinders or feedback");
            }
            if (const std::string c = cell(r, confidence); !c.empty()) {
                if (auto word = confidence_of_word(column_name(c))) l.confidence = word;
                else if (auto n = spreadsheet_number(c); n && n->value >= 0 && n->value <= 100)
                    l.confidence = static_cast<int>(std::lround(n->value));
                else sink_.error(import_code::structure, where(r, confidence),
                                 "'" + c + "' is not a confidence; use a number 0-100, or low, medium or high");
            }
            if (const std::string e = cell(r, evidence); !e.empty()) l.evidence_note = Text(e);
            // a row per assumption is a common sheet: a repeated link is one link with all their assumptions
            const auto [same, added] = link_of.try_emplace({ia, ib, l.type}, links.size());
            const std::size_t k = same->second;
            if (added) {
                links.push_back({ia, ib, std::move(l)});
                assumptions_.emplace_back();
            } else {
                merge_link(sink_, links[k].link, l, confidence ? where(r, confidence) : l.location, a, b);
            }
            if (const std::string text = cell(r, assumption); !text.empty()) assumptions_[k].push_back(text);
        }
        // kinds: as written, else from the links (no incoming: activity; no outgoing: impact; else an
        // outcome whose horizon is its distance from the activities)
        std::vector<int> depth(m.elements.size(), -1);
        std::vector<std::size_t> incoming(m.elements.size()), outgoing(m.elements.size());
        for (const auto& p : links) ++outgoing[p.from], ++incoming[p.to];
        std::deque<std::size_t> queue;
        for (std::size_t i = 0; i < m.elements.size(); ++i)
            if (incoming[i] == 0) depth[i] = 0, queue.push_back(i);
        while (!queue.empty()) {
            const std::size_t i = queue.front();
            queue.pop_front();
            for (const auto& p : links)
                if (p.from == i && depth[p.to] < 0) depth[p.to] = depth[i] + 1, queue.push_back(p.to);
        }
        for (std::size_t i = 0; i < m.elements.size(); ++i) {
            Element& e = m.elements[i];
            if (auto it = kinds.find(i); it != kinds.end()) {
                e.kind = it->second.kind;
                e.horizon = it->second.horizon;
                if (e.kind == Kind::outcome && !e.horizon) e.horizon = Horizon::short_term;
            } else if (incoming[i] == 0) e.kind = Kind::activity;
            else if (outgoing[i] == 0) e.kind = Kind::impact;
            else {
                e.kind = Kind::outcome;
                e.horizon = static_cast<Horizon>(std::clamp(depth[i] - 1, 0, 2));
            }
        }
        for (std::size_t k = 0; k < links.size(); ++k) {
            auto& p = links[k];
            Element& e = m.elements[p.from];
            p.link.from = Ref(e.id);
            p.link.to = Ref(m.elements[p.to].id);
            if (e.kind == Kind::resource && p.link.type == LinkType::leads_to) p.link.type = LinkType::enables;
            e.links.push_back(std::move(p.link));
            for (auto& text : assumptions_[k]) add_inline_assumption(m, e.links.back(), std::move(text));
        }
    }

    void logframe(Model& m) {
        const auto level = columns_.find({"level"}),
                   narrative = columns_.find({"narrative", "description", "result", "summary"}),
                   indicator = columns_.find({"indicator", "indicators"}), baseline = columns_.find({"baseline"}),
                   target = columns_.find({"target", "targets"}),
                   means = columns_.find({"means_of_verification", "mov", "verification", "source"}),
                   assumption = columns_.find({"assumptions", "assumption", "risks_and_assumptions"});
        unused_columns({"level", "narrative", "description", "result", "summary", "indicator", "indicators", "baseline",
                        "target", "targets", "means_of_verification", "mov", "verification", "source", "assumptions",
                        "assumption", "risks_and_assumptions"});
        std::optional<Placement> current;
        std::optional<std::size_t> element_index;
        std::vector<std::pair<std::size_t, int>> stages;  // element index, stage
        for (std::size_t r = 1; r < rows_.size(); ++r) {
            const std::string lv = cell(r, level), text = cell(r, narrative);
            if (!lv.empty()) {
                current = level_of(lv, r, level);
                if (!current) continue;
            }
            if (!text.empty()) {
                if (!current) {
                    sink_.error(import_code::structure, where(r, level), "this row has no 'level' and no row above gives one");
                    continue;
                }
                Element& e = element(m, text, r, narrative);
                e.kind = current->kind;
                e.horizon = current->horizon;
                element_index = index_of(e);
                stages.emplace_back(*element_index, stage_of(e));
                if (const std::string a = cell(r, assumption); !a.empty()) {
                    Assumption as;
                    as.id = ids_.make("as_" + e.id, "as");
                    as.text = Text(a);
                    e.assumptions.emplace_back(as.id);
                    m.assumptions.push_back(std::move(as));
                }
            }
            const std::string ind = cell(r, indicator);
            if (ind.empty()) continue;
            if (!element_index) {
                sink_.error(import_code::structure, where(r, indicator), "this indicator comes before any result it could measure");
                continue;
            }
            Indicator x;
            x.id = ids_.make("ind_" + m.elements[*element_index].id, "ind");
            x.label = Text(ind);
            x.measures.emplace_back(m.elements[*element_index].id);
            if (const std::string s = cell(r, means); !s.empty()) x.source = Text(s);
            if (const std::string b = cell(r, baseline); !b.empty()) x.baseline.push_back(figure(b));
            if (const std::string t = cell(r, target); !t.empty()) x.targets.push_back(figure(t));
            m.indicators.push_back(std::move(x));
        }
        // each result leads to every result of the next stage up that the sheet has
        for (const auto& [i, s] : stages) {
            int next = 99;
            for (const auto& [j, t] : stages)
                if (t > s) next = std::min(next, t);
            for (const auto& [j, t] : stages) {
                if (t != next) continue;
                Element& e = m.elements[i];
                Link l;
                l.from = Ref(e.id);
                l.to = Ref(m.elements[j].id);
                l.type = e.kind == Kind::resource ? LinkType::enables : LinkType::leads_to;
                e.links.push_back(std::move(l));
            }
        }
    }

    static Measurement figure(const std::string& s) {
        Measurement x;
        if (auto n = spreadsheet_number(s)) x.value = n;
        else x.text_value = Text(s);
        return x;
    }

    static int stage_of(const Element& e) {
        switch (e.kind) {
            case Kind::resource: return 0;
            case Kind::activity: return 1;
            case Kind::output: return 2;
            case Kind::outcome: return 3 + (e.horizon ? static_cast<int>(*e.horizon) : 0);
            default: return 6;
        }
    }

    /// A logframe level: goal, purpose, output, activity, input, in the words logframes use.
    std::optional<Placement> level_of(const std::string& word, std::size_t row,
                                                                   std::optional<std::size_t> column) {
        const std::string w = column_name(word);
        auto starts = [&](std::string_view p) { return w.rfind(p, 0) == 0; };
        if (starts("goal") || starts("impact") || starts("overall_objective")) return Placement{Kind::impact, std::nullopt};
        if (starts("short")) return Placement{Kind::outcome, Horizon::short_term};
        if (starts("long")) return Placement{Kind::outcome, Horizon::long_term};
        if (starts("purpose") || starts("outcome") || starts("specific_objective") || starts("intermediate"))
            return Placement{Kind::outcome, Horizon::intermediate};
        if (starts("output") || starts("result")) return Placement{Kind::output, std::nullopt};
        if (starts("activit")) return Placement{Kind::activity, std::nullopt};
        if (starts("input") || starts("resource")) return Placement{Kind::resource, std::nullopt};
        sink_.error(import_code::structure, where(row, column),
                    "'" + word + "' is not a logframe level; use goal, purpose (or outcome), output, activity or input");
        return std::nullopt;
    }

    std::size_t index_of(const Element& e) const { return by_label_.at(e.label.str()); }

    Sink& sink_;
    std::vector<Row> rows_;
    char separator_;
    Columns columns_;
    IdMaker ids_;
    std::map<std::string, std::size_t> by_label_;
    std::vector<std::vector<std::string>> assumptions_;  ///< per link: the texts of its rows
};

}  // namespace

Model read_csv(Sink& sink, std::vector<std::string>& comments) {
    const std::string_view t = sink.text();
    const std::size_t start = t.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    char separator = ',';
    auto rows = parse_csv(sink, start, separator);
    if (!rows) return {};
    return SheetReader(sink, std::move(*rows), separator).read(comments);
}

}  // namespace toc::import_detail
