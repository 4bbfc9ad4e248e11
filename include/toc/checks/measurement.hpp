#pragma once
// TOC2xx — measurement: can it be tested? (docs/checks.md)

#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "toc/checks/rule.hpp"
#include "toc/model/baseline.hpp"

namespace toc::checks {

// ---- the arithmetic of shares (TOC206), usable on its own ---------------------

/// How a share is written: as a percent (100·n/d) or a ratio (n/d).
enum class ShareScale { percent = 100, ratio = 1 };

namespace share_detail {
// __extension__ keeps -Wpedantic quiet about __int128; it applies to declarations, not to
// alias-declarations, hence typedef.
__extension__ typedef __int128 wide;  // NOLINT(modernize-use-using)

/// x = mantissa / 10^decimals exactly, when x was written with that many decimals
/// and is small enough for exact integer arithmetic.
struct Scaled {
    wide mantissa = 0;
    int decimals = 0;
};
inline std::optional<Scaled> scaled(const Number& x) {
    const int d = x.decimals < 0 ? 0 : x.decimals;
    if (d > 6 || !std::isfinite(x.value)) return std::nullopt;
    const double m = x.value * std::pow(10.0, d);
    if (std::fabs(m) > 1.0e12) return std::nullopt;
    const double r = std::round(m);
    if (std::fabs(r - m) > 1e-6 * std::max(1.0, std::fabs(m))) return std::nullopt;  // more decimals than said
    return Scaled{static_cast<wide>(static_cast<long long>(r)), d};
}
inline wide pow10(int n) {
    wide p = 1;
    while (n-- > 0) p *= 10;
    return p;
}
inline wide floor_div(wide a, wide b) {  // b > 0
    wide q = a / b;
    if ((a % b != 0) && (a < 0)) --q;
    return q;
}
inline wide ceil_div(wide a, wide b) {  // b > 0
    wide q = a / b;
    if ((a % b != 0) && (a > 0)) ++q;
    return q;
}
}  // namespace share_detail

/// Does `value`, rounded as written (Number::decimals), agree with
/// scale·numerator/denominator? An exact half may round either way. Exact
/// integer arithmetic for numbers as they are written; a relative tolerance
/// for anything too long for that. Requires denominator > 0.
[[nodiscard]] inline bool share_agrees(const Number& value, const Number& numerator, const Number& denominator,
                                       ShareScale scale) {
    using namespace share_detail;
    const wide s = static_cast<wide>(scale);
    auto v = scaled(value), n = scaled(numerator), d = scaled(denominator);
    if (v && n && d && d->mantissa > 0) {
        // |s·(a/10^p)/(b/10^q) − k/10^e| ≤ ½·10^−e
        //   ⇔ (2k−1)·b·10^p ≤ 2·s·a·10^q·10^e ≤ (2k+1)·b·10^p
        const wide k = v->mantissa, a = n->mantissa, b = d->mantissa;
        const wide lhs = 2 * s * a * pow10(d->decimals) * pow10(v->decimals);
        const wide unit = b * pow10(n->decimals);
        return (2 * k - 1) * unit <= lhs && lhs <= (2 * k + 1) * unit;
    }
    const long double q = static_cast<long double>(scale) * numerator.value / denominator.value;
    const long double half = 0.5L * std::pow(10.0L, -std::max(0, value.decimals));
    return std::fabs(q - static_cast<long double>(value.value)) <= half * (1 + 1e-9L) + 1e-12L;
}

/// Is there a whole numerator 0…denominator for which scale·n/denominator,
/// rounded as `value` is written, gives `value`? (14.8 % of 29: no; 31.6 % of
/// 95: yes, 30.) nullopt when the denominator is not a whole positive number.
[[nodiscard]] inline std::optional<bool> share_possible(const Number& value, const Number& denominator,
                                                        ShareScale scale) {
    using namespace share_detail;
    auto v = scaled(value), d = scaled(denominator);
    if (!v || !d || d->mantissa <= 0) return std::nullopt;
    const wide unit = pow10(d->decimals);
    if (d->mantissa % unit != 0) return std::nullopt;
    const wide den = d->mantissa / unit;
    // (2k−1)·D ≤ 2·s·N·10^e ≤ (2k+1)·D
    const wide k = v->mantissa, step = 2 * static_cast<wide>(scale) * pow10(v->decimals);
    wide lo = ceil_div((2 * k - 1) * den, step), hi = floor_div((2 * k + 1) * den, step);
    if (lo < 0) lo = 0;
    if (hi > den) hi = den;
    return lo <= hi;
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

inline void add_measurement_rules(Catalogue& catalogue) {
    using namespace measurement_detail;

    catalogue.add({{"TOC201", "result-without-indicator", Severity::warning,
                    "An output or outcome at or below the accountability ceiling that no indicator measures.",
                    "A result that nothing measures cannot be shown to have happened. The program is "
                    "accountable for the results up to its accountability ceiling (by default up to the "
                    "long-term outcomes; set `checks: {ceiling: ...}`); each of those needs at least one "
                    "indicator.",
                    "ActKnowledge: every outcome has an indicator; Duignan, outcomes theory (the accountability ceiling)",
                    "Add an indicator that `measures` the result, mark the element `evaluated: false` if the "
                    "evaluation deliberately leaves it out, or lower the ceiling."},
                   [](const CheckContext& ctx, Reporter& out) {
                       const auto& measured = ctx.references().measured;
                       const int ceiling = static_cast<int>(ctx.ceiling());
                       for (const Element& e : ctx.model().elements) {
                           if (e.kind != Kind::output && e.kind != Kind::outcome &&
                               !(e.kind == Kind::impact && ctx.ceiling() == Ceiling::impact))
                               continue;
                           const auto stage = result_stage(e);
                           if (!e.evaluated || !stage || *stage > ceiling || measured.count(e.id)) continue;
                           out.report(e.id, e.location,
                                      ctx.name(e) + " has no indicator: nothing says how its achievement will be "
                                                    "known (the program is accountable up to " +
                                          std::string(ceiling_words(ctx.ceiling())) + ").");
                       }
                   }});

    catalogue.add({{"TOC202", "indicator-without-baseline", Severity::warning, "An indicator with no `baseline`.",
                    "Change is measured against a starting point. Without a baseline, a later value shows a "
                    "level, not a change, and a target cannot be judged as ambitious or modest.",
                    "SMART indicators (Doran 1981); the logframe",
                    "Add `baseline: {value: ..., date: ...}`; if the value was never measured, say so in its "
                    "`note`."},
                   [](const CheckContext& ctx, Reporter& out) {
                       for (const Indicator& ind : ctx.model().indicators)
                           if (ind.baseline.empty() && !out_of_scope(ctx, ind))
                               out.report(ind.id, ind.location,
                                          ctx.name(ind) + " has no baseline: without a starting value a change "
                                                          "cannot be shown.");
                   }});

    catalogue.add({{"TOC203", "indicator-without-target", Severity::note, "An indicator with no `targets`.",
                    "A target says what value counts as success, and by when. Without one, any measured value "
                    "can be read as success.",
                    "SMART indicators (Doran 1981): measurable, time-bound",
                    "Add `targets: [{value: ..., date: ...}]`."},
                   [](const CheckContext& ctx, Reporter& out) {
                       for (const Indicator& ind : ctx.model().indicators)
                           if (ind.targets.empty() && !out_of_scope(ctx, ind))
                               out.report(ind.id, ind.location,
                                          ctx.name(ind) + " has no target: say what value counts as success, and "
                                                          "by when.");
                   }});

    catalogue.add({{"TOC204", "indicator-without-source", Severity::warning,
                    "An indicator with no `source` (means of verification).",
                    "The logframe asks for every indicator's means of verification: where its data come from. "
                    "An indicator without a source may turn out not to be measurable at all.",
                    "The logframe: means of verification",
                    "Add `source:` naming the register, survey or follow-up that provides the data."},
                   [](const CheckContext& ctx, Reporter& out) {
                       for (const Indicator& ind : ctx.model().indicators)
                           if (ind.source.empty() && !out_of_scope(ctx, ind))
                               out.report(ind.id, ind.location,
                                          ctx.name(ind) + " has no source: say where its data come from (the means "
                                                          "of verification).");
                   }});

    catalogue.add({{"TOC205", "target-against-direction", Severity::error,
                    "A target on the wrong side of the baseline: `increase` with target ≤ baseline, `decrease` "
                    "with target ≥ baseline.",
                    "The direction says which way success lies. A target that does not lie that way from the "
                    "baseline contradicts it: one of the three is wrong.",
                    "IATI results standard: ascending / descending indicators",
                    "Correct the direction, the target or the baseline."},
                   [](const CheckContext& ctx, Reporter& out) {
                       for (const Indicator& ind : ctx.model().indicators) {
                           if (ind.direction != Direction::increase && ind.direction != Direction::decrease) continue;
                           const bool up = ind.direction == Direction::increase;
                           for (const Measurement& t : ind.targets) {
                               const auto tv = range_of(ind, t);
                               const Measurement* b = applicable_baseline(ind, t);
                               if (!tv || !b) continue;
                               const auto bv = range_of(ind, *b);
                               if (!bv) continue;
                               // With ranges, only a target wholly on the wrong side is reported.
                               if (up ? tv->high > bv->low : tv->low < bv->high) continue;
                               out.report(ind.id, t.location_of("value"),
                                          ctx.name(ind) + " should " + (up ? "increase" : "decrease") + ", but " +
                                              entry("target", t) + " (" + range_text(*tv) + ") is not " +
                                              (up ? "above" : "below") + " " + entry("baseline", *b) + " (" +
                                              range_text(*bv) + ").");
                           }
                       }
                   }});

    catalogue.add({{"TOC206", "measurement-arithmetic", Severity::warning,
                    "A value that disagrees with its numerator and denominator at the precision it is written "
                    "in, or a percent that no whole count of its denominator can give.",
                    "A share reported with its numerator and denominator can be recomputed; when the two "
                    "disagree (4 of 29 reported as 14.8 %, where 4/29 is 13.8 %), one of the numbers was "
                    "copied or computed wrongly, and any conclusion drawn from it is in doubt. A percent of a "
                    "known denominator must be some whole count of it: 14.8 % of 29 is no count at all.",
                    "",
                    "Recompute the value from the counts and correct whichever number is wrong."},
                   [](const CheckContext& ctx, Reporter& out) {
                       for (const Indicator& ind : ctx.model().indicators) {
                           const bool percent = ind.unit == Unit::percent, ratio = ind.unit == Unit::ratio;
                           if (ind.unit && !percent && !ratio) continue;
                           for_each_entry(ind, [&](std::string_view what, const Measurement& m) {
                               if (!m.value || !m.denominator || m.value->value < 0 || m.denominator->value <= 0)
                                   return;
                               const Number& v = *m.value;
                               const Number& d = *m.denominator;
                               const int shown = std::max(v.decimals, 1);
                               if (m.numerator && m.value_max) {  // a range: the share must lie in it
                                   const Number& n = *m.numerator;
                                   if (n.value < 0) return;
                                   const double half = 0.5 * std::pow(10.0, -std::max(0, v.decimals));
                                   const double half_max = 0.5 * std::pow(10.0, -std::max(0, m.value_max->decimals));
                                   auto within = [&](double scale) {
                                       const double q = scale * n.value / d.value;
                                       return q >= v.value - half - 1e-9 && q <= m.value_max->value + half_max + 1e-9;
                                   };
                                   const bool as_percent = percent || (!ind.unit && v.value > 1);
                                   if (((percent || !ind.unit) && within(100.0)) || ((ratio || !ind.unit) && within(1.0)))
                                       return;
                                   const double q = (as_percent ? 100.0 : 1.0) * n.value / d.value;
                                   out.report(ind.id, m.location_of("value"),
                                              ctx.name(ind) + ": " + entry(what, m) + " gives " + v.str() + "–" +
                                                  m.value_max->str() + (as_percent ? " %" : "") + ", but " + n.str() +
                                                  " of " + d.str() + " is " + fixed(q, shown) +
                                                  (as_percent ? " %" : "") + "; the range and the counts disagree.");
                                   return;
                               }
                               if (m.value_max) return;  // a range of a known denominator: nothing exact to check
                               if (m.numerator) {
                                   const Number& n = *m.numerator;
                                   if (n.value < 0) return;
                                   const bool ok = (percent || !ind.unit) && share_agrees(v, n, d, ShareScale::percent);
                                   const bool ok_ratio = (ratio || !ind.unit) && share_agrees(v, n, d, ShareScale::ratio);
                                   if (ok || ok_ratio) return;
                                   const bool as_percent = percent || (!ind.unit && v.value > 1);
                                   const double q = (as_percent ? 100.0 : 1.0) * n.value / d.value;
                                   out.report(ind.id, m.location_of("value"),
                                              ctx.name(ind) + ": " + entry(what, m) + " gives " + v.str() +
                                                  (as_percent ? " %" : "") + ", but " + n.str() + " of " + d.str() +
                                                  " is " + fixed(q, shown) + (as_percent ? " %" : "") +
                                                  "; the value and the counts disagree.");
                                   return;
                               }
                               if (!percent && !ratio) return;
                               const ShareScale scale = percent ? ShareScale::percent : ShareScale::ratio;
                               const auto possible = share_possible(v, d, scale);
                               if (!possible || *possible) return;
                               const double s = percent ? 100.0 : 1.0;
                               const double below = std::floor(v.value * d.value / s);
                               const std::string sign = percent ? " %" : "";
                               std::string near = fixed(below, 0);
                               near.append(" of ").append(d.str()).append(" is ");
                               near.append(fixed(s * below / d.value, shown)).append(sign);
                               if (below + 1 <= d.value) {
                                   near.append(", ").append(fixed(below + 1, 0)).append(" of ").append(d.str());
                                   near.append(" is ").append(fixed(s * (below + 1) / d.value, shown)).append(sign);
                               }
                               std::string message = ctx.name(ind);
                               message.append(": ").append(entry(what, m)).append(" gives ").append(v.str());
                               message.append(sign).append(" of ").append(d.str());
                               message.append(", which no whole count of ").append(d.str());
                               message.append(" gives (").append(near).append(").");
                               out.report(ind.id, m.location_of("value"), message);
                           });
                       }
                   }});

    catalogue.add({{"TOC207", "distribution-sum", Severity::warning,
                    "The answer categories of a measurement do not add up to its `n`.",
                    "When a survey question is reported as counts per answer, the counts should add up to the "
                    "number of respondents. If they do not, an answer category is missing, a count is wrong, "
                    "or `n` is.",
                    "",
                    "Correct the counts or `n`; if some respondents did not answer, add a category for them."},
                   [](const CheckContext& ctx, Reporter& out) {
                       for (const Indicator& ind : ctx.model().indicators)
                           for_each_entry(ind, [&](std::string_view what, const Measurement& m) {
                               if (m.distribution.empty() || !m.n) return;
                               const double total = distribution_total(m);
                               if (std::fabs(total - m.n->value) <= 1e-9 * std::max(1.0, std::fabs(total))) return;
                               out.report(ind.id, m.location_of("distribution"),
                                          ctx.name(ind) + ": the answers of " + entry(what, m) + " add up to " +
                                              number(total) + ", but its n is " + m.n->str() + ".");
                           });
                   }});

    catalogue.add({{"TOC208", "impossible-value", Severity::error,
                    "A percent outside 0–100, a numerator larger than its denominator, a count below 0, or text "
                    "where the unit is numeric.",
                    "Some values cannot be true whatever happened: they are typing or copying errors, and they "
                    "spoil every total and comparison they enter.",
                    "Akvo RSR: data issues in results reporting",
                    "Correct the value; if it is a change rather than a level, say so in the indicator."},
                   [](const CheckContext& ctx, Reporter& out) {
                       for (const Indicator& ind : ctx.model().indicators)
                           for_each_entry(ind, [&](std::string_view what, const Measurement& m) {
                               const std::string who = ctx.name(ind) + ": " + entry(what, m);
                               if (ind.unit == Unit::percent && m.value &&
                                   (m.value->value < 0 || m.value->value > 100))
                                   out.report(ind.id, m.location_of("value"),
                                              who + " gives " + m.value->str() + " %, outside 0–100 %.");
                               if (ind.unit == Unit::percent && m.value_max && m.value_max->value > 100)
                                   out.report(ind.id, m.location_of("value_max"),
                                              who + " gives a range up to " + m.value_max->str() +
                                                  " %, outside 0–100 %.");
                               if (ind.unit == Unit::count && m.value && m.value->value < 0)
                                   out.report(ind.id, m.location_of("value"),
                                              who + " gives a count of " + m.value->str() + ", below 0.");
                               if (ind.unit && *ind.unit != Unit::text && !m.text_value.empty())
                                   out.report(ind.id, m.location_of("value"),
                                              who + " gives the text '" + m.text_value.str() + "', but the unit is " +
                                                  std::string(to_string(*ind.unit)) + ": write a number.");
                               auto negative = [&](const std::optional<Number>& n, std::string_view key) {
                                   if (n && n->value < 0)
                                       out.report(ind.id, m.location_of(key),
                                                  who + " gives " + std::string(key) + " " + n->str() +
                                                      ", but a count cannot be below 0.");
                               };
                               negative(m.numerator, "numerator");
                               negative(m.denominator, "denominator");
                               negative(m.n, "n");
                               negative(m.eligible, "eligible");
                               for (const auto& c : m.distribution)
                                   if (c.count.value < 0)
                                       out.report(ind.id, c.location.known() ? c.location : m.location_of("distribution"),
                                                  who + " gives " + c.count.str() + " answers '" + c.answer +
                                                      "', but a count cannot be below 0.");
                               if (m.numerator && m.denominator && m.numerator->value >= 0 &&
                                   greater(m.numerator->value, m.denominator->value))
                                   out.report(ind.id, m.location_of("numerator"),
                                              who + " has numerator " + m.numerator->str() +
                                                  ", larger than its denominator " + m.denominator->str() + ".");
                           });
                   }});

    catalogue.add({{"TOC209", "date-outside-period", Severity::warning,
                    "A baseline, target or measurement dated outside the model's `period`, or a measurement "
                    "dated before its baseline.",
                    "Dates outside the period the theory covers usually are typing errors (2012 for 2021), or "
                    "data that belong to another program period; a measurement before the baseline cannot show "
                    "change from it.",
                    "",
                    "Correct the date, or widen the model's `period` if the program did run then."},
                   [](const CheckContext& ctx, Reporter& out) {
                       const auto& period = ctx.model().period;
                       const bool has_period = period && (period->from || period->to);
                       auto inside = [&](const Span& d) {
                           return (!period->from || d.last >= period->from->first_day()) &&
                                  (!period->to || d.first <= period->to->last_day());
                       };
                       std::string span;
                       if (has_period)
                           span = (period->from ? period->from->str() : std::string("…")) + " – " +
                                  (period->to ? period->to->str() : std::string("…"));
                       for (const Indicator& ind : ctx.model().indicators)
                           for_each_entry(ind, [&](std::string_view what, const Measurement& m) {
                               const auto when = span_of(m);
                               if (!when) return;
                               if (has_period && !inside(*when)) {
                                   out.report(ind.id, m.location_of(when->key),
                                              ctx.name(ind) + ": " + entry(what, m) +
                                                  " lies outside the model's period (" + span + ").");
                                   return;
                               }
                               if (what != "measurement") return;
                               const Measurement* b = applicable_baseline(ind, m);
                               const auto since = b ? span_of(*b) : std::nullopt;
                               if (since && when->last < since->first)
                                   out.report(ind.id, m.location_of(when->key),
                                              ctx.name(ind) + ": " + entry(what, m) + " is dated before " +
                                                  entry("baseline", *b) + ".");
                           });
                   }});

    catalogue.add({{"TOC210", "controllable-above-ceiling", Severity::warning,
                    "`controllable: true` on an indicator of a result above the accountability ceiling (by "
                    "default: an impact).",
                    "Results above the accountability ceiling depend on much besides the program: calling their "
                    "indicators controllable claims more than the program can deliver, and invites judging it "
                    "by what it does not control.",
                    "Duignan, outcomes theory: controllable and not-necessarily-controllable indicators",
                    "Set `controllable: false`, or measure a result the program does control."},
                   [](const CheckContext& ctx, Reporter& out) {
                       const int ceiling = static_cast<int>(ctx.ceiling());
                       for (const Indicator& ind : ctx.model().indicators) {
                           if (ind.controllable != true) continue;
                           for (const Ref& r : ind.measures) {
                               const Element* e = ctx.index().element(r.id);
                               const auto stage = e ? result_stage(*e) : std::nullopt;
                               if (!stage || *stage <= ceiling) continue;
                               out.report(ind.id, ind.location_of("controllable"),
                                          ctx.name(ind) + " is marked controllable, but it measures " + ctx.name(*e) +
                                              ", above the accountability ceiling (" +
                                              std::string(ceiling_words(ctx.ceiling())) + ").");
                               break;
                           }
                       }
                   }});

    catalogue.add({{"TOC211", "indicator-without-data", Severity::note,
                    "An indicator with no measurements: defined, no data.",
                    "An indicator that was never measured cannot verify anything. Early in a program this is "
                    "expected; in an evaluation it marks a gap in the evidence.",
                    "Davies (2013), Planning evaluability assessments: a theory must be verifiable",
                    "Add the measurements when they exist, or mark the indicator `evaluated: false`."},
                   [](const CheckContext& ctx, Reporter& out) {
                       for (const Indicator& ind : ctx.model().indicators)
                           if (ind.measurements.empty() && !out_of_scope(ctx, ind))
                               out.report(ind.id, ind.location,
                                          ctx.name(ind) + " has no measurements yet (defined, no data).");
                   }});

    catalogue.add({{"TOC212", "respondents-exceed-population", Severity::warning,
                    "A measurement whose `n`, distribution total or numerator is larger than its `eligible` count.",
                    "Respondents are drawn from those eligible; more respondents than eligible people means that "
                    "one of the numbers is wrong, or that they count different populations.",
                    "",
                    "Correct the counts, or say in a `note` what each one counts."},
                   [](const CheckContext& ctx, Reporter& out) {
                       for (const Indicator& ind : ctx.model().indicators)
                           for_each_entry(ind, [&](std::string_view what, const Measurement& m) {
                               if (!m.eligible) return;
                               const double eligible = m.eligible->value;
                               auto over = [&](double x, std::string_view key, const std::string& words) {
                                   if (!greater(x, eligible)) return;
                                   out.report(ind.id, m.location_of(key),
                                              ctx.name(ind) + ": " + entry(what, m) + " has " + words +
                                                  ", more than the " + m.eligible->str() + " eligible.");
                               };
                               if (m.n) over(m.n->value, "n", "n " + m.n->str());
                               if (!m.distribution.empty())
                                   over(distribution_total(m), "distribution",
                                        number(distribution_total(m)) + " answers");
                               if (m.numerator) over(m.numerator->value, "numerator", "numerator " + m.numerator->str());
                           });
                   }});
}

}  // namespace toc::checks
