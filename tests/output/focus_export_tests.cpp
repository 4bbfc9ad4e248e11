// Every text export honours a focus by exporting the model cut down to it
// (toc::focus_model): Mermaid, GraphML and JSON of a focused model name the
// elements of the neighbourhood and none outside it. And Mermaid's show options.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <toc/graph/neighbourhood.hpp>
#include <toc/load/load.hpp>
#include <toc/output/graphml.hpp>
#include <toc/output/json.hpp>
#include <toc/output/mermaid.hpp>
#include <toc/output/tables.hpp>

#include "graph/two_strands.hpp"
#include "support/support.hpp"
#include "support/tools.hpp"

using namespace toc;
using toc::test::two_strands;

namespace {

// The neighbourhood of o_tillit, and the other strand.
const std::vector<std::string> inside{"r_tid", "a_stod", "o_tillit", "o_arbete", "i_utanforskap",
                                      "c_fa_familjer", "b_inga_jobb"};
const std::vector<std::string> outside{"r_lokal", "a_kurs", "o_ekonomi"};

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("Mermaid of a focused model draws the neighbourhood only", "[export][mermaid][focus]") {
    const Model m = two_strands();
    const std::string whole = to_mermaid(m);
    for (const auto& id : outside) CHECK(contains(whole, "n_" + id));  // drawn when there is no focus
    const std::string text = to_mermaid(focus_model(m, {"o_tillit"}).model);
    for (const auto& id : inside) CHECK(contains(text, "  n_" + id));
    for (const auto& id : outside) CHECK_FALSE(contains(text, "n_" + id));
    CHECK_FALSE(contains(text, "Knowledge gives control"));  // m_kunskap labels a link outside
    if (!test::mermaid_installed()) FAIL("the Mermaid parser is not installed: run scripts/setup.sh --test");
    test::TempDir tmp;
    const auto r = test::mermaid_parse(tmp.write("focus.mmd", text));
    INFO(r.out << r.err);
    REQUIRE(r.status == 0);
    CHECK(contains(r.out, "\"ok\":true"));
}

TEST_CASE("GraphML of a focused model has the neighbourhood's nodes and edges only", "[export][graphml][focus]") {
    const Model m = two_strands();
    const std::string text = to_graphml(focus_model(m, {"o_tillit"}, 1).model);
    // depth 1: o_tillit, its cause a_stod and context, its effect o_arbete, the barrier on that link
    for (const std::string id : {"a_stod", "o_tillit", "o_arbete", "c_fa_familjer", "b_inga_jobb"})
        CHECK(contains(text, "<node id=\"" + id + "\">"));
    for (const std::string id : {"r_tid", "i_utanforskap", "r_lokal", "a_kurs", "o_ekonomi"}) {
        CHECK_FALSE(contains(text, "<node id=\"" + id + "\">"));
        CHECK_FALSE(contains(text, "\"" + id + "\""));  // nor an edge to or from it
    }
    test::TempDir tmp;
    const auto file = tmp.write("focus.graphml", text);
    CHECK(test::xmllint({"--noout", file}).status == 0);
    const auto r = test::networkx_read(file);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(test::count_of(r.out, "\"kind\": ") == 5);
    // a_stod → o_tillit, c → o_tillit, o_tillit → o_arbete, the feedback, b on l_arbete
    CHECK(test::count_of(r.out, "\"source\": ") == 5);
    CHECK(contains(r.out, "\"on_link\": \"l_arbete\""));
}

TEST_CASE("JSON of a focused model is the neighbourhood as a model", "[export][json][focus]") {
    const Model m = two_strands();
    const std::string json = to_json(focus_model(m, {"o_tillit"}).model);
    for (const auto& id : inside) CHECK(contains(json, "\"id\": \"" + id + "\""));
    for (const auto& id : outside) CHECK_FALSE(contains(json, "\"" + id + "\""));
    for (const std::string id : {"m_kunskap", "as_kurs", "ind_ekonomi", "q_ekonomi"})
        CHECK_FALSE(contains(json, "\"" + id + "\""));
    for (const std::string id : {"m_tillit", "as_delta", "ind_tillit", "ind_bada", "q_tillit"})
        CHECK(contains(json, "\"id\": \"" + id + "\""));
    const LoadResult back = load_string(json, "focus.json");
    INFO(test::describe(back.diagnostics));
    REQUIRE(back.ok());
    CHECK(back.model.elements.size() == inside.size());
}

TEST_CASE("the indicator table of a focused model lists the indicators of the neighbourhood", "[export][table][focus]") {
    const Model m = two_strands();
    const std::string csv = indicator_table_csv(focus_model(m, {"o_ekonomi"}, 0).model);
    CHECK(contains(csv, "\r\nind_ekonomi,"));
    CHECK(contains(csv, "\r\nind_bada,"));
    CHECK_FALSE(contains(csv, "ind_tillit"));
}

TEST_CASE("Mermaid: contexts, barriers and problems can be left out", "[export][mermaid][show]") {
    const Model m = two_strands();
    const std::string all = to_mermaid(m);
    CHECK(contains(all, "n_c_fa_familjer"));
    CHECK(contains(all, "n_b_inga_jobb"));
    CHECK(contains(all, "j0"));  // l_arbete passes through a point: the barrier acts on it
    MermaidOptions o;
    o.contexts = false;
    o.barriers = false;
    o.mechanisms = false;
    const std::string text = to_mermaid(m, o);
    CHECK_FALSE(contains(text, "n_c_fa_familjer"));
    CHECK_FALSE(contains(text, "n_b_inga_jobb"));
    CHECK_FALSE(contains(text, "j0"));  // nothing acts on l_arbete any more
    CHECK_FALSE(contains(text, "Trust grows"));
    CHECK(contains(text, "n_o_tillit --> n_o_arbete"));
    if (!test::mermaid_installed()) FAIL("the Mermaid parser is not installed: run scripts/setup.sh --test");
    test::TempDir tmp;
    const auto r = test::mermaid_parse(tmp.write("show.mmd", text));
    INFO(r.out << r.err);
    REQUIRE(r.status == 0);
    CHECK(test::count_of(r.out, "\"label\":") - test::count_of(r.out, "\"start\":") == 8);  // 10 elements less 2
}
