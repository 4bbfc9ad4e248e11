// The table of `toc` commands: one line per command.

#include <ostream>

#include "command.hpp"

namespace toc::cli {

std::vector<std::unique_ptr<Command>> command_table() {
    std::vector<std::unique_ptr<Command>> table;
    table.push_back(make_check_command());
    table.push_back(make_render_command());
    table.push_back(make_report_command());
    table.push_back(make_diff_command());
    table.push_back(make_serve_command());
    table.push_back(make_import_command());
    table.push_back(make_rules_command());
    table.push_back(make_lsp_command());
    return table;
}

int usage_error(Streams io, std::string_view command, std::string_view message) {
    io.err << "toc " << command << ": " << message << " (see toc " << command << " --help)\n";
    return 2;
}

}  // namespace toc::cli
