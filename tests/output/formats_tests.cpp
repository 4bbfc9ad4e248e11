// The output-format table (output/formats.hpp): names, aliases and extensions
// that resolve to one format each, the options each honours or refuses, and
// the command line accepting every name and extension the table lists.

#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>
#include <string>

#include <toc/output/formats.hpp>

#include "support/support.hpp"

using namespace toc;

TEST_CASE("formats: every name, alias and extension names one format", "[formats]") {
    std::map<std::string, const OutputFormat*> owner;
    std::set<std::string> written;  // the extension each format is written with
    for (const auto& f : output_formats) {
        CHECK_FALSE(f.name.empty());
        REQUIRE_FALSE(f.extensions.empty());
        CHECK(written.insert(std::string(f.extensions.front())).second);
        std::set<std::string_view> own{f.name};
        own.insert(f.aliases.begin(), f.aliases.end());
        own.insert(f.extensions.begin(), f.extensions.end());
        for (auto word : own) {
            INFO(word);
            CHECK(owner.emplace(std::string(word), &f).second);  // no other format has it
        }
    }
    for (const auto& [word, f] : owner) {
        INFO(word);
        CHECK(find_format(word) == f);
    }
}

TEST_CASE("formats: names resolve without regard to case, extensions with a dot", "[formats]") {
    REQUIRE(find_format("svg"));
    CHECK(find_format("SVG") == find_format("svg"));
    CHECK(find_format(".gv")->id == OutputFormatId::dot);
    CHECK(find_format("gv")->id == OutputFormatId::dot);
    CHECK(find_format("mmd")->id == OutputFormatId::mermaid);
    CHECK(find_format("markdown")->id == OutputFormatId::md);
    CHECK(find_format("jpeg") == nullptr);
    CHECK(find_format("") == nullptr);
    CHECK(find_format(".") == nullptr);
    CHECK(find_format("svgz") == nullptr);
}

TEST_CASE("formats: the format of a file name is its extension's", "[formats]") {
    CHECK(format_from_path("out/chart.MMD")->id == OutputFormatId::mermaid);
    CHECK(format_from_path("chart.mermaid")->id == OutputFormatId::mermaid);
    CHECK(format_from_path("a.b/theory.pdf")->id == OutputFormatId::pdf);
    CHECK(format_from_path("c:\\out\\table.markdown")->id == OutputFormatId::md);
    CHECK(format_from_path("a.svg/noext") == nullptr);
    CHECK(format_from_path(".svg") == nullptr);  // a hidden file, no extension
    CHECK(format_from_path("model.yaml") == nullptr);
    CHECK(format_from_path("") == nullptr);
}

TEST_CASE("formats: binary and Graphviz formats, and the names for messages", "[formats]") {
    std::set<std::string_view> binary, graphviz;
    for (const auto& f : output_formats) {
        if (f.binary) binary.insert(f.name);
        if (f.needs_graphviz) graphviz.insert(f.name);
    }
    CHECK(binary == std::set<std::string_view>{"png", "pdf"});
    CHECK(graphviz == std::set<std::string_view>{"svg", "png", "pdf"});
    CHECK(format_names() == "dot, svg, png, pdf, mermaid, graphml, json, md, csv, tocmaker or iati");
}

TEST_CASE("formats: each honours an option or refuses it in a sentence", "[formats]") {
    const OutputFormat& dot = *find_format("dot");
    const OutputFormat& mermaid = *find_format("mermaid");
    const OutputFormat& graphml = *find_format("graphml");
    const OutputFormat& json = *find_format("json");
    const OutputFormat& md = *find_format("md");

    ViewRequest all;
    all.show = std::vector<std::string>{"mechanisms", "indicators", "actors"};
    all.lang = true;
    all.view = "indicators";
    all.direction = true;
    all.layout = {"--group-by", "--no-legend"};
    for (auto name : {"dot", "svg", "png", "pdf"}) CHECK(refused_options(*find_format(name), all).empty());

    ViewRequest show;
    show.show = std::vector<std::string>{"mechanisms", "contexts", "barriers", "problems"};
    CHECK(refused_options(mermaid, show).empty());
    show.show->push_back("indicators");
    CHECK(refused_options(mermaid, show) == "--show indicators is not for mermaid; use dot, svg, png or pdf.");
    CHECK(refused_options(graphml, show) ==
          "--show is not for graphml, which exports every element and link as data.");
    show.show = std::vector<std::string>{"none"};
    CHECK(refused_options(mermaid, show).empty());
    CHECK_FALSE(refused_options(json, show).empty());  // an empty --show is still a --show

    ViewRequest lang;
    lang.lang = true;
    for (auto name : {"dot", "mermaid", "graphml", "md", "csv"}) CHECK(refused_options(*find_format(name), lang).empty());
    CHECK(refused_options(json, lang) == "--lang is not for json, which exports the whole model, in every language.");

    ViewRequest view;
    view.view = "theory";
    CHECK(refused_options(mermaid, view).empty());
    CHECK(refused_options(md, view) == "--view theory is not for md; use dot, svg, png, pdf or mermaid.");
    view.view = "indicators";
    CHECK(refused_options(mermaid, view) == "--view indicators is not for mermaid; use dot, svg, png, pdf, md or csv.");
    CHECK(refused_options(md, view).empty());  // the indicator table is the indicator view

    ViewRequest layout;
    layout.direction = true;
    CHECK(refused_options(mermaid, layout).empty());
    CHECK(refused_options(graphml, layout) ==
          "--direction is not for graphml, which exports every element and link as data.");
    layout.direction = false;
    layout.layout = {"--group-by"};
    CHECK(refused_options(mermaid, layout) ==
          "--group-by is not for mermaid, which draws the results chain as a flowchart.");
    CHECK(refused_options(dot, layout).empty());

    // focus: every format honours it, in one of two ways
    for (const auto& f : output_formats)
        CHECK((f.focus == FocusSupport::drawn) == (f.name == "dot" || f.needs_graphviz));
}

TEST_CASE("formats: toc render accepts every name, alias and extension in the table", "[formats][cli]") {
    const std::string model = test::fixture("render/small.yaml");
    test::TempDir tmp;
    for (const auto& f : output_formats) {
        std::set<std::string_view> names{f.name};
        names.insert(f.aliases.begin(), f.aliases.end());
        for (auto name : names) {
            const std::string out = (tmp.path / ("by-name." + std::string(f.extensions.front()))).string();
            const auto r = test::run_toc({"render", model, "--format", std::string(name), "-o", out});
            INFO(name << ": " << r.err);
            CHECK(r.status == 0);
        }
        for (auto ext : f.extensions) {
            const std::string out = (tmp.path / ("by-extension." + std::string(ext))).string();
            const auto r = test::run_toc({"render", model, "-o", out});
            INFO(ext << ": " << r.err);
            CHECK(r.status == 0);
            std::ifstream written(out, std::ios::binary);
            CHECK(written.peek() != std::ifstream::traits_type::eof());
        }
    }
}
