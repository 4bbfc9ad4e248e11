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
    // pictures (issue 12)
    std::array<std::string_view, 8> kinds_plural;      ///< resources … problems, in the order of Kind
    std::string_view overview, overview_draws, of, elements, folded_away, theory_draws_all, folded_inside,
        through_folded, version;
    std::array<std::string_view, 5> assumption_status;  ///< in the order of AssumptionStatus
    std::string_view findings, not_on_picture, check_lists_all, pathways_through, also_in;
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
        {"Indicator", "Result", "Unit", "Site", "Baseline", "Target", "Latest value", "Status"},
        {"resources", "activities", "outputs", "outcomes", "impacts", "contexts", "barriers", "problems"},
        "Overview", "The overview draws", "of", "elements", "folded away", "The theory view draws them all.",
        "in detail", "through folded steps", "Version",
        {"open", "supported", "partly supported", "refuted", "contested"},
        "Findings", "not on the picture", "toc check lists them all", "pathways through", "also"};
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
        {"Indikator", "Resultat", "Enhet", "Plats", "Utgångsvärde", "Mål", "Senaste värde", "Status"},
        {"resurser", "aktiviteter", "prestationer", "effekter", "samhällseffekter", "sammanhang", "hinder", "problem"},
        "Översikt", "Översikten visar", "av", "element", "ihopvikta", "Teorivyn visar alla.",
        "i detalj", "via ihopvikta steg", "Version",
        {"öppet", "stöds", "stöds delvis", "motbevisat", "omstritt"},
        "Fynd", "inte i bilden", "toc check listar alla", "vägar genom", "även"};
    return lang == "sv" ? sv : en;
}

/// The status in words for people ("on track"), in Swedish for `sv`, else English.
[[nodiscard]] inline std::string_view status_words(IndicatorStatus s, std::string_view lang = {}) noexcept {
    return words_for(lang).indicator_status[static_cast<std::size_t>(s)];
}

/// The words of the review report (`toc report`): headings, column names and the
/// page's controls, in English and Swedish.
struct ReportWords {
    std::string_view report, at_a_glance, summary, owner, funder, period, version, date, languages, counts,
        scorecard, criterion, rating, top_finding, worth_discussing, nothing_to_discuss, diagram, theory_view,
        indicator_view, show, assumptions, mechanisms, barriers, zoom_in, zoom_out, zoom_reset, close, language,
        pathways, if_, then_, because, rationale, evidence, sources, assumption_register, text, type, status, supports,
        tested_by, watched_by, cmo, context, outcome, logframe, level, narrative, indicator, population,
        means_of_verification, baseline, target, latest, site, measurements, value, evaluation_matrix, question,
        about, methods, finding, uncovered, uncovered_assumption, uncovered_link, recommendations,
        recommendation, addressed_to, findings, no_findings, severity, rule, message, element, title, author, year,
        url, locator, description, kind, horizon, actors, sites, indicators, links, none, generated_by, skip_to,
        contents, number, print_note;
    std::array<std::string_view, 3> severities;  ///< note, warning, error
    std::array<std::string_view, 3> ratings;     ///< good, needs work, weak
    std::array<std::string_view, 7> criteria;    ///< in the order of evaluability_criteria
    std::string_view dac_heading;                ///< the evaluation matrix's column of DAC criteria
    std::array<std::string_view, 6> dac;         ///< in the order of DacCriterion
    std::string_view confidence;                 ///< a link's confidence (pathways)
    std::array<std::string_view, 4> evidence_levels;      ///< in the order of Evidence
    std::array<std::string_view, 3> assumption_types;     ///< in the order of AssumptionType
    std::array<std::string_view, 5> assumption_statuses;  ///< in the order of AssumptionStatus
    std::array<std::string_view, 4> question_statuses;    ///< in the order of QuestionStatus
    std::string_view overview_view;                       ///< the diagram's one-page overview
    std::string_view in_file;                             ///< a finding's file:line:column
    std::string_view threshold;                           ///< an indicator's success criterion (logframe)
    std::string_view program_stage;                       ///< the cover's `stage:`
    std::array<std::string_view, 4> program_stages;       ///< in the order of ProgramStage
    std::string_view views_left_out;                      ///< a drawing too large to lay out is not on the page
};

