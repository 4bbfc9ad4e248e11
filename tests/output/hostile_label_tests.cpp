// Labels that try to break out: quotes, backslashes, < > &, braces, |, newlines,
// emoji, å ä ö, markup and script. They appear verbatim in every output, never
// change the graph's structure, and nothing in them becomes markup.

#include <catch2/catch.hpp>

#include <toc/output/graphml.hpp>
#include <toc/output/json.hpp>
#include <toc/output/mermaid.hpp>
#include <toc/output/tables.hpp>
#include <toc/detail/json_writer.hpp>
#include <toc/load/load.hpp>
#include <toc/model/numbering.hpp>
#include <toc/render/render.hpp>

#include "support/sample_models.hpp"
#include "support/tools.hpp"

using namespace toc;
using toc::test::count_of;
using toc::test::hostile_text;

namespace {

/// What Graphviz makes of an HTML label: entities decoded, <BR/> a line break, other tags dropped.
std::string html_label_text(std::string s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == '<') {
            const auto end = s.find('>', i);
            const std::string tag = s.substr(i, end - i + 1);
            if (tag.rfind("<BR", 0) == 0) out += '\n';
            i = end + 1;
        } else if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == '\\') {  // Graphviz's escape for one backslash
            out += '\\';
            i += 2;
        } else if (s[i] == '&') {
            const auto end = s.find(';', i);
            const std::string e = s.substr(i, end - i + 1);
            out += e == "&amp;" ? "&" : e == "&lt;" ? "<" : e == "&gt;" ? ">" : e == "&quot;" ? "\"" : e == "&#39;" ? "'" : e;
            i = end + 1;
        } else {
            out += s[i++];
        }
    }
    return out;
}

std::string unwrapped(std::string s) {  // wrapping turns some spaces into line breaks
    for (auto& c : s) if (c == '\n') c = ' ';
    return s;
}

}  // namespace

TEST_CASE("hostile labels keep the DOT's structure and come back verbatim", "[hostile][dot]") {
    const Model m = test::hostile_model();
    for (auto view : {DiagramView::theory, DiagramView::indicators}) {
        DiagramOptions o;
        o.view = view;
        const DotGraph g = read_dot(to_dot(m, o));
        INFO(g.error);
        REQUIRE(g.ok());
        CHECK(g.warnings.empty());
        std::size_t elements = 0;
        for (const auto& n : g.nodes) elements += n.name.front() != '_';
        CHECK(elements == (view == DiagramView::theory ? m.elements.size() : 4u));
        for (const auto& e : m.elements) {
            const auto* n = g.node(e.id);
            if (!n) continue;
            REQUIRE(n->html.count("label"));
            const std::string shown = html_label_text(n->attributes.at("label"));
            CHECK(unwrapped(shown).find(unwrapped(e.label.str())) != std::string::npos);
        }
    }
    // the id with "--" stays one node
    CHECK(read_dot(to_dot(m)).node("b--1"));
}

TEST_CASE("hostile labels: SVG is well-formed, verbatim, and has no markup from labels", "[hostile][svg]") {
    const Model m = test::hostile_model();
    test::TempDir tmp;
    for (auto view : {DiagramView::theory, DiagramView::indicators}) {
        DiagramOptions o;
        o.view = view;
        const RenderResult r = render(m, ImageFormat::svg, o);
        INFO(r.error);
        REQUIRE(r.ok());
        CHECK(r.warnings.empty());
        const auto file = tmp.write("h.svg", r.data);
        const auto lint = test::xmllint({"--noout", file});
        INFO(lint.err);
        CHECK(lint.status == 0);
        CHECK(test::trimmed(test::xmllint({"--xpath", "count(//*[local-name()='script'])", file}).out) == "0");
        CHECK(test::trimmed(test::xmllint({"--xpath", "count(//*[local-name()='b'])", file}).out) == "0");
        const auto text = test::xmllint({"--xpath", "//*[local-name()='text']/text()", file}).out;
        for (const char* piece : {"\"quoted\"", "'single'", "\\back\\slash\\", "<b>bold</b>", "&amp;", "&lt;",
                                  "{brace}", "|pipe|", "<script>alert(1)</script>", "🎉", "åäö", "\\N", "\\G"}) {
            INFO(piece);
            // xmllint prints text nodes decoded; & < > come back as entities only in its own output escaping
            std::string expected = piece;
            CHECK((text.find(expected) != std::string::npos ||
                   text.find([&] {
                       std::string e;
                       for (char c : expected) e += c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : std::string(1, c);
                       return e;
                   }()) != std::string::npos));
        }
    }
}

