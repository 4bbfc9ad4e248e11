// The DOT that toc::to_dot writes, read back with cgraph (toc::read_dot):
// nodes, edges, columns (rank=same), attributes, options, and the layout.

#include <catch2/catch.hpp>

#include <cmath>
#include <set>

#include <toc/output/dot.hpp>
#include <toc/render/render.hpp>

#include "support/sample_models.hpp"
#include "support/tools.hpp"

using namespace toc;
using toc::test::count_of;
using toc::test::starts_with;

namespace {

const DotGraph::Edge* find_edge(const DotGraph& g, const std::string& tail, const std::string& head) {
    for (const auto& e : g.edges)
        if (e.tail == tail && e.head == head) return &e;
    return nullptr;
}
std::string attr(const DotGraph::Edge& e, const std::string& k) {
    auto it = e.attributes.find(k);
    return it == e.attributes.end() ? std::string() : it->second;
}
std::string attr(const DotGraph::Node& n, const std::string& k) {
    auto it = n.attributes.find(k);
    return it == n.attributes.end() ? std::string() : it->second;
}
/// The rank=same subgraph that holds a node.
const DotGraph::Subgraph* column_of(const DotGraph& g, const std::string& node) {
    for (const auto& s : g.subgraphs) {
        auto it = s.attributes.find("rank");
        if (it == s.attributes.end() || it->second != "same") continue;
        for (const auto& n : s.nodes) if (n == node) return &s;
    }
    return nullptr;
}
std::size_t real_edges(const DotGraph& g) {
    std::size_t n = 0;
    for (const auto& e : g.edges) n += attr(e, "style") != "invis";
    return n;
}

}  // namespace

TEST_CASE("the theory diagram has one node per element, header, gate, junction and note", "[dot]") {
    const Model m = test::swedish_model();
    const DotGraph g = read_dot(to_dot(m));
    REQUIRE(g.ok());
    CHECK(g.directed);
    CHECK(g.warnings.empty());
    std::size_t elements = 0, headers = 0, gates = 0, junctions = 0, notes = 0;
    for (const auto& n : g.nodes) {
        if (starts_with(n.name, "_stage")) ++headers;
        else if (starts_with(n.name, "_and_")) ++gates;
        else if (starts_with(n.name, "_j")) ++junctions;
        else if (starts_with(n.name, "_a")) ++notes;
        else ++elements;
    }
    CHECK(elements == m.elements.size());
    CHECK(headers == 7);    // resources … impacts (no problems in this model)
    CHECK(gates == 1);      // o_work combines all
    CHECK(junctions == 2);  // a_support → o_trust (assumption), l_work (acted on by a barrier)
    CHECK(notes == 2);      // as_engage, as_jobs
    // links: 11 element links + 2 uses; junctioned links count twice, the gate adds one edge,
    // each assumption note one edge.
    CHECK(real_edges(g) == 11 + 2 + 2 + 1 + 2);
}

TEST_CASE("stages are columns in order, aligned with rank=same", "[dot]") {
    const DotGraph g = read_dot(to_dot(test::swedish_model()));
    REQUIRE(g.ok());
    CHECK(g.attributes.at("rankdir") == "LR");
    CHECK(g.attributes.at("newrank") == "true");
    const std::vector<std::pair<std::string, std::string>> expected{
        {"r_advisors", "_stage1"}, {"r_funding", "_stage1"}, {"a_support", "_stage2"}, {"a_coordination", "_stage2"},
        {"out_plans", "_stage3"},  {"o_trust", "_stage4"},   {"o_collab", "_stage4"},   {"o_self_efficacy", "_stage5"},
        {"o_work", "_stage6"},     {"i_exclusion", "_stage7"}};
    for (const auto& [node, header] : expected) {
        INFO(node);
        const auto* col = column_of(g, node);
        REQUIRE(col);
        CHECK(std::find(col->nodes.begin(), col->nodes.end(), header) != col->nodes.end());
    }
    // contexts and barriers are placed freely, next to what they act on
    CHECK(column_of(g, "c_small_caseload") == nullptr);
    CHECK(column_of(g, "b_no_jobs") == nullptr);
    // the headers are chained in order
    for (int s = 1; s < 7; ++s)
        CHECK(find_edge(g, "_stage" + std::to_string(s), "_stage" + std::to_string(s + 1)));
}

