#pragma once
// What the measurement rules (TOC2xx: can it be tested?) share: the entries of
// an indicator and how to name them, their dates and values, the stage of a
// result against the accountability ceiling.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "toc/checks/context.hpp"
#include "toc/model/model.hpp"
#include "toc/model/stage.hpp"

namespace toc::checks {

/// The stage of a result on the accountability ladder (output < short <
/// intermediate < long < impact), comparable with Ceiling; nullopt for
/// elements that are not results. An outcome without horizon is intermediate (toc/model/stage.hpp).
[[nodiscard]] inline std::optional<int> result_stage(const Element& e) {
    switch (e.kind) {
        case Kind::output: return static_cast<int>(Ceiling::output);
        case Kind::outcome:
            switch (effective_horizon(e)) {
                case Horizon::short_term: return static_cast<int>(Ceiling::short_term);
                case Horizon::intermediate: return static_cast<int>(Ceiling::intermediate);
                case Horizon::long_term: return static_cast<int>(Ceiling::long_term);
            }
            return static_cast<int>(Ceiling::short_term);
        case Kind::impact: return static_cast<int>(Ceiling::impact);
        default: return std::nullopt;
    }
}

namespace measurement_detail {

inline std::string fixed(double x, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", std::clamp(decimals, 0, 9), x);
    return buf;
}

inline std::string entry(std::string_view what, const Measurement& m) {
    std::string s = "the " + std::string(what);
    if (m.date) s += " of " + m.date->str();
    if (m.period && (m.period->from || m.period->to))
        s += std::string(m.date ? " (covering " : " covering ") + (m.period->from ? m.period->from->str() : std::string("…")) + " – " +
             (m.period->to ? m.period->to->str() : std::string("…")) + (m.date ? ")" : "");
    if (!m.site.empty()) s += " for '" + m.site.id + "'";
    if (!m.group.empty()) s += " (" + m.group.str() + ")";
    return s;
}

/// Calls f(what, entry) for the baselines, targets and measurements of an indicator.
template <class F>
void for_each_entry(const Indicator& ind, F&& f) {
    for (const auto& m : ind.baseline) f("baseline", m);
    for (const auto& m : ind.targets) f("target", m);
    for (const auto& m : ind.measurements) f("measurement", m);
}

/// The days an entry speaks of: the period it covers (extension E8) when
/// given, else its date.
struct Span {
    int first = 0, last = 0;  ///< YYYYMMDD
    const char* key = "date";
};
inline std::optional<Span> span_of(const Measurement& m) {
    if (m.period && (m.period->from || m.period->to)) {
        const Date& from = m.period->from ? *m.period->from : *m.period->to;
        const Date& to = m.period->to ? *m.period->to : *m.period->from;
        return Span{from.first_day(), to.last_day(), "period"};
    }
    if (m.date) return Span{m.date->first_day(), m.date->last_day(), "date"};
    return std::nullopt;
}

/// The value of an entry: its `value`, or the share its numerator and denominator give.
inline std::optional<double> value_of(const Indicator& ind, const Measurement& m) {
    if (m.value) return m.value->value;
    if (m.numerator && m.denominator && m.denominator->value > 0) {
        if (ind.unit == Unit::percent) return 100.0 * m.numerator->value / m.denominator->value;
        if (ind.unit == Unit::ratio) return m.numerator->value / m.denominator->value;
    }
    return std::nullopt;
}

/// The lowest and highest value an entry allows: its value, or its range
/// `value` … `value_max` (extension E7).
struct Range {
    double low = 0, high = 0;
};
inline std::optional<Range> range_of(const Indicator& ind, const Measurement& m) {
    const auto v = value_of(ind, m);
    if (!v) return std::nullopt;
    return Range{*v, m.value && m.value_max ? m.value_max->value : *v};
}

inline std::string number(double x) {
    Number n(x);
    return n.str();
}

inline std::string range_text(const Range& r) {
    return r.low == r.high ? number(r.low) : number(r.low) + "–" + number(r.high);
}

inline std::string with_unit(const Number& n, const Indicator& ind) {
    return n.str() + (ind.unit == Unit::percent ? " %" : "");
}

/// Measurement checks skip an indicator that measures only elements the
/// evaluation leaves out of its scope (`evaluated: false`).
inline bool out_of_scope(const CheckContext& ctx, const Indicator& ind) {
    if (ind.measures.empty()) return false;
    for (const Ref& r : ind.measures) {
        const Element* e = ctx.index().element(r.id);
        if (!e || e->evaluated) return false;
    }
    return true;
}

inline double distribution_total(const Measurement& m) {
    double total = 0;
    for (const auto& c : m.distribution) total += c.count.value;
    return total;
}

inline bool greater(double a, double b) { return a > b + 1e-9 * std::max(1.0, std::fabs(b)); }

}  // namespace measurement_detail

}  // namespace toc::checks
