#pragma once
// An element's stage in the results chain, decided once for the diagram's
// columns, every export and the checks (e.g. the ceiling of accountability).
//
// Decision: an outcome written without a `horizon` is taken as intermediate —
// the middle of the outcome columns in every drawing and the horizon the checks
// compare with a model's ceiling. (Before, the diagram said intermediate and the
// ceiling check said short-term.)

#include "toc/model/kind.hpp"
#include "toc/model/model.hpp"

namespace toc {

/// The horizon an outcome is taken to have: its own, else intermediate.
[[nodiscard]] constexpr Horizon effective_horizon(const Element& e) noexcept {
    return e.horizon.value_or(Horizon::intermediate);
}

/// The stages of the results chain, left to right.
enum class Stage { problem, resource, activity, output, short_term, intermediate, long_term, impact };
inline constexpr int stage_count = 8;

/// The column of an element: 0 problems … 7 impacts; -1 for contexts and
/// barriers, which stand outside the results chain.
[[nodiscard]] constexpr int stage_of(const Element& e) noexcept {
    switch (e.kind) {
        case Kind::problem: return static_cast<int>(Stage::problem);
        case Kind::resource: return static_cast<int>(Stage::resource);
        case Kind::activity: return static_cast<int>(Stage::activity);
        case Kind::output: return static_cast<int>(Stage::output);
        case Kind::outcome:
            switch (effective_horizon(e)) {
                case Horizon::short_term: return static_cast<int>(Stage::short_term);
                case Horizon::intermediate: return static_cast<int>(Stage::intermediate);
                case Horizon::long_term: return static_cast<int>(Stage::long_term);
            }
            return static_cast<int>(Stage::intermediate);
        case Kind::impact: return static_cast<int>(Stage::impact);
        default: return -1;
    }
}

}  // namespace toc