TEST_CASE("links are drawn in their own styles", "[dot]") {
    const DotGraph g = read_dot(to_dot(test::swedish_model()));
    REQUIRE(g.ok());
    SECTION("leads_to is solid") {
        const auto* e = find_edge(g, "a_coordination", "out_plans");
        REQUIRE(e);
        CHECK(attr(*e, "style") == "solid");
        CHECK(attr(*e, "arrowhead") == "normal");
    }
    SECTION("enables is dashed") {
        const auto* e = find_edge(g, "c_small_caseload", "o_trust");
        REQUIRE(e);
        CHECK(attr(*e, "style") == "dashed");
    }
    SECTION("hinders is red with a blunt head, here on a link's junction") {
        const auto* e = find_edge(g, "b_no_jobs", "_j7_0");
        REQUIRE(e);
        CHECK(attr(*e, "color") == "#D55E00");
        CHECK(attr(*e, "arrowhead") == "tee");
        // the link acted on passes through the junction
        CHECK(find_edge(g, "o_self_efficacy", "_j7_0"));
        CHECK(find_edge(g, "_j7_0", "_and_o_work"));
        CHECK(g.node("_j7_0")->attributes.at("shape") == "point");
    }
    SECTION("feedback is dotted and does not constrain the ranks") {
        const auto* e = find_edge(g, "o_trust", "a_support");
        REQUIRE(e);
        CHECK(attr(*e, "style") == "dotted");
        CHECK(attr(*e, "constraint") == "false");
    }
    SECTION("combine: all joins the package in an AND gate") {
        CHECK(find_edge(g, "out_plans", "_and_o_work"));
        CHECK(find_edge(g, "_and_o_work", "o_work"));
        CHECK_FALSE(find_edge(g, "out_plans", "o_work"));
        CHECK(attr(*find_edge(g, "out_plans", "_and_o_work"), "arrowhead") == "none");
    }
    SECTION("resources used by activities") {
        CHECK(find_edge(g, "r_advisors", "a_support"));
        CHECK(find_edge(g, "r_advisors", "a_coordination"));
    }
    SECTION("mechanisms are numbered link labels, explained in the title's key") {
        const auto* e = find_edge(g, "_j2_0", "o_trust");
        REQUIRE(e);
        CHECK(e->html.count("label"));
        CHECK(attr(*e, "label").find("M1") != std::string::npos);
        CHECK(g.attributes.at("label").find("Tillit byggs genom tillgängliga, flexibla rådgivare") != std::string::npos);
    }
    SECTION("assumptions are numbered notes attached to their link or element") {
        const auto* a1 = g.node("_a1");
        REQUIRE(a1);
        CHECK(attr(*a1, "shape") == "note");
        CHECK(attr(*a1, "label").find("A1") != std::string::npos);
        CHECK(find_edge(g, "_a1", "_j2_0"));
        CHECK(find_edge(g, "_a2", "o_work"));
    }
}

TEST_CASE("each kind has its own shape and colour, labels are Swedish by default", "[dot]") {
    const DotGraph g = read_dot(to_dot(test::swedish_model()));
    REQUIRE(g.ok());
    std::set<std::pair<std::string, std::string>> looks;
    for (const char* id : {"r_advisors", "a_support", "out_plans", "o_trust", "i_exclusion", "c_small_caseload", "b_no_jobs"}) {
        const auto* n = g.node(id);
        REQUIRE(n);
        CHECK(n->html.count("label"));
        looks.insert({attr(*n, "shape"), attr(*n, "fillcolor")});
    }
    CHECK(looks.size() == 7);
    CHECK(attr(*g.node("o_trust"), "label").find("Ökad tillit till rådgivaren") != std::string::npos);
    CHECK(attr(*g.node("_stage2"), "label").find("Aktiviteter") != std::string::npos);
    CHECK(g.attributes.at("label").find("Hela familjen – förändringsteori") != std::string::npos);
    CHECK(g.attributes.at("label").find("leder till") != std::string::npos);
}

TEST_CASE("option --lang picks the label language, falling back to the model's first", "[dot]") {
    Model m = test::swedish_model();
    DiagramOptions o;
    o.lang = "en";
    DotGraph g = read_dot(to_dot(m, o));
    REQUIRE(g.ok());
    CHECK(attr(*g.node("o_trust"), "label").find("More trust in the advisor") != std::string::npos);
    CHECK(attr(*g.node("_stage2"), "label").find("Activities") != std::string::npos);
    o.lang = "de";  // not written: the model's first language (sv), English furniture
    g = read_dot(to_dot(m, o));
    CHECK(attr(*g.node("o_trust"), "label").find("Ökad tillit till rådgivaren") != std::string::npos);
}

