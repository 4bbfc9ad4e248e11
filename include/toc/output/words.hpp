#pragma once
// The words every output writes for people, in English and Swedish: stage and
// kind names, link types, statuses, legend and table headings. One home, so
// that the DOT diagram, the Mermaid chart and the indicator table say the same
// thing in the same words.
//
//     const toc::Words& w = toc::words_for("sv");
//     w.stages[0];                      // "Problem"
//     toc::status_words(toc::IndicatorStatus::on_track, "sv");  // "i fas"
//
// A language other than `sv` gets the English words.

#include <array>
#include <cstddef>
#include <string_view>

#include "toc/graph/indicator_status.hpp"

namespace toc {

struct Words {
    std::array<std::string_view, 8> stages;  ///< problems … impacts, in the order of model/stage.hpp
    std::string_view contexts, barriers, legend;
    std::array<std::string_view, 8> kinds;   ///< resource … problem (singular), in the order of Kind
    std::array<std::string_view, 3> horizons;
    std::string_view leads_to, enables, hinders, feedback, uses, addresses, all_needed, assumption,
        mechanism, mechanisms, measures, not_evaluated, focus;
    std::array<std::string_view, 6> result_status;
    std::array<std::string_view, 6> activity_status;
    std::array<std::string_view, 4> levels;
    std::string_view all_sites, other, baseline, target, latest, site, controllable, not_controllable,
        indicator_map, risk;
    std::array<std::string_view, 3> risks;
    std::string_view months, days, hours;
    std::array<std::string_view, 5> indicator_status;  ///< in the order of IndicatorStatus
    std::array<std::string_view, 8> table_columns;     ///< the indicator table's headings
};

/// The words in `lang`: Swedish for `sv`, else English.
[[nodiscard]] inline const Words& words_for(std::string_view lang) noexcept {
    static const Words en{
        {"Problems", "Resources", "Activities", "Outputs", "Short-term outcomes", "Intermediate outcomes",
         "Long-term outcomes", "Impacts"},
        "Contexts", "Barriers", "Legend",
        {"resource", "activity", "output", "outcome", "impact", "context", "barrier", "problem"},
        {"short-term", "intermediate", "long-term"},
        "leads to", "enables", "hinders", "feedback", "uses", "addresses", "all needed together", "assumption",
        "mechanism", "Mechanisms", "measures", "outside the evaluation", "focus",
        {"expected", "achieved", "partly achieved", "not achieved", "too early to tell", "contested"},
        {"planned", "ongoing", "done", "postponed", "dropped", "replaced"},
        {"Individual", "Staff", "Organisation", "System"},
        "All sites", "Other", "Baseline", "Target", "Latest", "Site", "within the program's control",
        "not within the program's control", "Indicator map", "risk",
        {"low", "medium", "high"},
        "months", "days", "hours",
        {"achieved", "on track", "behind", "no data", "no target"},
        {"Indicator", "Result", "Unit", "Site", "Baseline", "Target", "Latest value", "Status"}};
    static const Words sv{
        {"Problem", "Resurser", "Aktiviteter", "Prestationer", "Kortsiktiga effekter", "Effekter på medellång sikt",
         "Långsiktiga effekter", "Samhällseffekter"},
        "Sammanhang", "Hinder", "Teckenförklaring",
        {"resurs", "aktivitet", "prestation", "effekt", "samhällseffekt", "sammanhang", "hinder", "problem"},
        {"kort sikt", "medellång sikt", "lång sikt"},
        "leder till", "möjliggör", "hindrar", "återkoppling", "använder", "åtgärdar", "alla behövs tillsammans",
        "antagande", "mekanism", "Mekanismer", "mäter", "utanför utvärderingen", "fokus",
        {"förväntad", "uppnådd", "delvis uppnådd", "inte uppnådd", "för tidigt att säga", "omstridd"},
        {"planerad", "pågår", "genomförd", "uppskjuten", "avbruten", "ersatt"},
        {"Individ", "Personal", "Organisation", "System"},
        "Alla platser", "Övrigt", "Utgångsvärde", "Mål", "Senast", "Plats", "inom programmets kontroll",
        "utanför programmets kontroll", "Indikatorkarta", "risk",
        {"låg", "medel", "hög"},
        "mån", "dagar", "tim",
        {"uppnått", "i fas", "efter plan", "inga data", "inget mål"},
        {"Indikator", "Resultat", "Enhet", "Plats", "Utgångsvärde", "Mål", "Senaste värde", "Status"}};
    return lang == "sv" ? sv : en;
}

/// The status in words for people ("on track"), in Swedish for `sv`, else English.
[[nodiscard]] inline std::string_view status_words(IndicatorStatus s, std::string_view lang = {}) noexcept {
    return words_for(lang).indicator_status[static_cast<std::size_t>(s)];
}

}  // namespace toc
