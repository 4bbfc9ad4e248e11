// Findings a reviewer trusts: causal packages (`combine: all`) in the pathway
// rules, one root cause reported once, one finding per link about its
// explanation, ranking, the scorecard, and synonyms of enumeration values.

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include <toc/checks/check.hpp>
#include <toc/checks/rank.hpp>
#include <toc/checks/scorecard.hpp>
#include <toc/diagnostics/format.hpp>
#include <toc/load/load.hpp>

#include "support/support.hpp"

using toc::test::all_with_code;
using toc::test::describe;
using toc::test::fixture;

namespace {

toc::Model load_model(const std::string& relative) {
    toc::LoadResult r = toc::load_file(fixture(relative));
    INFO(describe(r.diagnostics));
    REQUIRE(r.ok());
    return std::move(r.model);
}

std::vector<std::string> subjects(const std::vector<toc::Diagnostic>& ds, const std::string& code) {
    std::vector<std::string> out;
    for (const auto* d : all_with_code(ds, code)) out.push_back(d->subject);
    return out;
}

}  // namespace

TEST_CASE("a causal package is reached only when all its incoming links are", "[checks][combine]") {
    const toc::Model model = load_model("checks/combine_all.yaml");
    const toc::ModelGraph g(model);
    const auto reached = toc::reached_by_activities(g);
    CHECK(reached[*g.vertex("o_skills")]);
    CHECK_FALSE(reached[*g.vertex("o_care")]);
    CHECK_FALSE(reached[*g.vertex("o_kept")]);     // one of its two members is missing
    CHECK_FALSE(reached[*g.vertex("i_income")]);   // and so is everything after it
    // Without the package, plain reachability would reach it.
    CHECK(toc::reachable(g, toc::vertices_of(g, {toc::Kind::activity}), toc::causal_relations)[*g.vertex("o_kept")]);
    // The flyers feed only the package, which is never brought about; the
    // training reaches an outcome of its own on the way.
    const auto leading = toc::leading_to_results(g);
    CHECK(leading[*g.vertex("a_train")]);
    CHECK_FALSE(leading[*g.vertex("a_flyers")]);

    const auto findings = toc::check(model);
    INFO(describe(findings));
    CHECK(subjects(findings, "TOC107") == std::vector<std::string>{"o_care", "o_kept", "i_income"});
    const auto* kept = all_with_code(findings, "TOC107")[1];
    CHECK_THAT(kept->message, Catch::Contains("causal package (`combine: all`)"));
    REQUIRE(subjects(findings, "TOC106") == std::vector<std::string>{"a_flyers"});
    CHECK_THAT(all_with_code(findings, "TOC106").front()->message, Catch::Contains("causal package"));
    CHECK(subjects(findings, "TOC111") == std::vector<std::string>{"out_places"});
    CHECK(all_with_code(findings, "TOC110").empty());  // the long-term outcome is not reached at all
}

TEST_CASE("each link into a package every pathway passes is a single point of failure", "[checks][combine]") {
    const toc::Model model = load_model("checks/combine_all_reached.yaml");
    const toc::ModelGraph g(model);
    CHECK(toc::reached_by_activities(g)[*g.vertex("o_kept")]);
    const auto findings = toc::check(model);
    INFO(describe(findings));
    // l_skills has no assumption; l_care has one and strong evidence. Read as
    // alternatives, neither link would cut o_kept off; as a package, both do.
    REQUIRE(subjects(findings, "TOC110") == std::vector<std::string>{"l_skills"});
    const auto* d = all_with_code(findings, "TOC110").front();
    CHECK_THAT(d->message, Catch::Contains("is a causal package, `combine: all`"));
    CHECK_THAT(d->message, Catch::Contains("nothing explains it"));
    // One finding about the link's explanation: TOC110, not TOC301 as well.
    CHECK(all_with_code(findings, "TOC301").empty());
    toc::CheckOptions no_spof;
    no_spof.disable = {"TOC110"};
    CHECK(subjects(toc::check(model, no_spof), "TOC301") == std::vector<std::string>{"l_skills"});
}

TEST_CASE("one root cause, one finding", "[checks][root-cause]") {
    const toc::Model model = load_model("checks/root_causes.yaml");
    const auto findings = toc::check(model);
    INFO(describe(findings));
    const auto unreached = all_with_code(findings, "TOC107");
    REQUIRE(unreached.size() == 1);
    CHECK(unreached.front()->subject == "root_causes");
    CHECK_THAT(unreached.front()->message,
               Catch::StartsWith("The model has no activities, so no activity reaches any of its 7 outcomes and impacts "
                                 "('o_aware', 'o_use', 'o_stable', 'o_school', 'o_health' and 2 more)"));
    const auto unmeasured = all_with_code(findings, "TOC201");
    REQUIRE(unmeasured.size() == 1);
    CHECK_THAT(unmeasured.front()->message, Catch::StartsWith("The model has no indicators") &&
                                                Catch::Contains("7 results"));
    const auto anonymous = all_with_code(findings, "TOC404");
    REQUIRE(anonymous.size() == 1);
    CHECK_THAT(anonymous.front()->message, Catch::Contains("none of its 6 outcomes"));
    CHECK(all_with_code(findings, "TOC111").empty());  // TOC107 names the cause
    // With one activity the cause is gone and the findings are per element again.
    toc::Model with_activity = model;
    toc::Element a;
    a.id = "a_x";
    a.kind = toc::Kind::activity;
    with_activity.elements.push_back(a);
    const auto again = toc::check(with_activity);
    CHECK(all_with_code(again, "TOC107").size() == 7);
    CHECK(subjects(again, "TOC111") == std::vector<std::string>{"out_guides"});
}

