// Mermaid (read by the real Mermaid parser), GraphML (read by networkx) and JSON
// (read back by toc's own loader: JSON is YAML).

#include <catch2/catch.hpp>

#include <toc/output/graphml.hpp>
#include <toc/output/json.hpp>
#include <toc/output/mermaid.hpp>
#include <toc/detail/json_writer.hpp>
#include <toc/load/load.hpp>

#include "support/sample_models.hpp"
#include "support/tools.hpp"

using namespace toc;
using toc::test::count_of;

TEST_CASE("Mermaid: the real parser accepts the flowchart and reads its structure", "[export][mermaid]") {
    if (!test::mermaid_installed()) FAIL("the Mermaid parser is not installed: run scripts/setup.sh --test");
    const Model m = test::swedish_model();
    const std::string text = to_mermaid(m);
    CHECK(text.find("flowchart LR") != std::string::npos);
    test::TempDir tmp;
    const auto r = test::mermaid_parse(tmp.write("m.mmd", text));
    INFO(r.out << r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out.find("\"ok\":true") != std::string::npos);
    CHECK(r.out.find("\"type\":\"flowchart-v2\"") != std::string::npos);
    // 12 elements, 1 gate, 1 junction (l_work is acted on)
    CHECK(count_of(r.out, "\"label\":") - count_of(r.out, "\"start\":") == 14);
    // links: 11 + 2 uses + 1 extra for the junction + the gate's
    CHECK(count_of(r.out, "\"start\":") == 11 + 2 + 1 + 1);
    CHECK(r.out.find(" · Ökad självförsörjning\"") != std::string::npos);  // after its box number
    CHECK(r.out.find("\"start\":\"n_b_no_jobs\",\"end\":\"j0\",\"type\":\"arrow_cross\"") != std::string::npos);
    CHECK(r.out.find("\"start\":\"n_c_small_caseload\",\"end\":\"n_o_trust\",\"type\":\"arrow_point\",\"stroke\":\"dotted\"") != std::string::npos);
}

TEST_CASE("Mermaid: English labels and top-to-bottom", "[export][mermaid]") {
    MermaidOptions o;
    o.lang = "en";
    o.direction = DiagramDirection::TB;
    const std::string text = to_mermaid(test::swedish_model(), o);
    CHECK(text.find("flowchart TB") != std::string::npos);
    CHECK(text.find("More self-sufficiency") != std::string::npos);
    CHECK(text.find("Short-term outcomes") != std::string::npos);
}

TEST_CASE("GraphML: networkx reads every node and edge with its data", "[export][graphml]") {
    const Model m = test::swedish_model();
    test::TempDir tmp;
    const auto file = tmp.write("m.graphml", to_graphml(m));
    CHECK(test::xmllint({"--noout", file}).status == 0);
    const auto r = test::networkx_read(file);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out.find("\"directed\": true") != std::string::npos);
    CHECK(count_of(r.out, "\"kind\": ") == m.elements.size());
    CHECK(count_of(r.out, "\"source\": ") == 11 + 2);
    CHECK(r.out.find("\"id\": \"o_work\", \"kind\": \"outcome\", \"label\": \"Ökad självförsörjning\", \"horizon\": \"long\"") != std::string::npos);
    CHECK(r.out.find("\"type\": \"hinders\"") != std::string::npos);
    CHECK(r.out.find("\"on_link\": \"l_work\"") != std::string::npos);
    CHECK(r.out.find("\"type\": \"feedback\"") != std::string::npos);
    CHECK(r.out.find("\"type\": \"uses\"") != std::string::npos);
    CHECK(r.out.find("\"mechanisms\": \"m_trust\"") != std::string::npos);
    CHECK(r.out.find("\"evaluated\": true") != std::string::npos);
}

TEST_CASE("JSON: the whole model, loaded again, exports to the same text", "[export][json]") {
    const Model m = test::swedish_model();
    const std::string json = to_json(m);
    CHECK(json.find("\"toc\": 1") != std::string::npos);
    CHECK(json.find("\"title\": {\n    \"sv\": \"Hela familjen – förändringsteori\"") != std::string::npos);
    const LoadResult back = load_string(json, "export.json");
    INFO(test::describe(back.diagnostics));
    REQUIRE(back.ok());
    CHECK(to_json(back.model) == json);
    CHECK(back.model.elements.size() == m.elements.size());
    CHECK(back.model.indicators.size() == m.indicators.size());
    // key order is stable: toc, id, title … as in the format
    CHECK(json.find("\"toc\"") < json.find("\"id\""));
    CHECK(json.find("\"sites\"") < json.find("\"resources\""));
    CHECK(json.find("\"resources\"") < json.find("\"activities\""));
    CHECK(json.find("\"indicators\"") > json.find("\"assumptions\""));
}