TEST_CASE("hostile labels: PNG and PDF render", "[hostile][png][pdf]") {
    const Model m = test::hostile_model();
    CHECK(render(m, ImageFormat::png).ok());
    CHECK(render(m, ImageFormat::pdf).ok());
}

TEST_CASE("hostile labels: Mermaid parses and shows them verbatim", "[hostile][mermaid]") {
    if (!test::mermaid_installed()) FAIL("the Mermaid parser is not installed: run scripts/setup.sh --test");
    const Model m = test::hostile_model();
    test::TempDir tmp;
    const auto r = test::mermaid_parse(tmp.write("h.mmd", to_mermaid(m)));
    INFO(r.out << r.err);
    REQUIRE(r.status == 0);
    const ElementNumbers numbers(m);  // each box carries its number (model/numbering.hpp)
    for (const auto& e : m.elements)
        CHECK(r.out.find("\"label\":" + JsonWriter::quote(numbers.of(e) + " · " + e.label.str())) != std::string::npos);
    // the edge label carries the mechanism's text
    CHECK(r.out.find(JsonWriter::quote(m.mechanisms[0].label.str())) != std::string::npos);
    // 7 elements + 1 junction; 6 links + 1 uses + 1 more for the link through the junction
    CHECK(count_of(r.out, "\"label\":") - count_of(r.out, "\"start\":") == 8);
    CHECK(count_of(r.out, "\"start\":") == 8);
}

TEST_CASE("hostile labels: GraphML is read back verbatim by networkx", "[hostile][graphml]") {
    const Model m = test::hostile_model();
    test::TempDir tmp;
    const auto file = tmp.write("h.graphml", to_graphml(m));
    CHECK(test::xmllint({"--noout", file}).status == 0);
    const auto r = test::networkx_read(file);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(count_of(r.out, "\"kind\": ") == m.elements.size());
    for (const auto& e : m.elements) {
        std::string q = JsonWriter::quote(e.label.str());  // json.dumps(ensure_ascii=False) escapes the same way
        CHECK(r.out.find("\"label\": " + q) != std::string::npos);
    }
}

TEST_CASE("hostile labels: JSON round-trips exactly", "[hostile][json]") {
    const Model m = test::hostile_model();
    const std::string json = to_json(m);
    const LoadResult back = load_string(json, "h.json");
    INFO(test::describe(back.diagnostics));
    REQUIRE(back.ok());
    CHECK(to_json(back.model) == json);
    CHECK(back.model.elements[0].label.str() == m.elements[0].label.str());
}

TEST_CASE("hostile labels: the indicator tables escape what Markdown and CSV would read", "[hostile][table]") {
    const Model m = test::hostile_model();
    const std::string md = indicator_table_markdown(m);
    // one header, one separator, one row: no cell's text broke the table
    CHECK(count_of(md, "\n") == 3);
    const auto row = md.substr(md.rfind('\n', md.size() - 2) + 1);
    std::size_t unescaped = 0;
    for (std::size_t i = 0; i < row.size(); ++i) unescaped += row[i] == '|' && (i == 0 || row[i - 1] != '\\');
    CHECK(unescaped == 9);  // 8 cells
    CHECK(md.find("<b>") == std::string::npos);
    CHECK(md.find("\\<b\\>bold\\</b\\>") != std::string::npos);
    CHECK(md.find("<br>second line 🎉 åäö ÅÄÖ") != std::string::npos);
    const std::string csv = indicator_table_csv(m);
    std::string quoted_label = "\"";
    for (char c : m.indicators[0].label.str()) { if (c == '"') quoted_label += '"'; quoted_label += c; }
    quoted_label += '"';
    CHECK(csv.find("ind1," + quoted_label + ",") != std::string::npos);
}

TEST_CASE("control characters and broken UTF-8 never reach an output", "[hostile]") {
    Model m;
    m.id = "ctl";
    auto e = test::make_element(Kind::output, "o1", std::string("bell\a nul-free \x01\x1f tab\tcr\r end \xff\xfe bad"));
    m.elements.push_back(e);
    const RenderResult r = render(m, ImageFormat::svg);
    REQUIRE(r.ok());
    test::TempDir tmp;
    CHECK(test::xmllint({"--noout", tmp.write("c.svg", r.data)}).status == 0);
    CHECK(test::xmllint({"--noout", tmp.write("c.graphml", to_graphml(m))}).status == 0);
    CHECK(read_dot(to_dot(m)).ok());
}