TEST_CASE("long labels are wrapped at about 30 characters", "[dot]") {
    const DotGraph g = read_dot(to_dot(test::swedish_model()));
    const std::string label = attr(*g.node("a_coordination"), "label");
    CHECK(label == "<B>T2</B>  Samordning mellan<BR/>myndigheterna kring varje<BR/>familj");
    const auto lines = detail::dot::wrap("ett två tre fyra fem sex sju åtta nio tio elva tolv", 30);
    for (const auto& l : lines) CHECK(detail::columns(l) <= 30);
    const auto cut = detail::dot::wrap(std::string(100, 'x'), 30);  // cut at 30 until at most 45 remain
    REQUIRE(cut.size() == 3);
    CHECK(cut[0].size() == 30);
    CHECK(cut[2].size() == 40);
}

TEST_CASE("options --direction, --group-by and the model's hints", "[dot]") {
    Model m = test::swedish_model();
    DiagramOptions o;
    o.direction = DiagramDirection::TB;
    CHECK(read_dot(to_dot(m, o)).attributes.at("rankdir") == "TB");
    m.diagram.direction = DiagramDirection::TB;
    CHECK(read_dot(to_dot(m)).attributes.at("rankdir") == "TB");
    o.direction = DiagramDirection::LR;  // the command line overrides the hint
    CHECK(read_dot(to_dot(m, o)).attributes.at("rankdir") == "LR");

    o.group_by = GroupBy::level;
    const DotGraph g = read_dot(to_dot(m, o));
    REQUIRE(g.ok());
    std::map<std::string, std::vector<std::string>> lanes;
    for (const auto& s : g.subgraphs)
        if (starts_with(s.name, "cluster_lane")) lanes[s.attributes.at("label")] = s.nodes;
    // individual, staff, organisation, system, and last the elements without a level
    REQUIRE(lanes.size() == 5);
    CHECK(lanes.count("<B>Övrigt</B>") == 1);
    bool found = false;
    for (const auto& [label, nodes] : lanes)
        if (label.find("Individ") != std::string::npos) {
            found = true;
            CHECK(std::find(nodes.begin(), nodes.end(), "o_trust") != nodes.end());
            CHECK(std::find(nodes.begin(), nodes.end(), "o_work") != nodes.end());
            CHECK(std::find(nodes.begin(), nodes.end(), "a_support") == nodes.end());
        }
    CHECK(found);

    o.group_by = GroupBy::actor;
    const DotGraph ga = read_dot(to_dot(m, o));
    std::size_t clusters = 0;
    for (const auto& s : ga.subgraphs) clusters += starts_with(s.name, "cluster_lane");
    CHECK(clusters == 2);  // only a_support names an actor: its lane, and the other lane
}

TEST_CASE("options --focus and --depth draw only what leads to and from one element", "[dot]") {
    const Model m = test::swedish_model();
    DiagramOptions o;
    o.focus = "o_self_efficacy";
    DotGraph g = read_dot(to_dot(m, o));
    REQUIRE(g.ok());
    for (const char* in : {"o_self_efficacy", "o_trust", "a_support", "r_advisors", "c_small_caseload", "o_work",
                           "i_exclusion", "b_no_jobs"})  // b_no_jobs acts on the link o_self_efficacy → o_work
        CHECK(g.node(in));
    for (const char* out : {"o_collab", "out_plans", "a_coordination"})  // neither upstream nor downstream
        CHECK_FALSE(g.node(out));
    CHECK(attr(*g.node("o_self_efficacy"), "penwidth") == "3");

    o.depth = 1;
    g = read_dot(to_dot(m, o));
    for (const char* in : {"o_self_efficacy", "o_trust", "o_work"}) CHECK(g.node(in));
    for (const char* out : {"a_support", "r_advisors", "i_exclusion", "o_collab"}) CHECK_FALSE(g.node(out));
    o.depth = 0;
    g = read_dot(to_dot(m, o));
    std::size_t elements = 0;
    for (const auto& n : g.nodes) elements += !starts_with(n.name, "_");
    CHECK(elements == 1);

    o.focus = "nope";
    CHECK_FALSE(diagram_options_error(m, o).empty());
}

