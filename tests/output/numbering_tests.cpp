// Box numbers (model/numbering.hpp) and the overview (graph/overview.hpp), as
// the outputs print them.

#include <catch2/catch.hpp>

#include <toc/graph/overview.hpp>
#include <toc/load/load.hpp>
#include <toc/model/numbering.hpp>
#include <toc/output/dot.hpp>
#include <toc/output/graphml.hpp>
#include <toc/output/json.hpp>
#include <toc/output/mermaid.hpp>
#include <toc/output/page.hpp>
#include <toc/output/tables.hpp>

#include "support/model_builder.hpp"
#include "support/support.hpp"
#include "support/tools.hpp"

using namespace toc;

namespace {

Model authored() {
    LoadResult r = load_file(test::fixture("render/overview_authored.yaml"));
    INFO(test::describe(r.diagnostics));
    REQUIRE(r.ok());
    return std::move(r.model);
}

std::vector<std::string> ids(const Model& m) {
    std::vector<std::string> out;
    for (const auto& e : m.elements) out.push_back(e.id);
    return out;
}

}  // namespace

TEST_CASE("numbers go by stage and order, skip the authors' codes, and give a repeated code once",
          "[numbering]") {
    Model m;
    test::add(m, Kind::activity, "a1");
    test::add(m, Kind::outcome, "o_long", Horizon::long_term);
    test::add(m, Kind::activity, "a2").code = "T1";  // taken by hand: the first activity becomes T2
    test::add(m, Kind::outcome, "o_short", Horizon::short_term);
    test::add(m, Kind::outcome, "o_mid", Horizon::intermediate);
    test::add(m, Kind::impact, "i");
    test::add(m, Kind::context, "c");
    test::add(m, Kind::barrier, "b");
    test::add(m, Kind::problem, "p");
    test::add(m, Kind::resource, "r");
    test::add(m, Kind::output, "out").code = "T1";   // a second T1: numbered by stage instead
    const ElementNumbers n(m);
    CHECK(n.of("a1") == "T2");
    CHECK(n.of("a2") == "T1");
    CHECK(n.of("o_long") == "L1");
    CHECK(n.of("o_short") == "S1");
    CHECK(n.of("o_mid") == "I1");
    CHECK(n.of("i") == "G1");
    CHECK(n.of("c") == "C1");
    CHECK(n.of("b") == "B1");
    CHECK(n.of("p") == "P1");
    CHECK(n.of("r") == "R1");
    CHECK(n.of("out") == "O1");
    CHECK(n.of("nobody").empty());
    CHECK(n.of(m.elements[0]) == "T2");
}

TEST_CASE("the loader reads code, part_of and overview, and JSON writes them back", "[numbering][load]") {
    const Model m = authored();
    const Element* support = m.find_element("a_support");
    REQUIRE(support);
    CHECK(support->code == "T-1");
    CHECK(m.find_element("a_phone")->part_of.id == "a_support");
    CHECK(m.find_element("a_admin")->overview == false);
    CHECK(m.find_element("c_labour")->overview == true);
    const std::string json = to_json(m);
    CHECK(json.find("\"code\": \"T-1\"") != std::string::npos);
    CHECK(json.find("\"part_of\": \"a_support\"") != std::string::npos);
    CHECK(json.find("\"overview\": false") != std::string::npos);
    const LoadResult back = load_string(json, "export.json");
    INFO(test::describe(back.diagnostics));
    REQUIRE(back.ok());
    CHECK(to_json(back.model) == json);
    const ElementNumbers before(m), after(back.model);
    for (const auto& e : m.elements) CHECK(before.of(e.id) == after.of(e.id));
}

TEST_CASE("a part_of that names no element is reported with a suggestion", "[numbering][load]") {
    const LoadResult r = load_string(
        "toc: 1\nid: x\ntitle: X\noutcomes:\n  - {id: o_trust, label: T, horizon: short}\n"
        "  - {id: o_more, label: M, horizon: short, part_of: o_trsut}\n",
        "x.yaml");
    REQUIRE_FALSE(r.ok());
    CHECK(test::describe(r.diagnostics).find("o_trust") != std::string::npos);
}

TEST_CASE("the authored overview folds part_of into summary boxes and honours overview marks",
          "[overview]") {
    const Model m = authored();
    const Overview o = overview(m);
    CHECK(o.authored);
    CHECK_FALSE(o.automatic);
    CHECK(ids(o.model) == std::vector<std::string>{"a_support", "out_plans", "o_trust", "o_work", "i_exclusion",
                                                   "c_labour"});
    CHECK(o.folded.size() == 5);
    CHECK(o.members.at("a_support") == 2);
    CHECK(o.members.at("out_plans") == 1);
    // the box keeps the whole model's number
    const ElementNumbers whole(m), part(o.model);
    for (const auto& e : o.model.elements) CHECK(part.of(e.id) == whole.of(e.id));
    CHECK(part.of("out_plans") == "O1");
    // links: the summary's own and its members', to the kept boxes; none from the folded admin
    const Element* support = o.model.find_element("a_support");
    REQUIRE(support->links.size() == 1);
    CHECK(support->links[0].to.id == "out_plans");
    const Element* labour = o.model.find_element("c_labour");
    REQUIRE(labour->links.size() == 1);
    CHECK(labour->links[0].type == LinkType::enables);
    const std::string note = overview_note(o, "en");
    CHECK(note == "The overview draws 6 of 11 elements; folded away: 3 activities, 1 output, 1 outcome. "
                  "The theory view draws them all.");
}

