// toc::load_string on any bytes: every input ends with a model and located
// diagnostics, never a crash, a hang or an exception.
#include <toc/diagnostics/format.hpp>

#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const toc::LoadResult r = toc_fuzz::load(data, size);
    std::size_t total = 0;
    for (const auto& d : r.diagnostics) total += toc::format_diagnostic(d).size();
    (void)r.ok();
    return total == static_cast<std::size_t>(-1);  // keep the formatting from being optimised away
}
