// toc::import_string as CSV on any bytes: every input ends with YAML or located
// diagnostics, never a crash, a hang or an exception; and YAML the importer
// writes loads with no error (docs/import.md promises it).
#include <cstdlib>

#include <toc/diagnostics/format.hpp>
#include <toc/load/import.hpp>

#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    toc::ImportOptions options;
    options.from = toc::ImportFormat::csv;
    const toc::ImportResult r = toc::import_string(toc_fuzz::as_text(data, size), "fuzz.csv", options);
    std::size_t total = 0;
    for (const auto& d : r.diagnostics) total += toc::format_diagnostic(d).size();
    if (r.ok() && !toc::load_string(r.yaml, "imported.yaml").ok()) std::abort();  // the written YAML must load
    return total == static_cast<std::size_t>(-1);
}
