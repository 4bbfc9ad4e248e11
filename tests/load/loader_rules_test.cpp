// One fixture per loader rule (TOC001–TOC009): the code, line and column of the finding.

#include <catch2/catch.hpp>

#include <toc/load/load.hpp>

#include "support/support.hpp"

using toc::test::describe;
using toc::test::fixture;

namespace {

struct Expected {
    const char* file;
    const char* code;
    const char* name;
    int line;
    int column;
    const char* message_part;
};

const toc::Diagnostic* find_at(const std::vector<toc::Diagnostic>& ds, const Expected& e) {
    for (const auto& d : ds)
        if (d.code == e.code && d.location.line == e.line && d.location.column == e.column) return &d;
    return nullptr;
}

}  // namespace

TEST_CASE("each loader rule fires at the node concerned", "[loader][rules]") {
    const Expected cases[] = {
        {"toc001_syntax.yaml", "TOC001", "yaml-syntax", 8, 15, "this '[' is never closed by ']'"},
        {"toc001_duplicate_key.yaml", "TOC001", "yaml-syntax", 8, 5, "the key 'label' appears twice in this mapping (first at line 6, column 5)"},
        {"toc002_unknown_key.yaml", "TOC002", "unknown-key", 4, 1, "unknown key 'outcome' in the model; did you mean 'outcomes'?"},
        {"toc002_unknown_key.yaml", "TOC002", "unknown-key", 11, 5, "'horizon' belongs to outcomes"},
        {"toc003_wrong_type.yaml", "TOC003", "wrong-type", 8, 16, "'evaluated' must be true or false; found 'yes' ('yes' is text in YAML 1.2)"},
        {"toc003_wrong_type.yaml", "TOC003", "wrong-type", 14, 51, "'denominator' must be a number; found the text '29' (remove the quotes)"},
        {"toc004_missing_required.yaml", "TOC004", "missing-required", 5, 5, "needs a 'horizon'"},
        {"toc004_missing_required.yaml", "TOC004", "missing-required", 7, 5, "an outcome needs an 'id'"},
        {"toc005_invalid_value.yaml", "TOC005", "invalid-value", 4, 29, "'2021-02-30' is not a date"},
        {"toc005_invalid_value.yaml", "TOC005", "invalid-value", 8, 14, "'medium' is not a valid 'horizon'; use short, intermediate or long"},
        {"toc005_invalid_value.yaml", "TOC005", "invalid-value", 9, 9, "'9lives' is not a valid id"},
        {"toc005_invalid_value.yaml", "TOC005", "invalid-value", 17, 29, "must be finite"},
        {"toc006_duplicate_id.yaml", "TOC006", "duplicate-id", 9, 5, "the id 'o_trust' is already used by an outcome at line 5, column 5"},
        {"toc007_unresolved.yaml", "TOC007", "unresolved-reference", 7, 16, "'o_trst' is not defined; did you mean 'o_trust'?"},
        {"toc008_wrong_kind.yaml", "TOC008", "wrong-reference-kind", 7, 12, "'uses' expects a resource; 'o_trust' is an outcome"},
        {"toc009_version.yaml", "TOC009", "unsupported-version", 1, 6, "this release of toc reads version 1"},
    };
    for (const auto& e : cases) {
        const std::string path = fixture(std::string("loader/") + e.file);
        DYNAMIC_SECTION(e.file << " " << e.code << " at " << e.line << ":" << e.column) {
            const auto r = toc::load_file(path);
            INFO(describe(r.diagnostics));
            CHECK_FALSE(r.ok());
            const toc::Diagnostic* d = find_at(r.diagnostics, e);
            REQUIRE(d != nullptr);
            CHECK(d->name == e.name);
            CHECK(d->severity == toc::Severity::error);
            CHECK(d->location.file == path);
            CHECK_THAT(d->message, Catch::Contains(e.message_part));
        }
    }
}

TEST_CASE("a file with many problems reports them all in one run", "[loader]") {
    const auto r = toc::load_file(fixture("loader/many_problems.yaml"));
    INFO(describe(r.diagnostics));
    std::vector<std::string> codes;
    for (const auto& d : r.diagnostics) codes.push_back(d.code);
    std::sort(codes.begin(), codes.end());
    CHECK(codes == std::vector<std::string>{"TOC002", "TOC004", "TOC005", "TOC006", "TOC007"});
}

