// load + toc::to_json and the indicator tables (Markdown, CSV). For a model that
// loads without errors, also the JSON export's promise (export_json.hpp): the
// JSON loads again without errors and exports to the same text. A broken
// promise aborts with both texts on stderr. TOC_FUZZ_NO_ROUNDTRIP=1 turns the
// round trip off (to hunt for crashes only).
#include <cstdio>
#include <cstdlib>

#include <toc/diagnostics/format.hpp>
#include <toc/output/json.hpp>
#include <toc/output/tables.hpp>

#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const bool roundtrip = std::getenv("TOC_FUZZ_NO_ROUNDTRIP") == nullptr;
    const toc::LoadResult r = toc_fuzz::load(data, size);
    const auto h = toc_fuzz::hash(toc_fuzz::as_text(data, size));
    toc::JsonExportOptions o;
    o.indent = static_cast<int>(h % 3) * 2;   // 0 (one line), 2, 4
    o.locations = (h >> 2) & 1;
    std::size_t total = toc::to_json(r.model, o).size();
    toc::IndicatorTableOptions t;
    if ((h >> 3) & 1) t.lang = toc_fuzz::other_language(r.model);
    total += toc::indicator_table_markdown(r.model, t).size();
    total += toc::indicator_table_csv(r.model, t).size();

    if (roundtrip && r.ok()) {
        const std::string json = toc::to_json(r.model);
        const toc::LoadResult back = toc::load_string(json, "export.json");
        const std::string again = back.ok() ? toc::to_json(back.model) : std::string();
        if (!back.ok() || again != json) {
            std::fprintf(stderr, "JSON round trip broken (%s)\n--- json:\n%s\n",
                         back.ok() ? "exports differently" : "does not load", json.c_str());
            for (const auto& d : back.diagnostics) std::fprintf(stderr, "%s\n", toc::format_diagnostic(d).c_str());
            if (back.ok()) std::fprintf(stderr, "--- exported again:\n%s\n", again.c_str());
            std::abort();
        }
    }
    return total == static_cast<std::size_t>(-1);
}
