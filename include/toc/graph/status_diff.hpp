#pragma once
// The status of each indicator against its target (graph/indicator_status.hpp)
// compared between two versions: part of `toc diff` (model/diff.hpp compares
// the rest). An indicator that falls behind is flagged.

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "toc/graph/indicator_status.hpp"
#include "toc/model/diff.hpp"

namespace toc {

/// Adds "status against target" changes (overall and per site) to `d` for every
/// indicator in both versions (matched through renames).
inline void add_indicator_status_changes(ModelDiff& d, const Model& before, const Model& after) {
    std::unordered_map<std::string, const Indicator*> old_by_id;
    for (const auto& ind : before.indicators) old_by_id.try_emplace(d.new_id(ind.id), &ind);
    bool added = false;
    for (const auto& ind : after.indicators) {
        const auto it = old_by_id.find(ind.id);
        if (it == old_by_id.end()) continue;
        const IndicatorAssessment a = assess_indicator(*it->second, before.sites);
        const IndicatorAssessment b = assess_indicator(ind, after.sites);
        std::vector<FieldChange> changes;
        auto compare = [&](std::string field, IndicatorStatus was, IndicatorStatus is) {
            if (was == is) return;
            changes.push_back({std::move(field), std::string(to_string(was)), std::string(to_string(is)),
                               is == IndicatorStatus::behind ? "fell behind" : ""});
        };
        compare("status against target", a.status, b.status);
        if (a.sites.size() > 1 || b.sites.size() > 1)
            for (const auto& sb : b.sites)
                for (const auto& sa : a.sites)
                    if (!sb.site.empty() && d.new_id(sa.site) == sb.site)
                        compare("status against target (" + sb.site + ")", sa.status, sb.status);
        if (changes.empty()) continue;
        ItemChange* c = nullptr;
        for (auto& x : d.items)
            if (x.kind == Kind::indicator && x.id == ind.id) c = &x;
        if (!c) {
            d.items.push_back({Change::changed, Kind::indicator, ind.id, {}, ind.label, {}, {}, {}});
            c = &d.items.back();
            added = true;
        }
        c->fields.insert(c->fields.end(), changes.begin(), changes.end());
    }
    if (added) sort_changes(d);
}

}  // namespace toc