TEST_CASE("subjects name the item concerned", "[loader]") {
    const auto r = toc::load_file(fixture("loader/toc007_unresolved.yaml"));
    const auto* d = toc::test::find_code(r.diagnostics, "TOC007");
    REQUIRE(d);
    CHECK(d->subject == "a_support");  // the element holding the reference
    const auto r2 = toc::load_file(fixture("loader/toc006_duplicate_id.yaml"));
    const auto* d2 = toc::test::find_code(r2.diagnostics, "TOC006");
    REQUIRE(d2);
    CHECK(d2->subject == "o_trust");
}

TEST_CASE("a file of another format version is not read further", "[loader]") {
    const auto r = toc::load_file(fixture("loader/toc009_version.yaml"));
    INFO(describe(r.diagnostics));
    REQUIRE(r.diagnostics.size() == 1);  // no unknown-key noise about 'wormholes'
    CHECK(r.diagnostics[0].code == "TOC009");
}

TEST_CASE("extension keys are kept and never reported", "[loader]") {
    const auto r = toc::load_string(R"(toc: 1
id: ext
title: Extensions
x-top: {a: [1, 2], b: &anchor text}
x-again: *anchor
outcomes:
  - id: o1
    label: One
    horizon: short
    x-note: kept
)", "ext.yaml");
    INFO(describe(r.diagnostics));
    CHECK(r.ok());
    CHECK(r.diagnostics.empty());
    REQUIRE(r.model.extensions.size() == 2);
    const auto& top = r.model.extensions[0];
    CHECK(top.key == "x-top");
    CHECK(top.location.line == 4);
    CHECK(top.root().type == toc::ExtensionNode::Type::map);
    REQUIRE(top.root().children.size() == 4);
    const auto& b_value = top.nodes[top.root().children[3]];
    CHECK(b_value.value == "text");
    CHECK(b_value.anchor == "anchor");
    const auto& again = r.model.extensions[1];
    CHECK(again.root().type == toc::ExtensionNode::Type::alias);  // not expanded
    CHECK(again.root().value == "anchor");
    REQUIRE(r.model.elements.size() == 1);
    REQUIRE(r.model.elements[0].extensions.size() == 1);
    CHECK(r.model.elements[0].extensions[0].root().value == "kept");
}

TEST_CASE("unknown keys suggest the nearest known key", "[loader]") {
    const auto r = toc::load_string("toc: 1\nid: m\ntitle: t\nindicator: []\nasumptions: []\n", "s.yaml");
    INFO(describe(r.diagnostics));
    REQUIRE(r.diagnostics.size() == 2);
    CHECK_THAT(r.diagnostics[0].message, Catch::Contains("did you mean 'indicators'?"));
    CHECK_THAT(r.diagnostics[1].message, Catch::Contains("did you mean 'assumptions'?"));
}

TEST_CASE("a decimal comma in a number gets a precise hint", "[loader]") {
    const auto r = toc::load_string(R"(toc: 1
id: m
title: t
outcomes: [{id: o, label: o, horizon: short}]
indicators:
  - id: i
    label: i
    measures: o
    unit: percent
    measurements: [{date: 2021, value: 14.8, numerator: "4,0", denominator: 29}]
)", "comma.yaml");
    const auto* d = toc::test::find_code(r.diagnostics, "TOC003");
    REQUIRE(d);
    CHECK_THAT(d->message, Catch::Contains("write 4.0 with a decimal point"));
}

TEST_CASE("a decimal comma in a flow mapping is explained, not taken for a key", "[loader]") {
    // {value: 14,8} is {value: 14, "8": null}: the error is on the '8', and says why
    const auto r = toc::load_string("toc: 1\nid: m\ntitle: t\noutcomes: [{id: o, label: o, horizon: short}]\n"
                                    "indicators: [{id: i, label: i, measures: o, unit: percent, baseline: {value: 14,8}}]\n",
                                    "flow.yaml");
    INFO(toc::test::describe(r.diagnostics));
    REQUIRE(r.diagnostics.size() == 1);
    const auto& d = r.diagnostics[0];
    CHECK(d.code == "TOC002");
    CHECK(d.location.line == 5);
    CHECK(d.location.column == 81);
    CHECK_THAT(d.message, Catch::Contains("'14,8' is read as the number 14 followed by a key '8'"));
    CHECK_THAT(d.message, Catch::Contains("write 14.8 with a decimal point"));
    CHECK_THAT(d.message, !Catch::Contains("did you mean"));

    // a real key after a comma and a space is an ordinary unknown key
    const auto other = toc::load_string("toc: 1\nid: m\ntitle: t\noutcomes: [{id: o, label: o, horizon: short}]\n"
                                        "indicators: [{id: i, label: i, measures: o, unit: percent, baseline: {value: 14, 8: x}}]\n",
                                        "flow2.yaml");
    const auto* u = toc::test::find_code(other.diagnostics, "TOC002");
    REQUIRE(u);
    CHECK_THAT(u->message, !Catch::Contains("decimal point"));
}