TEST_CASE("over budget, the overview keeps the goals and the busiest pathways and joins them through "
          "folded steps",
          "[overview]") {
    // 30 parallel activity → output chains into one long-term outcome, plus a side chain
    Model m;
    test::add(m, Kind::outcome, "o_goal", Horizon::long_term).links.push_back(
        test::make_link(LinkType::leads_to, "o_goal", "i_goal"));
    test::add(m, Kind::impact, "i_goal");
    test::add(m, Kind::outcome, "o_hub", Horizon::short_term).links.push_back(
        test::make_link(LinkType::leads_to, "o_hub", "o_goal"));
    for (int i = 0; i < 30; ++i) {
        const std::string a = "a" + std::to_string(i), out = "out" + std::to_string(i);
        test::add(m, Kind::activity, a).links.push_back(test::make_link(LinkType::leads_to, a, out));
        test::add(m, Kind::output, out).links.push_back(test::make_link(LinkType::leads_to, out, "o_hub"));
    }
    test::add(m, Kind::outcome, "o_side", Horizon::short_term);  // leads nowhere
    for (auto& e : m.elements)
        if (e.id == "a29") e.overview = true;  // kept by its authors; its output ranks too low
    OverviewOptions options;
    options.max_boxes = 20;
    options.max_per_stage = 40;
    const Overview o = overview(m, options);
    CHECK(o.automatic);
    CHECK(o.model.elements.size() == 20);
    CHECK(o.folded.size() == m.elements.size() - 20);
    for (const char* kept : {"o_goal", "i_goal", "o_hub"}) CHECK(o.model.find_element(kept));
    CHECK_FALSE(o.model.find_element("o_side"));
    CHECK(o.model.find_element("out0"));
    // the activity kept without its output reaches the hub through the folded output
    REQUIRE(o.model.find_element("a29"));
    CHECK_FALSE(o.model.find_element("out29"));
    REQUIRE(o.model.find_element("a29")->links.size() == 1);
    CHECK(o.model.find_element("a29")->links[0].to.id == "o_hub");
    CHECK(o.through_folded.count({"a29", "o_hub"}) == 1);
    // the DOT overview draws those links grey and keys them in the legend
    DiagramOptions d;
    d.view = DiagramView::overview;
    d.overview_boxes = 20;
    const std::string dot = to_dot(m, d);
    CHECK(dot.find("through folded steps") != std::string::npos);
    // with at most 5 boxes a column: 2 goals, the hub, o_side, a29 and 4 more activities, 5 outputs
    OverviewOptions paged;
    paged.max_boxes = 20;
    CHECK(overview(m, paged).model.elements.size() == 14);
    CHECK(dot.find("The overview draws 14 of 64 elements") != std::string::npos);
}

TEST_CASE("every output prints the same number for a box", "[numbering]") {
    for (const auto& path : test::seed_models()) {
        INFO(path);
        const LoadResult r = load_file(path);
        REQUIRE(r.ok());
        const Model& m = r.model;
        const ElementNumbers n(m);
        const std::string dot = to_dot(m);
        const std::string mermaid = to_mermaid(m);
        const std::string graphml = to_graphml(m);
        const std::string json = to_json(m);
        for (const auto& e : m.elements) {
            INFO(e.id << " " << n.of(e));
            CHECK(json.find("\"code\": \"" + n.of(e) + "\"") != std::string::npos);
            CHECK(graphml.find("<data key=\"number\">" + n.of(e) + "</data>") != std::string::npos);
            CHECK(mermaid.find("\"" + n.of(e) + " · ") != std::string::npos);
        }
        // the indicator table names measured elements by number
        for (const auto& row : indicator_rows(m)) {
            const Indicator* ind = nullptr;
            for (const auto& x : m.indicators)
                if (x.id == row.indicator_id) ind = &x;
            REQUIRE(ind);
            if (!ind->measures.empty() && m.find_element(ind->measures.front().id))
                CHECK(test::starts_with(row.elements, n.of(ind->measures.front().id) + " "));
        }
        // the theory view draws activities: the first one's box starts with its number
        const auto activities = m.elements_of(Kind::activity);
        REQUIRE_FALSE(activities.empty());
        CHECK(dot.find("label=<<B>" + n.of(*activities.front()) + "</B>  ") != std::string::npos);
    }
}

TEST_CASE("pages: sizes, landscape and legibility", "[page]") {
    const auto a4 = find_page("a4", true);
    REQUIRE(a4);
    CHECK(a4->width == Approx(11.69));
    CHECK(a4->height == Approx(8.27));
    CHECK_FALSE(find_page("a5"));
    CHECK(page_names() == "a4, a3 or letter");
    const auto fits = fit_on_page(600, 400, *a4);
    CHECK(fits.scale == 1);
    CHECK(fits.legible);
    const auto poster = fit_on_page(4000, 1000, *a4);
    CHECK(poster.scale < 0.25);
    CHECK_FALSE(poster.legible);
    CHECK(fit_message(poster, *a4).find("a4 landscape, the box text is 2.") != std::string::npos);
    // the DOT writer passes the page to Graphviz as the drawing's size
    DiagramOptions d;
    d.page = a4;
    Model m;
    test::add(m, Kind::activity, "a");
    CHECK(to_dot(m, d).find("size=\"11.09,7.67\"") != std::string::npos);
}
