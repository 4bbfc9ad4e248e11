// Which rules run, at which severity: defaults, the model's `checks:`, the
// command line's --enable/--disable; an open catalogue.

#include <catch2/catch.hpp>

#include <set>

#include <toc/checks/check.hpp>
#include <toc/load/load.hpp>

#include "support/support.hpp"

namespace {

toc::LoadResult load(const std::string& yaml) {
    auto r = toc::load_string(yaml, "model.yaml");
    INFO(toc::test::describe(r.diagnostics));
    REQUIRE(r.ok());
    return r;
}

std::set<std::string> codes(const std::vector<toc::Diagnostic>& ds) {
    std::set<std::string> s;
    for (const auto& d : ds) s.insert(d.code);
    return s;
}

// An outcome without indicator (TOC201, warning), an unexplained link (TOC301,
// note), an activity without actor (TOC405, note), no problems (TOC406, note).
const std::string base = R"(toc: 1
id: config
title: Configuration
activities:
  - id: a_x
    label: X
    leads_to: [o_y]
outcomes:
  - id: o_y
    label: Y
    horizon: short
    actors: [families]
actors:
  - {id: families, label: Families, role: target_group}
)";

}  // namespace

TEST_CASE("the default catalogue", "[checks][catalogue]") {
    const toc::Catalogue c = toc::default_catalogue();
    REQUIRE_FALSE(c.rules().empty());
    std::set<std::string> seen_codes, seen_names;
    for (const auto& r : c.rules()) {
        CHECK(seen_codes.insert(r.info.code).second);
        CHECK(seen_names.insert(r.info.name).second);
        CHECK(r.info.code.size() == 6);
        CHECK(!r.info.summary.empty());
        CHECK(!r.info.rationale.empty());
        CHECK(!r.info.fix.empty());
        CHECK(r.info.enabled_by_default);
        for (char ch : r.info.name) CHECK((std::islower(static_cast<unsigned char>(ch)) || ch == '-'));
    }
    CHECK(c.find("TOC201")->info.name == "result-without-indicator");
    CHECK(c.find("toc201") == c.find("result-without-indicator"));
    CHECK(c.find("TOC999") == nullptr);
    CHECK(c.find("TOC102")->info.default_severity == toc::Severity::error);
    CHECK(c.find("TOC110")->info.default_severity == toc::Severity::note);
    CHECK(c.suggest("TOC2O1") == "TOC201 result-without-indicator");
    CHECK(c.suggest("unexplained-links") == "TOC301 unexplained-link");
    CHECK(c.suggest("banana").empty());
}

TEST_CASE("command-line enable and disable, by code or name", "[checks][configuration]") {
    const auto r = load(base);
    const auto all = toc::check(r.model);
    CHECK(codes(all) == std::set<std::string>{"TOC201", "TOC301", "TOC405", "TOC406"});

    toc::CheckOptions o;
    o.disable = {"TOC201", "unexplained-link"};
    CHECK(codes(toc::check(r.model, o)) == std::set<std::string>{"TOC405", "TOC406"});

    o = {};
    o.disable = {"all"};
    o.enable = {"activity-without-actor"};
    CHECK(codes(toc::check(r.model, o)) == std::set<std::string>{"TOC405"});

    o = {};
    o.disable = {"TOC405"};
    o.enable = {"toc405"};  // enable wins over disable
    CHECK(codes(toc::check(r.model, o)).count("TOC405") == 1);
}

