// The drawn diff (output/diff/dot.hpp), read back with cgraph: the right
// elements and links carry the right class and colour; removed ones are
// dashed ghosts; a legend says which colour is which.

#include <catch2/catch.hpp>

#include "fixtures/diff/pairs.hpp"
#include "toc/checks/check.hpp"
#include "toc/load/load.hpp"
#include "toc/output/diff/dot.hpp"
#include "toc/render/render.hpp"

namespace {

struct Drawn {
    toc::LoadResult before, after;
    toc::VersionDiff diff;
    toc::DotGraph graph;
    std::string dot;
};

Drawn draw(const std::string& name, const std::string& lang = "en") {
    auto c = toc::test::compared_pair(name);
    Drawn d{std::move(c.before), std::move(c.after), std::move(c.diff), {}, {}};
    const toc::DiffDocument doc{d.diff, "old.yaml", "new.yaml", lang, d.after.model.languages};
    d.dot = toc::diff_to_dot(d.before.model, d.after.model, doc);
    d.graph = toc::read_dot(d.dot);
    REQUIRE(d.graph.ok());
    return d;
}

std::string node_attribute(const toc::DotGraph& g, const std::string& node, const std::string& key) {
    const auto* n = g.node(node);
    return n ? g.attribute(*n, key) : "(no node " + node + ")";
}

/// The edge drawn for the link FROM -> TO (into TO, its AND gate, or through a junction).
const toc::DotGraph::Edge* link_edge(const toc::DotGraph& g, const std::string& from, const std::string& to) {
    for (const auto& e : g.edges)
        if (e.tail == from && (e.head == to || e.head == "_and_" + to || e.head.rfind("_j", 0) == 0)) {
            if (e.head.rfind("_j", 0) != 0) return &e;
            for (const auto& f : g.edges)
                if (f.tail == e.head && (f.head == to || f.head == "_and_" + to)) return &e;
        }
    return nullptr;
}

std::string edge_attribute(const toc::DotGraph::Edge* e, const std::string& key) {
    if (!e) return "(no edge)";
    const auto it = e->attributes.find(key);
    return it == e->attributes.end() ? std::string() : it->second;
}

}  // namespace

TEST_CASE("drawn diff: an added element and its link are green", "[diff][dot]") {
    const auto d = draw("element_added");
    CHECK(node_attribute(d.graph, "o_ny_samsyn", "class") == "diff-added");
    CHECK(node_attribute(d.graph, "o_ny_samsyn", "color") == std::string(toc::DiffStyle::added));
    const auto* e = link_edge(d.graph, "o_ny_samsyn", "o_forankrat_process");
    CHECK(edge_attribute(e, "class") == "diff-added");
    CHECK(edge_attribute(e, "color") == std::string(toc::DiffStyle::added));
    // everything else is dimmed
    CHECK(node_attribute(d.graph, "o_forankrat_process", "class") == "diff-unchanged");
    CHECK(node_attribute(d.graph, "o_forankrat_process", "color") == std::string(toc::DiffStyle::unchanged));
    CHECK(edge_attribute(link_edge(d.graph, "o_kannedom_forankring", "o_forankrat_process"), "class") == "diff-unchanged");
}

TEST_CASE("drawn diff: a removed element and the link to it are dashed red ghosts", "[diff][dot]") {
    const auto d = draw("element_removed");
    CHECK(node_attribute(d.graph, "o_spridning", "class") == "diff-removed");
    CHECK(node_attribute(d.graph, "o_spridning", "color") == std::string(toc::DiffStyle::removed));
    CHECK_THAT(node_attribute(d.graph, "o_spridning", "style"), Catch::Contains("dashed"));
    const auto* e = link_edge(d.graph, "o_forankrat_process", "o_spridning");
    CHECK(edge_attribute(e, "class") == "diff-removed");
    CHECK(edge_attribute(e, "style") == "dashed");
    CHECK(edge_attribute(e, "color") == std::string(toc::DiffStyle::removed));
}

TEST_CASE("drawn diff: a changed element and a changed link are amber", "[diff][dot]") {
    auto d = draw("element_changed");
    CHECK(node_attribute(d.graph, "o_kannedom_forankring", "class") == "diff-changed");
    CHECK(node_attribute(d.graph, "o_kannedom_forankring", "color") == std::string(toc::DiffStyle::changed));
    d = draw("link_changed");
    const auto* e = link_edge(d.graph, "o_kompetens_handlaggare", "o_samordnad_rehab");
    CHECK(edge_attribute(e, "class") == "diff-changed");
    CHECK(edge_attribute(e, "color") == std::string(toc::DiffStyle::changed));
    CHECK(node_attribute(d.graph, "o_kompetens_handlaggare", "class") == "diff-unchanged");
}

TEST_CASE("drawn diff: a renamed element is amber under its new id", "[diff][dot]") {
    // rename an outcome: the diagram shows the new id, marked as changed
    auto pair = toc::test::version_pair("element_changed");
    std::string renamed = pair.old_text;
    for (std::size_t at = renamed.find("o_spridning"); at != std::string::npos; at = renamed.find("o_spridning", at))
        renamed.replace(at, 11, "o_spreading");
    const auto before = toc::load_string(pair.old_text, "old.yaml");
    const auto after = toc::load_string(renamed, "new.yaml");
    REQUIRE(after.ok());
    const toc::VersionDiff diff = toc::compare_versions(before.model, after.model, {}, {});
    REQUIRE(diff.model.items.size() == 1);
    CHECK(diff.model.items.front().change == toc::Change::renamed);
    const toc::DiffDocument doc{diff, "old", "new", "en", after.model.languages};
    const auto g = toc::read_dot(toc::diff_to_dot(before.model, after.model, doc));
    REQUIRE(g.ok());
    CHECK(node_attribute(g, "o_spreading", "class") == "diff-changed diff-renamed");
    CHECK(edge_attribute(link_edge(g, "o_forankrat_process", "o_spreading"), "class") == "diff-unchanged");
}

TEST_CASE("drawn diff: a legend in the document's language", "[diff][dot]") {
    auto d = draw("element_added");
    const auto* legend = d.graph.node("_diff_legend");
    REQUIRE(legend);
    const std::string label = d.graph.attribute(*legend, "label");
    for (const char* word : {"added", "changed", "removed", "unchanged"}) CHECK_THAT(label, Catch::Contains(word));
    d = draw("element_added", "sv");
    const std::string sv = d.graph.attribute(*d.graph.node("_diff_legend"), "label");
    for (const char* word : {"tillagd", "ändrad", "borttagen", "oförändrad"}) CHECK_THAT(sv, Catch::Contains(word));
    // That the drawing lays out is tested in tests/render/image_tests.cpp, with Graphviz's layout.
}