TEST_CASE("of two equally near ids, the one defined first is suggested", "[loader]") {
    for (const bool b_first : {true, false}) {
        const std::string first = b_first ? "o_b" : "o_a";
        const std::string second = b_first ? "o_a" : "o_b";
        const auto r = toc::load_string("toc: 1\nid: m\ntitle: t\noutcomes:\n"
                                        "  - {id: " + first + ", label: x, horizon: short}\n"
                                        "  - {id: " + second + ", label: y, horizon: short}\n"
                                        "activities: [{id: a, label: a, leads_to: [o_c]}]\n",
                                        "tie.yaml");
        const auto* d = toc::test::find_code(r.diagnostics, "TOC007");
        REQUIRE(d);
        INFO(d->message);
        CHECK_THAT(d->message, Catch::EndsWith("did you mean '" + first + "'?"));
    }
}

TEST_CASE("a YAML 1.1 merge key is explained", "[loader]") {
    const auto r = toc::load_string(R"(toc: 1
id: m
title: t
outcomes:
  - &base {id: o, label: o, horizon: short}
  - <<: *base
    id: o2
)", "merge.yaml");
    const auto* d = toc::test::find_code(r.diagnostics, "TOC002");
    REQUIRE(d);
    CHECK(d->location.line == 6);
    CHECK(d->location.column == 5);
    CHECK_THAT(d->message, Catch::Contains("merge key") && Catch::Contains("write the keys out"));
}

TEST_CASE("an empty label, title or text is an error where it is written", "[loader]") {
    const auto r = toc::load_string(R"(toc: 1
id: m
title: "  "
outcomes:
  - {id: o1, label: "", horizon: short}
  - id: o2
    label: {sv: "", en: Trust}
    horizon: short
  - {id: o3, label: {}, horizon: short}
  - {id: o4, label: Fine, description: "", horizon: short}
assumptions: [{id: as1, text: ""}]
mechanisms: [{id: me1, label: " "}]
sources: [{id: s1, title: ""}]
)", "empty.yaml");
    INFO(toc::test::describe(r.diagnostics));
    auto at = [&](int line, int column, std::string_view code) {
        for (const auto& d : r.diagnostics)
            if (d.location.line == line && d.location.column == column && d.code == code) return &d;
        return static_cast<const toc::Diagnostic*>(nullptr);
    };
    const auto* title = at(3, 8, "TOC004");
    REQUIRE(title);
    CHECK_THAT(title->message, Catch::StartsWith("'title' is empty"));
    CHECK(at(5, 21, "TOC004"));
    const auto* sv = at(7, 17, "TOC005");
    REQUIRE(sv);
    CHECK_THAT(sv->message, Catch::Contains("the 'sv' text of 'label' is empty") && Catch::Contains("leave 'sv' out"));
    CHECK(sv->subject == "o2");
    CHECK(at(9, 21, "TOC004"));
    CHECK(at(11, 31, "TOC004"));
    CHECK(at(12, 31, "TOC004"));
    CHECK(at(13, 27, "TOC004"));
    // an empty description is not required text: no finding on line 10
    for (const auto& d : r.diagnostics) CHECK(d.location.line != 10);
    CHECK(r.diagnostics.size() == 7);

    // blank in Unicode's sense too; a bad language tag is reported once, not also as empty;
    // through an alias, at the alias
    const auto more = toc::load_string("toc: 1\nid: m\ntitle: t\noutcomes:\n"
                                       "  - {id: o1, label: \"\u00a0\u3000\", horizon: short}\n"
                                       "  - {id: o2, label: {swedish: \"\", en: X}, horizon: short}\n"
                                       "  - {id: o3, label: &l {sv: \"\", en: X}, horizon: short}\n"
                                       "  - {id: o4, label: *l, horizon: short}\n",
                                       "more.yaml");
    INFO(toc::test::describe(more.diagnostics));
    REQUIRE(more.diagnostics.size() == 4);
    CHECK(more.diagnostics[0].code == "TOC004");
    CHECK(more.diagnostics[0].location.line == 5);
    CHECK(more.diagnostics[1].code == "TOC005");
    CHECK_THAT(more.diagnostics[1].message, Catch::Contains("not a language tag"));
    CHECK(more.diagnostics[2].location.line == 7);
    CHECK(more.diagnostics[2].location.column == 29);
    CHECK(more.diagnostics[3].location.line == 8);
    CHECK(more.diagnostics[3].location.column == 21);
    CHECK(more.diagnostics[3].subject == "o4");
}

