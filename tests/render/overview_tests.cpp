// The one-page overview and page fitting, laid out by Graphviz and read back:
// every seed model's overview has at most 40 boxes and stays legible on A4
// landscape; numbers are the same in the theory view, the overview and the SVG.

#include <catch2/catch.hpp>

#include <regex>

#include <toc/graph/overview.hpp>
#include <toc/load/load.hpp>
#include <toc/model/numbering.hpp>
#include <toc/output/page.hpp>
#include <toc/render/render.hpp>

#include "support/load.hpp"
#include "support/support.hpp"
#include "support/tools.hpp"

using namespace toc;

namespace {

/// The nodes that are element boxes: those whose name is an element's id.
std::vector<const DotGraph::Node*> boxes(const DotGraph& g, const Model& m) {
    std::vector<const DotGraph::Node*> out;
    for (const auto& n : g.nodes)
        if (m.find_element(n.name)) out.push_back(&n);
    return out;
}

/// The number a box's label starts with: "<B>S3</B>  …".
std::string number_in(const DotGraph& g, const DotGraph::Node& n) {
    const std::string label = g.attribute(n, "label");
    const auto start = label.find("<B>"), end = label.find("</B>");
    if (start != 0 || end == std::string::npos) return {};
    return label.substr(3, end - 3);
}

}  // namespace

TEST_CASE("every seed model's overview: at most 40 boxes, legible on A4 landscape", "[render][overview]") {
    const Page a4 = *find_page("a4", true);
    const auto models = test::seed_models();
    REQUIRE_FALSE(models.empty());
    for (const auto& path : models) {
        INFO(path);
        const Model m = test::load_or_fail(path);
        DiagramOptions o;
        o.view = DiagramView::overview;
        o.page = a4;
        const DotGraph g = read_dot(to_dot(m, o), true);
        REQUIRE(g.ok());
        const auto drawn = boxes(g, m);
        CHECK(drawn.size() <= 40);
        CHECK(drawn.size() >= std::min<std::size_t>(m.elements.size(), 8));  // not an empty page
        REQUIRE(g.box);
        const auto& bb = *g.box;
        const PageFit fit = fit_on_page(bb[2] - bb[0], bb[3] - bb[1], a4);
        INFO("drawing " << bb[2] - bb[0] << " x " << bb[3] - bb[1] << " pt, text " << fit.text_pt << " pt");
        CHECK(fit.text_pt >= legible_text_pt);  // 8 pt
        CHECK(fit.legible);
        CHECK(g.attributes.at("size") == "11.09,7.67");
        for (const auto* n : drawn) CHECK(g.attribute(*n, "fontsize") == "11");
        // long-term outcomes and impacts are never folded
        const Overview ov = overview(m);
        for (const auto& e : m.elements)
            if (e.kind == Kind::impact || (e.kind == Kind::outcome && effective_horizon(e) == Horizon::long_term))
                CHECK(ov.model.find_element(e.id));
    }
}

TEST_CASE("a box has the same number in the theory view, the overview and the SVG", "[render][numbering]") {
    for (const auto& path : test::seed_models()) {
        INFO(path);
        const Model m = test::load_or_fail(path);
        const ElementNumbers numbers(m);
        DiagramOptions theory_options;
        const DotGraph theory = read_dot(to_dot(m, theory_options));
        DiagramOptions overview_options;
        overview_options.view = DiagramView::overview;
        const DotGraph over = read_dot(to_dot(m, overview_options));
        REQUIRE(theory.ok());
        REQUIRE(over.ok());
        std::size_t checked = 0;
        for (const auto* n : boxes(theory, m)) {
            CHECK(number_in(theory, *n) == numbers.of(n->name));
            ++checked;
        }
        CHECK(checked > 0);
        for (const auto* n : boxes(over, m)) CHECK(number_in(over, *n) == numbers.of(n->name));
        // the SVG: each element's group carries its number as the first text
        const RenderResult svg = render(m, ImageFormat::svg, overview_options);
        REQUIRE(svg.ok());
        test::TempDir tmp;
        const auto file = tmp.write("overview.svg", svg.data);
        for (const auto* n : boxes(over, m)) {
            const auto first = test::xmllint(
                {"--xpath", "string((//*[local-name()='g'][@id='" + n->name + "']//*[local-name()='text'])[1])", file});
            CHECK(test::trimmed(first.out) == numbers.of(n->name));
        }
    }
}

TEST_CASE("the authored overview renders with its note, summary boxes and title block", "[render][overview]") {
    const Model m = test::load_or_fail(test::fixture("render/overview_authored.yaml"));
    DiagramOptions o;
    o.view = DiagramView::overview;
    o.source = "overview_authored.yaml";
    const RenderResult svg = render(m, ImageFormat::svg, o);
    REQUIRE(svg.ok());
    test::TempDir tmp;
    const auto file = tmp.write("o.svg", svg.data);
    REQUIRE(test::xmllint({"--noout", file}).status == 0);
    const auto text = test::xmllint({"--xpath", "//*[local-name()='text']/text()", file}).out;
    for (const char* s : {"Steered overview — Overview", "Version 2.1 · 2025-03-01 · overview_authored.yaml",
                          "T-1", "+2 in detail", "The overview draws 6 of 11 elements", "C1"})
        CHECK(text.find(s) != std::string::npos);
    CHECK(text.find("Administration") == std::string::npos);
    CHECK(text.find("Home visits") == std::string::npos);
}

TEST_CASE("a page scales the drawing down, and the render reports its natural size", "[render][page]") {
    const auto models = test::seed_models();
    REQUIRE_FALSE(models.empty());
    const Model m = test::load_or_fail(models.front());
    DiagramOptions o;
    o.page = find_page("a4", true);
    const RenderResult r = render(m, ImageFormat::svg, o);
    REQUIRE(r.ok());
    REQUIRE(r.width > 0);
    // the SVG's width and height are the page's drawable area at most (in points)
    std::smatch w, h;
    REQUIRE(std::regex_search(r.data, w, std::regex("width=\"([0-9.]+)pt\"")));
    REQUIRE(std::regex_search(r.data, h, std::regex("height=\"([0-9.]+)pt\"")));
    CHECK(std::stod(w[1]) <= 11.09 * 72 + 1);
    CHECK(std::stod(h[1]) <= 7.67 * 72 + 1);
    // the full theory view of a seed model is a poster: on A4 its text is not legible
    CHECK_FALSE(fit_on_page(r.width, r.height, *o.page).legible);
}
