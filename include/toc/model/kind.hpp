#pragma once
// The kinds of items in a theory of change and the enumerations of the format,
// with their spelling in the YAML file.

#include <array>
#include <optional>
#include <string_view>

namespace toc {

/// Every kind of item that has an id. The first eight are results-chain
/// elements (they can carry links); the rest are the supporting items.
enum class Kind {
    resource, activity, output, outcome, impact, context, barrier, problem,
    mechanism, assumption, principle, actor, site, source, indicator, question,
    recommendation, link
};

[[nodiscard]] constexpr bool is_element(Kind k) noexcept { return k <= Kind::problem; }

/// Singular name in the domain's words ("outcome"), as messages use it.
[[nodiscard]] constexpr std::string_view to_string(Kind k) noexcept {
    constexpr std::array<std::string_view, 18> names{
        "resource", "activity", "output", "outcome", "impact", "context", "barrier", "problem",
        "mechanism", "assumption", "principle", "actor", "site", "source", "indicator",
        "question", "recommendation", "link"};
    return names[static_cast<std::size_t>(k)];
}

/// The top-level list key of an element kind ("outcomes").
[[nodiscard]] constexpr std::string_view list_key(Kind k) noexcept {
    constexpr std::array<std::string_view, 18> keys{
        "resources", "activities", "outputs", "outcomes", "impacts", "contexts", "barriers",
        "problems", "mechanisms", "assumptions", "principles", "actors", "sites", "sources",
        "indicators", "questions", "recommendations", ""};
    return keys[static_cast<std::size_t>(k)];
}

inline constexpr std::array<Kind, 8> element_kinds{Kind::resource, Kind::activity, Kind::output,
                                                   Kind::outcome,  Kind::impact,   Kind::context,
                                                   Kind::barrier,  Kind::problem};

enum class LinkType { leads_to, enables, hinders, feedback };
inline constexpr std::array<LinkType, 4> link_types{LinkType::leads_to, LinkType::enables,
                                                   LinkType::hinders, LinkType::feedback};

enum class Level { individual, staff, organisation, system };
enum class Horizon { short_term, intermediate, long_term };
enum class Combine { any, all };
enum class ResultStatus { expected, achieved, partly_achieved, not_achieved, too_early, contested };
enum class ActivityStatus { planned, ongoing, done, postponed, dropped, replaced };
enum class ProblemRole { cause, main, consequence };
enum class Evidence { none, weak, moderate, strong };
enum class MechanismStatus { open, supported, partly_supported, refuted };
enum class AssumptionType { causal, contextual, implementation };
enum class Risk { low, medium, high };
enum class AssumptionStatus { open, supported, partly_supported, refuted, contested };
enum class Unit { percent, count, ratio, months, days, hours, currency, score, text };
enum class Direction { increase, decrease, maintain };
enum class ActorRole { target_group, implementer, partner, funder, decision_maker, evaluator };
enum class QuestionStatus { open, answered, partly_answered, not_answerable };
/// The OECD DAC evaluation criteria (2019) a question serves.
enum class DacCriterion { relevance, coherence, effectiveness, efficiency, impact, sustainability };
/// Where the program the theory describes stands (model-level `stage:`).
enum class ProgramStage { design, implementation, evaluation, closed };
enum class DiagramDirection { LR, TB };
enum class GroupBy { none, level, actor, site };
/// The accountability ceiling: results up to this stage are expected to be measured.
enum class Ceiling { output, short_term, intermediate, long_term, impact };

/// The spelling of every enumeration value in the file, in declaration order.
template <class E> struct EnumSpelling;
#define TOC_SPELLING(E, ...)                                                      \
    template <> struct EnumSpelling<E> {                                          \
        static constexpr auto names = std::to_array<std::string_view>({__VA_ARGS__}); \
    };
TOC_SPELLING(LinkType, "leads_to", "enables", "hinders", "feedback")
TOC_SPELLING(Level, "individual", "staff", "organisation", "system")
TOC_SPELLING(Horizon, "short", "intermediate", "long")
TOC_SPELLING(Combine, "any", "all")
TOC_SPELLING(ResultStatus, "expected", "achieved", "partly_achieved", "not_achieved", "too_early", "contested")
TOC_SPELLING(ActivityStatus, "planned", "ongoing", "done", "postponed", "dropped", "replaced")
TOC_SPELLING(ProblemRole, "cause", "main", "consequence")
TOC_SPELLING(Evidence, "none", "weak", "moderate", "strong")
TOC_SPELLING(MechanismStatus, "open", "supported", "partly_supported", "refuted")
TOC_SPELLING(AssumptionType, "causal", "contextual", "implementation")
TOC_SPELLING(Risk, "low", "medium", "high")
TOC_SPELLING(AssumptionStatus, "open", "supported", "partly_supported", "refuted", "contested")
TOC_SPELLING(Unit, "percent", "count", "ratio", "months", "days", "hours", "currency", "score", "text")
TOC_SPELLING(Direction, "increase", "decrease", "maintain")
TOC_SPELLING(ActorRole, "target_group", "implementer", "partner", "funder", "decision_maker", "evaluator")
TOC_SPELLING(QuestionStatus, "open", "answered", "partly_answered", "not_answerable")
TOC_SPELLING(DacCriterion, "relevance", "coherence", "effectiveness", "efficiency", "impact", "sustainability")
TOC_SPELLING(ProgramStage, "design", "implementation", "evaluation", "closed")
TOC_SPELLING(DiagramDirection, "LR", "TB")
TOC_SPELLING(GroupBy, "none", "level", "actor", "site")
TOC_SPELLING(Ceiling, "output", "short", "intermediate", "long", "impact")
#undef TOC_SPELLING

/// The file spelling of an enumeration value ("partly_achieved").
template <class E>
[[nodiscard]] constexpr std::string_view to_string(E e) noexcept
    requires requires { EnumSpelling<E>::names; } {
    return EnumSpelling<E>::names[static_cast<std::size_t>(e)];
}

/// Parses the file spelling of an enumeration value.
template <class E>
[[nodiscard]] constexpr std::optional<E> parse_enum(std::string_view s) noexcept {
    const auto& names = EnumSpelling<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == s) return static_cast<E>(i);
    return std::nullopt;
}

}  // namespace toc
