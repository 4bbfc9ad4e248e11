#pragma once
// The model's results as IATI 2.03 activity XML (iatistandard.org; docs/import.md
// has the mapping). One `iati-activity` for the model; each output, outcome and
// impact that an indicator measures is a `result` (type 1, 2, 3) with its
// indicators: `measure` from the unit (percent 2, text 5, any other 1),
// `ascending` from the direction (increase true, decrease false), each baseline
// with its year, each target and measurement in a `period` (the measurement's
// period or its date's span; a target without a date: the model's period).
// A site or group a figure is about is a `dimension` (name "site" or "group").
// Validates against the official schema (tests/fixtures/iati-schema). Header-only.

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "toc/detail/escape.hpp"
#include "toc/detail/utf8.hpp"
#include "toc/model/model.hpp"

namespace toc {

struct IatiOptions {
    /// The organisation identifier of the reporting organisation (IATI
    /// organisation identifier, e.g. "SE-ON-802002-1234"); the activity's
    /// identifier is it, a '-' and the model's id.
    std::string reporting_org_ref = "XX-TOC";
    std::string reporting_org_type = "21";  ///< IATI OrganisationType: 21 international NGO
};

namespace detail::iati {

[[nodiscard]] inline std::string xml(std::string_view s) { return xml_escape(clean(s)); }

[[nodiscard]] inline std::string iso(int yyyymmdd) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    return buf;
}

/// IATI IndicatorMeasure: 1 unit, 2 percentage, 5 qualitative.
[[nodiscard]] inline std::string_view measure(const Indicator& x) {
    if (!x.unit) return "1";
    if (*x.unit == Unit::percent) return "2";
    if (*x.unit == Unit::text) return "5";
    return "1";
}

[[nodiscard]] inline std::string value_of(const Measurement& m) {
    if (m.value) return m.value->str();
    return m.text_value.str();
}

/// A span of days (yyyymmdd), for an IATI period.
using Span = std::pair<int, int>;

[[nodiscard]] inline std::optional<Span> span_of(const Measurement& m, const Model& model) {
    if (m.period && m.period->from && m.period->to) return Span{m.period->from->first_day(), m.period->to->last_day()};
    if (m.date) return Span{m.date->first_day(), m.date->last_day()};
    if (model.period && model.period->from && model.period->to)
        return Span{model.period->from->first_day(), model.period->to->last_day()};
    return std::nullopt;
}

class Writer {
public:
    Writer(const Model& m, const IatiOptions& o)
        : m_(m), o_(o), lang_(m.default_language().empty() ? "en" : m.default_language()) {}

    std::string write() {
        out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        out_ += "<!-- Written by toc from the model '" + xml(m_.id) + "' (docs/import.md). -->\n";
        out_ += "<iati-activities version=\"2.03\">\n";
        out_ += " <iati-activity xml:lang=\"" + xml(lang_) + "\">\n";
        out_ += "  <iati-identifier>" + xml(o_.reporting_org_ref + "-" + m_.id) + "</iati-identifier>\n";
        out_ += "  <reporting-org ref=\"" + xml(o_.reporting_org_ref) + "\" type=\"" + xml(o_.reporting_org_type) + "\">\n";
        narratives(m_.owner.empty() ? Text(m_.title.str()) : m_.owner, "   ");
        out_ += "  </reporting-org>\n";
        text_element("title", m_.title, "  ");
        text_element("description", m_.summary.empty() ? m_.title : m_.summary, "  ");
        if (!m_.funder.empty()) {
            out_ += "  <participating-org role=\"1\">\n";
            narratives(m_.funder, "   ");
            out_ += "  </participating-org>\n";
        }
        out_ += "  <participating-org role=\"4\">\n";
        narratives(m_.owner.empty() ? m_.title : m_.owner, "   ");
        out_ += "  </participating-org>\n";
        out_ += "  <activity-status code=\"2\"/>\n";
        activity_dates();
        for (const auto& e : m_.elements) result(e);
        out_ += " </iati-activity>\n</iati-activities>\n";
        return std::move(out_);
    }

private:
    void narratives(const Text& t, const std::string& pad) {
        if (t.empty()) {
            out_ += pad + "<narrative>" + xml(m_.id) + "</narrative>\n";
            return;
        }
        for (const auto& entry : t.entries()) {
            out_ += pad + "<narrative";
            if (!entry.language.empty() && entry.language != lang_) out_ += " xml:lang=\"" + xml(entry.language) + "\"";
            out_ += ">" + xml(entry.value) + "</narrative>\n";
        }
    }

    void text_element(std::string_view name, const Text& t, const std::string& pad) {
        out_ += pad + "<" + std::string(name) + ">\n";
        narratives(t, pad + " ");
        out_ += pad + "</" + std::string(name) + ">\n";
    }