TEST_CASE("TOC108 counts `enables` as use", "[checks]") {
    const toc::Model model = load_model("checks/toc108_fail.yaml");
    CHECK(subjects(toc::check(model), "TOC108") == std::vector<std::string>{"r_money"});
}

TEST_CASE("findings are ranked: errors, then structure, then the pathways that carry the theory", "[checks][rank]") {
    const toc::Model model = load_model("checks/combine_all_reached.yaml");
    toc::Model broken = model;
    // An error (a link against the chain) and a leaf finding (an unused resource).
    toc::Element r;
    r.id = "r_spare";
    r.kind = toc::Kind::resource;
    broken.elements.push_back(r);
    toc::Link back;
    back.type = toc::LinkType::leads_to;
    back.from.id = "o_kept";
    back.to.id = "a_train";
    for (auto& e : broken.elements)
        if (e.id == "o_kept") e.links.push_back(back);
    const auto findings = toc::check(broken);
    INFO(describe(findings));
    const auto importance = toc::finding_importance(broken, findings);
    const auto ranks = toc::rank_findings(importance);
    REQUIRE(ranks.size() == findings.size());
    auto rank_of = [&](const std::string& code, const std::string& subject) {
        for (std::size_t i = 0; i < findings.size(); ++i)
            if (findings[i].code == code && findings[i].subject == subject) return ranks[i];
        FAIL("no " << code << " about " << subject);
        return std::size_t{0};
    };
    CHECK(findings[std::size_t(std::find(ranks.begin(), ranks.end(), 1) - ranks.begin())].severity ==
          toc::Severity::error);
    CHECK(rank_of("TOC108", "r_spare") > 0);
    // Of two findings alike, the one about a link every pathway passes weighs
    // more than the one about a leaf.
    toc::Diagnostic on_cut{"TOC301", "unexplained-link", toc::Severity::note, {}, "m", "l_skills"};
    toc::Diagnostic on_leaf{"TOC301", "unexplained-link", toc::Severity::note, {}, "m", "r_spare"};
    const auto alike = toc::finding_importance(broken, {on_leaf, on_cut});
    CHECK(alike[1] > alike[0]);
    CHECK(toc::rank_findings(alike) == std::vector<std::size_t>{2, 1});
    // Every error before every non-error; every structural finding before the others.
    for (std::size_t i = 0; i < findings.size(); ++i)
        for (std::size_t j = 0; j < findings.size(); ++j) {
            const bool i_error = findings[i].severity == toc::Severity::error;
            const bool j_error = findings[j].severity == toc::Severity::error;
            if (i_error && !j_error) CHECK(ranks[i] < ranks[j]);
            if (!i_error && !j_error && findings[i].code[3] == '1' && findings[j].code[3] != '1')
                CHECK(ranks[i] < ranks[j]);
        }
    // The ranks are 1..n, each once.
    std::vector<std::size_t> sorted = ranks;
    std::sort(sorted.begin(), sorted.end());
    for (std::size_t i = 0; i < sorted.size(); ++i) CHECK(sorted[i] == i + 1);
}

TEST_CASE("the scorecard: per criterion its findings, a rating and the top finding", "[checks][scorecard]") {
    CHECK(toc::rating(0, 0, 0) == "good");
    CHECK(toc::rating(0, 0, 5) == "good");
    CHECK(toc::rating(0, 0, 6) == "needs work");
    CHECK(toc::rating(0, 5, 0) == "needs work");
    CHECK(toc::rating(0, 6, 0) == "weak");
    CHECK(toc::rating(1, 0, 0) == "weak");

    const toc::Model model = load_model("checks/root_causes.yaml");
    const auto findings = toc::check(model);
    const auto ranks = toc::rank_findings(toc::finding_importance(model, findings));
    const auto scores = toc::scorecard(findings, ranks, toc::all_rules(toc::default_catalogue()));
    REQUIRE(scores.size() == toc::evaluability_criteria.size());
    std::size_t counted = 0;
    for (const auto& s : scores) {
        counted += s.findings();
        CHECK(s.rating == toc::rating(s.errors, s.warnings, s.notes));
        CHECK(s.top.has_value() == (s.findings() > 0));
    }
    CHECK(counted == findings.size());
    const auto& plausibility = scores[2];
    REQUIRE(plausibility.criterion == "plausibility");
    REQUIRE(plausibility.top);
    CHECK(findings[*plausibility.top].code == "TOC107");
    std::ostringstream text;
    toc::write_scorecard(text, scores, findings);
    CHECK_THAT(text.str(), Catch::Contains("plausibility: needs work (0 errors, 1 warning, "));
    CHECK_THAT(text.str(), Catch::Contains("  top: ") && Catch::Contains("[TOC107 unreached-result]"));
}

