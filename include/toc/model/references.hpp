#pragma once
// Every reference of a model, with the key it was written under and the kinds
// of item that key accepts (`uses:` resources, `measures:` results-chain
// elements, `via:` mechanisms, ...). The loader resolves references with it
// (TOC007, TOC008); an editor completes ids with it.

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include "toc/model/model.hpp"

namespace toc {

/// Whether `s` may be an id: a letter, then letters, digits, '_', '.' and '-'.
[[nodiscard]] constexpr bool valid_id(std::string_view s) noexcept {
    if (s.empty()) return false;
    const auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
    if (!letter(s[0])) return false;
    for (char c : s)
        if (!(letter(c) || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-')) return false;
    return true;
}

/// What a reference key accepts.
struct ReferenceRule {
    std::vector<Kind> kinds;       ///< empty: any kind but source and site
    std::string_view expectation;  ///< "a resource", "a results-chain element or a link with an id"

    [[nodiscard]] bool accepts(Kind k) const {
        if (kinds.empty()) return k != Kind::source && k != Kind::site;
        return std::find(kinds.begin(), kinds.end(), k) != kinds.end();
    }
};

/// The rule of a reference key ("uses", "leads_to", "site", ...), or nullopt
/// for a key that holds no reference. `sources` and `source` are the citation
/// keys (a top-level `sources:` list defines sources instead).
[[nodiscard]] inline std::optional<ReferenceRule> reference_rule(std::string_view key) {
    const std::vector<Kind> elements(element_kinds.begin(), element_kinds.end());
    if (key == "actors" || key == "addressed_to" || key == "part_of") return ReferenceRule{{Kind::actor}, "an actor"};
    if (key == "sites" || key == "site" || key == "status_by_site") return ReferenceRule{{Kind::site}, "a site"};
    if (key == "assumptions") return ReferenceRule{{Kind::assumption}, "an assumption"};
    if (key == "uses") return ReferenceRule{{Kind::resource}, "a resource"};
    if (key == "principles") return ReferenceRule{{Kind::principle}, "a principle"};
    if (key == "addresses") return ReferenceRule{{Kind::problem}, "a problem"};
    if (key == "replaced_by") return ReferenceRule{{Kind::activity}, "an activity"};
    if (key == "sources" || key == "source") return ReferenceRule{{Kind::source}, "a source"};
    if (key == "via") return ReferenceRule{{Kind::mechanism}, "a mechanism"};
    if (key == "contexts") return ReferenceRule{{Kind::context}, "a context"};
    if (key == "leads_to" || key == "feedback" || key == "measures")
        return ReferenceRule{elements, "a results-chain element"};
    if (key == "enables" || key == "hinders") {
        std::vector<Kind> or_links = elements;
        or_links.push_back(Kind::link);
        return ReferenceRule{or_links, "a results-chain element or a link with an id"};
    }
    if (key == "about")
        return ReferenceRule{{},
                             "an element, a link with an id, an indicator, a mechanism, an assumption, a principle, "
                             "an actor, a question or a recommendation"};
    return std::nullopt;
}

/// One reference written in a model.
struct ReferenceSite {
    const Ref* ref;
    std::string_view key;    ///< the key it was written under, e.g. "uses"
    ReferenceRule rule;      ///< what that key accepts
    std::string_view owner;  ///< id of the item that holds the reference
};

/// Every non-empty reference of `m`, item by item in the model's order. The
/// pointers are into `m`.
[[nodiscard]] inline std::vector<ReferenceSite> collect_references(const Model& m) {
    std::vector<ReferenceSite> refs;
    std::string_view owner;
    auto add = [&](const Ref& r, std::string_view key) {
        if (!r.empty()) refs.push_back({&r, key, *reference_rule(key), owner});
    };
    auto add_all = [&](const std::vector<Ref>& rs, std::string_view key) {
        for (const auto& r : rs) add(r, key);
    };
    auto cite = [&](const std::vector<Citation>& cs) {
        for (const auto& c : cs) add(c.source, "sources");
    };
    for (const auto& e : m.elements) {
        owner = e.id;
        add_all(e.actors, "actors");
        add_all(e.sites, "sites");
        add_all(e.assumptions, "assumptions");
        add_all(e.uses, "uses");
        add_all(e.principles, "principles");
        add_all(e.addresses, "addresses");
        add(e.replaced_by, "replaced_by");
        // an element's part_of names its summary element (an actor's names an actor)
        if (!e.part_of.empty())
            refs.push_back({&e.part_of, "part_of", ReferenceRule{{element_kinds.begin(), element_kinds.end()},
                                                                 "a results-chain element"}, owner});
        for (const auto& ss : e.status_by_site) add(ss.site, "status_by_site");
        cite(e.sources);
        for (const auto& l : e.links) {
            owner = l.id.empty() ? e.id : l.id;
            add(l.to, to_string(l.type));
            add_all(l.via, "via");
            add_all(l.assumptions, "assumptions");
            cite(l.sources);
        }
    }
    for (const auto& x : m.mechanisms) { owner = x.id; add_all(x.contexts, "contexts"); cite(x.sources); }
    for (const auto& x : m.assumptions) { owner = x.id; cite(x.sources); }
    for (const auto& x : m.principles) { owner = x.id; cite(x.sources); }
    for (const auto& x : m.actors) { owner = x.id; add(x.part_of, "part_of"); cite(x.sources); }
    for (const auto& x : m.sites) { owner = x.id; cite(x.sources); }
    for (const auto& x : m.sources) { owner = x.id; cite(x.sources); }
    for (const auto& x : m.indicators) {
        owner = x.id;
        add_all(x.measures, "measures");
        for (const auto* list : {&x.baseline, &x.targets, &x.measurements})
            for (const auto& meas : *list) add(meas.site, "site");
        cite(x.sources);
    }
    for (const auto& x : m.questions) { owner = x.id; add_all(x.about, "about"); cite(x.sources); }
    for (const auto& x : m.recommendations) {
        owner = x.id;
        add_all(x.about, "about");
        add_all(x.addressed_to, "addressed_to");
        cite(x.sources);
    }
    return refs;
}

}  // namespace toc
