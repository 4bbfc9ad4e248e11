// `toc render --format iati` (issue 16): the export of every seed model is valid
// IATI 2.03 by the official schema (xmllint, offline, the copy in
// tests/fixtures/iati-schema); a broken export is rejected, so the check can fail.

#include <catch2/catch.hpp>

#include <toc/load/load.hpp>
#include <toc/output/iati.hpp>

#include "support/tools.hpp"

namespace {

toc::test::ProcessResult validate(const std::string& file) {
    return toc::test::xmllint({"--nonet", "--noout", "--schema",
                               toc::test::fixture("iati-schema/iati-activities-schema.xsd"), file});
}

}  // namespace

TEST_CASE("the IATI export of every seed model validates against the IATI 2.03 schema", "[output][iati]") {
    toc::test::TempDir dir;
    const auto models = toc::test::seed_models();
    REQUIRE(models.size() >= 6);
    for (const auto& path : models) {
        INFO(path);
        const auto loaded = toc::load_file(path);
        REQUIRE(loaded.ok());
        const std::string xml = toc::to_iati(loaded.model);
        const auto file = dir.write("iati.xml", xml);
        const auto r = validate(file);
        INFO(r.err);
        CHECK(r.status == 0);
        CHECK(r.err.find("validates") != std::string::npos);
        // every result with an indicator is there, typed 1, 2 or 3
        std::size_t results = 0;
        for (const auto& e : loaded.model.elements) {
            if (e.kind != toc::Kind::output && e.kind != toc::Kind::outcome && e.kind != toc::Kind::impact) continue;
            for (const auto& x : loaded.model.indicators)
                if (std::any_of(x.measures.begin(), x.measures.end(), [&](const toc::Ref& m) { return m.id == e.id; })) {
                    ++results;
                    break;
                }
        }
        CHECK(toc::test::count_of(xml, "<result type=") == results);
        CHECK(results > 0);
    }
}

TEST_CASE("the IATI export maps units, directions, baselines, periods and sites", "[output][iati]") {
    const auto r = toc::load_string(R"(toc: 1
id: iati_map
title: {en: Reading, sv: Läsning}
languages: [en, sv]
period: {from: 2021-01, to: 2023-12}
sites: [{id: s_north, label: North}]
outputs:
  - {id: op, label: Teachers trained}
outcomes:
  - {id: o, label: Pupils read better, horizon: short}
indicators:
  - id: i_share
    label: Share reading daily
    measures: o
    unit: percent
    direction: increase
    baseline: {date: 2020-09-01, value: 40, site: s_north}
    targets: [{value: 60}]
    measurements: [{date: 2022, value: 47.5, note: Autumn survey}]
  - id: i_count
    label: Teachers trained
    measures: op
    unit: count
    direction: decrease
    baseline: {date: 2021, value: 0}
)", "iati_map.yaml");
    INFO(toc::test::describe(r.diagnostics));
    REQUIRE(r.ok());
    const std::string xml = toc::to_iati(r.model);
    INFO(xml);
    CHECK(xml.find("<iati-activity xml:lang=\"en\">") != std::string::npos);
    CHECK(xml.find("<narrative xml:lang=\"sv\">Läsning</narrative>") != std::string::npos);
    CHECK(xml.find("<activity-date type=\"2\" iso-date=\"2021-01-01\"/>") != std::string::npos);
    CHECK(xml.find("<activity-date type=\"3\" iso-date=\"2023-12-31\"/>") != std::string::npos);
    CHECK(xml.find("<result type=\"1\">") != std::string::npos);
    CHECK(xml.find("<result type=\"2\">") != std::string::npos);
    CHECK(xml.find("<indicator measure=\"2\" ascending=\"1\">") != std::string::npos);
    CHECK(xml.find("<indicator measure=\"1\" ascending=\"0\">") != std::string::npos);
    CHECK(xml.find("<baseline year=\"2020\" iso-date=\"2020-09-01\" value=\"40\">") != std::string::npos);
    CHECK(xml.find("<dimension name=\"site\" value=\"North\"/>") != std::string::npos);
    CHECK(xml.find("<period-start iso-date=\"2021-01-01\"/>\n     <period-end iso-date=\"2023-12-31\"/>\n     <target value=\"60\"/>") !=
          std::string::npos);
    CHECK(xml.find("<period-start iso-date=\"2022-01-01\"/>\n     <period-end iso-date=\"2022-12-31\"/>\n     <actual value=\"47.5\">") !=
          std::string::npos);
    toc::test::TempDir dir;
    const auto v = validate(dir.write("map.xml", xml));
    INFO(v.err);
    CHECK(v.status == 0);
}

TEST_CASE("the validator rejects a broken IATI export", "[output][iati]") {
    const auto loaded = toc::load_file(toc::test::source_path("models/spira.yaml"));
    REQUIRE(loaded.ok());
    std::string xml = toc::to_iati(loaded.model);
    const auto start = xml.find("  <iati-identifier>");
    REQUIRE(start != std::string::npos);
    xml.erase(start, xml.find('\n', start) - start + 1);  // a required element gone
    toc::test::TempDir dir;
    const auto r = validate(dir.write("broken.xml", xml));
    CHECK(r.status != 0);
    CHECK(r.err.find("fails to validate") != std::string::npos);
    CHECK(r.err.find("iati-identifier") != std::string::npos);
}

TEST_CASE("toc render --format iati and --format tocmaker write the exports", "[output][iati][cli]") {
    auto r = toc::test::run_toc({"render", toc::test::source_path("models/spira.yaml"), "--format", "iati"});
    CHECK(r.status == 0);
    CHECK(r.out.find("<iati-activities version=\"2.03\">") != std::string::npos);
    r = toc::test::run_toc({"render", toc::test::source_path("models/spira.yaml"), "--format", "tocmaker"});
    CHECK(r.status == 0);
    CHECK(r.out.find("\"sections\"") != std::string::npos);
    r = toc::test::run_toc({"render", toc::test::source_path("models/spira.yaml"), "--format", "iati", "--lang", "en"});
    CHECK(r.status == 2);
    CHECK(r.err.find("--lang is not for iati") != std::string::npos);
}
