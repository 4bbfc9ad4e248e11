// `toc check FILE... [--format text|json|sarif] [--werror] [--enable RULE] [--disable RULE]`

#include <algorithm>
#include <ostream>

#include "../args.hpp"
#include "../command.hpp"
#include "../session.hpp"
#include "toc/output/sarif.hpp"
#include "toc/version.hpp"

namespace toc::cli {

namespace {

const std::vector<std::string> check_formats = {"text", "json", "sarif"};

class CheckCommand final : public Command {
public:
    std::string_view name() const override { return "check"; }
    std::string_view summary() const override {
        return "check models for errors and weaknesses (exit 0 clean, 1 errors, 2 could not run)";
    }
    std::string_view synopsis() const override {
        return "FILE... [--format text|json|sarif] [--werror] [--enable RULE] [--disable RULE]";
    }

    void define(CLI::App& app) override {
        app.description(
            "Loads each model, reports every problem the loader finds (TOC0xx) and, for a model that loads, the "
            "findings of the consistency checks (TOC1xx-TOC4xx). FILE '-' is standard input.");
        add_model_files(app, files_, "model files (YAML)");
        app.add_option("--format", format_, "output format (default text)")
            ->type_name(alternatives(check_formats))
            ->check(one_of("format", check_formats));
        app.add_flag("--werror", werror_, "treat warnings as errors for the exit status");
        app.add_option("--enable", options_.enable, "enable a rule (a code such as TOC203, or its name); repeatable")
            ->type_name("RULE")
            ->allow_extra_args(false);
        app.add_option("--disable", options_.disable, "disable a rule; repeatable")
            ->type_name("RULE")
            ->allow_extra_args(false);
    }

    std::vector<std::string>* operands() override { return &files_; }

    int run(Streams io) override {
        if (files_.empty()) return usage_error(io, name(), "no model file given (usage: toc check FILE...)");
        if (std::count(files_.begin(), files_.end(), "-") > 1)
            return usage_error(io, name(), "standard input ('-') can be read only once");
        const Catalogue catalogue = default_catalogue();
        options_.catalogue = &catalogue;
        if (auto problems = validate_options(options_, catalogue); !problems.empty()) {
            for (const auto& p : problems) io.err << "toc check: " << p << '\n';
            return 2;
        }
        Session session(options_, &io.in);
        for (const auto& file : files_) session.add(file);
        const std::vector<Diagnostic> all = session.diagnostics();
        const DiagnosticSummary summary = session.summary();
        if (format_ == "json") {
            write_json(io.out, all, summary);
        } else if (format_ == "sarif") {
            write_sarif(io.out, all, catalogue, version_string);
        } else {
            write_text(io.out, all);
            io.out << format_summary(summary) << '\n';
        }
        io.out.flush();
        if (!io.out) {
            io.err << "toc check: could not write the output\n";
            return 2;
        }
        return session.exit_status(werror_);
    }

private:
    std::vector<std::string> files_;
    std::string format_ = "text";
    bool werror_ = false;
    CheckOptions options_;
};

}  // namespace

std::unique_ptr<Command> make_check_command() { return std::make_unique<CheckCommand>(); }

}  // namespace toc::cli
