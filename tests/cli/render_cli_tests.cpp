// `toc render` as a process: formats, options, exit codes, and every seed model.

#include <catch2/catch.hpp>

#include <filesystem>

#include "support/tools.hpp"

using namespace toc::test;

namespace {
const std::string small = fixture("render/small.yaml");

/// Each set of options, given to `toc render small.yaml`, is refused with exit
/// status 2, nothing on standard output and the message on standard error.
void check_refused(const std::vector<std::pair<std::vector<std::string>, std::string>>& refused) {
    for (const auto& [options, message] : refused) {
        std::vector<std::string> args{"render", small};
        args.insert(args.end(), options.begin(), options.end());
        const auto r = run_toc(args);
        INFO(message);
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        CHECK(r.err.find(message) != std::string::npos);
    }
}
}

TEST_CASE("toc render writes DOT to standard output by default", "[cli]") {
    const auto r = run_toc({"render", small});
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(starts_with(r.out, "digraph toc {"));
    CHECK(r.out.find("Ökad självförsörjning") != std::string::npos);
    CHECK(r.err.empty());
}

TEST_CASE("toc render takes the format from -o's extension", "[cli]") {
    TempDir tmp;
    const std::vector<std::pair<std::string, std::string>> files{
        {"d.svg", "<?xml"}, {"d.png", "\x89PNG"}, {"d.pdf", "%PDF-"}, {"d.dot", "digraph"}, {"d.gv", "digraph"},
        {"d.mmd", "---\ntitle:"}, {"d.graphml", "<?xml"}, {"d.json", "{"}, {"d.md", "| Indikator"},
        {"d.csv", "indicator_id,"}};
    for (const auto& [name, start] : files) {
        INFO(name);
        const auto out = (tmp.path / name).string();
        const auto r = run_toc({"render", small, "-o", out});
        INFO(r.err);
        REQUIRE(r.status == 0);
        CHECK(starts_with(read_file(out), start));
    }
    // --format wins over the extension
    const auto out = (tmp.path / "x.txt").string();
    REQUIRE(run_toc({"render", small, "--format", "svg", "-o", out}).status == 0);
    CHECK(read_file(out).find("<svg") != std::string::npos);
}

TEST_CASE("toc render: text formats go to standard output, binary ones need -o", "[cli]") {
    for (const char* f : {"svg", "mermaid", "graphml", "json", "md", "csv", "dot"}) {
        INFO(f);
        const auto r = run_toc({"render", small, "--format", f});
        CHECK(r.status == 0);
        CHECK_FALSE(r.out.empty());
    }
    for (const char* f : {"png", "pdf"}) {
        const auto r = run_toc({"render", small, "--format", f});
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        CHECK(r.err.find("-o") != std::string::npos);
    }
}

TEST_CASE("toc render: options reach the diagram", "[cli]") {
    auto r = run_toc({"render", small, "--lang", "en"});
    CHECK(r.out.find("More self-sufficiency") != std::string::npos);
    r = run_toc({"render", small, "--direction", "TB"});
    CHECK(r.out.find("rankdir=TB") != std::string::npos);
    r = run_toc({"render", small, "--group-by", "level"});
    CHECK(r.out.find("cluster_lane") != std::string::npos);
    CHECK(r.err.find("no lanes") == std::string::npos);
    // nothing to group by: said, drawn without lanes
    r = run_toc({"render", source_path("models/fa_n.yaml"), "--group-by", "site"});
    CHECK(r.status == 0);
    CHECK(r.err.find("toc render: warning: --group-by site, but no element names a site (sites:): the drawing has "
                     "no lanes") != std::string::npos);
    CHECK(r.out.find("cluster_lane") == std::string::npos);
    CHECK(r.out.find("digraph") != std::string::npos);
    r = run_toc({"render", small, "--focus", "o_tillit", "--depth", "1"});
    REQUIRE(r.status == 0);
    CHECK(r.out.find("\"o_tillit\" [") != std::string::npos);
    CHECK(r.out.find("\"r_tid\" [") == std::string::npos);
    r = run_toc({"render", small, "--view", "indicators"});
    CHECK(r.out.find("Indikatorkarta") != std::string::npos);
    r = run_toc({"render", small, "--view=indicators", "--format=md"});
    CHECK(r.out.find("| Andel hushåll i arbete | L1 Ökad självförsörjning | percent | Syd | 0 (2019-08) | 30 (2021-11) | 14.8 (2021-11) | efter plan |") != std::string::npos);
    r = run_toc({"render", small, "--mechanisms", "nodes"});
    CHECK(r.out.find("\"_m0\"") != std::string::npos);
}

