#pragma once
// Words the rules' messages share: what a ceiling reaches up to, a horizon,
// "a" or "an", a short list of element ids.

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "toc/checks/context.hpp"
#include "toc/checks/reporter.hpp"
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

/// "'a', 'b', 'c' and 12 more": at most `max` ids, in the order given.
[[nodiscard]] inline std::string id_list(const std::vector<std::string_view>& ids, std::size_t max = 5) {
    std::string s;
    for (std::size_t i = 0; i < ids.size() && i < max; ++i) {
        if (i) s += i + 1 == ids.size() ? " and " : ", ";
        s += "'" + std::string(ids[i]) + "'";
    }
    if (ids.size() > max) s += " and " + std::to_string(ids.size() - max) + " more";
    return s;
}

/// How many elements of this kind the model has.
[[nodiscard]] inline std::size_t count_of(const Model& m, Kind k) {
    return static_cast<std::size_t>(
        std::count_if(m.elements.begin(), m.elements.end(), [k](const Element& e) { return e.kind == k; }));
}

/// "15 outcomes and impacts" / "1 outcome or impact"
[[nodiscard]] inline std::string counted(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

/// One finding for a cause that many items share, about the model itself:
/// "<lead> ('a', 'b' and 3 more)<tail>", at the place given.
inline void report_root_cause(const CheckContext& ctx, Reporter& out, const std::vector<std::string_view>& ids,
                              SourceLocation at, const std::string& lead, std::string_view tail) {
    out.report(ctx.model().id, std::move(at), lead + " (" + id_list(ids) + ")" + std::string(tail));
}
/// The same for elements, at the first one's place.
inline void report_root_cause(const CheckContext& ctx, Reporter& out, const std::vector<const Element*>& touched,
                              const std::string& lead, std::string_view tail) {
    std::vector<std::string_view> ids;
    ids.reserve(touched.size());
    for (const Element* e : touched) ids.push_back(e->id);
    report_root_cause(ctx, out, ids, touched.front()->location, lead, tail);
}

}  // namespace toc::checks
