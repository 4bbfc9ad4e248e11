// import(export(m)) == m for the ToC-Maker format (issue 16): on every seed
// model and on the link-confidence fixture, the import of the export gives back
// the elements (ids, kinds, horizons, labels), the links between elements
// (an activity's `uses` as resource → activity), their confidences, evidence
// texts and assumption texts.

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <tuple>

#include <toc/load/import.hpp>
#include <toc/load/load.hpp>
#include <toc/output/tocmaker.hpp>

#include "support/tools.hpp"

namespace {

struct LinkFacts {
    std::optional<int> confidence;
    std::string evidence;
    std::string assumptions;
    friend bool operator==(const LinkFacts&, const LinkFacts&) = default;
};

using Links = std::multimap<std::pair<std::string, std::string>, LinkFacts>;

std::string lang_text(const toc::Model& m, const toc::Text& t) { return t.in(m.default_language(), m.languages); }

std::string assumption_texts(const toc::Model& m, const toc::Link& l) {
    std::string out;
    for (const auto& r : l.assumptions)
        for (const auto& a : m.assumptions)
            if (a.id == r.id && !a.text.empty()) {
                out += (out.empty() ? "" : "\n") + lang_text(m, a.text);
                break;
            }
    return out;
}

Links links_of(const toc::Model& m) {
    Links out;
    for (const auto& e : m.elements) {
        for (const auto& l : e.links) {
            if (!m.find_element(l.to.id)) continue;  // a link that ends at a link
            const std::string evidence = lang_text(m, l.evidence_note.empty() ? l.rationale : l.evidence_note);
            out.emplace(std::pair{e.id, l.to.id}, LinkFacts{l.confidence, evidence, assumption_texts(m, l)});
        }
        for (const auto& r : e.uses) out.emplace(std::pair{r.id, e.id}, LinkFacts{});
    }
    return out;
}

std::vector<std::string> round_trip_models() {
    std::vector<std::string> files = toc::test::seed_models();
    files.push_back(toc::test::fixture("valid/link_confidence.yaml"));
    return files;
}

}  // namespace

TEST_CASE("import(export(m)) gives back m's elements, links, confidences and assumption texts", "[import][round-trip]") {
    const auto files = round_trip_models();
    REQUIRE(files.size() >= 7);
    for (const auto& path : files) {
        INFO(path);
        const auto original = toc::load_file(path);
        REQUIRE(original.ok());
        const toc::Model& m = original.model;
        const std::string json = toc::to_tocmaker(m);
        const auto imported = toc::import_string(json, std::filesystem::path(path).stem().string() + ".json");
        INFO(toc::test::describe(imported.diagnostics));
        REQUIRE(imported.ok());
        CHECK(imported.diagnostics.empty());
        const auto back = toc::load_string(imported.yaml, "back.yaml");
        INFO(imported.yaml << toc::test::describe(back.diagnostics));
        REQUIRE(back.ok());
        const toc::Model& b = back.model;

        CHECK(b.title.str() == lang_text(m, m.title));
        REQUIRE(b.elements.size() == m.elements.size());
        for (const auto& e : m.elements) {
            INFO(e.id);
            const auto* x = b.find_element(e.id);
            REQUIRE(x);
            CHECK(x->kind == e.kind);
            CHECK(x->horizon == e.horizon);
            CHECK(x->label.str() == lang_text(m, e.label));
            CHECK(x->description.str() == lang_text(m, e.description));
        }
        const Links want = links_of(m), got = links_of(b);
        CHECK(got.size() == want.size());
        for (const auto& [ends, facts] : want) {
            INFO(ends.first << " -> " << ends.second);
            const auto [lo, hi] = got.equal_range(ends);
            CHECK(std::any_of(lo, hi, [&](const auto& g) { return g.second == facts; }));
        }
    }
}
