// The `toc` command line: dispatches to the subcommands.

#include <iostream>
#include <string>
#include <vector>

#include "commands.hpp"
#include "toc/version.hpp"

namespace {

constexpr const char* usage = R"(toc — theory-of-change models: load, check, render

Usage:
  toc check FILE... [--format text|json|sarif] [--werror] [--enable RULE] [--disable RULE]
  toc render FILE [-o OUT] [--format FORMAT] [--view theory|indicators] [...]
  toc --help | --version
  toc COMMAND --help

Commands:
  check    check models for errors and weaknesses (exit 0 clean, 1 errors, 2 could not run)
  render   draw a model as a program-theory diagram or indicator map, or export it

A RULE is a code (TOC201) or a name (result-without-indicator); see docs/checks.md.
)";

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    std::vector<std::string> args(argv + 1, argv + argc);
    toc::cli::Streams io{std::cout, std::cerr};
    if (args.empty()) {
        std::cerr << usage;
        return 2;
    }
    const std::string command = args.front();
    args.erase(args.begin());
    try {
        if (command == "--help" || command == "-h" || command == "help") {
            std::cout << usage;
            return 0;
        }
        if (command == "--version" || command == "-V") {
            std::cout << "toc " << toc::version_string << " (model format " << toc::format_version << ")\n";
            return 0;
        }
        if (command == "check") return toc::cli::run_check(args, io);
        if (command == "render") return toc::cli::run_render(args, io);
        std::cerr << "toc: unknown command '" << command << "'; the commands are check and render (see toc --help)\n";
        return 2;
    } catch (const std::bad_alloc&) {
        std::cerr << "toc: out of memory\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "toc: internal error: " << e.what() << "\n";
        return 2;
    }
}
