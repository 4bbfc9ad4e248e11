// The workspace: in-memory texts (an editor's buffer) stand in for files of the
// same name; closing one brings the disk back; every location names the key.

#include <catch2/catch.hpp>

#include "support/support.hpp"
#include "toc/load/workspace.hpp"

namespace {

const char* on_disk = R"(toc: 1
id: m
title: On disk
activities:
  - id: a
    label: Visits
)";

const char* edited = R"(toc: 1
id: m
title: Edited
activities:
  - id: a
    label: Visits
    lead_to: [o]
)";

}  // namespace

TEST_CASE("an open text stands in for the file of the same name until it is closed", "[workspace]") {
    toc::test::TempDir dir;
    const std::string path = dir.write("model.yaml", on_disk);
    toc::Workspace ws;
    CHECK(ws.load(path).model.title.in("en", {}) == "On disk");

    ws.open(path, edited);
    CHECK(ws.is_open(path));
    const toc::LoadResult r = ws.load(path);
    CHECK(r.model.title.in("en", {}) == "Edited");
    // the buffer's unknown key is reported in the buffer's name, line and column
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics.front().code == "TOC002");
    CHECK(r.diagnostics.front().location.file == path);
    CHECK(r.diagnostics.front().location.line == 7);
    CHECK(r.diagnostics.front().location.column == 5);
    CHECK(r.diagnostics.front().message.find("leads_to") != std::string::npos);
    CHECK(toc::test::read_file(path) == on_disk);  // the disk is untouched

    ws.close(path);
    CHECK_FALSE(ws.is_open(path));
    CHECK(ws.load(path).diagnostics.empty());
}

TEST_CASE("a text that exists only in memory loads under its key", "[workspace]") {
    toc::Workspace ws;
    ws.open("untitled:1", on_disk);
    const toc::LoadResult r = ws.load("untitled:1");
    CHECK(r.ok());
    REQUIRE(r.model.elements.size() == 1);
    CHECK(r.model.elements.front().location.file == "untitled:1");
}

TEST_CASE("a missing file is one TOC000 naming it, not an exception", "[workspace]") {
    toc::Workspace ws;
    const toc::SourceText missing = ws.read("/no/such/dir/model.yaml");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error->code == "TOC000");
    CHECK(missing.error->location.file == "/no/such/dir/model.yaml");
    const toc::LoadResult r = ws.load("/no/such/dir/model.yaml");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics.front().code == "TOC000");
    CHECK_FALSE(r.ok());
}