TEST_CASE("references of every kind are checked", "[loader]") {
    const auto r = toc::load_string(R"(toc: 1
id: m
title: t
sites: [{id: s1, label: S}]
actors: [{id: ac, label: A, part_of: s1}]
outcomes:
  - {id: o, label: o, horizon: short, actors: [o], sites: [ac]}
mechanisms: [{id: m1, label: M, contexts: [o]}]
indicators:
  - {id: i, label: i, measures: s1, measurements: [{date: 2021, value: 1, site: o}]}
questions: [{id: q, text: q, about: [s1]}]
recommendations: [{id: r, text: r, addressed_to: [q]}]
)", "kinds.yaml");
    INFO(describe(r.diagnostics));
    const auto wrong = toc::test::all_with_code(r.diagnostics, "TOC008");
    CHECK(wrong.size() == 8);
    CHECK(toc::test::find_code(r.diagnostics, "TOC007") == nullptr);
}

TEST_CASE("enables and hinders may target a link by its id, but leads_to may not", "[loader]") {
    const auto r = toc::load_string(R"(toc: 1
id: m
title: t
activities: [{id: a, label: a, leads_to: [{to: o, id: l_ao}]}]
outcomes: [{id: o, label: o, horizon: short}]
barriers: [{id: b, label: b, hinders: [l_ao]}]
contexts: [{id: c, label: c, enables: [l_ao], leads_to: [l_ao]}]
)", "links.yaml");
    INFO(describe(r.diagnostics));
    const auto wrong = toc::test::all_with_code(r.diagnostics, "TOC008");
    REQUIRE(wrong.size() == 1);
    CHECK(wrong[0]->location.line == 7);
    CHECK_THAT(wrong[0]->message, Catch::Contains("'leads_to' expects a results-chain element; 'l_ao' is a link"));
}

TEST_CASE("extensions E6-E9 are checked like the rest", "[loader][extensions]") {
    const auto r = toc::load_string(R"(toc: 1
id: m
title: t
sites: [{id: s1, label: S}]
outcomes:
  - {id: o, label: o, horizon: short, status_by_site: {s2: achieved, s1: done}}
  - {id: a, label: a, horizon: short, status_by_site: [s1]}
activities: [{id: act, label: act, status_by_site: {s1: achieved}}]
indicators:
  - id: i
    label: i
    measures: o
    measurements:
      - {date: 2021, value: 100, value_max: 90}
      - {date: 2021, value_max: 90, distribution: {yes: 1}}
      - {date: 2021, value: 1, period: {from: 2021-06, to: 2021-01}}
      - {date: 2021, value: 1, group: [a, b]}
)", "ext.yaml");
    INFO(describe(r.diagnostics));
    auto at = [&](const char* code, int line) {
        for (const auto& d : r.diagnostics)
            if (d.code == code && d.location.line == line) return true;
        return false;
    };
    CHECK(at("TOC005", 6));  // 'done' is not a result status
    CHECK(at("TOC007", 6));  // site s2 is not defined
    CHECK(at("TOC003", 7));  // a list where a map is due
    CHECK(at("TOC002", 8));  // status_by_site belongs to outcomes and impacts
    CHECK(at("TOC005", 14)); // value_max below value
    CHECK(at("TOC004", 15)); // value_max without a value
    CHECK(at("TOC005", 16)); // a period that ends before it begins
    CHECK(at("TOC003", 17)); // group must be text
}
