// `toc lsp [--docs URL] [--debounce MS]`: the language server, over standard input and output.

#include <ostream>
#include <unistd.h>

#include <CLI/CLI.hpp>

#include "../command.hpp"
#include "../../lsp/stdio.hpp"

namespace toc::cli {

namespace {

class LspCommand final : public Command {
public:
    std::string_view name() const override { return "lsp"; }
    std::string_view summary() const override {
        return "run the language server for editors (Language Server Protocol over standard input and output)";
    }
    std::string_view synopsis() const override { return "[--docs URL] [--debounce MS]"; }

    void define(CLI::App& app) override {
        app.description(
            "Speaks the Language Server Protocol 3.17 on standard input and output: findings as you type, go to "
            "definition, references, rename, hover, outline, completion of ids, keys and values, and quick fixes. "
            "Editor set-up: docs/editors.md.");
        app.add_option("--docs", docs_, "where the rule documentation is (default: docs/checks.md of this build)")
            ->type_name("URL");
        app.add_option("--debounce", debounce_ms_,
                       "milliseconds without a message before diagnostics are sent (default 100)")
            ->type_name("MS")
            ->check(CLI::Range(0, 10000));
    }

    int run(Streams io) override {
        io.out.flush();
        lsp::ServerOptions options;
        options.docs_url = docs_;
        lsp::Server server(options);
        return lsp::run(server, STDIN_FILENO, STDOUT_FILENO, debounce_ms_);
    }

private:
    std::string docs_ = TOC_LSP_DOCS_URL;
    int debounce_ms_ = 100;
};

}  // namespace

std::unique_ptr<Command> make_lsp_command() { return std::make_unique<LspCommand>(); }

}  // namespace toc::cli
