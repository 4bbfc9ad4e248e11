// load + toc::check, and the diagnostics written as text, JSON and SARIF.
// check() runs on every model the loader returns, also those with load errors:
// the library promises it never throws for anything in a model, and a model with
// unresolved references can be built in code just as well.
#include <sstream>

#include <toc/checks/check.hpp>
#include <toc/diagnostics/format.hpp>
#include <toc/output/sarif.hpp>

#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    toc::LoadResult r = toc_fuzz::load(data, size);
    const auto h = toc_fuzz::hash(toc_fuzz::as_text(data, size));
    toc::CheckOptions options;
    if (h & 1) options.enable = {"all"};     // rules that are off by default too
    auto findings = toc::check(r.model, options);
    r.diagnostics.insert(r.diagnostics.end(), findings.begin(), findings.end());
    toc::sort_diagnostics(r.diagnostics);
    std::ostringstream out;
    toc::write_text(out, r.diagnostics);
    toc::write_json(out, r.diagnostics, toc::DiagnosticSummary::of(r.diagnostics));
    toc::write_sarif(out, r.diagnostics, toc::default_catalogue(), "fuzz");
    return 0;
}
