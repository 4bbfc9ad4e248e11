#pragma once
// Loading a model file in a test: its model, or the test stops with the
// loader's diagnostics.

#include <catch2/catch.hpp>

#include <string>

#include <toc/load/load.hpp>

#include "support.hpp"

namespace toc::test {

inline Model load_or_fail(const std::string& path) {
    LoadResult r = load_file(path);
    INFO(describe(r.diagnostics));
    REQUIRE(r.ok());
    return std::move(r.model);
}

}  // namespace toc::test
