// `toc check` shows what matters: --top N, grouping with --all, the scorecard,
// rank and group in JSON and SARIF; `toc render --focus` takes a link id.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

#include "support/support.hpp"

using toc::test::fixture;
using toc::test::run_toc;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

/// How many lines of the text mention `what`.
std::size_t count(const std::string& text, const std::string& what) {
    const auto lines = lines_of(text);
    return static_cast<std::size_t>(std::count_if(
        lines.begin(), lines.end(), [&](const std::string& l) { return l.find(what) != std::string::npos; }));
}

}  // namespace

TEST_CASE("toc check --top N prints the N findings that matter most, errors and structure first", "[cli][rank]") {
    const std::string path = fixture("checks/combine_all.yaml");
    const auto all = run_toc({"check", path, "--all"});
    const auto top = run_toc({"check", path, "--top", "2"});
    CHECK(top.status == all.status);
    const auto lines = lines_of(top.out);
    REQUIRE(lines.size() == 4);  // two findings, the "of N" line, the summary
    CHECK_THAT(lines[0], Catch::Contains("[TOC1"));
    CHECK_THAT(lines[1], Catch::Contains("[TOC1"));
    CHECK_THAT(lines[2], Catch::StartsWith("(the 2 that matter most of "));
    CHECK(lines[3] == lines_of(all.out).back());
    CHECK(run_toc({"check", path, "--top", "0"}).status == 2);
    CHECK(run_toc({"check", path, "--top", "x"}).status == 2);
}

TEST_CASE("toc check groups a rule's many findings, and --all lists each", "[cli][group]") {
    const std::string path = fixture("checks/root_causes.yaml");
    const auto grouped = run_toc({"check", path});
    const auto all = run_toc({"check", path, "--all"});
    // Seven unexplained links (TOC301): three shown, then one line for the rest.
    CHECK(count(all.out, "[TOC301 unexplained-link]") == 7);
    CHECK(count(grouped.out, "[TOC301 unexplained-link]") == 4);
    CHECK_THAT(grouped.out, Catch::Contains("  … and 4 more like this [TOC301 unexplained-link] (--all lists each)"));
    // One root cause, one line each.
    CHECK(count(grouped.out, "[TOC107 unreached-result]") == 1);
    CHECK(count(grouped.out, "[TOC201 result-without-indicator]") == 1);
    CHECK(count(grouped.out, "[TOC404 whose-change]") == 1);
    // The summary still counts every finding.
    CHECK(lines_of(grouped.out).back() == lines_of(all.out).back());
}

TEST_CASE("toc check --format json carries each finding's rank and group", "[cli][rank][json]") {
    const auto r = run_toc({"check", fixture("checks/root_causes.yaml"), "--format", "json"});
    const auto j = nlohmann::json::parse(r.out);
    const auto& ds = j.at("diagnostics");
    REQUIRE(ds.size() > 7);
    std::vector<std::size_t> ranks;
    for (const auto& d : ds) {
        ranks.push_back(d.at("rank").get<std::size_t>());
        if (d.at("code") == "TOC301") CHECK(d.at("group") == "TOC301");
        if (d.at("code") == "TOC107") CHECK(d.at("group") == "");
    }
    std::sort(ranks.begin(), ranks.end());
    for (std::size_t i = 0; i < ranks.size(); ++i) CHECK(ranks[i] == i + 1);

    const auto sarif = nlohmann::json::parse(
        run_toc({"check", fixture("checks/root_causes.yaml"), "--format", "sarif"}).out);
    const auto& results = sarif.at("runs").at(0).at("results");
    REQUIRE(results.size() == ds.size());
    for (const auto& res : results) {
        CHECK(res.at("properties").at("rank").get<std::size_t>() >= 1);
        CHECK(res.at("properties").contains("group"));
    }
}

TEST_CASE("toc check --format scorecard: one line per evaluability criterion", "[cli][scorecard]") {
    const auto r = run_toc({"check", fixture("checks/root_causes.yaml"), "--format", "scorecard"});
    CHECK(r.status == 0);
    for (const char* c : {"clarity: ", "relevance: ", "plausibility: ", "validity-and-reliability: ",
                          "testability: ", "contextualisation: ", "consistency: "})
        CHECK_THAT(r.out, Catch::Contains(std::string("\n") + c) || Catch::StartsWith(c));
    CHECK_THAT(r.out, Catch::Contains("plausibility: needs work"));
    CHECK_THAT(r.out, Catch::Contains("  top: ") && Catch::Contains("[TOC107 unreached-result]"));
    CHECK_THAT(r.out, Catch::Contains("1 file checked"));
}

TEST_CASE("toc render --focus takes a link id: its two ends", "[cli][focus]") {
    const std::string path = fixture("checks/combine_all_reached.yaml");
    const auto by_link = run_toc({"render", path, "--focus", "l_skills", "--depth", "0", "--format", "json"});
    REQUIRE(by_link.status == 0);
    CHECK_THAT(by_link.out, Catch::Contains("\"o_skills\"") && Catch::Contains("\"o_kept\""));
    CHECK_THAT(by_link.out, !Catch::Contains("a_train") && !Catch::Contains("o_care"));
    const auto dot = run_toc({"render", path, "--focus", "l_skills", "--depth", "0"});
    REQUIRE(dot.status == 0);
    CHECK_THAT(dot.out, Catch::Contains("o_skills") && Catch::Contains("o_kept"));
    CHECK_THAT(dot.out, !Catch::Contains("a_train"));
    const auto bad = run_toc({"render", path, "--focus", "l_skils"});
    CHECK(bad.status == 2);
    CHECK_THAT(bad.err, Catch::Contains("no element or link has the id 'l_skils'"));
}
