// Every input the fuzzers (fuzz/, docs/robustness.md) found a problem with stays
// here as a regression test: tests/fixtures/fuzz-regressions/* is loaded, and
// checked, drawn and exported (as the fuzzers do, also when the load
// reported errors), without a crash, a sanitizer report
// (in the sanitizer build) or an exception. Each file's name says what it found.

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <toc/checks/check.hpp>
#include <toc/output/dot.hpp>
#include <toc/output/graphml.hpp>
#include <toc/output/json.hpp>
#include <toc/output/mermaid.hpp>
#include <toc/output/tables.hpp>
#include <toc/load/load.hpp>

#include "support/support.hpp"

namespace {

std::vector<std::string> regression_inputs() {
    std::vector<std::string> out;
    const std::filesystem::path dir = toc::test::fixture("fuzz-regressions");
    if (!std::filesystem::is_directory(dir)) return out;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.is_regular_file() && e.path().filename() != "README.md") out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("inputs the fuzzers found end with diagnostics, not a crash", "[loader][fuzz]") {
    for (const auto& path : regression_inputs()) {
        DYNAMIC_SECTION(std::filesystem::path(path).filename().string()) {
            toc::LoadResult r;
            REQUIRE_NOTHROW(r = toc::load_file(path));
            for (const auto& d : r.diagnostics) {
                CHECK(d.location.line >= 0);
                CHECK_FALSE(d.message.empty());
            }
            // The library's promises hold for any model, also one with load errors.
            CHECK_NOTHROW(toc::check(r.model));
            toc::DiagramOptions indicators;
            indicators.view = toc::DiagramView::indicators;
            CHECK_NOTHROW(toc::to_dot(r.model));
            CHECK_NOTHROW(toc::to_dot(r.model, indicators));
            CHECK_NOTHROW(toc::to_mermaid(r.model));
            CHECK_NOTHROW(toc::to_graphml(r.model));
            CHECK_NOTHROW(toc::to_json(r.model));
            CHECK_NOTHROW(toc::indicator_table_markdown(r.model));
            CHECK_NOTHROW(toc::indicator_table_csv(r.model));
        }
    }
}
