// load + toc::to_dot: the theory view and the indicator map with the defaults,
// then one variant of the options chosen by the input's hash (grouping,
// direction, mechanisms as nodes, everything shown, a focus with a depth,
// another language).
#include <toc/output/dot.hpp>

#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const toc::LoadResult r = toc_fuzz::load(data, size);
    std::size_t total = 0;
    toc::DiagramOptions theory;
    total += toc::to_dot(r.model, theory).size();
    toc::DiagramOptions indicators;
    indicators.view = toc::DiagramView::indicators;
    total += toc::to_dot(r.model, indicators).size();

    const auto h = toc_fuzz::hash(toc_fuzz::as_text(data, size));
    toc::DiagramOptions o;
    if (h & 1) o.view = toc::DiagramView::indicators;
    o.group_by = static_cast<toc::GroupBy>((h >> 1) % 4);
    o.direction = (h >> 3) & 1 ? toc::DiagramDirection::TB : toc::DiagramDirection::LR;
    o.mechanisms = (h >> 4) & 1 ? toc::MechanismDisplay::nodes : toc::MechanismDisplay::labels;
    const bool all = (h >> 5) & 1;
    o.show_mechanisms = o.show_assumptions = o.show_contexts = o.show_barriers = o.show_problems =
        o.show_indicators = o.show_actors = all;
    if ((h >> 6) & 1) {
        o.focus = toc_fuzz::some_element(r.model, h >> 8);
        if ((h >> 7) & 1) o.depth = static_cast<int>((h >> 16) % 4);
    }
    if ((h >> 20) & 1) o.lang = toc_fuzz::other_language(r.model);
    o.legend = (h >> 21) & 1;
    o.title = (h >> 22) & 1;
    o.wrap = static_cast<std::size_t>((h >> 23) % 60);   // 0 included
    if (toc::diagram_options_error(r.model, o).empty()) total += toc::to_dot(r.model, o).size();
    return total == static_cast<std::size_t>(-1);
}
