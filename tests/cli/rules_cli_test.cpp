// `toc rules` and the command table as the user sees it.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>

#include "support/support.hpp"
#include "toc/checks/check.hpp"
#include "toc/checks/rules.hpp"

using toc::test::run_toc;

TEST_CASE("toc --help lists every command of the table, with its usage line", "[cli]") {
    const auto r = run_toc({"--help"});
    REQUIRE(r.status == 0);
    for (const char* line : {"  toc check FILE...", "  toc render FILE", "  toc rules [--format text|json|md]",
                             "\n  check ", "\n  render ", "\n  rules "})
        CHECK_THAT(r.out, Catch::Contains(line));
    // `toc help rules` is `toc rules --help`
    const auto help = run_toc({"help", "rules"});
    CHECK(help.status == 0);
    CHECK_THAT(help.out, Catch::Contains("--format text|json|md"));
}

TEST_CASE("toc rules --format json: the loader's codes and every rule of the catalogue, described", "[cli][rules]") {
    const auto r = run_toc({"rules", "--format", "json"});
    REQUIRE(r.status == 0);
    const nlohmann::json d = nlohmann::json::parse(r.out);
    const toc::Catalogue catalogue = toc::default_catalogue();
    const std::vector<toc::RuleInfo> expected = toc::all_rules(catalogue);
    REQUIRE(d.at("rules").size() == expected.size());
    std::set<std::string> families;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const nlohmann::json& rule = d.at("rules").at(i);
        INFO(expected[i].code);
        CHECK(rule.at("code") == expected[i].code);
        CHECK(rule.at("name") == expected[i].name);
        CHECK(rule.at("severity") == std::string(toc::to_string(expected[i].default_severity)));
        CHECK(rule.at("family") == expected[i].family);
        CHECK(rule.at("criterion") == expected[i].criterion);
        CHECK_FALSE(rule.at("summary").get<std::string>().empty());
        families.insert(rule.at("family").get<std::string>());
    }
    CHECK(families == std::set<std::string>{"loader", "structure", "measurement", "explanation", "coverage"});
}

TEST_CASE("toc rules: text and Markdown name every code, and a bad format is refused", "[cli][rules]") {
    const toc::Catalogue catalogue = toc::default_catalogue();
    const auto text = run_toc({"rules"});
    const auto md = run_toc({"rules", "--format=md"});
    REQUIRE(text.status == 0);
    REQUIRE(md.status == 0);
    for (const auto& rule : toc::all_rules(catalogue)) {
        CHECK_THAT(text.out, Catch::Contains(rule.code + " " + rule.name));
        CHECK_THAT(md.out, Catch::Contains("| " + rule.name + " |"));
    }
    const auto bad = run_toc({"rules", "--format", "xml"});
    CHECK(bad.status == 2);
    CHECK_THAT(bad.err, Catch::Contains("unknown format 'xml'; use text, json or md"));
    const auto extra = run_toc({"rules", "model.yaml"});
    CHECK(extra.status == 2);
    CHECK_FALSE(extra.err.empty());
}
