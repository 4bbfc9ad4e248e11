// The Boost.Graph view of a model and the analyses on it.

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include <toc/graph/analysis.hpp>
#include <toc/checks/check.hpp>
#include <toc/graph/graph.hpp>

#include "support/model_builder.hpp"
#include "support/support.hpp"

using namespace toc;
using toc::test::add;
using toc::test::link;

namespace {

std::vector<std::string> ids(const ModelGraph& g, const std::vector<ElementVertexId>& vs) {
    std::vector<std::string> out;
    for (auto v : vs) out.push_back(g.element(v).id);
    return out;
}

std::vector<std::string> path_ids(const ModelGraph& g, const std::vector<LinkEdgeId>& path) {
    std::vector<std::string> out;
    if (path.empty()) return out;
    out.push_back(g.element(g.source(path.front())).id);
    for (auto e : path) out.push_back(g.element(g.target(e)).id);
    return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("the graph view has a vertex per element and an edge per link and per use", "[graph]") {
    Model m;
    add(m, Kind::resource, "r_money");
    add(m, Kind::activity, "a_x").uses = {Ref("r_money"), Ref("nowhere")};
    add(m, Kind::output, "out_y");
    add(m, Kind::outcome, "o_z");
    add(m, Kind::barrier, "b_w");
    link(m, "a_x", "out_y");
    link(m, "out_y", "o_z", LinkType::leads_to, "l_yz");
    link(m, "o_z", "a_x", LinkType::feedback);
    link(m, "b_w", "l_yz", LinkType::hinders);   // onto a link: ends at the link's target
    link(m, "a_x", "missing");                   // unresolved: left out

    const ModelGraph g(m);
    REQUIRE(g.size() == 5);
    REQUIRE(g.edge_count() == 5);
    CHECK(g.vertex("o_z") == ElementVertexId{3});
    CHECK_FALSE(g.vertex("missing"));
    CHECK(&g.element(*g.vertex("a_x")) == &m.elements[1]);

    const auto& graph = g.graph();
    int uses = 0, onto_link = 0;
    for (auto e : g.edges()) {
        const LinkEdge& p = g.edge(e);
        if (p.relation == Relation::uses) {
            ++uses;
            CHECK(g.element(g.source(e)).id == "r_money");
            CHECK(g.element(g.target(e)).id == "a_x");
            CHECK(p.link == nullptr);
            CHECK(p.use->id == "r_money");
        }
        if (p.target_link) {
            ++onto_link;
            CHECK(p.target_link->id == "l_yz");
            CHECK(g.element(g.target(e)).id == "o_z");
            CHECK(p.relation == Relation::hinders);
            CHECK(p.source->id == "b_w");
        }
    }
    CHECK(uses == 1);
    CHECK(onto_link == 1);
    CHECK(boost::in_degree(*g.vertex("o_z"), graph) == 2);
    const auto e = g.edge_of(m.elements[2].links[0]);
    REQUIRE(e);
    CHECK(g.edge(*e).link->id == "l_yz");
    CHECK_FALSE(g.edge_of(m.elements[1].links[1]));
}

TEST_CASE("reachability, upstream and downstream", "[graph][analysis]") {
    Model m;
    add(m, Kind::activity, "a1");
    add(m, Kind::output, "out1");
    add(m, Kind::outcome, "o1");
    add(m, Kind::outcome, "o2", Horizon::long_term);
    add(m, Kind::context, "c1");
    add(m, Kind::outcome, "o_alone");
    link(m, "a1", "out1");
    link(m, "out1", "o1");
    link(m, "c1", "o1", LinkType::enables);
    link(m, "o1", "o2");
    link(m, "o2", "a1", LinkType::feedback);
    const ModelGraph g(m);

    CHECK(ids(g, downstream(g, *g.vertex("a1"))) == Strings{"out1", "o1", "o2"});
    CHECK(ids(g, upstream(g, *g.vertex("o2"))) == Strings{"a1", "out1", "o1", "c1"});
    CHECK(ids(g, downstream(g, *g.vertex("o2"), RelationSet::all())) == Strings{"a1", "out1", "o1"});
    const auto reached = reached_by_activities(g);
    CHECK(reached == std::vector<bool>{true, true, true, true, false, false});
    const auto leading = leading_to_results(g);
    CHECK(leading == std::vector<bool>{true, true, true, true, true, true});
}

TEST_CASE("causal cycles ignore feedback links and name every element", "[graph][analysis]") {
    Model m;
    add(m, Kind::activity, "a");
    add(m, Kind::outcome, "b");
    add(m, Kind::outcome, "c");
    add(m, Kind::outcome, "d");
    add(m, Kind::outcome, "e");
    add(m, Kind::outcome, "f");
    link(m, "a", "b");
    link(m, "b", "c");
    link(m, "c", "d");
    link(m, "d", "b");            // b → c → d → b
    link(m, "c", "e");
    link(m, "e", "b", LinkType::hinders);  // and b → c → e → b: one component {b, c, d, e}
    link(m, "e", "a", LinkType::feedback); // feedback closes no cycle
    link(m, "f", "f", LinkType::enables);  // a self-loop
    const ModelGraph g(m);
    const auto cycles = causal_cycles(g);
    REQUIRE(cycles.size() == 2);
    CHECK(ids(g, cycles[0].elements) == Strings{"b", "c", "d", "e"});
    REQUIRE(cycles[0].cycle.size() == 3);
    CHECK(path_ids(g, cycles[0].cycle) == Strings{"b", "c", "d", "b"});
    CHECK(ids(g, cycles[1].elements) == Strings{"f"});
    CHECK(path_ids(g, cycles[1].cycle) == Strings{"f", "f"});

    // With feedback counted, the activity joins the cycle.
    const auto all = causal_cycles(g, RelationSet::all());
    REQUIRE(all.size() == 2);
    CHECK(ids(g, all[0].elements) == Strings{"a", "b", "c", "d", "e"});
}

TEST_CASE("pathways between two elements, bounded", "[graph][analysis]") {
    Model m;
    add(m, Kind::activity, "a");
    add(m, Kind::output, "b");
    add(m, Kind::output, "c");
    add(m, Kind::outcome, "d");
    add(m, Kind::outcome, "dead_end");
    link(m, "a", "b");
    link(m, "a", "c");
    link(m, "a", "d");
    link(m, "b", "d");
    link(m, "c", "d");
    link(m, "b", "dead_end");
    link(m, "d", "a", LinkType::feedback);
    const ModelGraph g(m);
    const auto all = pathways(g, *g.vertex("a"), *g.vertex("d"));
    CHECK_FALSE(all.truncated);
    REQUIRE(all.paths.size() == 3);
    std::vector<Strings> got;
    for (const auto& p : all.paths) got.push_back(path_ids(g, p));
    std::sort(got.begin(), got.end());
    CHECK(got == std::vector<Strings>{{"a", "b", "d"}, {"a", "c", "d"}, {"a", "d"}});

    const auto two = pathways(g, *g.vertex("a"), *g.vertex("d"), 2);
    CHECK(two.truncated);
    CHECK(two.paths.size() == 2);
    CHECK(pathways(g, *g.vertex("d"), *g.vertex("b")).paths.empty());
    CHECK(pathways(g, *g.vertex("d"), *g.vertex("b"), 10, RelationSet::all()).paths.size() == 1);
}

TEST_CASE("min cut and the links on every pathway agree", "[graph][analysis]") {
    SECTION("a chain and a diamond") {
        Model m;
        add(m, Kind::activity, "a");
        add(m, Kind::outcome, "b");
        add(m, Kind::outcome, "c");
        add(m, Kind::outcome, "d");
        add(m, Kind::outcome, "long", Horizon::long_term);
        link(m, "a", "b");
        link(m, "b", "c");
        link(m, "b", "d");
        link(m, "c", "long");
        link(m, "d", "long");
        const ModelGraph g(m);
        const auto acts = vertices_of(g, {Kind::activity});
        const MinCut cut = min_cut(g, acts, *g.vertex("long"));
        CHECK(cut.reachable);
        CHECK(cut.size == 1);
        REQUIRE(cut.links.size() == 1);
        const LinkDominators dom(g, acts);
        const auto every = dom.links_on_every_path(*g.vertex("long"));
        REQUIRE(every.size() == 1);  // a → b; nothing after the split
        CHECK(path_ids(g, {every[0]}) == Strings{"a", "b"});
        CHECK(cut.links[0] == every[0]);
        CHECK(min_cut(g, acts, *g.vertex("c")).size == 1);
        const auto cuts = long_term_outcome_cuts(g);
        REQUIRE(cuts.size() == 1);
        CHECK(cuts[0].cut.size == 1);
        CHECK(min_cut(g, acts, *g.vertex("a")).unbounded);
    }
    SECTION("random graphs: min cut 1 exactly when some link lies on every pathway") {
        std::mt19937 rng(20240611);
        for (int round = 0; round < 300; ++round) {
            Model m;
            const int n = 3 + static_cast<int>(rng() % 10);
            for (int i = 0; i < n; ++i)
                add(m, i < 2 ? Kind::activity : Kind::outcome, "e" + std::to_string(i),
                    i == n - 1 ? Horizon::long_term : Horizon::short_term);
            const int links = static_cast<int>(rng() % static_cast<unsigned>(3 * n));
            for (int k = 0; k < links; ++k) {
                const int from = static_cast<int>(rng() % static_cast<unsigned>(n));
                const int to = static_cast<int>(rng() % static_cast<unsigned>(n));
                link(m, "e" + std::to_string(from), "e" + std::to_string(to),
                     rng() % 5 == 0 ? LinkType::enables : LinkType::leads_to);
            }
            const ModelGraph g(m);
            const auto acts = vertices_of(g, {Kind::activity});
            const LinkDominators dom(g, acts);
            for (ElementVertexId t = 2; t < g.size(); ++t) {
                const MinCut cut = min_cut(g, acts, t);
                const auto every = dom.links_on_every_path(t);
                INFO("round " << round << " target e" << t);
                CHECK(cut.reachable == dom.reached(t));
                CHECK((cut.reachable && cut.size == 1) == !every.empty());
                if (cut.size == 1 && cut.reachable) {
                    REQUIRE(cut.links.size() == 1);
                    CHECK(std::find(every.begin(), every.end(), cut.links[0]) != every.end());
                }
                // Each such link is on every pathway from each activity.
                for (auto e : every)
                    for (auto a : acts)
                        for (const auto& p : pathways(g, a, t, 1000).paths)
                            CHECK(std::find(p.begin(), p.end(), e) != p.end());
            }
            // cuts_to counts, for every link, the targets it alone cuts off.
            std::vector<bool> targets(g.size(), false);
            for (ElementVertexId t = 2; t < g.size(); ++t) targets[t] = true;
            for (const auto& c : dom.cuts_to(targets, 100)) {
                std::size_t count = 0;
                for (ElementVertexId t = 2; t < g.size(); ++t) {
                    const auto every = dom.links_on_every_path(t);
                    if (std::find(every.begin(), every.end(), c.link) != every.end()) ++count;
                }
                CHECK(c.target_count == count);
                CHECK(c.targets.size() == count);
            }
        }
    }
}

namespace {

Model chain(std::size_t n) {
    Model m;
    m.id = "chain";
    m.elements.reserve(n);
    add(m, Kind::activity, "e0");
    for (std::size_t i = 1; i < n; ++i)
        add(m, Kind::outcome, "e" + std::to_string(i), i + 1 == n ? Horizon::long_term : Horizon::short_term);
    for (std::size_t i = 0; i + 1 < n; ++i) {
        Link l;
        l.from = Ref(m.elements[i].id);
        l.to = Ref(m.elements[i + 1].id);
        l.location = {"model.yaml", static_cast<int>(i) + 1, 17};
        m.elements[i].links.push_back(std::move(l));
    }
    return m;
}

}  // namespace

TEST_CASE("a 200 000-element chain: analyses and checks without deep recursion", "[graph][analysis][large]") {
    const std::size_t n = 200000;
    const Model m = chain(n);
    std::vector<Diagnostic> findings;
    std::size_t cycles = 1, cut = 0, every = 0, paths = 0;
    bool reached_end = false;
    toc::test::run_with_small_stack([&] {
        const ModelGraph g(m);
        const auto acts = vertices_of(g, {Kind::activity});
        reached_end = reached_by_activities(g)[n - 1];
        cycles = causal_cycles(g).size();
        cut = min_cut(g, acts, n - 1).size;
        every = LinkDominators(g, acts).links_on_every_path(n - 1).size();
        paths = pathways(g, 0, n - 1).paths.size();
        findings = check(m);
    });
    CHECK(reached_end);
    CHECK(cycles == 0);
    CHECK(cut == 1);
    CHECK(every == n - 1);
    CHECK(paths == 1);
    CHECK(toc::test::all_with_code(findings, "TOC110").size() == n - 1);
    CHECK(toc::test::all_with_code(findings, "TOC107").empty());
    CHECK(toc::test::all_with_code(findings, "TOC102").empty());
}

TEST_CASE("a 5 000-element cycle: one finding that names the elements", "[graph][analysis][large]") {
    const std::size_t n = 5000;
    Model m = chain(n);
    Link back;
    back.from = Ref(m.elements[n - 1].id);
    back.to = Ref("e1");
    back.location = {"model.yaml", static_cast<int>(n), 17};
    m.elements[n - 1].links.push_back(back);
    std::vector<Diagnostic> findings;
    toc::test::run_with_small_stack([&] { findings = check(m); });
    const auto cycles = toc::test::all_with_code(findings, "TOC102");
    REQUIRE(cycles.size() == 1);
    CHECK(cycles[0]->subject == "e4999");
    CHECK(cycles[0]->location.line == 5000);
    CHECK_THAT(cycles[0]->message, Catch::Contains("'e1'") && Catch::Contains("4988 more") &&
                                       Catch::Contains("'e4999'"));
    CHECK(cycles[0]->message.size() < 2000);
}

// How checking time grows with the model is measured by the benchmarks
// (bench/, docs/performance.md), not asserted here: tests assert no timing.
