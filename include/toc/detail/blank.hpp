#pragma once
// Blank text: what a label or title may not be (the loader's TOC004, and the
// importers, which must write no label the loader would refuse).

#include <cstddef>
#include <string_view>

namespace toc::detail {

/// Empty, or nothing but white space: the characters JavaScript's \s matches (as
/// the JSON Schema's "\S" pattern does), so an NBSP-only label is blank too.
[[nodiscard]] inline bool blank(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || (c >= '\t' && c <= '\r')) { ++i; continue; }
        // multi-byte spaces: U+00A0, U+1680, U+2000-200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF
        const std::string_view rest = s.substr(i);
        auto starts = [&](std::string_view p) { return rest.substr(0, p.size()) == p; };
        if (starts("\xC2\xA0")) { i += 2; continue; }
        if (starts("\xE1\x9A\x80") || starts("\xE3\x80\x80") || starts("\xEF\xBB\xBF") ||
            starts("\xE2\x80\xA8") || starts("\xE2\x80\xA9") || starts("\xE2\x80\xAF") ||
            starts("\xE2\x81\x9F") ||
            (rest.size() >= 3 && starts("\xE2\x80") && static_cast<unsigned char>(rest[2]) >= 0x80 &&
             static_cast<unsigned char>(rest[2]) <= 0x8A)) {
            i += 3;
            continue;
        }
        return false;
    }
    return true;
}

}  // namespace toc::detail
