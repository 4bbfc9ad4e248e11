#pragma once

#include <string_view>

namespace toc {

inline constexpr std::string_view version_string = "0.1.0";
/// The format versions this release reads (the `toc:` key).
inline constexpr int format_version = 1;

}  // namespace toc
