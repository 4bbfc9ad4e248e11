#pragma once
// A subcommand of `toc`: its name and one-line summary (for `toc --help`), its
// synopsis, the options it defines on its CLI11 app, and what it does. The
// table of commands is command_table() (command_table.cpp): adding a command
// is its file under commands/ and one line there.
//
// Exit status of every command: 0 success, 1 the model has errors (or
// warnings with --werror), 2 could not run (bad arguments, unreadable file).

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
}

namespace toc::cli {

struct Streams {
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
};

class Command {
public:
    Command() = default;
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;
    virtual ~Command() = default;

    [[nodiscard]] virtual std::string_view name() const = 0;
    /// One line for `toc --help`.
    [[nodiscard]] virtual std::string_view summary() const = 0;
    /// What follows `toc NAME` in a usage line: "FILE... [options]".
    [[nodiscard]] virtual std::string_view synopsis() const = 0;
    /// Defines the options and positionals on the command's app, bound to members.
    virtual void define(CLI::App& app) = 0;
    /// Where the arguments after `--` go (files, even when they start with '-'):
    /// the storage of the command's positionals, or nullptr when it takes none.
    [[nodiscard]] virtual std::vector<std::string>* operands() { return nullptr; }
    /// Runs after the arguments parsed; returns the exit status.
    virtual int run(Streams io) = 0;
};

/// Every command of `toc`, in the order `toc --help` lists them.
[[nodiscard]] std::vector<std::unique_ptr<Command>> command_table();

std::unique_ptr<Command> make_check_command();
std::unique_ptr<Command> make_render_command();
std::unique_ptr<Command> make_rules_command();
std::unique_ptr<Command> make_lsp_command();
std::unique_ptr<Command> make_report_command();
std::unique_ptr<Command> make_diff_command();
std::unique_ptr<Command> make_serve_command();
std::unique_ptr<Command> make_import_command();

/// "toc NAME: message (see toc NAME --help)" on the error stream; returns 2.
int usage_error(Streams io, std::string_view command, std::string_view message);

}  // namespace toc::cli
