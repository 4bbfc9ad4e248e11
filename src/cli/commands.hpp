#pragma once
// The subcommands of the `toc` executable. Each takes its arguments (after the
// subcommand name) and returns the process exit status:
// 0 success, 1 the model has errors (or warnings with --werror), 2 could not run.

#include <iosfwd>
#include <string>
#include <vector>

namespace toc::cli {

struct Streams {
    std::ostream& out;
    std::ostream& err;
};

int run_check(const std::vector<std::string>& args, Streams io);
int run_render(const std::vector<std::string>& args, Streams io);

}  // namespace toc::cli
