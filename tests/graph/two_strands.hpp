#pragma once
// The fixture of the focus tests (graph and output): two strands that meet in
// one outcome, tests/fixtures/render/two_strands.yaml, loaded.

#include <catch2/catch.hpp>

#include <utility>

#include <toc/load/load.hpp>

#include "support/support.hpp"

namespace toc::test {

inline Model two_strands() {
    LoadResult r = load_file(fixture("render/two_strands.yaml"));
    INFO(describe(r.diagnostics));
    REQUIRE(r.ok());
    return std::move(r.model);
}

}  // namespace toc::test
