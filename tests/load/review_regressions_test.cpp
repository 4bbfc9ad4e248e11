// Regressions from the review of the loader: bounded memory through aliases and
// long ids, precise locations, values the format forbids.

#include <catch2/catch.hpp>

#include <toc/diagnostics/format.hpp>
#include <toc/detail/json_writer.hpp>
#include <toc/load/load.hpp>
#include <toc/model/number.hpp>

#include "support/support.hpp"

using toc::test::describe;
using toc::test::run_toc;

namespace {
std::string model_header() { return "toc: 1\nid: m\ntitle: t\n"; }
std::string repeat(const std::string& s, int n, const std::string& sep = ", ") {
    std::string r;
    for (int i = 0; i < n; ++i) r += (i ? sep : "") + s;
    return r;
}
bool mentions_bomb(const toc::LoadResult& r) {
    for (const auto& d : r.diagnostics)
        if (d.message.find("alias bomb") != std::string::npos) return true;
    return false;
}
}  // namespace

TEST_CASE("an aliased item with an x- key is not copied without bound", "[loader][hostile]") {
    const std::string text = model_header() + "x-el: &e {id: o1, label: l, horizon: short, x-big: [" + repeat("0", 2000) +
                             "]}\noutcomes: [" + repeat("*e", 2000) + "]\n";
    const auto r = toc::load_string(text, "ext-bomb.yaml");
    REQUIRE_FALSE(r.ok());
    CHECK(mentions_bomb(r));
    // and the command line finishes within 1 GB of address space
    toc::test::TempDir dir;
    const auto cli = run_toc({"check", dir.write("ext-bomb.yaml", text)}, {}, 1024);
    CHECK(cli.status == 1);
}

TEST_CASE("aliases of a large scalar count by size", "[loader][hostile]") {
    const std::string text = model_header() + "x-big: &s \"" + std::string(1'000'000, 'a') +
                             "\"\nx-el: &e {id: o, label: *s, description: *s, horizon: short}\noutcomes: [" +
                             repeat("*e", 2000) + "]\n";
    const auto r = toc::load_string(text, "scalar-bomb.yaml");
    REQUIRE_FALSE(r.ok());
    CHECK(mentions_bomb(r));
}

TEST_CASE("a very long id is refused, and messages stay short", "[loader][hostile]") {
    std::string text = model_header() + "outcomes:\n  - id: " + std::string(100'000, 'a') + "\n    label: l\n    horizon: short\n";
    for (int i = 0; i < 2000; ++i) text += "    k" + std::to_string(i) + ": v\n";
    const auto r = toc::load_string(text, "long-id.yaml");
    REQUIRE_FALSE(r.ok());
    std::size_t bytes = 0;
    for (const auto& d : r.diagnostics) bytes += d.message.size() + d.subject.size();
    CHECK(bytes < 2'000'000);
    CHECK(toc::test::find_code(r.diagnostics, "TOC005") != nullptr);
}

TEST_CASE("did-you-mean does not hunt typos in huge words", "[loader][hostile]") {
    const std::string id(30000, 'a');
    const auto r = toc::load_string(model_header() + "outcomes: [{id: " + id + "b, label: l, horizon: short}]\n"
                                    "activities: [{id: a, label: a, leads_to: [" + id + "c]}]\n", "long.yaml");
    const auto* d = toc::test::find_code(r.diagnostics, "TOC007");
    REQUIRE(d);
    CHECK_THAT(d->message, !Catch::Contains("did you mean"));
}

TEST_CASE("empty ids, bad languages, years and counts are reported", "[loader]") {
    const auto r = toc::load_string(R"(toc: 1
id: m
title: t
languages: [sv, Swedish, sv]
sources: [{id: s, title: S, year: 99}]
resources: [{id: r, label: r}]
activities: [{id: a, label: a, uses: [""]}]
outcomes: [{id: o, label: o, horizon: short}]
indicators:
  - {id: i, label: i, measures: o, measurements: [{date: 2021, n: 3, distribution: {ja: 2.5, nej: 0.5}}]}
)", "values.yaml");
    INFO(describe(r.diagnostics));
    auto at = [&](int line) {
        int n = 0;
        for (const auto& d : r.diagnostics) n += d.code == "TOC005" && d.location.line == line;
        return n;
    };
    CHECK(at(4) == 2);  // 'Swedish' is no tag; 'sv' twice
    CHECK(at(5) == 1);  // year 99
    CHECK(at(7) == 1);  // an empty id
    CHECK(at(10) == 2); // counts that are not whole
}

TEST_CASE("an empty value is reported where its key is", "[loader]") {
    const auto r = toc::load_string("toc: 1\nid: m\ntitle: t\noutcomes:\n  - id: o\n    label:\n    horizon: short\n\n\n  - id: p\n    label: p\n    horizon: short\n", "null.yaml");
    INFO(describe(r.diagnostics));
    REQUIRE_FALSE(r.diagnostics.empty());
    // label: with nothing is not text; yaml-cpp would place it at the next token
    for (const auto& d : r.diagnostics) CHECK(d.location.line <= 7);
}

TEST_CASE("numbers made in code print at their precision", "[model][number]") {
    CHECK(toc::Number(2.96, 1).str() == "3.0");
    CHECK(toc::Number(0.05, 2).str() == "0.05");
    CHECK(toc::Number(1e-7).str() == "0.0000001");
    CHECK(toc::Number(NAN, 0).str() == "nan");
    CHECK(toc::Number(-INFINITY, 2).str() == "-inf");
    CHECK(toc::Number(1e300, 2).str().size() > 300);
}

TEST_CASE("JSON stays valid with invalid UTF-8 and control characters", "[json]") {
    CHECK(toc::JsonWriter::quote("a\xFF" "b") == "\"a\\ufffdb\"");
    CHECK(toc::JsonWriter::quote("å\x01") == "\"å\\u0001\"");
    toc::Diagnostic d{"TOC002", "unknown-key", toc::Severity::error, {"f.yaml", 1, 1}, "two\nlines", ""};
    CHECK(toc::format_diagnostic(d).find('\n') == std::string::npos);
}

TEST_CASE("the command line: --, one standard input, a failed write", "[cli]") {
    toc::test::TempDir dir;
    const auto dashed = dir.write("-model.yaml", model_header());
    auto r = run_toc({"check", "--", dashed});
    CHECK(r.status == 0);
    r = run_toc({"check", "-", "-"}, model_header());
    CHECK(r.status == 2);
    r = run_toc({"check", "--disable=TOC105", "--enable=TOC203", dashed, "--", "-"}, model_header());
    CHECK(r.status == 0);
    const auto full = toc::test::run_process({"/bin/sh", "-c", std::string(TOC_EXE) + " check " + dashed + " > /dev/full"});
    CHECK(full.status == 2);
}

TEST_CASE("an empty value is an error, not a measurement without a figure", "[loader][fuzz]") {
    const auto r = toc::load_file(toc::test::fixture("fuzz-regressions/f1-empty-measurement-value.yaml"));
    INFO(describe(r.diagnostics));
    const auto empties = toc::test::all_with_code(r.diagnostics, "TOC004");
    CHECK(empties.size() == 4);
    for (const auto* d : empties) CHECK_THAT(d->message, Catch::Contains("has an empty 'value'"));
}
