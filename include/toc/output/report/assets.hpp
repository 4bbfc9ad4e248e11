#pragma once
// The report page's style sheet and script (src/report/assets/), embedded in
// toc::report at build time, with the SHA-256 of each (base64) for the page's
// Content-Security-Policy. Declared here, defined in src/report/assets.cpp.

#include <string_view>

namespace toc::report {

struct Assets {
    std::string_view css;
    std::string_view script;
    std::string_view css_sha256;     ///< base64 of the SHA-256 of `css`
    std::string_view script_sha256;  ///< base64 of the SHA-256 of `script`
};

/// The assets built into the library (link toc::report).
[[nodiscard]] Assets embedded_assets() noexcept;

}  // namespace toc::report
