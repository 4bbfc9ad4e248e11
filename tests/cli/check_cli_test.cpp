// `toc check` run as a process: exit codes, text and JSON output.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/support.hpp"

using toc::test::fixture;
using toc::test::run_process;
using toc::test::run_toc;

TEST_CASE("toc --version and --help", "[cli]") {
    auto r = run_toc({"--version"});
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::StartsWith("toc 0."));
    r = run_toc({"--help"});
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("toc check FILE..."));
    r = run_toc({"check", "--help"});
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("--format text|json|sarif"));
}

TEST_CASE("toc check: bad arguments exit 2", "[cli]") {
    const std::string ok = fixture("valid/minimal.yaml");
    const std::vector<std::vector<std::string>> bad = {
        {},
        {"frobnicate"},
        {"check"},
        {"check", "--format", "xml", ok},
        {"check", "--format"},
        {"check", "--bogus", ok},
        {"check", "--enable", "TOC999", ok},
        {"check", "--disable", "no-such-rule", ok},
    };
    for (const auto& args : bad) {
        std::string joined;
        for (const auto& a : args) joined += a + " ";
        INFO("toc " << joined);
        const auto r = run_toc(args);
        CHECK(r.status == 2);
        CHECK_FALSE(r.err.empty());
    }
}

TEST_CASE("toc check: an unreadable file exits 2 and names the file", "[cli]") {
    const auto r = run_toc({"check", "/nonexistent/model.yaml"});
    CHECK(r.status == 2);
    CHECK_THAT(r.out, Catch::Contains("/nonexistent/model.yaml: error: cannot read the file"));
    const auto dir = run_toc({"check", fixture("valid")});
    CHECK(dir.status == 2);
    CHECK_THAT(dir.out, Catch::Contains("it is a directory"));
}

TEST_CASE("toc check: the did-you-mean line for an unresolved reference", "[cli]") {
    const std::string path = fixture("loader/toc007_unresolved.yaml");
    const auto r = run_toc({"check", path});
    CHECK(r.status == 1);
    CHECK_THAT(r.out, Catch::StartsWith(path + ":7:16: error: 'o_trst' is not defined; did you mean 'o_trust'? "
                                               "[TOC007 unresolved-reference]\n"));
    CHECK_THAT(r.out, Catch::EndsWith("1 file checked: 1 error, 0 warnings, 0 notes\n"));
}

TEST_CASE("toc check: diagnostics sorted by file and line across files", "[cli]") {
    const std::string a = fixture("loader/many_problems.yaml");
    const std::string b = fixture("loader/toc005_invalid_value.yaml");
    const auto r = run_toc({"check", b, a});
    CHECK(r.status == 1);
    std::vector<std::string> lines;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line);)
        if (line.rfind("  ", 0) != 0) lines.push_back(line);  // not the indented notes and fixes under a finding
    REQUIRE(lines.size() >= 3);
    lines.pop_back();  // summary
    std::vector<std::pair<std::string, int>> keys;
    for (const auto& line : lines) {
        const auto c1 = line.find(".yaml:") + 5;
        const auto c2 = line.find(':', c1 + 1);
        keys.emplace_back(line.substr(0, c1), std::stoi(line.substr(c1 + 1, c2 - c1 - 1)));
    }
    CHECK(std::is_sorted(keys.begin(), keys.end()));
    CHECK_THAT(r.out, Catch::Contains("2 files checked: 9 errors"));
}

TEST_CASE("toc check: a clean model exits 0, and --werror turns warnings into failure", "[cli]") {
    const std::string path = fixture("cli/warning_only.yaml");
    auto r = run_toc({"check", path});
    INFO(r.out << r.err);
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains(path + ":26:5: warning:"));
    CHECK_THAT(r.out, Catch::Contains("[TOC105 isolated-element]"));
    r = run_toc({"check", "--werror", path});
    CHECK(r.status == 1);
    r = run_toc({"check", "--werror", "--disable", "isolated-element", "--disable", "TOC201", "--disable", "TOC404", path});
    INFO(r.out);
    CHECK_THAT(r.out, !Catch::Contains("TOC105"));
}

