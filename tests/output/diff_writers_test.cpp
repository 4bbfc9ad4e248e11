// The text, JSON, Markdown and HTML writers of a diff (output/diff/).

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

#include "fixtures/diff/pairs.hpp"
#include "toc/checks/check.hpp"
#include "toc/load/load.hpp"
#include "toc/output/diff/html.hpp"
#include "toc/output/diff/json.hpp"
#include "toc/output/diff/markdown.hpp"
#include "toc/output/diff/text.hpp"

namespace {

using Compared = toc::test::ComparedPair;
const auto compare = toc::test::compared_pair;

std::string text_of(const Compared& c, const std::string& lang = "en") {
    std::ostringstream out;
    toc::write_diff_text(out, {c.diff, "old.yaml", "new.yaml", lang, c.after.model.languages});
    return out.str();
}

}  // namespace

TEST_CASE("diff text: markers, old → new values, flags, findings", "[diff][text]") {
    const auto c = compare("target_lowered");
    const std::string t = text_of(c);
    CHECK_THAT(t, Catch::StartsWith("--- old.yaml\n+++ new.yaml\n"));
    CHECK_THAT(t, Catch::Contains("~ indicator i_fk_tillfallen \"Occasions on which"));
    CHECK_THAT(t, Catch::Contains("    target: \"4 (2020)"));
    CHECK_THAT(t, Catch::Contains("→ \"3 (2021)"));
    CHECK_THAT(t, Catch::Contains("! target lowered, target moved later\n"));
    CHECK_THAT(t, Catch::Contains("Findings the revision introduced:\n+ TOC"));
    CHECK_THAT(t, Catch::EndsWith("0 added, 0 removed, 1 changed, 0 renamed; findings: 1 introduced, 0 fixed\n"));
}

TEST_CASE("diff text: added, removed and renamed items, in Swedish", "[diff][text]") {
    auto t = text_of(compare("element_removed"), "sv");
    CHECK_THAT(t, Catch::Contains("- effekt o_spridning \"Arbetssättet har spridits till andra kommuner i Skåne\"\n"));
    CHECK_THAT(t, Catch::Contains("- länk o_forankrat_process -> o_spridning\n"));
    // one item in the singular, several or none in the plural
    CHECK_THAT(t, Catch::Contains("0 tillagda, 2 borttagna, 0 ändrade, 0 nya id;"));
    t = text_of(compare("element_added"));
    CHECK_THAT(t, Catch::Contains("+ outcome o_ny_samsyn \"A shared picture of the target group among all partners\"\n"));
    t = text_of(compare("renamed"));
    CHECK_THAT(t, Catch::Contains("~ assumption as_brett_larande (renamed from as_bred_implementering)"));
    t = text_of(compare("assumption_refuted"), "sv");
    CHECK_THAT(t, Catch::Contains("status: \"open\" → \"refuted\"  ! motbevisat"));
}

TEST_CASE("diff text: nothing at all when nothing changed", "[diff][text]") {
    CHECK(text_of(compare("reordered")).empty());
}

TEST_CASE("diff JSON reads back", "[diff][json]") {
    const auto c = compare("element_changed");
    std::ostringstream out;
    toc::write_diff_json(out, {c.diff, "old.yaml", "new.yaml", "en", c.after.model.languages});
    const auto j = nlohmann::json::parse(out.str());
    CHECK(j["old"] == "old.yaml");
    CHECK(j["new"] == "new.yaml");
    CHECK(j["changed"] == true);
    REQUIRE(j["items"].size() == 1);
    const auto& item = j["items"][0];
    CHECK(item["change"] == "changed");
    CHECK(item["kind"] == "outcome");
    CHECK(item["id"] == "o_kannedom_forankring");
    bool horizon = false;
    for (const auto& f : item["fields"])
        if (f["field"] == "horizon") {
            horizon = true;
            CHECK(f["before"] == "short");
            CHECK(f["after"] == "intermediate");
        }
    CHECK(horizon);
    CHECK(j["summary"]["changed"] == 1);
    CHECK(j["summary"]["added"] == 0);

    const auto r = compare("assumption_refuted");
    std::ostringstream rout;
    toc::write_diff_json(rout, {r.diff, "a", "b", "en", {}});
    const auto rj = nlohmann::json::parse(rout.str());
    CHECK(rj["items"][0]["flagged"] == true);
    CHECK(rj["items"][0]["fields"][0]["flag"] == "refuted");
    REQUIRE(rj["findings"]["introduced"].size() >= 1);
    CHECK(rj["findings"]["introduced"][0]["code"] == "TOC306");
    CHECK(rj["findings"]["introduced"][0]["line"].get<int>() > 0);
}

TEST_CASE("diff Markdown: a table for minutes, cells escaped", "[diff][md]") {
    const auto c = compare("link_changed");
    const std::string md = toc::diff_markdown({c.diff, "v1|old", "v2", "en", c.after.model.languages});
    CHECK_THAT(md, Catch::StartsWith("## Changes since v1\\|old\n\n0 added, 0 removed, 1 changed, 0 renamed; findings: 0 introduced, 0 fixed\n\n"));
    CHECK_THAT(md, Catch::Contains("| changed | link | o\\_kompetens\\_handlaggare -\\> o\\_samordnad\\_rehab | via: "));
    CHECK_THAT(md, Catch::Contains("| Change | Item | Id | Field |\n"));
    CHECK_THAT(md, Catch::Contains("evidence: – → weak"));
    const auto none = compare("reordered");
    CHECK_THAT(toc::diff_markdown({none.diff, "a", "b", "en", {}}), Catch::EndsWith("No changes.\n\n"));
}

TEST_CASE("diff HTML: tables escaped, the drawing embedded", "[diff][html]") {
    const auto c = compare("element_added");
    const std::string page =
        toc::diff_html_page({c.diff, "<old>", "new", "en", c.after.model.languages}, "<?xml?>\n<svg id=\"x\"></svg>");
    CHECK_THAT(page, Catch::Contains("<h1>Changes since &lt;old&gt;</h1>"));
    CHECK_THAT(page, Catch::Contains("<figure><svg id=\"x\"></svg></figure>"));
    CHECK_THAT(page, Catch::Contains("<tr class=\"diff-added\">"));
    CHECK_THAT(page, Catch::Contains("<code>o_ny_samsyn</code>"));
}
