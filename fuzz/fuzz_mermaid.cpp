// load + toc::to_mermaid, with the defaults and one variant chosen by the input's hash.
#include <toc/output/mermaid.hpp>

#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const toc::LoadResult r = toc_fuzz::load(data, size);
    std::size_t total = toc::to_mermaid(r.model).size();
    const auto h = toc_fuzz::hash(toc_fuzz::as_text(data, size));
    toc::MermaidOptions o;
    if (h & 1) o.lang = toc_fuzz::other_language(r.model);
    o.direction = (h >> 1) & 1 ? toc::DiagramDirection::TB : toc::DiagramDirection::LR;
    o.mechanisms = (h >> 2) & 1;
    o.title = (h >> 3) & 1;
    total += toc::to_mermaid(r.model, o).size();
    return total == static_cast<std::size_t>(-1);
}
