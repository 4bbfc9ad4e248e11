#pragma once
// An indicator's status — achieved, on track, behind, no data, no target —
// computed from its baseline, targets, latest measurement and direction, per
// site. A judgement about the model, made once: the indicator table, the
// indicator map (DOT) and anything else that shows a status use this.
//
// How the status of one site (or of the measurements without a site) is found:
//   1. the latest measurement with a value (latest date; undated ones count as
//      oldest; ties go to the one written last). None: `no data`.
//   2. the target that applies: the site's own targets, else the targets without
//      a site; of those, the first that is not yet due at the measurement's date
//      (undated targets are due last), else the last one. None: `no target`.
//   3. direction: `direction`, else inferred from baseline → target, else increase.
//      increase/decrease: the target is reached → `achieved`.
//      maintain: within 5 % of the target → `achieved`, otherwise `behind`.
//   4. not reached and the target's date has passed (the measurement's span ends
//      on or after the target's) → `behind`.
//   5. not reached, still time: with a dated baseline and a dated target the value
//      is compared with the straight line from baseline to target at the
//      measurement's date (at or beyond it → `on track`); without those dates,
//      with the baseline (at least as good → `on track`); without a baseline,
//      with the site's previous measurement (no worse → `on track`). Otherwise
//      `behind`.
// An indicator's overall status: measured without sites, that status; measured
// per site, `behind` if any site is behind, else `on track` if any is, else
// `achieved` (sites without data or target do not count unless no site has a
// judgement, then `no data` before `no target`).

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "toc/model/baseline.hpp"
#include "toc/model/kind.hpp"
#include "toc/model/model.hpp"

namespace toc {

enum class IndicatorStatus { achieved, on_track, behind, no_data, no_target };

template <> struct EnumSpelling<IndicatorStatus> {
    static constexpr auto names =
        std::to_array<std::string_view>({"achieved", "on_track", "behind", "no_data", "no_target"});
};

/// The judgement for one site (site empty: the measurements written without a site).
struct SiteAssessment {
    std::string site;                          ///< site id, or empty
    const Measurement* latest = nullptr;       ///< latest measurement with a value
    const Measurement* baseline = nullptr;     ///< the baseline that applies
    const Measurement* target = nullptr;       ///< the target that applies
    IndicatorStatus status = IndicatorStatus::no_data;
};

struct IndicatorAssessment {
    const Indicator* indicator = nullptr;
    IndicatorStatus status = IndicatorStatus::no_data;
    std::optional<Direction> direction;        ///< as written or inferred
    std::vector<SiteAssessment> sites;         ///< one per site measured (in the model's site order), or one unsited
};

namespace detail::indicator {

/// Days since a fixed epoch for the first day of a date's span (good enough for fractions of a period).
[[nodiscard]] inline double day_number(int yyyymmdd) noexcept {
    const int y = yyyymmdd / 10000, m = (yyyymmdd / 100) % 100, d = yyyymmdd % 100;
    static constexpr std::array<int, 12> before{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    return y * 365.2425 + before[static_cast<std::size_t>((m - 1) % 12)] + (m > 2 && Date::leap_year(y) ? 1 : 0) + d;
}
/// The middle of a date's span.
[[nodiscard]] inline double midpoint(const Date& d) noexcept {
    return (day_number(d.first_day()) + day_number(d.last_day())) / 2.0;
}

[[nodiscard]] inline bool usable(const Measurement& m, bool text_unit) noexcept {
    return text_unit ? m.has_value() : m.value.has_value();
}

/// Is `a` later than `b` (undated is oldest; equal dates are not later).
[[nodiscard]] inline bool later(const Measurement& a, const Measurement& b) noexcept {
    if (!a.date) return false;
    if (!b.date) return true;
    return a.date->last_day() > b.date->last_day() ||
           (a.date->last_day() == b.date->last_day() && a.date->first_day() > b.date->first_day());
}

[[nodiscard]] inline std::vector<const Measurement*> for_site(const std::vector<Measurement>& ms,
                                                               const std::string& site, bool text_unit) {
    std::vector<const Measurement*> own, general;
    for (const auto& m : ms) {
        if (!usable(m, text_unit)) continue;
        if (m.site.id == site) own.push_back(&m);
        else if (m.site.empty()) general.push_back(&m);
    }
    return own.empty() ? general : own;
}

[[nodiscard]] inline const Measurement* pick_target(const std::vector<const Measurement*>& targets,
                                                    const Measurement& latest) {
    if (targets.empty()) return nullptr;
    std::vector<const Measurement*> sorted(targets);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Measurement* a, const Measurement* b) {
        if (!a->date || !b->date) return a->date.has_value() && !b->date.has_value();
        return a->date->last_day() < b->date->last_day();
    });
    for (const Measurement* t : sorted) {
        if (!t->date || !latest.date) return t;
        if (t->date->last_day() >= latest.date->last_day()) return t;
    }
    return sorted.back();
}

[[nodiscard]] inline bool at_least_as_good(double value, double reference, Direction d) noexcept {
    constexpr double eps = 1e-9;
    return d == Direction::decrease ? value <= reference + eps : value >= reference - eps;
}

}  // namespace detail::indicator

