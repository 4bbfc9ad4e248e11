// Every rule of the catalogue has a failing and a passing model in
// tests/fixtures/checks/: tocNNN_fail.yaml and tocNNN_pass.yaml. In a failing
// model, each line where a finding is due carries a comment
//     # expect: TOCNNN subject
// and the rule must report exactly those findings: that code, that subject,
// that line, in that file, at the rule's default severity. In the passing
// model the rule reports nothing.

#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <sstream>

#include <toc/checks/check.hpp>
#include <toc/load/load.hpp>

#include "support/support.hpp"

namespace {

struct Expectation {
    int line;
    std::string code;
    std::string subject;
};

std::vector<Expectation> expectations(const std::string& path) {
    std::vector<Expectation> out;
    std::istringstream in(toc::test::read_file(path));
    std::string line;
    const std::regex marker(R"(#\s*expect:\s*(TOC\d{3})\s+(\S+))");
    for (int n = 1; std::getline(in, line); ++n) {
        std::smatch m;
        if (std::regex_search(line, m, marker)) out.push_back({n, m[1], m[2]});
    }
    return out;
}

std::string lowercase(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

TEST_CASE("every rule reports its failing fixture and is silent on its passing one", "[checks][fixtures]") {
    const toc::Catalogue catalogue = toc::default_catalogue();
    REQUIRE_FALSE(catalogue.rules().empty());
    for (const toc::Rule& rule : catalogue.rules()) {
        const std::string code = rule.info.code;
        DYNAMIC_SECTION(code << " " << rule.info.name) {
            const std::string fail = toc::test::fixture("checks/" + lowercase(code) + "_fail.yaml");
            const std::string pass = toc::test::fixture("checks/" + lowercase(code) + "_pass.yaml");
            REQUIRE(std::filesystem::exists(fail));
            REQUIRE(std::filesystem::exists(pass));

            const toc::LoadResult failing = toc::load_file(fail);
            INFO("loading " << fail << ":\n" << toc::test::describe(failing.diagnostics));
            REQUIRE(failing.ok());
            const auto expected = expectations(fail);
            REQUIRE_FALSE(expected.empty());
            const auto findings = toc::check(failing.model);
            INFO("findings:\n" << toc::test::describe(findings));
            const auto mine = toc::test::all_with_code(findings, code);
            CHECK(mine.size() == expected.size());
            for (const Expectation& e : expected) {
                INFO("expected " << e.code << " about '" << e.subject << "' on line " << e.line);
                REQUIRE(e.code == code);
                const bool found = std::any_of(mine.begin(), mine.end(), [&](const toc::Diagnostic* d) {
                    return d->location.line == e.line && d->subject == e.subject && d->location.file == fail &&
                           d->location.column > 0 && d->severity == rule.info.default_severity &&
                           d->name == rule.info.name && !d->message.empty();
                });
                CHECK(found);
            }

            const toc::LoadResult passing = toc::load_file(pass);
            INFO("loading " << pass << ":\n" << toc::test::describe(passing.diagnostics));
            REQUIRE(passing.ok());
            const auto clean = toc::check(passing.model);
            INFO("findings on the passing model:\n" << toc::test::describe(clean));
            CHECK(toc::test::all_with_code(clean, code).empty());
        }
    }
}

TEST_CASE("messages name the elements with id and label", "[checks][messages]") {
    const toc::LoadResult r = toc::load_file(toc::test::fixture("checks/toc107_fail.yaml"));
    REQUIRE(r.ok());
    const auto findings = toc::check(r.model);
    const toc::Diagnostic* d = toc::test::find_code(findings, "TOC107");
    REQUIRE(d != nullptr);
    CHECK(d->message == "outcome 'o_jobs' (Jobs) is reached by no activity: no pathway of `leads_to` or `enables` "
                        "links runs to it from what the program does.");
}

TEST_CASE("a finding about a link names both ends", "[checks][messages]") {
    const toc::LoadResult r = toc::load_file(toc::test::fixture("checks/toc103_fail.yaml"));
    REQUIRE(r.ok());
    const auto findings = toc::check(r.model);
    const toc::Diagnostic* d = toc::test::find_code(findings, "TOC103");
    REQUIRE(d != nullptr);
    CHECK_THAT(d->message, Catch::Contains("outcome 'o_first' (First)") && Catch::Contains("outcome 'o_second' (Second)"));
}

TEST_CASE("TOC206 explains the arithmetic", "[checks][messages]") {
    const toc::LoadResult r = toc::load_file(toc::test::fixture("checks/toc206_fail.yaml"));
    REQUIRE(r.ok());
    const auto all = toc::check(r.model);
    const auto findings = toc::test::all_with_code(all, "TOC206");
    REQUIRE(findings.size() == 5);
    CHECK_THAT(findings[0]->message, Catch::Contains("gives 14.8 %, but 4 of 29 is 13.8 %"));
    CHECK_THAT(findings[1]->message, Catch::Contains("no whole count of 29") &&
                                         Catch::Contains("4 of 29 is 13.8 %, 5 of 29 is 17.2 %"));
    CHECK_THAT(findings[2]->message, Catch::Contains("13.80 %, but 4 of 29 is 13.79 %"));
    CHECK_THAT(findings[4]->message, Catch::Contains("gives 0.1–0.3, but 2 of 3 is 0.7; the range and the counts disagree"));
}

TEST_CASE("the causal cycle names every element on it", "[checks][messages]") {
    const toc::LoadResult r = toc::load_file(toc::test::fixture("checks/toc102_fail.yaml"));
    REQUIRE(r.ok());
    const auto all = toc::check(r.model);
    const auto cycles = toc::test::all_with_code(all, "TOC102");
    REQUIRE(cycles.size() == 2);
    CHECK_THAT(cycles[0]->message, Catch::Contains("outcome 'o_one' (One) → outcome 'o_two' (Two) → 'o_one'"));
    CHECK_THAT(cycles[1]->message, Catch::Contains("outcome 'o_three' (Three) → 'o_three'"));
}
