#pragma once
// THE table of what a theory's stage (`stage:` design, implementation,
// evaluation, closed) changes in the rules about data: a program that has not
// started has no measurements to report missing; one being evaluated needs
// them. The defaults hold at `implementation` and when no stage is written.
// The model's `checks:` and the command line still win (check.hpp).
// docs/checks.md ("The theory's stage") shows the same table.

#include <array>
#include <optional>
#include <string_view>

#include "toc/diagnostics/diagnostic.hpp"
#include "toc/model/kind.hpp"

namespace toc {

/// At `stage`, `rule` runs at `severity`, or not at all (nullopt).
struct StageAdjustment {
    ProgramStage stage;
    std::string_view rule;  ///< a code of the catalogue
    std::optional<Severity> severity;
};

inline constexpr std::array<StageAdjustment, 6> stage_adjustments{{
    // design: nothing is measured yet; baselines come when the program starts
    {ProgramStage::design, "TOC211", std::nullopt},              // indicator-without-data: off
    {ProgramStage::design, "TOC202", Severity::note},            // indicator-without-baseline: a note
    // evaluation: an indicator without data or target cannot inform the evaluation
    {ProgramStage::evaluation, "TOC211", Severity::warning},     // indicator-without-data
    {ProgramStage::evaluation, "TOC203", Severity::warning},     // indicator-without-target
    // closed: the same holds for the final account
    {ProgramStage::closed, "TOC211", Severity::warning},
    {ProgramStage::closed, "TOC203", Severity::warning},
}};

}  // namespace toc
