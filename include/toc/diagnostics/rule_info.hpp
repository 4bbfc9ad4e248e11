#pragma once
// What a rule is, for people: the description of one diagnostic code, shared
// by the loader's codes (toc/diagnostics/loader_codes.hpp), the checks'
// catalogue (toc/checks/catalogue.hpp) and the outputs that list them (SARIF,
// `toc rules`).

#include <array>
#include <string>
#include <string_view>

#include "toc/diagnostics/diagnostic.hpp"

namespace toc {

/// The families of rules: the loader's codes (TOC0xx) and the four families
/// of checks (TOC1xx–TOC4xx), in code order.
inline constexpr std::array<std::string_view, 5> rule_families{"loader", "structure", "measurement", "explanation",
                                                               "coverage"};

/// The evaluability criteria of a theory of change (Davies 2013, Planning
/// evaluability assessments: the checklist on the theory of change). Each rule
/// serves one of them.
inline constexpr std::array<std::string_view, 7> evaluability_criteria{
    "clarity",      "relevance",         "plausibility", "validity-and-reliability",
    "testability",  "contextualisation", "consistency"};

/// What a rule is, for people: its stable code, kebab-case name, default
/// severity, and why it exists (docs/checks.md has the long form).
struct RuleInfo {
    std::string code;                 ///< "TOC201"; stable forever
    std::string name;                 ///< "result-without-indicator"
    std::string family;               ///< one of rule_families: "measurement"
    std::string criterion;            ///< one of evaluability_criteria: "validity-and-reliability"
    Severity default_severity = Severity::warning;
    std::string summary;              ///< one line: what it detects
    std::string rationale;            ///< why it matters
    std::string source;               ///< the literature it comes from, may be empty
    std::string fix;                  ///< how to fix a finding
    bool enabled_by_default = true;
};

}  // namespace toc
