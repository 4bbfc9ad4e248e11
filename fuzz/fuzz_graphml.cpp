// load + toc::to_graphml, with and without the yEd graphics, in the model's
// language and in another one.
#include <toc/output/graphml.hpp>

#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const toc::LoadResult r = toc_fuzz::load(data, size);
    std::size_t total = toc::to_graphml(r.model).size();
    const auto h = toc_fuzz::hash(toc_fuzz::as_text(data, size));
    toc::GraphmlOptions o;
    o.yed = h & 1;
    o.lang = toc_fuzz::other_language(r.model);
    total += toc::to_graphml(r.model, o).size();
    return total == static_cast<std::size_t>(-1);
}
