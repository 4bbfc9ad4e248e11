#pragma once
// Reading a version of a model for `toc diff` and `toc report --previous`: a
// file, `-` (standard input), or a git revision of a file, REV:PATH, read with
// `git show` run as a process (no shell). Defined in diff.cpp.

#include <ostream>
#include <string>
#include <string_view>

#include "../session.hpp"

namespace toc::cli {

/// Loads the version `spec` into the session (and checks it). False, with a
/// message on `err` ("toc COMMAND: git show ... failed: ..."), when git could
/// not give it; a file that cannot be read is the session's TOC000 instead.
bool add_version(Session& session, const std::string& spec, std::ostream& err, std::string_view command);

}  // namespace toc::cli
