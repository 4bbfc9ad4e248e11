// A link's confidence, its evidence note and assumptions written inline on it
// (issue 11): loaded from a real fixture, kept in the model, written by the
// JSON and GraphML exports; bad values are located errors.

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <toc/load/load.hpp>
#include <toc/output/graphml.hpp>
#include <toc/output/json.hpp>

#include "support/support.hpp"

namespace {

const toc::Link& link_to(const toc::Model& m, std::string_view from, std::string_view to) {
    const auto* e = m.find_element(from);
    REQUIRE(e);
    for (const auto& l : e->links)
        if (l.to.id == to) return l;
    FAIL("no link " << from << " -> " << to);
    throw;
}

const toc::Assumption* assumption(const toc::Model& m, std::string_view id) {
    for (const auto& a : m.assumptions)
        if (a.id == id) return &a;
    return nullptr;
}

}  // namespace

TEST_CASE("a link carries confidence, an evidence note and inline assumptions", "[load][link]") {
    const auto r = toc::load_file(toc::test::fixture("valid/link_confidence.yaml"));
    INFO(toc::test::describe(r.diagnostics));
    REQUIRE(r.ok());
    const auto& m = r.model;

    const auto& train = link_to(m, "train", "trained");
    CHECK(train.confidence == 80);
    CHECK(train.evidence == toc::Evidence::strong);
    CHECK(train.evidence_note.in("en") == "Three earlier cohorts finished the course.");
    CHECK(train.evidence_note.in("sv") == "Tre tidigare grupper gick kursen till slut.");
    // an id, then two inline assumptions named after the link, in the order written
    REQUIRE(train.assumptions.size() == 3);
    CHECK(train.assumptions[0].id == "teachers_attend");
    CHECK(train.assumptions[1].id == "train.trained.a1");
    CHECK(train.assumptions[2].id == "train.trained.a2");

    const auto* a1 = assumption(m, "train.trained.a1");
    REQUIRE(a1);
    CHECK(a1->written_on_link);
    CHECK(a1->text.in("en") == "The school gives the teachers time off to train.");
    CHECK(a1->type == toc::AssumptionType::implementation);
    CHECK(a1->risk == toc::Risk::medium);
    CHECK(a1->code == "E");
    CHECK(a1->location.line == 17);
    const auto* top = assumption(m, "teachers_attend");
    REQUIRE(top);
    CHECK_FALSE(top->written_on_link);
    CHECK(top->code == "A");

    // a link with an id names its inline assumptions after the id; words are scale points
    const auto& use = link_to(m, "trained", "practice");
    CHECK(use.confidence == 25);
    REQUIRE(use.assumptions.size() == 1);
    CHECK(use.assumptions[0].id == "use_link.a1");
    REQUIRE(assumption(m, "use_link.a1"));
    CHECK(assumption(m, "use_link.a1")->status == toc::AssumptionStatus::open);
    CHECK(link_to(m, "trained", "practice_long").confidence == 0);
    CHECK(link_to(m, "trained", "practice_long").evidence_note.empty());
}

TEST_CASE("files without the new link keys load as before", "[load][link]") {
    for (const char* path : {"valid/full_model.yaml", "valid/minimal.yaml"}) {
        const auto r = toc::load_file(toc::test::fixture(path));
        INFO(path << "\n" << toc::test::describe(r.diagnostics));
        REQUIRE(r.ok());
        for (const auto& e : r.model.elements)
            for (const auto& l : e.links) CHECK_FALSE(l.confidence.has_value());
        for (const auto& a : r.model.assumptions) CHECK_FALSE(a.written_on_link);
    }
}

TEST_CASE("bad confidences and inline assumptions are located errors", "[load][link]") {
    const auto r = toc::load_string(R"(toc: 1
id: m
title: m
activities:
  - id: a
    label: a
    leads_to:
      - to: o
        confidence: 101
      - to: o
        confidence: moderate
      - to: o
        confidence: hihg
      - to: o
        confidence: 12.5
      - to: o
        assumptions:
          - {type: causal}
          - {text: t, colour: red}
outputs:
  - {id: o, label: o}
)", "bad.yaml");
    INFO(toc::test::describe(r.diagnostics));
    const auto* over = toc::test::find_code(r.diagnostics, "TOC005");
    REQUIRE(over);
    CHECK(over->location.line == 9);
    CHECK(over->message == "'confidence' is a number from 0 to 100; found 101");
    const auto invalid = toc::test::all_with_code(r.diagnostics, "TOC005");
    REQUIRE(invalid.size() == 4);
    CHECK(invalid[1]->location.line == 11);
    CHECK(invalid[1]->message.find("did you mean 'medium'?") != std::string::npos);
    REQUIRE(invalid[1]->fixes.size() == 1);
    CHECK(invalid[2]->location.line == 13);
    CHECK(invalid[2]->message.find("did you mean 'high'?") != std::string::npos);
    CHECK(invalid[3]->location.line == 15);
    CHECK(invalid[3]->message.find("whole number") != std::string::npos);
    const auto* missing = toc::test::find_code(r.diagnostics, "TOC004");
    REQUIRE(missing);
    CHECK(missing->location.line == 18);
    CHECK(missing->message.find("needs 'text'") != std::string::npos);
    const auto* unknown = toc::test::find_code(r.diagnostics, "TOC002");
    REQUIRE(unknown);
    CHECK(unknown->location.line == 19);
}

TEST_CASE("an inline assumption's generated id collides like any other id", "[load][link]") {
    const auto r = toc::load_string(R"(toc: 1
id: m
title: m
activities:
  - id: a
    label: a
    leads_to:
      - to: o
        assumptions: [{text: t}]
outputs:
  - {id: o, label: o}
assumptions:
  - {id: a.o.a1, text: written by hand}
)", "dup.yaml");
    const auto* dup = toc::test::find_code(r.diagnostics, "TOC006");
    INFO(toc::test::describe(r.diagnostics));
    REQUIRE(dup);
}

TEST_CASE("JSON and GraphML write the new link fields", "[load][link][output]") {
    const auto r = toc::load_file(toc::test::fixture("valid/link_confidence.yaml"));
    REQUIRE(r.ok());
    const auto j = nlohmann::json::parse(toc::to_json(r.model));
    const auto& link = j.at("activities").at(0).at("leads_to").at(0);
    CHECK(link.at("confidence") == 80);
    CHECK(link.at("evidence_note").at("sv") == "Tre tidigare grupper gick kursen till slut.");
    CHECK(link.at("assumptions") == nlohmann::json::array({"teachers_attend", "train.trained.a1", "train.trained.a2"}));
    bool found = false;
    for (const auto& a : j.at("assumptions"))
        if (a.at("id") == "train.trained.a1") {
            found = true;
            CHECK(a.at("code") == "E");
            CHECK_FALSE(a.contains("written_on_link"));  // not a key of the format: the JSON loads back
        }
    CHECK(found);

    const std::string g = toc::to_graphml(r.model);
    CHECK(g.find("<key id=\"confidence\" for=\"edge\" attr.name=\"confidence\" attr.type=\"int\"/>") != std::string::npos);
    CHECK(g.find("<data key=\"confidence\">80</data>") != std::string::npos);
    CHECK(g.find("<data key=\"evidence_note\">Three earlier cohorts finished the course.</data>") != std::string::npos);
}