    /// The start (actual, type 2) and planned end (type 3) from the model's period;
    /// without one, the planned start (type 1) is the earliest date of any figure.
    void activity_dates() {
        if (m_.period && m_.period->from) out_ += "  <activity-date type=\"2\" iso-date=\"" + iso(m_.period->from->first_day()) + "\"/>\n";
        if (m_.period && m_.period->to) out_ += "  <activity-date type=\"3\" iso-date=\"" + iso(m_.period->to->last_day()) + "\"/>\n";
        if (m_.period && (m_.period->from || m_.period->to)) return;
        int earliest = m_.date ? m_.date->first_day() : 0;
        for (const auto& x : m_.indicators)
            for (const auto* list : {&x.baseline, &x.targets, &x.measurements})
                for (const auto& v : *list)
                    if (v.date && (earliest == 0 || v.date->first_day() < earliest)) earliest = v.date->first_day();
        out_ += "  <activity-date type=\"1\" iso-date=\"" + iso(earliest ? earliest : 20000101) + "\"/>\n";
    }

    void dimensions(const Measurement& v, const std::string& pad) {
        if (!v.site.empty()) {
            std::string label = v.site.id;
            for (const auto& s : m_.sites)
                if (s.id == v.site.id && !s.label.empty()) label = s.label.in(lang_, m_.languages);
            out_ += pad + "<dimension name=\"site\" value=\"" + xml(label) + "\"/>\n";
        }
        if (!v.group.empty()) out_ += pad + "<dimension name=\"group\" value=\"" + xml(v.group.in(lang_, m_.languages)) + "\"/>\n";
        if (!v.note.empty()) text_element("comment", v.note, pad);
    }

    void figure(std::string_view name, const Measurement& v, const std::string& pad) {
        out_ += pad + "<" + std::string(name) + " value=\"" + xml(value_of(v)) + "\"";
        const bool inner = !v.site.empty() || !v.group.empty() || !v.note.empty();
        if (!inner) {
            out_ += "/>\n";
            return;
        }
        out_ += ">\n";
        dimensions(v, pad + " ");
        out_ += pad + "</" + std::string(name) + ">\n";
    }

    void indicator(const Indicator& x) {
        out_ += "   <indicator measure=\"" + std::string(measure(x)) + "\"";
        if (x.direction == Direction::increase) out_ += " ascending=\"1\"";
        else if (x.direction == Direction::decrease) out_ += " ascending=\"0\"";
        out_ += ">\n";
        text_element("title", x.label, "    ");
        if (!x.description.empty()) text_element("description", x.description, "    ");
        for (const auto& b : x.baseline) {
            std::optional<int> year;
            if (b.date) year = b.date->year;
            else if (b.period && b.period->from) year = b.period->from->year;
            else if (m_.period && m_.period->from) year = m_.period->from->year;
            if (!year || *year <= 0) continue;
            out_ += "    <baseline year=\"" + std::to_string(*year) + "\"";
            if (b.date && b.date->precision() == Date::Precision::day) out_ += " iso-date=\"" + iso(b.date->first_day()) + "\"";
            out_ += " value=\"" + xml(value_of(b)) + "\"";
            if (b.site.empty() && b.group.empty() && b.note.empty()) {
                out_ += "/>\n";
            } else {
                out_ += ">\n";
                dimensions(b, "     ");
                out_ += "    </baseline>\n";
            }
        }
        // one period per span, with its targets and then its actuals
        std::map<Span, std::pair<std::vector<const Measurement*>, std::vector<const Measurement*>>> periods;
        for (const auto& t : x.targets)
            if (auto s = span_of(t, m_)) periods[*s].first.push_back(&t);
        for (const auto& a : x.measurements)
            if (auto s = span_of(a, m_)) periods[*s].second.push_back(&a);
        for (const auto& [span, figures] : periods) {
            out_ += "    <period>\n     <period-start iso-date=\"" + iso(span.first) + "\"/>\n     <period-end iso-date=\"" +
                    iso(span.second) + "\"/>\n";
            for (const auto* t : figures.first) figure("target", *t, "     ");
            for (const auto* a : figures.second) figure("actual", *a, "     ");
            out_ += "    </period>\n";
        }
        out_ += "   </indicator>\n";
    }

    void result(const Element& e) {
        const char* type = e.kind == Kind::output ? "1" : e.kind == Kind::outcome ? "2" : e.kind == Kind::impact ? "3" : nullptr;
        if (!type) return;
        std::vector<const Indicator*> measured_by;
        for (const auto& x : m_.indicators)
            if (std::any_of(x.measures.begin(), x.measures.end(), [&](const Ref& r) { return r.id == e.id; }))
                measured_by.push_back(&x);
        if (measured_by.empty()) return;  // IATI: a result has at least one indicator
        out_ += "  <result type=\"" + std::string(type) + "\">\n";
        text_element("title", e.label, "   ");
        if (!e.description.empty()) text_element("description", e.description, "   ");
        for (const Indicator* x : measured_by) indicator(*x);
        out_ += "  </result>\n";
    }

    const Model& m_;
    const IatiOptions& o_;
    std::string lang_;
    std::string out_;
};

}  // namespace detail::iati

/// The model's results as an IATI 2.03 `iati-activities` document.
[[nodiscard]] inline std::string to_iati(const Model& m, const IatiOptions& options = {}) {
    return detail::iati::Writer(m, options).write();
}

}  // namespace toc
