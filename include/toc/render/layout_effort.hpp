#pragma once
// How hard Graphviz's dot layout works on a drawing, by the drawing's size: one
// home for the bounds that keep a large model's drawing to seconds
// (docs/performance.md, "Large drawings"). Used by toc::render_dot.

#include <array>
#include <string_view>
#include <utility>

namespace toc::layout_effort {

/// dot's crossing minimisation and network simplex grow much faster than the
/// drawing: an 860-node theory view took 3.5 s, a 3 400-node one more than a
/// minute. From this many nodes on, their iterations are bounded (`bounded`);
/// every seed model's drawing has fewer (at most 124), so none changes.
inline constexpr int bounded_from = 400;

/// The bounds, as Graphviz attributes of the graph (a DOT text that sets one
/// itself keeps its value): crossing minimisation at a tenth of its passes,
/// network simplex (ranks and coordinates) at one iteration per node. The
/// 860-node view: 0.8 s; 1 700 nodes: 4.4 s; 3 400 nodes: 12 s.
inline constexpr std::array<std::pair<std::string_view, std::string_view>, 3> bounded{
    {{"mclimit", "0.1"}, {"nslimit", "1"}, {"nslimit1", "1"}}};

/// A drawing with more nodes than this is not laid out: even bounded, dot would
/// take minutes (10 000 elements did not finish in 15 minutes unbounded), and no
/// one reads such a picture. render_dot says so (RenderResult::too_large).
inline constexpr int max_nodes = 4000;

}  // namespace toc::layout_effort