TEST_CASE("a synonym of an enumeration value gets a certain fix-it", "[checks][load][synonyms]") {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"medium", "intermediate"}, {"mid-term", "intermediate"}, {"Mid Term", "intermediate"},
        {"short-term", "short"},    {"long_term", "long"},         {"midterm", "intermediate"},
    };
    for (const auto& [written, meant] : cases) {
        INFO(written);
        const std::string yaml = "toc: 1\nid: m\ntitle: M\noutcomes:\n  - id: o_x\n    label: X\n    horizon: " +
                                 written + "\n";
        const toc::LoadResult r = toc::load_string(yaml, "m.yaml");
        const auto* d = toc::test::find_code(r.diagnostics, "TOC005");
        REQUIRE(d);
        CHECK_THAT(d->message, Catch::Contains("did you mean '" + meant + "'?"));
        REQUIRE(d->fixes.size() == 1);
        CHECK(d->fixes.front().replacement == meant);
        CHECK(d->fixes.front().original == written);
    }
    const toc::LoadResult evidence = toc::load_string(
        "toc: 1\nid: m\ntitle: M\nactivities:\n  - id: a\n    label: A\n    leads_to:\n      - to: o\n        evidence: high\n"
        "outcomes:\n  - id: o\n    label: O\n    horizon: short\n",
        "m.yaml");
    const auto* d = toc::test::find_code(evidence.diagnostics, "TOC005");
    REQUIRE(d);
    REQUIRE(d->fixes.size() == 1);
    CHECK(d->fixes.front().replacement == "strong");
}

TEST_CASE("no evaluation questions is one TOC305, and a refuted assumption one TOC306 naming its links", "[checks][root-cause]") {
    const toc::LoadResult r = toc::load_string(R"(toc: 1
id: m
title: M
activities:
  - id: a_x
    label: X
    leads_to:
      - {to: o_y, evidence: weak, assumptions: [as_gone], rationale: R}
      - {to: o_z, evidence: none, assumptions: [as_gone], rationale: R}
outcomes:
  - id: o_y
    label: Y
    horizon: short
  - id: o_z
    label: Z
    horizon: short
assumptions:
  - id: as_gone
    text: Gone.
    status: refuted
)", "m.yaml");
    INFO(describe(r.diagnostics));
    REQUIRE(r.ok());
    const auto findings = toc::check(r.model);
    INFO(describe(findings));
    const auto untested = all_with_code(findings, "TOC305");
    REQUIRE(untested.size() == 1);
    CHECK(untested.front()->subject == "m");
    CHECK_THAT(untested.front()->message, Catch::StartsWith("The model has no evaluation questions, so none of its 2 "));
    const auto refuted = all_with_code(findings, "TOC306");
    REQUIRE(refuted.size() == 1);
    CHECK(refuted.front()->subject == "as_gone");
    CHECK(refuted.front()->location.line == 8);
    CHECK_THAT(refuted.front()->message, Catch::Contains("and 1 more link still rest on it: ") &&
                                             Catch::Contains("to outcome 'o_z' (Z)"));
}

TEST_CASE("a finding about a link names both its ends as related locations, for tools, not as text lines",
          "[checks][related]") {
    const toc::LoadResult r = toc::load_file(toc::test::fixture("checks/toc104_fail.yaml"));
    REQUIRE(r.ok());
    const auto findings = toc::check(r.model);
    const toc::Diagnostic* leap = nullptr;
    for (const auto& d : findings)
        if (d.code == "TOC104") { leap = &d; break; }
    REQUIRE(leap != nullptr);
    REQUIRE(leap->related.size() == 2);
    const toc::Element* from = nullptr;
    const toc::Element* to = nullptr;
    for (const auto& e : r.model.elements)
        for (const auto& l : e.links)
            if (l.location == leap->location || (!l.location.known() && e.location == leap->location)) {
                from = &e;
                to = r.model.find_element(l.to.id);
            }
    REQUIRE(from != nullptr);
    REQUIRE(to != nullptr);
    CHECK(leap->related[0].location == from->location);
    CHECK(leap->related[1].location == to->location);
    CHECK_THAT(leap->related[1].message, Catch::StartsWith("the link ends at "));
    // the text output keeps to the finding's own line (the sentence names both ends)
    CHECK(toc::format_details(*leap).empty());
}
