// SARIF 2.1.0 output. The full validation with Microsoft's SARIF Multitool is
// tests/tools/test-sarif.sh; this writes the file it can check, and checks the
// structure that code-scanning tools rely on.

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include <toc/checks/check.hpp>
#include <toc/load/load.hpp>
#include <toc/output/sarif.hpp>

#include "support/support.hpp"

namespace {
std::size_t occurrences(const std::string& s, const std::string& what) {
    std::size_t n = 0;
    for (auto p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
    return n;
}
}  // namespace

TEST_CASE("SARIF: one descriptor per rule, results with level, message and location", "[checks][sarif]") {
    const toc::Catalogue catalogue = toc::default_catalogue();
    std::vector<toc::Diagnostic> ds;
    for (const char* f : {"checks/toc102_fail.yaml", "checks/toc206_fail.yaml", "checks/toc406_fail.yaml"}) {
        auto r = toc::load_file(toc::test::fixture(f));
        REQUIRE(r.ok());
        auto found = toc::check(r.model);
        ds.insert(ds.end(), found.begin(), found.end());
    }
    ds.push_back({"TOC001", "yaml-syntax", toc::Severity::error, {"dir with space/ö.yaml", 3, 7}, "bad \"quote\"", ""});
    ds.push_back({"TOC000", "io-error", toc::Severity::error, {"missing.yaml", 0, 0}, "cannot read", ""});
    ds.push_back({"X1", "custom", toc::Severity::note, {}, "no location, unknown rule", ""});

    std::ostringstream out;
    toc::write_sarif(out, ds, catalogue, "1.2.3");
    const std::string s = out.str();
    // Keep a copy for tests/tools/test-sarif.sh.
    std::ofstream(std::string(TOC_BINARY_DIR) + "/checks-test.sarif") << s;

    CHECK_THAT(s, Catch::Contains("\"version\": \"2.1.0\""));
    CHECK_THAT(s, Catch::Contains("\"name\": \"toc\""));
    CHECK_THAT(s, Catch::Contains("\"version\": \"1.2.3\""));
    CHECK(occurrences(s, "\"helpUri\"") == catalogue.rules().size() + 13);
    CHECK(occurrences(s, "\"defaultConfiguration\"") == catalogue.rules().size() + 13);
    CHECK_THAT(s, Catch::Contains("\"id\": \"TOC206\",\n              \"name\": \"measurement-arithmetic\""));
    CHECK_THAT(s, Catch::Contains("checks.md#toc206\""));
    CHECK_THAT(s, Catch::Contains("checks.md#toc009\""));
    CHECK(occurrences(s, "\"ruleId\"") == ds.size());
    CHECK(occurrences(s, "\"ruleIndex\"") == ds.size() - 1);  // X1 is in no descriptor
    // each located result has one physical location, and so has each related
    // location (a finding about a link names both its ends)
    std::size_t related = 0, with_related = 0;
    for (const auto& d : ds) {
        related += d.related.size();
        with_related += d.related.empty() ? 0 : 1;
    }
    CHECK(related > 0);
    CHECK(occurrences(s, "\"relatedLocations\"") == with_related);
    CHECK(occurrences(s, "\"physicalLocation\"") == ds.size() - 1 + related);
    CHECK(occurrences(s, "\"startLine\"") == ds.size() - 2 + related);  // TOC000 has a file but no line
    CHECK_THAT(s, Catch::Contains("\"uri\": \"dir%20with%20space/%C3%B6.yaml\""));
    CHECK_THAT(s, Catch::Contains("\"text\": \"bad \\\"quote\\\"\""));
    CHECK_THAT(s, Catch::Contains("\"uri\": \"file://" + toc::test::fixture("checks/toc206_fail.yaml") + "\""));
    CHECK_THAT(s, Catch::Contains("\"level\": \"error\""));
    CHECK_THAT(s, Catch::Contains("\"level\": \"warning\""));
    CHECK_THAT(s, Catch::Contains("\"level\": \"note\""));
}

TEST_CASE("SARIF: ruleIndex points at the descriptor of the result's rule", "[checks][sarif]") {
    const toc::Catalogue catalogue = toc::default_catalogue();
    std::vector<toc::Diagnostic> ds{{"TOC101", "illegal-link", toc::Severity::error, {"m.yaml", 4, 5}, "x", "a"}};
    std::ostringstream out;
    toc::write_sarif(out, ds, catalogue, "0.1.0");
    // TOC000…TOC009 and TOC020…TOC022 come first (13), then the catalogue in order: TOC101 is index 13.
    CHECK_THAT(out.str(), Catch::Contains("\"ruleIndex\": 13"));
}

TEST_CASE("SARIF: related locations and fixes (deletedRegion and insertedContent)", "[checks][sarif]") {
    std::vector<toc::Diagnostic> ds;
    for (const char* f : {"loader/toc006_duplicate_id.yaml", "fix/did_you_mean.yaml"}) {
        auto r = toc::load_file(toc::test::fixture(f));
        ds.insert(ds.end(), r.diagnostics.begin(), r.diagnostics.end());
    }
    std::ostringstream out;
    toc::write_sarif(out, ds, toc::default_catalogue(), "0.1.0");
    // a real JSON parser reads the results back
    const auto py = toc::test::run_process(
        {"/usr/bin/python3", "-c",
         "import json,sys\n"
         "for r in json.load(sys.stdin)['runs'][0]['results']:\n"
         "    for l in r.get('relatedLocations', []):\n"
         "        g=l['physicalLocation']['region']\n"
         "        print(r['ruleId'], 'related', l['id'], l['message']['text'], g['startLine'], g['startColumn'],\n"
         "              l['physicalLocation']['artifactLocation']['uri'].endswith('toc006_duplicate_id.yaml'))\n"
         "    for f in r.get('fixes', []):\n"
         "        (c,)=f['artifactChanges']\n"
         "        (p,)=c['replacements']\n"
         "        g=p['deletedRegion']\n"
         "        print(r['ruleId'], 'fix', f['description']['text'], '|', g['startLine'], g['startColumn'],\n"
         "              g['endLine'], g['endColumn'], p['insertedContent']['text'],\n"
         "              c['artifactLocation']['uri'].endswith('did_you_mean.yaml'))\n"},
        out.str());
    INFO(out.str() << py.err);
    CHECK(py.status == 0);
    CHECK(py.out ==
          "TOC006 related 0 first defined here 5 5 True\n"  // the outcome o_trust
          "TOC005 fix replace 'ongoign' with 'ongoing' | 10 16 10 23 ongoing True\n"
          "TOC002 fix replace 'horizn' with 'horizon' | 16 5 16 11 horizon True\n"
          "TOC005 fix replace 'lnog' with 'long' | 17 58 17 62 long True\n"
          "TOC007 fix replace 'o_arbte' with 'o_arbete' | 11 28 11 35 o_arbete True\n");  // references last
    // results without either have neither key
    CHECK(occurrences(out.str(), "\"relatedLocations\"") == 1);
    CHECK(occurrences(out.str(), "\"fixes\"") == 4);
}
