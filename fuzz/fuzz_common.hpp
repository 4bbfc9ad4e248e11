#pragma once
// Shared by the fuzz targets: the input as a model, and the option sets each
// target tries on it. Everything the library promises for any input is checked
// by simply running it: no crash, no sanitizer report, no exception escaping
// (libFuzzer reports an uncaught exception as a crash).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <toc/load/load.hpp>
#include <toc/model/model.hpp>

namespace toc_fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

/// FNV-1a of the input: picks option variants deterministically, so that a
/// saved input reproduces exactly.
inline std::uint64_t hash(std::string_view s) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return h;
}

inline toc::LoadResult load(const std::uint8_t* data, std::size_t size) {
    return toc::load_string(as_text(data, size), "fuzz.yaml");
}

/// Some element's id (the n-th, modulo the count), or empty.
inline std::string some_element(const toc::Model& m, std::uint64_t n) {
    if (m.elements.empty()) return {};
    return m.elements[static_cast<std::size_t>(n % m.elements.size())].id;
}

/// A language the model declares other than its first (exercises the fallbacks), or "en".
inline std::string other_language(const toc::Model& m) {
    return m.languages.size() > 1 ? m.languages[1] : std::string("en");
}

}  // namespace toc_fuzz
