#pragma once
// What the structure rules (TOC1xx: is it a results chain?) share: which
// links each kind of element may have, and in which direction.

#include <string>
#include <string_view>

#include "toc/model/model.hpp"

namespace toc::checks {

namespace structure_detail {

/// May an element of this kind carry links of this type.
[[nodiscard]] constexpr bool link_key_allowed(Kind k, LinkType t) noexcept {
    switch (t) {
        case LinkType::leads_to:
            return k == Kind::activity || k == Kind::output || k == Kind::outcome || k == Kind::problem ||
                   k == Kind::context || k == Kind::barrier;
        case LinkType::enables:
            return k == Kind::resource || k == Kind::context || k == Kind::activity || k == Kind::output ||
                   k == Kind::outcome;
        case LinkType::hinders:
            return k == Kind::barrier || k == Kind::context || k == Kind::activity || k == Kind::output ||
                   k == Kind::outcome;
        case LinkType::feedback: return k == Kind::output || k == Kind::outcome || k == Kind::impact;
    }
    return false;
}

[[nodiscard]] inline std::string_view allowed_keys(Kind k) {
    switch (k) {
        case Kind::resource: return "only `enables` links (resources reach activities through the activity's `uses`)";
        case Kind::activity:
        case Kind::context: return "only `leads_to`, `enables` and `hinders` links";
        case Kind::output:
        case Kind::outcome: return "`leads_to`, `enables`, `hinders` and `feedback` links";
        case Kind::impact: return "only `feedback` links (an impact is the end of the chain)";
        case Kind::barrier: return "only `leads_to` and `hinders` links";
        case Kind::problem: return "only `leads_to` links, to other problems";
        default: return "no links";
    }
}

/// May `leads_to` run from this kind to that one (leaps are allowed here; TOC104 reports them).
[[nodiscard]] constexpr bool direction_allowed(Kind from, Kind to) noexcept {
    switch (from) {
        case Kind::activity:
            return to == Kind::activity || to == Kind::output || to == Kind::outcome || to == Kind::impact;
        case Kind::output: return to == Kind::output || to == Kind::outcome || to == Kind::impact;
        case Kind::outcome: return to == Kind::outcome || to == Kind::impact;
        case Kind::problem: return to == Kind::problem;
        case Kind::context:
        case Kind::barrier: return to == Kind::context || to == Kind::barrier;
        default: return false;
    }
}

[[nodiscard]] inline std::string direction_advice(Kind from, Kind to) {
    if (from == Kind::problem)
        return "problems lead only to problems (cause → main problem → consequence); activities name the "
               "problems they tackle in `addresses`";
    if (to == Kind::problem)
        return "problems are not part of the results chain; name the problem in the `addresses` of an activity";
    if (from == Kind::context || from == Kind::barrier)
        return "contexts and barriers lead only to contexts and barriers; use `enables` or `hinders` for their "
               "effect on the chain";
    if (to == Kind::context || to == Kind::barrier)
        return "contexts and barriers are conditions outside the program; a result does not lead to them";
    if (to == Kind::resource)
        return "resources are linked to activities through the activity's `uses`";
    return "the chain runs activity → output → outcome → impact; if the later result feeds back into the "
           "earlier one, write the link under `feedback`";
}

}  // namespace structure_detail

}  // namespace toc::checks
