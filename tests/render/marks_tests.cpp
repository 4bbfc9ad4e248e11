// What was found, on the picture: result and assumption status on the boxes and
// notes, the checks' findings as numbered badges with a key, and a highlighted
// pathway — DOT read back with cgraph, SVG parsed.

#include <catch2/catch.hpp>

#include <set>

#include <toc/load/load.hpp>
#include <toc/output/badges.hpp>
#include <toc/render/render.hpp>

#include "support/model_builder.hpp"
#include "support/support.hpp"
#include "support/tools.hpp"

using namespace toc;

namespace {

std::string attr(const DotGraph::Node& n, const std::string& k) {
    auto it = n.attributes.find(k);
    return it == n.attributes.end() ? std::string() : it->second;
}

const DotGraph::Edge* find_edge(const DotGraph& g, const std::string& tail, const std::string& head) {
    for (const auto& e : g.edges)
        if (e.tail == tail && e.head == head) return &e;
    return nullptr;
}

}  // namespace

TEST_CASE("a result's status is a symbol, a word and a border colour on its box", "[render][status]") {
    Model m;
    m.languages = {"en"};
    const std::vector<std::pair<ResultStatus, std::string>> statuses{
        {ResultStatus::achieved, "✔ achieved"},         {ResultStatus::partly_achieved, "◐ partly achieved"},
        {ResultStatus::not_achieved, "✘ not achieved"}, {ResultStatus::too_early, "◌ too early to tell"},
        {ResultStatus::contested, "± contested"}};
    for (std::size_t i = 0; i < statuses.size(); ++i)
        test::add(m, Kind::outcome, "o" + std::to_string(i)).result_status = statuses[i].first;
    test::add(m, Kind::outcome, "o_expected");
    Assumption refuted;
    refuted.id = "as_refuted";
    refuted.text = "People want it.";
    refuted.status = AssumptionStatus::refuted;
    m.assumptions.push_back(refuted);
    m.elements.front().assumptions.push_back(Ref("as_refuted"));
    const DotGraph g = read_dot(to_dot(m));
    REQUIRE(g.ok());
    std::set<std::string> borders;
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        const auto* n = g.node("o" + std::to_string(i));
        REQUIRE(n);
        INFO(statuses[i].second);
        CHECK(attr(*n, "label").find(statuses[i].second) != std::string::npos);
        CHECK(attr(*n, "penwidth") == "2.4");
        CHECK(attr(*n, "color") == std::string(status_mark(statuses[i].first).color));
        borders.insert(attr(*n, "color"));
        // the legend keys each status found
        CHECK(g.attributes.at("label").find(statuses[i].second) != std::string::npos);
    }
    CHECK(borders.size() == statuses.size());  // five statuses, five colours
    const auto* expected = g.node("o_expected");
    REQUIRE(expected);
    CHECK(attr(*expected, "color") == std::string(kind_style(m.elements.back()).border));
    CHECK(attr(*expected, "label").find("<FONT") == std::string::npos);  // no status line
    const auto* note = g.node("_a1");
    REQUIRE(note);
    CHECK(attr(*note, "label").find("✘ refuted") != std::string::npos);
    CHECK(attr(*note, "style") == "filled,dashed");
}

TEST_CASE("findings are numbered badges on what they concern, with a key", "[render][findings]") {
    for (const auto& path : test::seed_models()) {
        INFO(path);
        const LoadResult r = load_file(path);
        REQUIRE(r.ok());
        DiagramOptions o;
        o.lang = "en";
        show_findings(o, r.model);
        REQUIRE_FALSE(o.findings.empty());
        CHECK(o.findings.size() <= picture_findings);
        CHECK(o.findings_total >= o.findings.size());
        const DotGraph g = read_dot(to_dot(r.model, o));
        REQUIRE(g.ok());
        const std::string key = g.attributes.at("label");
        CHECK(key.find("Findings (" + std::to_string(o.findings.size())) != std::string::npos);
        std::size_t on_boxes = 0;
        for (std::size_t i = 0; i < o.findings.size(); ++i) {
            const std::string number = std::to_string(i + 1) + "</B>";
            CHECK(key.find(number) != std::string::npos);
            if (const auto* n = g.node(o.findings[i].subject)) {
                CHECK(attr(*n, "label").find(number) != std::string::npos);
                ++on_boxes;
            }
        }
        CHECK(on_boxes > 0);
    }
}

TEST_CASE("highlight (--highlight) dims what is off the pathways through an element", "[render][highlight]") {
    const LoadResult r = load_file(test::fixture("render/small.yaml"));
    REQUIRE(r.ok());
    DiagramOptions o;
    o.highlight = "out_planer";
    const DotGraph g = read_dot(to_dot(r.model, o));
    REQUIRE(g.ok());
    for (const char* on : {"out_planer", "o_tillit", "o_arbete", "i_utanforskap"}) {
        INFO(on);
        REQUIRE(g.node(on));
        CHECK(attr(*g.node(on), "fillcolor") != "#F5F5F5");
    }
    for (const char* off : {"a_stod", "r_tid"}) {
        INFO(off);
        REQUIRE(g.node(off));
        CHECK(attr(*g.node(off), "fillcolor") == "#F5F5F5");
    }
    CHECK(attr(*g.node("out_planer"), "penwidth") == "3");
    const DotGraph::Edge* dim = nullptr;  // a_stod's link to o_tillit runs through its assumption's junction
    for (const auto& e : g.edges)
        if (e.tail == "a_stod" && e.head.rfind("_j", 0) == 0) dim = &e;
    REQUIRE(dim);
    CHECK(dim->attributes.at("color") == "#D0D0D0");
    const auto* bright = find_edge(g, "out_planer", "o_tillit");
    REQUIRE(bright);
    CHECK(bright->attributes.at("penwidth") == "2.4");
    CHECK(diagram_options_error(r.model, [] { DiagramOptions x; x.highlight = "nobody"; return x; }())
              .find("--highlight") != std::string::npos);
}