TEST_CASE("mechanisms as nodes", "[dot]") {
    DiagramOptions o;
    o.mechanisms = MechanismDisplay::nodes;
    const DotGraph g = read_dot(to_dot(test::swedish_model(), o));
    REQUIRE(g.ok());
    const auto* m = g.node("_m0");
    REQUIRE(m);
    CHECK(attr(*m, "label").find("Tillit byggs") != std::string::npos);
    CHECK(find_edge(g, "_m0", "_j2_0"));
    CHECK(find_edge(g, "c_small_caseload", "_m0"));  // the mechanism's context (C-M-O)
    CHECK(g.attributes.at("label").find("Mekanismer") == std::string::npos);
}

TEST_CASE("the indicator map attaches indicators coloured by status", "[dot][indicators]") {
    DiagramOptions o;
    o.view = DiagramView::indicators;
    const Model m = test::swedish_model();
    const DotGraph g = read_dot(to_dot(m, o));
    REQUIRE(g.ok());
    CHECK_FALSE(g.node("r_advisors"));        // resources are not measured here
    CHECK_FALSE(g.node("c_small_caseload"));  // nor contexts
    for (std::size_t i = 0; i < m.indicators.size(); ++i) {
        const auto* n = g.node("_i" + std::to_string(i));
        REQUIRE(n);
        const auto& ind = m.indicators[i];
        CHECK(find_edge(g, ind.measures.front().id, n->name));
        // in the column of what it measures
        CHECK(column_of(g, n->name) == column_of(g, ind.measures.front().id));
    }
    const auto* work = g.node("_i0");
    CHECK(attr(*work, "fillcolor") == std::string(detail::dot::status_fill(IndicatorStatus::behind)));
    CHECK(attr(*work, "style").find("dashed") != std::string::npos);  // not controllable
    const std::string label = attr(*work, "label");
    CHECK(label.find("Kristianstad") != std::string::npos);
    CHECK(label.find("Östra Göinge") != std::string::npos);
    CHECK(label.find("31.6 %") != std::string::npos);
    CHECK(label.find("uppnått") != std::string::npos);
    CHECK(label.find("efter plan") != std::string::npos);
    CHECK(label.find("utanför programmets kontroll") != std::string::npos);
    CHECK(attr(*g.node("_i1"), "fillcolor") == std::string(detail::dot::status_fill(IndicatorStatus::on_track)));
    CHECK(attr(*g.node("_i2"), "fillcolor") == std::string(detail::dot::status_fill(IndicatorStatus::no_target)));
    CHECK(attr(*g.node("_i3"), "fillcolor") == std::string(detail::dot::status_fill(IndicatorStatus::no_data)));
    CHECK(attr(*g.node("_i4"), "fillcolor") == std::string(detail::dot::status_fill(IndicatorStatus::achieved)));
    CHECK(attr(*g.node("_i1"), "label").find("inom programmets kontroll") != std::string::npos);
}

TEST_CASE("the layout keeps columns aligned and nodes apart", "[dot][layout]") {
    const DotGraph g = read_dot(to_dot(test::swedish_model()), true);
    REQUIRE(g.ok());
    // In LR, a column is one x.
    const double x_outcomes = g.node("o_trust")->position->first;
    CHECK(std::fabs(g.node("o_collab")->position->first - x_outcomes) < 0.5);
    CHECK(std::fabs(g.node("_stage4")->position->first - x_outcomes) < 0.5);
    CHECK(g.node("a_support")->position->first < g.node("out_plans")->position->first);
    CHECK(g.node("out_plans")->position->first < x_outcomes);
    CHECK(x_outcomes < g.node("o_self_efficacy")->position->first);
    CHECK(g.node("o_work")->position->first < g.node("i_exclusion")->position->first);
    // the header is at the top of its column (y grows upwards)
    CHECK(g.node("_stage4")->position->second > g.node("o_trust")->position->second);
}

TEST_CASE("an empty model is a valid diagram", "[dot]") {
    Model m;
    m.id = "empty";
    const DotGraph g = read_dot(to_dot(m));
    CHECK(g.ok());
    CHECK(g.nodes.empty());
    CHECK(render_dot(to_dot(m), ImageFormat::svg).ok());
}