TEST_CASE("toc render: a model with errors is not rendered", "[cli]") {
    TempDir tmp;
    const auto out = (tmp.path / "x.svg").string();
    const auto r = run_toc({"render", fixture("render/broken.yaml"), "-o", out});
    CHECK(r.status == 1);
    CHECK(r.out.empty());
    CHECK(r.err.find("broken.yaml:8:16: error:") != std::string::npos);
    CHECK(r.err.find("[TOC007 unresolved-reference]") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(out));
}

TEST_CASE("toc render: bad arguments exit 2 with a message", "[cli]") {
    const std::vector<std::vector<std::string>> bad{
        {"render"},
        {"render", small, "--format", "gif"},
        {"render", small, "-o", "x.unknown"},
        {"render", small, "--view", "both"},
        {"render", small, "--direction", "RL"},
        {"render", small, "--group-by", "colour"},
        {"render", small, "--depth", "-1", "--focus", "o_tillit"},
        {"render", small, "--depth", "2"},
        {"render", small, "--focus", "o_tilit"},
        {"render", small, "--frobnicate"},
        {"render", small, small},
        {"render", "/no/such/file.yaml"},
    };
    for (const auto& args : bad) {
        std::string joined;
        for (const auto& a : args) joined += a + " ";
        INFO(joined);
        const auto r = run_toc(args);
        CHECK(r.status == 2);
        CHECK_FALSE(r.err.empty());
    }
    CHECK(run_toc({"render", small, "--focus", "o_tilit"}).err.find("did you mean 'o_tillit'") != std::string::npos);
    CHECK(run_toc({"render", "--help"}).status == 0);
}

TEST_CASE("every seed model renders in every format", "[cli][models]") {
    const auto models = seed_models();
    REQUIRE_FALSE(models.empty());
    TempDir tmp;
    for (const auto& model : models) {
        for (const char* view : {"theory", "indicators"}) {
            for (const char* ext : {"svg", "png", "pdf", "dot"}) {
                const auto out = (tmp.path / (std::string("m.") + ext)).string();
                const auto r = run_toc({"render", model, "--view", view, "-o", out});
                INFO(model << " " << view << " " << ext << "\n" << r.err);
                CHECK(r.status == 0);
                // Graphviz said nothing, or (pa_vag's indicator map, Graphviz 2.42) that it fell back to curves
                CHECK((r.err.empty() ||
                       r.err == "toc render: warning: Graphviz could not route some links as splines; they are drawn as curves\n"));
                if (std::string(ext) == "svg") CHECK(xmllint({"--noout", out}).status == 0);
            }
        }
        for (const char* ext : {"mmd", "graphml", "json", "md", "csv"}) {
            const auto out = (tmp.path / (std::string("m.") + ext)).string();
            const auto r = run_toc({"render", model, "-o", out});
            INFO(model << " " << ext << "\n" << r.err);
            CHECK(r.status == 0);
            if (std::string(ext) == "mmd" && mermaid_installed()) {
                const auto p = mermaid_parse(out);
                INFO(p.out);
                CHECK(p.status == 0);
            }
            if (std::string(ext) == "graphml") CHECK(networkx_read(out).status == 0);
        }
    }
}

TEST_CASE("toc render: mermaid, graphml and json honour --focus, and an option a format cannot honour is refused",
          "[cli][focus]") {
    // o_tillit one step away: r_tid (a resource far upstream) is outside the neighbourhood
    for (const char* format : {"mermaid", "graphml", "json"}) {
        INFO(format);
        const auto whole = run_toc({"render", small, "--format", format});
        const auto focused = run_toc({"render", small, "--format", format, "--focus", "o_tillit", "--depth", "1"});
        REQUIRE(whole.status == 0);
        REQUIRE(focused.status == 0);
        CHECK(focused.out.size() < whole.out.size());
        CHECK(whole.out.find("r_tid") != std::string::npos);
        CHECK(focused.out.find("r_tid") == std::string::npos);
        CHECK(focused.out.find("o_tillit") != std::string::npos);
    }
    const auto typo = run_toc({"render", small, "--format", "graphml", "--focus", "o_tilit"});
    CHECK(typo.status == 2);
    CHECK(typo.err.find("did you mean 'o_tillit'") != std::string::npos);
    const std::vector<std::pair<std::vector<std::string>, std::string>> refused = {
        {{"--format", "graphml", "--show", "indicators"}, "--show is not for graphml"},
        {{"--format", "json", "--lang", "en"}, "--lang is not for json"},
        {{"--format", "mermaid", "--group-by", "level"}, "--group-by is not for mermaid"},
        {{"--format", "csv", "--view", "theory"}, "--view theory is not for csv"},
    };
    check_refused(refused);
}