TEST_CASE("the model's checks: section", "[checks][configuration]") {
    SECTION("disable, and the command line wins") {
        const auto r = load(base + "checks:\n  disable: [TOC201, unexplained-link]\n");
        CHECK(codes(toc::check(r.model)) == std::set<std::string>{"TOC405", "TOC406"});
        toc::CheckOptions o;
        o.enable = {"TOC201"};
        CHECK(codes(toc::check(r.model, o)).count("TOC201") == 1);
    }
    SECTION("severity overrides, including off") {
        const auto r = load(base + "checks:\n  severity: {TOC201: error, activity-without-actor: warning, TOC406: off}\n");
        const auto ds = toc::check(r.model);
        CHECK(codes(ds) == std::set<std::string>{"TOC201", "TOC301", "TOC405"});
        CHECK(toc::test::find_code(ds, "TOC201")->severity == toc::Severity::error);
        CHECK(toc::test::find_code(ds, "TOC405")->severity == toc::Severity::warning);
        CHECK(toc::test::find_code(ds, "TOC301")->severity == toc::Severity::note);
        CHECK(toc::fails(ds));
        toc::CheckOptions o;
        o.enable = {"TOC406"};  // the command line turns it back on, at its default severity
        const auto again = toc::check(r.model, o);
        REQUIRE(toc::test::find_code(again, "TOC406"));
        CHECK(toc::test::find_code(again, "TOC406")->severity == toc::Severity::note);
    }
    SECTION("a severity override turns a disabled rule back on") {
        const auto r = load(base + "checks:\n  disable: [TOC201]\n  severity: {TOC201: note}\n");
        const auto ds = toc::check(r.model);
        const auto* d = toc::test::find_code(ds, "TOC201");
        REQUIRE(d);
        CHECK(d->severity == toc::Severity::note);
    }
    SECTION("enable after disable: all") {
        const auto r = load(base + "checks:\n  disable: [all]\n  enable: [TOC406]\n");
        CHECK(codes(toc::check(r.model)) == std::set<std::string>{"TOC406"});
    }
    SECTION("ceiling") {
        const std::string model = R"(toc: 1
id: ceiling
title: Ceiling
outputs:
  - {id: out_x, label: X}
outcomes:
  - {id: o_short, label: S, horizon: short}
  - {id: o_long, label: L, horizon: long}
impacts:
  - {id: i_w, label: W}
indicators:
  - {id: ind_w, label: W, measures: i_w, controllable: true}
  - {id: ind_l, label: L, measures: o_long, controllable: true}
checks:
  disable: [all]
  enable: [TOC201, TOC210]
)";
        auto subjects = [](const std::vector<toc::Diagnostic>& ds, const std::string& code) {
            std::set<std::string> s;
            for (const auto* d : toc::test::all_with_code(ds, code)) s.insert(d->subject);
            return s;
        };
        const auto by_default = toc::check(load(model).model);
        CHECK(subjects(by_default, "TOC201") == std::set<std::string>{"out_x", "o_short"});
        CHECK(subjects(by_default, "TOC210") == std::set<std::string>{"ind_w"});
        const auto output = toc::check(load(model + "  ceiling: output\n").model);
        CHECK(subjects(output, "TOC201") == std::set<std::string>{"out_x"});
        CHECK(subjects(output, "TOC210") == std::set<std::string>{"ind_w", "ind_l"});
        const auto impact = toc::check(load(model + "  ceiling: impact\n").model);
        CHECK(subjects(impact, "TOC201") == std::set<std::string>{"out_x", "o_short"});
        CHECK(subjects(impact, "TOC210").empty());
    }
}

TEST_CASE("unknown rules in the model's checks: are TOC005 at their place", "[checks][configuration]") {
    const auto r = load(base + "checks:\n  disable: [XYZ999, unexplained-links]\n  severity:\n    TOC2O1: error\n");
    const auto ds = toc::check(r.model);
    const auto bad = toc::test::all_with_code(ds, "TOC005");
    REQUIRE(bad.size() == 3);
    CHECK(bad[0]->location.line == 16);
    CHECK(bad[0]->location.column == 13);
    CHECK(bad[0]->severity == toc::Severity::error);
    CHECK(bad[0]->name == "invalid-value");
    CHECK(bad[0]->message == "'XYZ999' is not a rule; docs/checks.md lists the rules.");
    CHECK(bad[1]->location.line == 16);
    CHECK(bad[1]->message == "'unexplained-links' is not a rule; did you mean 'TOC301' (unexplained-link)?");
    CHECK(bad[2]->location.line == 18);
    CHECK(bad[2]->message == "'TOC2O1' is not a rule; did you mean 'TOC201' (result-without-indicator)?");
    CHECK(toc::test::find_code(ds, "TOC301"));  // the misspelt disable did nothing
}

TEST_CASE("validate_options names unknown rules given on the command line", "[checks][configuration]") {
    toc::CheckOptions o;
    o.enable = {"TOC201", "all"};
    o.disable = {"TOC2O1", "nonsense-rule-name-xyz"};
    const auto problems = toc::validate_options(o);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == "--disable TOC2O1: 'TOC2O1' is not a rule; did you mean 'TOC201' (result-without-indicator)?");
    CHECK(problems[1] == "--disable nonsense-rule-name-xyz: 'nonsense-rule-name-xyz' is not a rule");
    CHECK(toc::validate_options({{"TOC101"}, {"leap"}, nullptr}).empty());
}

TEST_CASE("option --werror: fails() counts warnings when asked", "[checks][configuration]") {
    std::vector<toc::Diagnostic> ds(1);
    ds[0].severity = toc::Severity::warning;
    CHECK_FALSE(toc::fails(ds));
    CHECK(toc::fails(ds, true));
    ds[0].severity = toc::Severity::note;
    CHECK_FALSE(toc::fails(ds, true));
}

