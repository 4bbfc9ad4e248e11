// The output headers stay in their layer: none includes a header of a layer
// above (load, render, the commands), and the writers other than DOT take
// words, style and the focus search from their own homes, not from dot.hpp.

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "support/support.hpp"

namespace {

bool includes(const std::string& header, const std::string& other) {
    const std::string text = toc::test::read_file(toc::test::source_path("include/toc/" + header));
    REQUIRE_FALSE(text.empty());
    return text.find("#include \"toc/" + other + "\"") != std::string::npos;
}

}  // namespace

TEST_CASE("no output header includes a layer above output", "[layering]") {
    for (const auto& entry : std::filesystem::directory_iterator(toc::test::source_path("include/toc/output"))) {
        const std::string header = "output/" + entry.path().filename().string();
        const std::string text = toc::test::read_file(entry.path().string());
        INFO(header);
        for (const char* above : {"#include \"toc/load/", "#include \"toc/render/", "#include \"toc/toc.hpp\""})
            CHECK(text.find(above) == std::string::npos);
    }
}

TEST_CASE("Mermaid, GraphML and the indicator table do without dot.hpp", "[layering]") {
    for (const char* header : {"output/mermaid.hpp", "output/graphml.hpp", "output/tables.hpp", "output/words.hpp",
                               "output/style.hpp", "output/formats.hpp"}) {
        INFO(header);
        CHECK_FALSE(includes(header, "output/dot.hpp"));
    }
    CHECK(includes("output/mermaid.hpp", "output/words.hpp"));
    CHECK(includes("output/mermaid.hpp", "output/style.hpp"));
    CHECK(includes("output/graphml.hpp", "output/style.hpp"));
    CHECK(includes("output/dot.hpp", "graph/neighbourhood.hpp"));
    CHECK(includes("output/tables.hpp", "graph/indicator_status.hpp"));
}

TEST_CASE("the graph layer includes nothing from output", "[layering]") {
    for (const char* header : {"graph/neighbourhood.hpp", "graph/indicator_status.hpp"}) {
        const std::string text = toc::test::read_file(toc::test::source_path(std::string("include/toc/") + header));
        INFO(header);
        REQUIRE_FALSE(text.empty());
        CHECK(text.find("#include \"toc/output/") == std::string::npos);
        CHECK(text.find("#include \"toc/checks/") == std::string::npos);
    }
}
