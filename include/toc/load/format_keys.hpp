#pragma once
// The keys of the format (docs/format.md) in each place of a model: the one
// list the loader accepts (any other key is TOC002 unknown-key, with a "did
// you mean" from this list) and the language server offers as completions.
// A new key is added here, read in src/yaml/, documented in docs/format.md and
// the schema.

#include <optional>
#include <string_view>
#include <vector>

#include "toc/model/kind.hpp"

namespace toc::format_keys {

using Keys = std::vector<std::string_view>;

namespace detail {
inline Keys joined(Keys a, const Keys& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}
/// Every item has these.
inline const Keys& common() {
    static const Keys k{"id", "description", "sources"};
    return k;
}
}  // namespace detail

/// The keys of a model's top level.
[[nodiscard]] inline const Keys& top_level() {
    static const Keys k{"toc",        "id",        "title",     "summary",    "owner",       "funder",
                        "languages",  "period",    "version",   "date",       "stage",       "sources",     "sites",
                        "actors",     "problems",  "resources", "activities", "outputs",     "outcomes",
                        "impacts",    "contexts",  "barriers",  "mechanisms", "assumptions", "principles",
                        "indicators", "questions", "recommendations", "diagram", "checks"};
    return k;
}

/// The keys of an element of kind `k` (a results-chain element), `id`,
/// `description` and `sources` included.
[[nodiscard]] inline const Keys& element(Kind k) {
    static const Keys any = detail::joined(detail::common(), {"label", "level", "actors", "sites", "leads_to",
                                                              "enables", "hinders", "feedback", "assumptions",
                                                              "evaluated", "code", "part_of", "overview"});
    static const Keys outcome = detail::joined(any, {"status", "status_by_site", "horizon", "combine"});
    static const Keys impact = detail::joined(any, {"status", "status_by_site", "combine"});
    static const Keys activity = detail::joined(any, {"uses", "principles", "addresses", "status", "replaced_by"});
    static const Keys problem = detail::joined(any, {"role"});
    switch (k) {
        case Kind::outcome: return outcome;
        case Kind::impact: return impact;
        case Kind::activity: return activity;
        case Kind::problem: return problem;
        default: return any;
    }
}

/// Keys that only some element kinds take, with where they belong: a message
/// for one written on another kind ("'horizon' is a key of outcomes").
[[nodiscard]] inline const std::vector<std::pair<std::string_view, std::string_view>>& element_specific() {
    static const std::vector<std::pair<std::string_view, std::string_view>> k{
        {"horizon", "outcomes"},       {"combine", "outcomes and impacts"},
        {"status", "outcomes, impacts and activities"}, {"status_by_site", "outcomes and impacts"},
        {"uses", "activities"},        {"principles", "activities"},
        {"addresses", "activities"},   {"replaced_by", "activities"},
        {"role", "problems"}};
    return k;
}

/// The keys of a supporting item of kind `k` (mechanism … recommendation),
/// `id`, `description` and `sources` included; empty for an element kind.
[[nodiscard]] inline const Keys& item(Kind k) {
    static const Keys none;
    static const Keys mechanism = detail::joined(detail::common(), {"label", "contexts", "status"});
    static const Keys assumption =
        detail::joined(detail::common(), {"text", "type", "risk", "status", "evidence", "code"});
    static const Keys principle = detail::joined(detail::common(), {"label"});
    static const Keys actor = detail::joined(detail::common(), {"label", "role", "level", "part_of"});
    static const Keys site = detail::joined(detail::common(), {"label"});
    static const Keys source =
        detail::joined(detail::common(), {"title", "author", "year", "url", "publisher", "type"});
    static const Keys indicator = detail::joined(
        detail::common(), {"label", "measures", "unit", "currency", "direction", "population", "threshold", "source", "frequency",
                           "controllable", "baseline", "targets", "measurements"});
    static const Keys question =
        detail::joined(detail::common(), {"text", "about", "methods", "criteria", "status", "finding"});
    static const Keys recommendation = detail::joined(detail::common(), {"text", "about", "addressed_to"});
    switch (k) {
        case Kind::mechanism: return mechanism;
        case Kind::assumption: return assumption;
        case Kind::principle: return principle;
        case Kind::actor: return actor;
        case Kind::site: return site;
        case Kind::source: return source;
        case Kind::indicator: return indicator;
        case Kind::question: return question;
        case Kind::recommendation: return recommendation;
        default: return none;
    }
}

/// The keys of a link written as a map (`leads_to: [{to: ..., via: ...}]`). An
/// entry of its `assumptions` written inline takes item(Kind::assumption).
[[nodiscard]] inline const Keys& link() {
    static const Keys k{"to",         "id",         "via",     "assumptions", "rationale",
                        "evidence",   "evidence_note", "confidence", "sources", "description"};
    return k;
}

/// The keys of a baseline, target or measurement entry.
[[nodiscard]] inline const Keys& measurement() {
    static const Keys k{"date", "value", "value_max", "site", "group", "period", "numerator", "denominator",
                        "n", "eligible", "distribution", "source", "note"};
    return k;
}

/// The keys of a citation written as a map (`sources: [{source: id, locator: p. 4}]`).
[[nodiscard]] inline const Keys& citation() {
    static const Keys k{"source", "locator"};
    return k;
}

[[nodiscard]] inline const Keys& period() {
    static const Keys k{"from", "to"};
    return k;
}

[[nodiscard]] inline const Keys& diagram() {
    static const Keys k{"direction", "group_by", "show"};
    return k;
}

[[nodiscard]] inline const Keys& checks() {
    static const Keys k{"disable", "enable", "severity", "ceiling"};
    return k;
}

/// The kind whose top-level list is `key` ("outcomes" → outcome), if any.
[[nodiscard]] inline std::optional<Kind> kind_of_list(std::string_view key) {
    for (int i = 0; i < static_cast<int>(Kind::link); ++i)
        if (list_key(static_cast<Kind>(i)) == key) return static_cast<Kind>(i);
    return std::nullopt;
}

}  // namespace toc::format_keys