TEST_CASE("a program registers a rule of its own", "[checks][catalogue]") {
    toc::Catalogue c = toc::default_catalogue();
    toc::Rule mine;
    mine.info.code = "X001";
    mine.info.name = "label-too-short";
    mine.info.default_severity = toc::Severity::note;
    mine.info.summary = "A label of fewer than three characters.";
    mine.run = [](const toc::CheckContext& ctx, toc::Reporter& out) {
        for (const auto& e : ctx.model().elements)
            if (ctx.text(e.label).size() < 3) out.report(e.id, e.location, ctx.name(e) + " has a very short label.");
    };
    c.add(mine);
    CHECK_THROWS_AS(c.add(mine), std::invalid_argument);

    const auto r = load(base);
    toc::CheckOptions o;
    o.catalogue = &c;
    o.disable = {"all"};
    o.enable = {"label-too-short"};
    const auto ds = toc::check(r.model, o);
    REQUIRE(ds.size() == 2);
    CHECK(ds[0].code == "X001");
    CHECK(ds[0].name == "label-too-short");
    CHECK(ds[0].subject == "a_x");
    CHECK(ds[0].location.line == 5);
    CHECK(ds[0].message == "activity 'a_x' (X) has a very short label.");
    CHECK(ds[1].subject == "o_y");
}

TEST_CASE("findings come ordered by location", "[checks]") {
    const auto r = load(base);
    const auto ds = toc::check(r.model);
    for (std::size_t i = 1; i < ds.size(); ++i) CHECK_FALSE(ds[i].location < ds[i - 1].location);
}

TEST_CASE("a model built in code, without locations, checks fine", "[checks]") {
    toc::Model m;
    m.id = "code";
    toc::Element a;
    a.kind = toc::Kind::activity;
    a.id = "a";
    a.label = "A";
    m.elements.push_back(a);
    const auto ds = toc::check(m);
    REQUIRE(toc::test::find_code(ds, "TOC105"));
    CHECK_FALSE(toc::test::find_code(ds, "TOC105")->location.known());
    CHECK_FALSE(toc::test::find_code(ds, "TOC106"));  // an isolated activity is reported once, as isolated
    toc::CheckOptions o;
    o.disable = {"isolated-element"};
    CHECK(toc::test::find_code(toc::check(m, o), "TOC106"));
}

TEST_CASE("a theory's stage scales the rules about data, and checks: still wins", "[checks][config][stage]") {
    // An indicator with a source but no baseline (TOC202), no target (TOC203) and no data (TOC211).
    const auto staged = [](const std::string& stage, const std::string& checks = {}) {
        return "toc: 1\nid: staged\ntitle: Staged\n" + (stage.empty() ? std::string() : "stage: " + stage + "\n") +
               "activities:\n  - {id: a_x, label: X, leads_to: [o_y]}\n"
               "outcomes:\n  - {id: o_y, label: Y, horizon: short}\n"
               "indicators:\n  - {id: i_y, label: Y measured, measures: o_y, source: Register}\n" + checks;
    };
    const auto severity_of = [](const std::vector<toc::Diagnostic>& ds, const std::string& code) -> std::string {
        for (const auto& d : ds)
            if (d.code == code) return std::string(toc::to_string(d.severity));
        return "off";
    };
    struct Row {
        std::string stage, toc202, toc203, toc211;
    };
    for (const Row& row : {Row{"", "warning", "note", "note"}, Row{"design", "note", "note", "off"},
                           Row{"implementation", "warning", "note", "note"},
                           Row{"evaluation", "warning", "warning", "warning"},
                           Row{"closed", "warning", "warning", "warning"}}) {
        INFO("stage: " << (row.stage.empty() ? "(none)" : row.stage));
        const auto findings = toc::check(load(staged(row.stage)).model);
        CHECK(severity_of(findings, "TOC202") == row.toc202);
        CHECK(severity_of(findings, "TOC203") == row.toc203);
        CHECK(severity_of(findings, "TOC211") == row.toc211);
    }
    // the model's own checks: win over its stage, and so does the command line
    const auto model = load(staged("design", "checks:\n  severity: {TOC211: warning}\n")).model;
    CHECK(severity_of(toc::check(model), "TOC211") == "warning");
    toc::CheckOptions off;
    off.disable = {"TOC203"};
    CHECK(severity_of(toc::check(load(staged("evaluation")).model, off), "TOC203") == "off");
    // a misspelt stage is an error with the values to choose from
    const auto bad = toc::load_string(staged("evaluaton"), "model.yaml");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.diagnostics.front().code == "TOC005");
    CHECK_THAT(bad.diagnostics.front().message, Catch::Contains("evaluation"));
}