TEST_CASE("toc render --view overview: one page, what it folded on standard error", "[cli][overview]") {
    TempDir tmp;
    for (const auto& model : seed_models()) {
        INFO(model);
        const auto out = (tmp.path / "overview.png").string();
        const auto r = run_toc({"render", model, "--view", "overview", "--lang", "en", "-o", out});
        INFO(r.err);
        REQUIRE(r.status == 0);
        CHECK(starts_with(read_file(out), "\x89PNG"));
        CHECK(r.err.find("toc render: The overview draws ") != std::string::npos);
        CHECK(r.err.find("The theory view draws them all.") != std::string::npos);
        // fitted to A4 landscape; when its text falls under 8 pt the warning says so (7.7–7.9 pt today)
        if (r.err.find("hard to read") != std::string::npos)
            CHECK(r.err.find("fitted to a4 landscape, the box text is ") != std::string::npos);
    }
    // an overview that folds nothing says nothing
    const auto quiet = run_toc({"render", fixture("render/small.yaml"), "--view", "overview"});
    INFO(quiet.err);
    REQUIRE(quiet.status == 0);
    CHECK(quiet.err.empty());
    CHECK(quiet.out.find("size=\"11.09,7.67\"") != std::string::npos);
}

TEST_CASE("toc render --page fits the drawing and warns when its text gets too small", "[cli][page]") {
    TempDir tmp;
    const auto models = seed_models();
    REQUIRE_FALSE(models.empty());
    const auto out = (tmp.path / "poster.svg").string();
    const auto poster = run_toc({"render", models.front(), "--page", "a4", "-o", out});
    INFO(poster.err);
    REQUIRE(poster.status == 0);
    CHECK(poster.err.find("toc render: warning: fitted to a4, the box text is ") != std::string::npos);
    CHECK(poster.err.find("pt (under 8.0 pt, hard to read)") != std::string::npos);
    const auto small_page = run_toc({"render", small, "--page", "a3", "--landscape", "--format", "dot"});
    REQUIRE(small_page.status == 0);
    CHECK(small_page.out.find("size=\"15.94,11.09\"") != std::string::npos);
    const std::vector<std::pair<std::vector<std::string>, std::string>> refused = {
        {{"--landscape"}, "--landscape needs --page"},
        {{"--page", "a5"}, "a5"},
        {{"--format", "mermaid", "--page", "a4"}, "--page is not for mermaid"},
        {{"--format", "mermaid", "--view", "overview"}, "--view overview is not for mermaid"},
        {{"--view", "overview", "--focus", "o_tillit"}, "--focus is not for the overview"},
    };
    check_refused(refused);
}

TEST_CASE("toc render on a model of 10 000 elements ends at once with a clear message, its overview draws", "[cli][large]") {
    // the bound: a picture or a clear message within 60 s (Graphviz alone does not finish in 15 minutes)
    TempDir tmp;
    const auto model = (tmp.path / "big.yaml").string();
    REQUIRE(run_process({"/usr/bin/python3", source_path("bench/gen_model.py"), "10000", model}).status == 0);
    const auto whole = run_toc({"render", model, "-o", (tmp.path / "big.svg").string()});
    CHECK(whole.status == 2);
    CHECK(whole.err.find("toc render: Graphviz could not draw " + model + ": the drawing has ") == 0);
    CHECK(whole.err.find("boxes; toc lays out at most 4 000") != std::string::npos);
    CHECK(whole.err.find("(--view overview, or --focus ID --depth 2)") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(tmp.path / "big.svg"));
    const auto overview = run_toc({"render", model, "--view", "overview", "-o", (tmp.path / "overview.svg").string()});
    INFO(overview.err);
    CHECK(overview.status == 0);
    CHECK(xmllint({"--noout", (tmp.path / "overview.svg").string()}).status == 0);
}
