// What adding a rule takes, checked for every rule of the catalogue (no test
// counts the rules): its own file under its family's folder, exactly one
// registration line, a failing and a passing fixture, an entry in
// docs/checks.md; a family that matches its code and an evaluability
// criterion. And the loader's codes: one table, its constants and its
// descriptions agreeing.

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>

#include <toc/checks/check.hpp>
#include <toc/diagnostics/loader_codes.hpp>
#include <toc/load/load.hpp>

#include "support/support.hpp"

namespace {

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string identifier(std::string name) {
    std::replace(name.begin(), name.end(), '-', '_');
    return name;
}

std::size_t count(const std::string& text, const std::string& word) {
    std::size_t n = 0;
    for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) ++n;
    return n;
}

bool allowed(std::string_view value, const auto& set) {
    return std::find(set.begin(), set.end(), value) != set.end();
}

/// The family a code belongs to: TOC1xx structure, TOC2xx measurement, ...
std::string family_of(const std::string& code) {
    switch (code.at(3)) {
        case '0': return "loader";
        case '1': return "structure";
        case '2': return "measurement";
        case '3': return "explanation";
        case '4': return "coverage";
        default: return "?";
    }
}

}  // namespace

TEST_CASE("every rule has its file, one registration line, two fixtures and a docs entry", "[checks][catalogue]") {
    const toc::Catalogue catalogue = toc::default_catalogue();
    REQUIRE_FALSE(catalogue.rules().empty());
    const std::string registry = toc::test::read_file(toc::test::source_path("include/toc/checks/rules.hpp"));
    const std::string docs = toc::test::read_file(toc::test::source_path("docs/checks.md"));
    REQUIRE_FALSE(registry.empty());
    REQUIRE_FALSE(docs.empty());
    for (const toc::Rule& rule : catalogue.rules()) {
        const toc::RuleInfo& r = rule.info;
        DYNAMIC_SECTION(r.code << " " << r.name) {
            const std::string header = "toc/checks/" + r.family + "/" + identifier(r.name) + ".hpp";
            CHECK(std::filesystem::exists(toc::test::source_path("include/" + header)));
            CHECK(count(registry, "#include \"" + header + "\"\n") == 1);
            CHECK(count(registry, "c.add(checks::" + identifier(r.name) + "_rule());\n") == 1);

            const std::string fail = toc::test::fixture("checks/" + lower(r.code) + "_fail.yaml");
            const std::string pass = toc::test::fixture("checks/" + lower(r.code) + "_pass.yaml");
            REQUIRE(std::filesystem::exists(fail));
            REQUIRE(std::filesystem::exists(pass));
            const toc::LoadResult failing = toc::load_file(fail);
            const toc::LoadResult passing = toc::load_file(pass);
            REQUIRE(failing.ok());
            REQUIRE(passing.ok());
            CHECK_FALSE(toc::test::all_with_code(toc::check(failing.model), r.code).empty());
            CHECK(toc::test::all_with_code(toc::check(passing.model), r.code).empty());

            CHECK(count(docs, "\n### " + r.code + " " + r.name + "\n") == 1);
        }
    }
    // No registration line for a rule that is not in the catalogue.
    CHECK(count(registry, "c.add(") == catalogue.rules().size());
}

TEST_CASE("every rule has a family matching its code and an evaluability criterion", "[checks][catalogue]") {
    for (const toc::RuleInfo& r : toc::all_rules(toc::default_catalogue())) {
        INFO(r.code << " " << r.name << ": family '" << r.family << "', criterion '" << r.criterion << "'");
        CHECK(allowed(r.family, toc::rule_families));
        CHECK(r.family == family_of(r.code));
        CHECK(allowed(r.criterion, toc::evaluability_criteria));
    }
}

TEST_CASE("the catalogue is in code order, each family numbered from 01 without gaps", "[checks][catalogue]") {
    const toc::Catalogue catalogue = toc::default_catalogue();
    auto rank = [](std::string_view family) {
        return std::find(toc::rule_families.begin(), toc::rule_families.end(), family) - toc::rule_families.begin();
    };
    std::string previous_family = "loader";
    int expected = 0;
    for (const toc::Rule& rule : catalogue.rules()) {
        const std::string& code = rule.info.code;
        INFO(code);
        REQUIRE(code.size() == 6);
        if (rule.info.family != previous_family) {
            CHECK(rank(rule.info.family) > rank(previous_family));
            previous_family = rule.info.family;
            expected = 1;
        }
        CHECK(std::stoi(code.substr(4)) == expected);
        ++expected;
    }
}

TEST_CASE("the loader's codes: one table, constants and descriptions agree", "[checks][loader]") {
    const auto rules = toc::loader_rules();
    REQUIRE(rules.size() == toc::loader_code::all.size());
    std::set<std::string_view> names;
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const toc::LoaderCode& c = toc::loader_code::all[i];
        INFO(c.code);
        CHECK(rules[i].code == c.code);
        CHECK(rules[i].name == c.name);
        CHECK(rules[i].code == "TOC00" + std::to_string(i));
        CHECK(toc::loader_code_name(c.code) == c.name);
        CHECK(rules[i].default_severity == toc::Severity::error);
        CHECK(names.insert(c.name).second);
    }
    CHECK(toc::loader_code::unknown_key.code == "TOC002");
    CHECK(toc::loader_code::unknown_key.name == "unknown-key");
    CHECK(toc::loader_code_name("TOC101").empty());
}

TEST_CASE("the importer's codes: one table, constants and descriptions agree", "[checks][loader]") {
    const auto rules = toc::import_rules();
    REQUIRE(rules.size() == toc::import_code::all.size());
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const toc::ImportCode& c = toc::import_code::all[i];
        INFO(c.code);
        CHECK(rules[i].code == c.code);
        CHECK(rules[i].name == c.name);
        CHECK(rules[i].code == "TOC02" + std::to_string(i));
        CHECK(rules[i].family == "loader");
        CHECK(rules[i].default_severity ==
              (c.code == toc::import_code::changed.code ? toc::Severity::warning : toc::Severity::error));
    }
    // `toc rules` and SARIF list them after the loader's codes and before the checks'.
    const auto all = toc::all_rules(toc::default_catalogue());
    REQUIRE(all.size() > toc::loader_code::all.size() + 3);
    CHECK(all[toc::loader_code::all.size()].code == "TOC020");
    CHECK(all[toc::loader_code::all.size() + 2].code == "TOC022");
}
