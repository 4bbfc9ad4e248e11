#pragma once
// Words the rules' messages share: what a ceiling reaches up to, a horizon,
// "a" or "an", a short list of element ids.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "toc/checks/context.hpp"
#include "toc/graph/graph.hpp"
#include "toc/model/model.hpp"

namespace toc::checks {

/// "long-term outcomes", "outputs", … : what a ceiling reaches up to.
[[nodiscard]] inline std::string_view ceiling_words(Ceiling c) {
    switch (c) {
        case Ceiling::output: return "outputs";
        case Ceiling::short_term: return "short-term outcomes";
        case Ceiling::intermediate: return "intermediate outcomes";
        case Ceiling::long_term: return "long-term outcomes";
        case Ceiling::impact: return "impacts";
    }
    return "long-term outcomes";
}

/// "short-term", "intermediate", "long-term"
[[nodiscard]] inline std::string_view horizon_words(Horizon h) {
    switch (h) {
        case Horizon::short_term: return "short-term";
        case Horizon::intermediate: return "intermediate";
        case Horizon::long_term: return "long-term";
    }
    return "";
}

/// "a" or "an", before the name of a link type or a kind.
[[nodiscard]] inline std::string_view article(LinkType t) { return t == LinkType::enables ? "an" : "a"; }
[[nodiscard]] inline std::string_view article(Kind k) {
    const char c = to_string(k).front();
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' ? "an" : "a";
}

/// "'a', 'b' and 3 more": the ids of at most `max` elements, in the order given.
[[nodiscard]] inline std::string element_list(const CheckContext& ctx, const std::vector<ElementVertexId>& vs,
                                              std::size_t max) {
    std::string s;
    for (std::size_t i = 0; i < vs.size() && i < max; ++i) {
        if (i) s += ", ";
        s += "'" + ctx.graph().element(vs[i]).id + "'";
    }
    if (vs.size() > max) s += " and " + std::to_string(vs.size() - max) + " more";
    return s;
}

}  // namespace toc::checks
