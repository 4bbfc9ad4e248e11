#pragma once
// The indicator table (Markdown, CSV) that accompanies the indicator map: one
// row per indicator and site, with its baseline, target, latest value and
// status (graph/indicator_status.hpp decides the status; words.hpp words it).

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "toc/graph/indicator_status.hpp"
#include "toc/model/kind.hpp"
#include "toc/model/model.hpp"
#include "toc/model/numbering.hpp"
#include "toc/output/words.hpp"

namespace toc {

struct IndicatorTableOptions {
    std::string lang;  ///< label language; empty: the model's first language
};

/// One row of the indicator table: one indicator at one site.
struct IndicatorRow {
    std::string indicator_id;
    std::string indicator;   ///< label
    std::string elements;    ///< numbers and labels of the measured elements ("S3 Trust"), "; "-separated
    std::string unit;        ///< unit spelling (currency code for currency)
    std::string site;        ///< site label; empty for measurements without a site
    std::string baseline;    ///< value (date)
    std::string target;      ///< value (date)
    std::string latest;      ///< value (date)
    IndicatorStatus status = IndicatorStatus::no_data;
    std::optional<bool> controllable;
};

namespace detail::indicator {

[[nodiscard]] inline std::string value_text(const Measurement& m) {
    std::string s;
    if (m.value) s = m.value->str();
    else if (!m.text_value.empty()) s = m.text_value.str();
    else if (!m.distribution.empty()) {
        for (const auto& c : m.distribution) {
            if (!s.empty()) s += ", ";
            s += c.answer + ": " + c.count.str();
        }
    }
    if (m.numerator && m.denominator) s += " (" + m.numerator->str() + "/" + m.denominator->str() + ")";
    else if (m.denominator) s += " (/" + m.denominator->str() + ")";
    if (m.n) s += " n=" + m.n->str();
    return s;
}

[[nodiscard]] inline std::string dated(const Measurement* m) {
    if (!m) return {};
    std::string s = value_text(*m);
    if (m->date) s += (s.empty() ? "" : " ") + std::string("(") + m->date->str() + ")";
    return s;
}

}  // namespace detail::indicator

/// The rows of the indicator table, in the order indicators are written.
[[nodiscard]] inline std::vector<IndicatorRow> indicator_rows(const Model& model,
                                                              const IndicatorTableOptions& options = {}) {
    namespace d = detail::indicator;
    const std::string lang = options.lang.empty() ? model.default_language() : options.lang;
    auto text = [&](const Text& t) { return t.in(lang, model.languages); };
    // Elements and sites by id, built once: a lookup per measured element would make
    // the table quadratic in the model's size. Of a duplicated id, the first element
    // wins (as in Model::find_element) and the last site (as before).
    std::unordered_map<std::string_view, const Element*> elements;
    elements.reserve(model.elements.size());
    for (const auto& e : model.elements) elements.try_emplace(e.id, &e);
    std::unordered_map<std::string_view, const Site*> sites;
    for (const auto& site : model.sites) sites[site.id] = &site;
    const ElementNumbers numbers(model);
    std::vector<IndicatorRow> rows;
    for (const auto& ind : model.indicators) {
        const auto a = assess_indicator(ind, model.sites);
        IndicatorRow base;
        base.indicator_id = ind.id;
        base.indicator = text(ind.label);
        for (const auto& r : ind.measures) {
            if (!base.elements.empty()) base.elements += "; ";
            const auto e = elements.find(r.id);
            base.elements += e != elements.end() ? numbers.of(*e->second) + " " + text(e->second->label) : r.id;
        }
        if (ind.unit) base.unit = *ind.unit == Unit::currency && !ind.currency.empty() ? ind.currency
                                                                                       : std::string(to_string(*ind.unit));
        base.controllable = ind.controllable;
        for (const auto& s : a.sites) {
            IndicatorRow row = base;
            if (!s.site.empty()) {
                const auto site = sites.find(s.site);
                row.site = site != sites.end() ? text(site->second->label) : s.site;
            }
            row.baseline = d::dated(s.baseline);
            row.target = d::dated(s.target);
            row.latest = d::dated(s.latest);
            row.status = s.status;
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

namespace detail::indicator {

/// Markdown table cell: every ASCII punctuation that Markdown could read as markup is
/// backslash-escaped (CommonMark renders it verbatim); line breaks become <br>.
[[nodiscard]] inline std::string markdown_cell(std::string_view s) {
    std::string r;
    r.reserve(s.size() + 8);
    for (const char c : s) {
        if (c == '\r') continue;
        if (c == '\n') { r += "<br>"; continue; }
        if (c == '\t') { r += ' '; continue; }
        if (std::string_view("\\`*_{}[]<>#|&~!").find(c) != std::string_view::npos) r += '\\';
        r += c;
    }
    return r;
}

/// RFC 4180 field.
[[nodiscard]] inline std::string csv_field(std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos && (s.empty() || (s.front() != ' ' && s.back() != ' ')))
        return std::string(s);
    std::string r = "\"";
    for (char c : s) {
        if (c == '"') r += '"';
        r += c;
    }
    return r + "\"";
}

}  // namespace detail::indicator

/// The indicator table as a GitHub-flavoured Markdown table.
[[nodiscard]] inline std::string indicator_table_markdown(const Model& model,
                                                          const IndicatorTableOptions& options = {}) {
    namespace d = detail::indicator;
    const std::string lang = options.lang.empty() ? model.default_language() : options.lang;
    const auto& columns = words_for(lang).table_columns;
    std::string out = "|";
    for (auto c : columns) out += " " + std::string(c) + " |";
    out += "\n|";
    for (std::size_t i = 0; i < columns.size(); ++i) out += "---|";
    out += "\n";
    for (const auto& r : indicator_rows(model, options)) {
        const std::array<std::string, 8> cells{r.indicator, r.elements, r.unit, r.site,
                                               r.baseline,  r.target,   r.latest, std::string(status_words(r.status, lang))};
        out += "|";
        for (const auto& c : cells) out += " " + d::markdown_cell(c) + " |";
        out += "\n";
    }
    return out;
}

/// The indicator table as CSV (RFC 4180, comma-separated, CRLF line ends, a header row).
/// Status is written in its stable spelling (`on_track`), ids beside labels.
[[nodiscard]] inline std::string indicator_table_csv(const Model& model, const IndicatorTableOptions& options = {}) {
    namespace d = detail::indicator;
    std::string out = "indicator_id,indicator,element,unit,site,baseline,target,latest,status,controllable\r\n";
    for (const auto& r : indicator_rows(model, options)) {
        const std::array<std::string, 10> cells{
            r.indicator_id, r.indicator, r.elements, r.unit, r.site, r.baseline, r.target, r.latest,
            std::string(to_string(r.status)),
            r.controllable ? (*r.controllable ? "true" : "false") : ""};
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i) out += ',';
            out += d::csv_field(cells[i]);
        }
        out += "\r\n";
    }
    return out;
}

}  // namespace toc