/// The report's words in `lang`: Swedish for `sv`, else English.
[[nodiscard]] inline const ReportWords& report_words_for(std::string_view lang) noexcept {
    static const ReportWords en{
        "Review report", "At a glance", "Summary", "Owner", "Funder", "Period", "Version", "Date", "Languages",
        "Elements per kind", "Evaluability scorecard", "Criterion", "Rating", "Top finding",
        "Findings most worth discussing", "The checks found nothing to discuss.", "The theory of change",
        "Theory", "Indicator map", "Show", "Assumptions", "Mechanisms", "Barriers", "Zoom in", "Zoom out",
        "Fit", "Close", "Language", "Pathways", "If", "then", "because", "Rationale", "Evidence", "Sources",
        "Assumptions register", "Text", "Type", "Status", "Supports", "Tested by", "Watched by",
        "Context – mechanism – outcome", "Context", "Outcome", "Results framework (logframe)", "Level", "Narrative",
        "Indicator", "Population", "Means of verification", "Baseline", "Target", "Latest", "Site",
        "Indicators and measurements", "Value", "Evaluation matrix", "Question", "About", "Methods", "Finding",
        "Not covered by any question", "high-risk assumption", "weakly evidenced link", "Recommendations",
        "Recommendation", "Addressed to", "All findings", "No findings.", "Severity", "Rule", "Message", "Element",
        "Title", "Author", "Year", "URL", "Locator", "Description", "Kind", "Horizon", "Actors", "Sites",
        "Indicators", "Links", "–", "Written by toc report", "Skip to the content", "Contents", "No.",
        "Select an element in the diagram to see its details.",
        {"note", "warning", "error"},
        {"good", "needs work", "weak"},
        {"clarity", "relevance", "plausibility", "validity and reliability", "testability", "contextualisation",
         "consistency"},
        "DAC criteria",
        {"relevance", "coherence", "effectiveness", "efficiency", "impact", "sustainability"},
        "Confidence",
        {"none", "weak", "moderate", "strong"},
        {"causal", "contextual", "implementation"},
        {"open", "supported", "partly supported", "refuted", "contested"},
        {"open", "answered", "partly answered", "not answerable"},
        "Overview",
        "In the file",
        "Threshold",
        "Stage",
        {"design", "implementation", "evaluation", "closed"},
        "A view with thousands of boxes is left out: Graphviz would take minutes to draw it, and no one could "
        "read it. The overview shows the main pathways; the tables below hold every element."};
    static const ReportWords sv{
        "Granskningsrapport", "I korthet", "Sammanfattning", "Ägare", "Finansiär", "Period", "Version", "Datum",
        "Språk", "Element per slag", "Utvärderingsbarhet", "Kriterium", "Bedömning", "Viktigaste fyndet",
        "Fynd som mest behöver diskuteras", "Kontrollerna fann inget att diskutera.", "Förändringsteorin",
        "Teori", "Indikatorkarta", "Visa", "Antaganden", "Mekanismer", "Hinder", "Zooma in", "Zooma ut", "Anpassa",
        "Stäng", "Språk", "Vägar", "Om", "så", "eftersom", "Motivering", "Evidens", "Källor", "Antagandeförteckning",
        "Text", "Typ", "Status", "Stöder", "Prövas av", "Följs av", "Sammanhang – mekanism – utfall",
        "Sammanhang", "Utfall", "Resultatram (logframe)", "Nivå", "Beskrivning", "Indikator", "Population",
        "Verifieringskälla", "Utgångsvärde", "Mål", "Senast", "Plats", "Indikatorer och mätningar", "Värde",
        "Utvärderingsmatris", "Fråga", "Om", "Metoder", "Svar", "Täcks inte av någon fråga",
        "antagande med hög risk", "svagt belagd länk", "Rekommendationer", "Rekommendation", "Riktad till",
        "Alla fynd", "Inga fynd.", "Allvar", "Regel", "Meddelande", "Element", "Titel", "Författare", "År", "URL",
        "Sida/plats", "Beskrivning", "Slag", "Tidshorisont", "Aktörer", "Platser", "Indikatorer", "Länkar", "–",
        "Skriven av toc report", "Hoppa till innehållet", "Innehåll", "Nr",
        "Välj ett element i diagrammet för att se detaljerna.",
        {"notering", "varning", "fel"},
        {"god", "behöver arbete", "svag"},
        {"tydlighet", "relevans", "rimlighet", "validitet och reliabilitet", "prövbarhet", "kontextualisering",
         "konsistens"},
        "DAC-kriterier",
        {"relevans", "samstämmighet", "måluppfyllelse", "effektivitet", "effekt", "hållbarhet"},
        "Säkerhet",
        {"ingen", "svag", "måttlig", "stark"},
        {"kausalt", "kontextuellt", "genomförande"},
        {"öppet", "stött", "delvis stött", "motbevisat", "omstritt"},
        {"öppen", "besvarad", "delvis besvarad", "kan inte besvaras"},
        "Översikt",
        "I filen",
        "Tröskel",
        "Skede",
        {"utformning", "genomförande", "utvärdering", "avslutat"},
        "En vy med tusentals rutor är utelämnad: Graphviz skulle behöva minuter för att rita den, och ingen "
        "skulle kunna läsa den. Översikten visar huvudvägarna; tabellerna nedan har alla element."};
    return lang == "sv" ? sv : en;
}

/// An enumeration value in the report's words: "partly supported", "delvis stött".
[[nodiscard]] inline std::string_view value_word(const ReportWords& w, Evidence e) noexcept {
    return w.evidence_levels[static_cast<std::size_t>(e)];
}
[[nodiscard]] inline std::string_view value_word(const ReportWords& w, AssumptionType t) noexcept {
    return w.assumption_types[static_cast<std::size_t>(t)];
}
[[nodiscard]] inline std::string_view value_word(const ReportWords& w, AssumptionStatus s) noexcept {
    return w.assumption_statuses[static_cast<std::size_t>(s)];
}
[[nodiscard]] inline std::string_view value_word(const ReportWords& w, ProgramStage s) noexcept {
    return w.program_stages[static_cast<std::size_t>(s)];
}
[[nodiscard]] inline std::string_view value_word(const ReportWords& w, QuestionStatus s) noexcept {
    return w.question_statuses[static_cast<std::size_t>(s)];
}

}  // namespace toc
