// Lanes (`--group-by level|actor|site`), laid out by Graphviz and read back:
// full-width bands stacked one above the other, under the stage headers, every
// element in exactly one lane (an "other" lane for those without the key), an
// element of several lanes drawn once and naming the others.

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <map>

#include <toc/load/load.hpp>
#include <toc/model/stage.hpp>
#include <toc/detail/utf8.hpp>
#include <toc/output/dot.hpp>
#include <toc/render/render.hpp>

#include "support/load.hpp"
#include "support/support.hpp"
#include "support/tools.hpp"

using namespace toc;

namespace {

struct Lane {
    std::string name, label;
    std::vector<std::string> nodes;
    std::array<double, 4> box{};  // llx, lly, urx, ury (y up)
};

std::vector<Lane> lanes_of(const DotGraph& g) {
    std::vector<Lane> lanes;
    for (const auto& s : g.subgraphs)
        if (test::starts_with(s.name, "cluster_lane")) {
            REQUIRE(s.box);
            lanes.push_back({s.name, s.attributes.count("label") ? s.attributes.at("label") : "", s.nodes, *s.box});
        }
    std::sort(lanes.begin(), lanes.end(), [](const Lane& a, const Lane& b) { return a.box[3] > b.box[3]; });
    return lanes;  // top to bottom
}

}  // namespace

TEST_CASE("lanes are full-width bands under the stage headers, every element in one", "[render][lanes]") {
    const auto models = test::seed_models();
    REQUIRE_FALSE(models.empty());
    std::size_t drawn_with_lanes = 0;
    for (const auto& path : models) {
        const Model m = test::load_or_fail(path);
        for (const GroupBy by : {GroupBy::level, GroupBy::actor, GroupBy::site}) {
            INFO(path << " --group-by " << to_string(by));
            DiagramOptions o;
            o.group_by = by;
            const std::string note = lanes_note(m, o);
            const DotGraph g = read_dot(to_dot(m, o), true);
            REQUIRE(g.ok());
            const std::vector<Lane> lanes = lanes_of(g);
            if (!note.empty()) {  // nothing to group by: said, and no lanes
                CHECK(lanes.empty());
                CHECK(note.find("no element names") != std::string::npos);
                continue;
            }
            ++drawn_with_lanes;
            REQUIRE(lanes.size() >= 2);

            // every element box in exactly one lane, inside its band
            std::map<std::string, std::size_t> lane_of;
            std::size_t boxes = 0;
            for (const auto& n : g.nodes) {
                if (!m.find_element(n.name)) continue;
                ++boxes;
                REQUIRE(n.position);
                std::size_t in = 0;
                for (std::size_t i = 0; i < lanes.size(); ++i)
                    if (std::find(lanes[i].nodes.begin(), lanes[i].nodes.end(), n.name) != lanes[i].nodes.end()) {
                        ++in;
                        lane_of[n.name] = i;
                    }
                INFO(n.name);
                CHECK(in == 1);
                if (in != 1) continue;
                const auto& b = lanes[lane_of[n.name]].box;
                CHECK(n.position->second - n.height / 2 >= b[1] - 0.5);
                CHECK(n.position->second + n.height / 2 <= b[3] + 0.5);
            }
            CHECK(lane_of.size() == boxes);
            CHECK(boxes >= 20);

            // the stage headers above the first lane; their columns give the width
            std::size_t headers = 0;
            double first_column = 1e9, last_column = -1e9;
            for (const auto& n : g.nodes)
                if (test::starts_with(n.name, "_stage")) {
                    ++headers;
                    REQUIRE(n.position);
                    CHECK(n.position->second - n.height / 2 >= lanes.front().box[3] - 0.5);
                    first_column = std::min(first_column, n.position->first);
                    last_column = std::max(last_column, n.position->first);
                }
            CHECK(headers >= 4);
            // bands: stacked without overlap, each across every stage column (their
            // order is Graphviz's, which keeps the links between them from crossing)
            for (std::size_t i = 0; i < lanes.size(); ++i) {
                INFO("lane " << i << " " << lanes[i].label);
                CHECK(lanes[i].box[0] <= first_column);
                CHECK(lanes[i].box[2] >= last_column);
                if (i > 0) CHECK(lanes[i].box[3] <= lanes[i - 1].box[1] + 0.5);
            }
        }
    }
    CHECK(drawn_with_lanes >= 2 * models.size());  // level and actor lanes on every seed model
}

TEST_CASE("an element of several lanes is drawn once and names the others, and an 'other' lane holds the rest",
          "[render][lanes]") {
    const std::string path = test::source_path("models/hela_familjen.yaml");
    const Model m = test::load_or_fail(path);
    const Element* shared = nullptr;
    for (const auto& e : m.elements)
        if (e.actors.size() >= 2 && !shared) shared = &e;
    REQUIRE(shared);
    DiagramOptions o;
    o.group_by = GroupBy::actor;
    const DotGraph g = read_dot(to_dot(m, o));
    REQUIRE(g.ok());
    const auto* node = g.node(shared->id);
    REQUIRE(node);
    std::string second = shared->actors[1].id;
    for (const auto& a : m.actors)
        if (a.id == second) second = detail::clean(a.label.in("sv"));
    const std::string label = g.attribute(*node, "label");
    INFO(label);
    CHECK(label.find("även:") != std::string::npos);
    CHECK(label.find(second.substr(0, 12)) != std::string::npos);
    std::size_t clusters = 0, with_it = 0;
    const Element* without = nullptr;  // an element with no actor
    for (const auto& e : m.elements)
        if (e.actors.empty() && stage_of(e) > 0 && !without) without = &e;  // not a problem: not drawn
    REQUIRE(without);
    bool other_has_it = false;
    for (const auto& s : g.subgraphs)
        if (test::starts_with(s.name, "cluster_lane")) {
            ++clusters;
            with_it += std::count(s.nodes.begin(), s.nodes.end(), shared->id);
            if (s.attributes.at("label").find("Övrigt") != std::string::npos)
                other_has_it = std::count(s.nodes.begin(), s.nodes.end(), without->id) == 1;
        }
    CHECK(with_it == 1);
    CHECK(clusters >= 3);
    CHECK(other_has_it);
}
