// The `toc` command line: the command table (command_table.cpp) on CLI11.

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "command.hpp"
#include "toc/version.hpp"

namespace {

using toc::cli::Command;

/// The usage lines and commands, from the table: `toc --help` and `toc` alone.
std::string overview(const std::vector<std::unique_ptr<Command>>& commands) {
    std::string s = "toc — theory-of-change models: load, check, render\n\nUsage:\n";
    for (const auto& c : commands) s += "  toc " + std::string(c->name()) + " " + std::string(c->synopsis()) + "\n";
    s += "  toc --help | --version\n  toc COMMAND --help\n\nCommands:\n";
    for (const auto& c : commands) {
        std::string name(c->name());
        name.resize(std::max<std::size_t>(name.size() + 1, 9), ' ');
        s += "  " + name + std::string(c->summary()) + "\n";
    }
    s += "\nExit status: 0 success, 1 the model has errors, 2 could not run.\n"
         "A RULE is a code (TOC201) or a name (result-without-indicator); `toc rules` lists them.\n";
    return s;
}

/// The command named on the command line, for the prefix of an argument error.
Command* named(const std::vector<std::unique_ptr<Command>>& commands, const std::vector<std::string>& args) {
    for (const auto& c : commands)
        if (!args.empty() && args.front() == c->name()) return c.get();
    return nullptr;
}

int run(std::vector<std::string> args, toc::cli::Streams io) {
    auto commands = toc::cli::command_table();
    if (args.empty()) {
        io.err << overview(commands);
        return 2;
    }
    // `toc help` and `toc help COMMAND` are `toc --help` and `toc COMMAND --help`.
    if (args.front() == "help") {
        args.erase(args.begin());
        args.emplace_back("--help");
    }
    CLI::App app("toc — theory-of-change models: load, check, render", "toc");
    app.require_subcommand(1, 1);
    app.set_version_flag("-V,--version", std::string("toc ") + std::string(toc::version_string) + " (model format " +
                                             std::to_string(toc::format_version) + ")");
    for (const auto& c : commands) {
        CLI::App* sub = app.add_subcommand(std::string(c->name()), std::string(c->summary()));
        sub->footer("Exit status: 0 success, 1 the model has errors, 2 could not run.");
        c->define(*sub);
    }
    Command* command = named(commands, args);
    // What follows `--` is operands, whatever it looks like. CLI11 2.1 hands `--`
    // after a positional back to the parent app, so it is split off here.
    std::vector<std::string> operands;
    if (auto dash = std::find(args.begin() + 1, args.end(), "--"); command && dash != args.end()) {
        operands.assign(dash + 1, args.end());
        args.erase(dash, args.end());
    }
    std::vector<std::string> reversed(args.rbegin(), args.rend());
    try {
        app.parse(reversed);
    } catch (const CLI::CallForHelp&) {
        if (!command) {
            io.out << overview(commands);
            return 0;
        }
        io.out << app.get_subcommand(std::string(command->name()))->help("toc");
        return 0;
    } catch (const CLI::CallForVersion& e) {
        io.out << e.what() << '\n';
        return 0;
    } catch (const CLI::ParseError& e) {
        if (!command) {
            if (!args.front().empty() && args.front()[0] != '-')
                io.err << "toc: unknown command '" << args.front() << "'; the commands are ";
            else
                io.err << "toc: " << e.what() << "; the commands are ";
            for (std::size_t i = 0; i < commands.size(); ++i)
                io.err << (i ? (i + 1 == commands.size() ? " and " : ", ") : "") << commands[i]->name();
            io.err << " (see toc --help)\n";
            return 2;
        }
        return toc::cli::usage_error(io, command->name(), e.what());
    }
    if (!operands.empty()) {
        std::vector<std::string>* into = command->operands();
        if (!into) return toc::cli::usage_error(io, command->name(), "takes no files; '" + operands.front() + "' is one");
        into->insert(into->end(), operands.begin(), operands.end());
    }
    return command->run(io);
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    toc::cli::Streams io{std::cin, std::cout, std::cerr};
    try {
        return run(std::vector<std::string>(argv + 1, argv + argc), io);
    } catch (const std::bad_alloc&) {
        std::cerr << "toc: out of memory\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "toc: internal error: " << e.what() << "\n";
        return 2;
    }
}
