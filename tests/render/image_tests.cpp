// SVG, PNG and PDF through the Graphviz library, in process.

#include <catch2/catch.hpp>

#include <toc/output/diff/dot.hpp>
#include <toc/render/layout_effort.hpp>
#include <toc/render/render.hpp>

#include "fixtures/diff/pairs.hpp"

#include "support/sample_models.hpp"
#include "support/tools.hpp"

using namespace toc;

TEST_CASE("SVG is well-formed XML and carries the Swedish labels", "[render][svg]") {
    const RenderResult r = render(test::swedish_model(), ImageFormat::svg);
    REQUIRE(r.ok());
    CHECK(r.warnings.empty());
    test::TempDir tmp;
    const auto file = tmp.write("theory.svg", r.data);
    const auto lint = test::xmllint({"--noout", file});
    INFO(lint.err);
    CHECK(lint.status == 0);
    // The text a reader sees, as the XML parser reads it.
    const auto text = test::xmllint({"--xpath", "//*[local-name()='text']/text()", file});
    REQUIRE(text.status == 0);
    for (const char* label : {"Ökad självförsörjning", "Sociala rådgivare på heltid", "Minskat utanförskap",
                              "Få familjer per rådgivare", "Ingen anpassad arbetsmarknad", "Kortsiktiga", "Resurser",
                              "Hela familjen – förändringsteori", "Tillit byggs genom tillgängliga, flexibla rådgivare"})
        CHECK(text.out.find(label) != std::string::npos);
    const auto scripts = test::xmllint({"--xpath", "count(//*[local-name()='script' or local-name()='foreignObject'])", file});
    CHECK(test::trimmed(scripts.out) == "0");
}

TEST_CASE("the indicator map renders as SVG with every status", "[render][svg][indicators]") {
    DiagramOptions o;
    o.view = DiagramView::indicators;
    const RenderResult r = render(test::swedish_model(), ImageFormat::svg, o);
    REQUIRE(r.ok());
    test::TempDir tmp;
    const auto file = tmp.write("map.svg", r.data);
    CHECK(test::xmllint({"--noout", file}).status == 0);
    const auto text = test::xmllint({"--xpath", "//*[local-name()='text']/text()", file}).out;
    for (const char* s : {"uppnått", "i fas", "efter plan", "inga data", "inget mål", "Östra Göinge", "31.6 %"})
        CHECK(text.find(s) != std::string::npos);
}

TEST_CASE("PNG and PDF have their signatures", "[render][png][pdf]") {
    const Model m = test::swedish_model();
    const RenderResult png = render(m, ImageFormat::png);
    REQUIRE(png.ok());
    REQUIRE(png.data.size() > 1000);
    CHECK(png.data.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
    CHECK(png.data.find("IEND") != std::string::npos);
    const RenderResult pdf = render(m, ImageFormat::pdf);
    REQUIRE(pdf.ok());
    CHECK(pdf.data.compare(0, 5, "%PDF-") == 0);
    CHECK(pdf.data.find("%%EOF") != std::string::npos);
}

TEST_CASE("the dot format is the DOT text itself", "[render]") {
    const Model m = test::swedish_model();
    const RenderResult r = render(m, ImageFormat::dot);
    REQUIRE(r.ok());
    CHECK(r.data == to_dot(m));
}

TEST_CASE("bad DOT is an error value, never an exception", "[render]") {
    for (const char* bad : {"digraph {", "this is not dot", "", "digraph { a -> }"}) {
        INFO(bad);
        RenderResult r;
        REQUIRE_NOTHROW(r = render_dot(bad, ImageFormat::svg));
        CHECK_FALSE(r.ok());
        CHECK(r.data.empty());
        CHECK_FALSE(read_dot(bad).ok());
    }
    CHECK_FALSE(render_dot(std::string("digraph { a }\0x", 16), ImageFormat::svg).ok());
    // and a good graph still renders after the errors
    CHECK(render_dot("digraph { a -> b }", ImageFormat::svg).ok());
}

TEST_CASE("an unknown focus is reported, not drawn", "[render]") {
    DiagramOptions o;
    o.focus = "no_such_element";
    const RenderResult r = render(test::swedish_model(), ImageFormat::svg, o);
    CHECK_FALSE(r.ok());
    CHECK(r.error.find("no_such_element") != std::string::npos);
}

TEST_CASE("a drawn diff lays out in English and Swedish", "[render][diff]") {
    const auto c = test::compared_pair("element_added");
    for (const char* lang : {"en", "sv"}) {
        const DiffDocument doc{c.diff, "old.yaml", "new.yaml", lang, c.after.model.languages};
        const RenderResult r = render_dot(diff_to_dot(c.before.model, c.after.model, doc), ImageFormat::svg);
        INFO(lang);
        REQUIRE(r.ok());
        CHECK(r.data.find("<svg") != std::string::npos);
    }
}

namespace {

/// DOT of `nodes` boxes in a chain of ten columns, as large as a big model's drawing.
std::string chain_dot(int nodes) {
    std::string dot = "digraph big { rankdir=LR; node [shape=box];\n";
    for (int i = 0; i < nodes; ++i) {
        dot += "n" + std::to_string(i) + ";\n";
        if (i % 10) dot += "n" + std::to_string(i - 1) + " -> n" + std::to_string(i) + ";\n";
    }
    return dot + "}\n";
}

}  // namespace

TEST_CASE("a large drawing is laid out with bounded effort, and one too large is a clear error", "[render][large]") {
    const auto below = render_dot(chain_dot(layout_effort::bounded_from - 1), ImageFormat::svg);
    REQUIRE(below.ok());
    CHECK(below.warnings.empty());

    const auto bounded = render_dot(chain_dot(layout_effort::bounded_from), ImageFormat::svg);
    INFO(bounded.error);
    REQUIRE(bounded.ok());
    CHECK_FALSE(bounded.too_large);
    REQUIRE(bounded.warnings.size() == 1);
    CHECK(bounded.warnings[0] ==
          "the drawing has 400 boxes: Graphviz's effort is bounded to keep it to seconds, so more lines may cross");
    CHECK(bounded.data.find("<svg") != std::string::npos);

    const auto huge = render_dot(chain_dot(layout_effort::max_nodes + 1), ImageFormat::svg);
    CHECK_FALSE(huge.ok());
    CHECK(huge.too_large);
    CHECK(huge.data.empty());
    CHECK(huge.error.find("the drawing has 4 001 boxes; toc lays out at most 4 000") == 0);
    const auto read = read_dot(chain_dot(layout_effort::max_nodes + 1), true);
    CHECK(read.error.find("the drawing has 4 001 boxes") == 0);
}
