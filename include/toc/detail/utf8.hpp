#pragma once
// UTF-8, decided once: what a valid sequence is (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), how text is cleaned for output, and how
// characters are counted. The loader, every writer and every escaper use these.

#include <cstddef>
#include <string>
#include <string_view>

namespace toc::detail {

/// Length of the valid UTF-8 sequence that starts at s[i] (1 to 4), or 0 when the
/// bytes there are not valid UTF-8 (a stray continuation byte, an overlong form,
/// a surrogate, a code point above U+10FFFF, or a sequence cut short).
[[nodiscard]] inline std::size_t utf8_length(std::string_view s, std::size_t i) noexcept {
    if (i >= s.size()) return 0;
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = 0;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c >= 0xE0 && c <= 0xEF) len = 3;
    else if (c >= 0xF0 && c <= 0xF4) len = 4;
    if (len == 0 || i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
    const auto c1 = static_cast<unsigned char>(s[i + 1]);
    if ((c == 0xE0 && c1 < 0xA0) ||   // overlong three-byte form
        (c == 0xED && c1 >= 0xA0) ||  // UTF-16 surrogate
        (c == 0xF0 && c1 < 0x90) ||   // overlong four-byte form
        (c == 0xF4 && c1 >= 0x90))    // above U+10FFFF
        return 0;
    return len;
}

/// Characters (code points) in valid UTF-8 text: what editors and SARIF's
/// unicodeCodePoints count as columns.
[[nodiscard]] inline std::size_t columns(std::string_view s) noexcept {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

/// Valid UTF-8 without control characters, for any output a person reads:
/// malformed bytes become U+FFFD, tabs become spaces, carriage returns disappear,
/// other control characters (and DEL) become U+FFFD; line feeds are kept.
[[nodiscard]] inline std::string clean(std::string_view s) {
    std::string r;
    r.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t n = utf8_length(s, i);
        if (n == 0) { r += "\xEF\xBF\xBD"; ++i; continue; }
        const auto c = static_cast<unsigned char>(s[i]);
        if (n == 1 && c < 0x20) {
            if (c == '\n') r += '\n';
            else if (c == '\t') r += ' ';
            else if (c != '\r') r += "\xEF\xBF\xBD";
        } else if (n == 1 && c == 0x7F) {
            r += "\xEF\xBF\xBD";
        } else {
            r.append(s.substr(i, n));
        }
        i += n;
    }
    return r;
}

}  // namespace toc::detail