/// The status of one indicator, per site and overall.
[[nodiscard]] inline IndicatorAssessment assess_indicator(const Indicator& ind,
                                                          const std::vector<Site>& site_order = {}) {
    namespace d = detail::indicator;
    IndicatorAssessment out;
    out.indicator = &ind;
    const bool text_unit = ind.unit == Unit::text;

    // Which sites were measured: in the model's order of sites, then in order of appearance.
    std::vector<std::string> keys;
    bool unsited = false;
    for (const auto& m : ind.measurements) {
        if (!d::usable(m, text_unit)) continue;
        if (m.site.empty()) { unsited = true; continue; }
        if (std::find(keys.begin(), keys.end(), m.site.id) == keys.end()) keys.push_back(m.site.id);
    }
    std::stable_sort(keys.begin(), keys.end(), [&](const std::string& a, const std::string& b) {
        auto pos = [&](const std::string& s) {
            for (std::size_t i = 0; i < site_order.size(); ++i) if (site_order[i].id == s) return i;
            return site_order.size();
        };
        return pos(a) < pos(b);
    });
    if (unsited || keys.empty()) keys.insert(keys.begin(), std::string());

    // Direction: written, else inferred from the first baseline and target with numbers.
    out.direction = ind.direction;
    if (!out.direction && !text_unit) {
        const Measurement* b = nullptr;
        const Measurement* t = nullptr;
        for (const auto& m : ind.baseline) if (m.value) { b = &m; break; }
        for (const auto& m : ind.targets) if (m.value) { t = &m; break; }
        if (b && t && t->value->value < b->value->value) out.direction = Direction::decrease;
        else if (b && t && t->value->value > b->value->value) out.direction = Direction::increase;
    }
    const Direction dir = out.direction.value_or(Direction::increase);

    for (const auto& key : keys) {
        SiteAssessment sa;
        sa.site = key;
        std::vector<const Measurement*> ms;
        for (const auto& m : ind.measurements)
            if (d::usable(m, text_unit) && m.site.id == key) ms.push_back(&m);
        const Measurement* previous = nullptr;
        for (const Measurement* m : ms) {
            if (!sa.latest || !d::later(*sa.latest, *m)) { previous = sa.latest; sa.latest = m; }
            else if (!previous || !d::later(*previous, *m)) previous = m;
        }
        sa.baseline = applicable_baseline(ind, key, Text{},
                                          [text_unit](const Measurement& b) { return d::usable(b, text_unit); });
        const auto targets = d::for_site(ind.targets, key, text_unit);
        if (!sa.latest) {
            sa.status = IndicatorStatus::no_data;
            if (!targets.empty()) sa.target = targets.back();
        } else if (targets.empty()) {
            sa.status = IndicatorStatus::no_target;
        } else {
            sa.target = d::pick_target(targets, *sa.latest);
            const Measurement& m = *sa.latest;
            const Measurement& t = *sa.target;
            const bool due = t.date && m.date && m.date->last_day() >= t.date->last_day();
            if (text_unit || !m.value || !t.value) {
                const bool same = m.has_value() && t.has_value() &&
                                  (m.value && t.value ? m.value->value == t.value->value : m.text_value == t.text_value);
                sa.status = same ? IndicatorStatus::achieved : due ? IndicatorStatus::behind : IndicatorStatus::on_track;
            } else if (dir == Direction::maintain) {
                const double tol = std::max(std::fabs(t.value->value) * 0.05, 1e-9);
                sa.status = std::fabs(m.value->value - t.value->value) <= tol ? IndicatorStatus::achieved
                                                                              : IndicatorStatus::behind;
            } else if (d::at_least_as_good(m.value->value, t.value->value, dir)) {
                sa.status = IndicatorStatus::achieved;
            } else if (due) {
                sa.status = IndicatorStatus::behind;
            } else {
                const Measurement* b = sa.baseline && sa.baseline->value ? sa.baseline : nullptr;
                bool on_track;
                if (b && b->date && t.date && m.date) {
                    const double bd = d::midpoint(*b->date), td = d::day_number(t.date->last_day()),
                                 md = d::midpoint(*m.date);
                    const double frac = td > bd ? std::clamp((md - bd) / (td - bd), 0.0, 1.0) : 1.0;
                    const double expected = b->value->value + (t.value->value - b->value->value) * frac;
                    on_track = d::at_least_as_good(m.value->value, expected, dir);
                } else if (b) {
                    on_track = d::at_least_as_good(m.value->value, b->value->value, dir);
                } else if (previous && previous->value) {
                    on_track = d::at_least_as_good(m.value->value, previous->value->value, dir);
                } else {
                    on_track = true;
                }
                sa.status = on_track ? IndicatorStatus::on_track : IndicatorStatus::behind;
            }
        }
        out.sites.push_back(std::move(sa));
    }

    // Overall.
    if (out.sites.size() == 1) {
        out.status = out.sites.front().status;
    } else {
        bool any_behind = false, any_on_track = false, any_achieved = false, any_no_data = false;
        for (const auto& s : out.sites) {
            any_behind |= s.status == IndicatorStatus::behind;
            any_on_track |= s.status == IndicatorStatus::on_track;
            any_achieved |= s.status == IndicatorStatus::achieved;
            any_no_data |= s.status == IndicatorStatus::no_data;
        }
        out.status = any_behind     ? IndicatorStatus::behind
                     : any_on_track ? IndicatorStatus::on_track
                     : any_achieved ? IndicatorStatus::achieved
                     : any_no_data  ? IndicatorStatus::no_data
                                    : IndicatorStatus::no_target;
    }
    return out;
}

}  // namespace toc