TEST_CASE("toc check: JSON output is valid JSON with every field", "[cli][json]") {
    const std::string path = fixture("loader/toc007_unresolved.yaml");
    const auto r = run_toc({"check", "--format", "json", path});
    CHECK(r.status == 1);
    // a real JSON parser (nlohmann/json, strict RFC 8259) reads it back
    const nlohmann::json d = nlohmann::json::parse(r.out);
    const nlohmann::json& x = d.at("diagnostics").at(0);
    CHECK(x.at("file") == path);
    CHECK(x.at("line") == 7);
    CHECK(x.at("column") == 16);
    CHECK(x.at("severity") == "error");
    CHECK(x.at("code") == "TOC007");
    CHECK(x.at("name") == "unresolved-reference");
    CHECK(x.at("subject") == "a_support");
    CHECK(x.at("message") == "'o_trst' is not defined; did you mean 'o_trust'?");
    CHECK(d.at("summary") == nlohmann::json({{"errors", 1}, {"warnings", 0}, {"notes", 0}, {"files", 1}}));
}

TEST_CASE("toc check: JSON escapes hostile text", "[cli][json]") {
    toc::test::TempDir dir;
    const auto path = dir.write("q\"uote.yaml", "toc: 1\nid: x\ntitle: t\nx-a: 1\n\"we\\\"ird\\tkey\\u00e5\": 1\n");
    const auto r = run_toc({"check", "--format", "json", path});
    CHECK(r.status == 1);
    const nlohmann::json d = nlohmann::json::parse(r.out);
    CHECK(d.at("diagnostics").at(0).at("message").get<std::string>().find("unknown key 'we\"ird\tkey\u00e5'") !=
          std::string::npos);
    CHECK(d.at("diagnostics").at(0).at("file") == path);
}

TEST_CASE("toc check: reads standard input as '-'", "[cli]") {
    const auto r = run_toc({"check", "-"}, "toc: 1\nid: x\ntitle: t\noutcomes: [{id: o, label: o}]\n");
    CHECK(r.status == 1);
    CHECK_THAT(r.out, Catch::Contains("<stdin>:4:12: error: an outcome ('o') needs a 'horizon'"));
}

TEST_CASE("toc check --fix repairs the did-you-mean fixture in place and leaves the rest byte-identical", "[cli][fix]") {
    toc::test::TempDir dir;
    const std::string path = dir.write("model.yaml", toc::test::read_file(fixture("fix/did_you_mean.yaml")));
    const auto r = run_toc({"check", "--fix", "--format", "json", path});
    INFO(r.out << r.err);
    CHECK(r.status == 0);  // the fixed model has no errors left
    // byte for byte the expected file: comments, order, spacing and quotes kept
    CHECK(toc::test::read_file(path) == toc::test::read_file(fixture("fix/did_you_mean.fixed.yaml")));
    // what changed is said on the error stream, one line per fix; the JSON stays JSON
    CHECK_THAT(r.err, Catch::Contains("fixed: " + path + ":16:5: replaced 'horizn' with 'horizon' [TOC002]"));
    CHECK_THAT(r.err, Catch::Contains("replaced 'o_arbte' with 'o_arbete' [TOC007]"));
    CHECK_THAT(r.err, Catch::Contains("replaced 'ongoign' with 'ongoing' [TOC005]"));
    const nlohmann::json d = nlohmann::json::parse(r.out);
    CHECK(d.at("summary").at("errors") == 0);
    // a second run has nothing left to fix and changes nothing
    const auto again = run_toc({"check", "--fix", path});
    CHECK(again.err.find("fixed:") == std::string::npos);
    CHECK(toc::test::read_file(path) == toc::test::read_file(fixture("fix/did_you_mean.fixed.yaml")));
}

TEST_CASE("toc check --fix refuses standard input and leaves a file without certain fixes alone", "[cli][fix]") {
    const auto stdin_fix = run_toc({"check", "--fix", "-"}, "toc: 1\nid: x\ntitle: t\n");
    CHECK(stdin_fix.status == 2);
    CHECK_THAT(stdin_fix.err, Catch::Contains("standard input ('-') cannot be fixed"));
    toc::test::TempDir dir;
    const std::string path = dir.write("model.yaml", "toc: 1\nid: x\ntitle: t\nzzzz: 1\n");
    const auto r = run_toc({"check", "--fix", path});
    CHECK(r.status == 1);  // an unknown key with no near candidate: no fix, still an error
    CHECK(toc::test::read_file(path) == "toc: 1\nid: x\ntitle: t\nzzzz: 1\n");
}
