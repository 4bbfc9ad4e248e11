// `toc check FILE... [--format text|json|sarif|scorecard] [--top N] [--all] [--werror] [--enable RULE] [--disable RULE]`

#include <algorithm>
#include <fstream>
#include <ostream>
#include <utility>

#include "../args.hpp"
#include "../command.hpp"
#include "../session.hpp"
#include "toc/checks/rank.hpp"
#include "toc/checks/scorecard.hpp"
#include "toc/diagnostics/fix.hpp"
#include "toc/output/sarif.hpp"
#include "toc/version.hpp"

namespace toc::cli {

namespace {

const std::vector<std::string> check_formats = {"text", "json", "sarif", "scorecard"};

/// Every diagnostic of the session in output order, with its importance
/// (weighed on its own model when that loaded).
struct Weighed {
    std::vector<Diagnostic> diagnostics;
    std::vector<double> importance;
};
Weighed weigh(const Session& session) {
    std::vector<std::pair<Diagnostic, double>> all;
    for (const SessionFile& f : session.files()) {
        std::vector<Diagnostic> ds = f.diagnostics();
        const std::vector<double> imp =
            f.loaded.ok() ? finding_importance(f.loaded.model, ds) : severity_importance(ds);
        for (std::size_t i = 0; i < ds.size(); ++i) all.emplace_back(std::move(ds[i]), imp[i]);
    }
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return diagnostic_before(a.first, b.first); });
    Weighed out;
    for (auto& [d, w] : all) {
        out.diagnostics.push_back(std::move(d));
        out.importance.push_back(w);
    }
    return out;
}

class CheckCommand final : public Command {
public:
    std::string_view name() const override { return "check"; }
    std::string_view summary() const override {
        return "check models for errors and weaknesses (exit 0 clean, 1 errors, 2 could not run)";
    }
    std::string_view synopsis() const override {
        return "FILE... [--format text|json|sarif|scorecard] [--top N] [--all] [--werror] [--fix] [--enable RULE] "
               "[--disable RULE]";
    }

    void define(CLI::App& app) override {
        app.description(
            "Loads each model, reports every problem the loader finds (TOC0xx) and, for a model that loads, the "
            "findings of the consistency checks (TOC1xx-TOC4xx). FILE '-' is standard input.");
        add_model_files(app, files_, "model files (YAML)");
        app.add_option("--format", format_, "output format (default text)")
            ->type_name(alternatives(check_formats))
            ->check(one_of("format", check_formats));
        app.add_option("--top", top_, "print only the N findings that matter most, most important first (text)")
            ->type_name("N")
            ->check(CLI::PositiveNumber);
        app.add_flag("--all", all_,
                     "list every finding (text output otherwise shows 3 of a rule's many and says how many more)");
        app.add_flag("--werror", werror_, "treat warnings as errors for the exit status");
        app.add_flag("--fix", fix_,
                     "apply the certain fixes (did-you-mean keys, values and ids) in place, touching nothing else, "
                     "say what changed, then check the fixed files");
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
        options_.catalogue = &catalogue_;
        if (auto problems = validate_options(options_, catalogue_); !problems.empty()) {
            for (const auto& p : problems) io.err << "toc check: " << p << '\n';
            return 2;
        }
        if (fix_) {
            if (std::count(files_.begin(), files_.end(), "-"))
                return usage_error(io, name(), "--fix rewrites files in place; standard input ('-') cannot be fixed");
            for (const auto& file : files_)
                if (!fix_in_place(file, io)) return 2;
        }
        Session session(options_, &io.in);
        for (const auto& file : files_) session.add(file);
        const Weighed weighed = weigh(session);
        const std::vector<Diagnostic>& all = weighed.diagnostics;
        const FindingMarks marks{rank_findings(weighed.importance), group_by_rule(all)};
        const DiagnosticSummary summary = session.summary();
        if (format_ == "json") {
            write_json(io.out, all, summary, &marks);
        } else if (format_ == "sarif") {
            SarifOptions sarif;
            sarif.marks = &marks;
            write_sarif(io.out, all, catalogue_, version_string, sarif);
        } else if (format_ == "scorecard") {
            write_scorecard(io.out, scorecard(all, marks.rank, all_rules(catalogue_)), all);
            io.out << format_summary(summary) << '\n';
        } else {
            write_text(io.out, all, marks, TextOptions{all_, 3, all_ ? 0 : top_});
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
    /// Makes the certain fix-its in `file` until none is left (a fixed key may
    /// reveal a misspelt value under it; at most a few rounds) and says on the
    /// error stream what changed. False when the file could not be written.
    bool fix_in_place(const std::string& file, Streams io) const {
        constexpr int rounds = 4;
        for (int round = 0; round < rounds; ++round) {
            // read the file once: the session checks this very text, the fixes apply to it
            SourceText source = read_source(file);
            if (!source.ok()) return true;  // reported by the check that follows
            Session session(options_);
            session.workspace().open(file, source.text);
            const SessionFile& checked = session.add(file);
            FileFixes fixed = fix_text(source.text, checked.diagnostics(), checked.name);
            for (const auto& line : fixed.skipped) io.err << line << '\n';
            if (fixed.changed.empty()) return true;
            std::ofstream out(file, std::ios::binary | std::ios::trunc);
            out << fixed.text;
            out.close();
            if (!out) {
                io.err << "toc check: cannot write the fixes to '" << file << "'\n";
                return false;
            }
            for (const auto& line : fixed.changed) io.err << "fixed: " << line << '\n';
        }
        return true;
    }

    Catalogue catalogue_ = default_catalogue();
    std::vector<std::string> files_;
    bool fix_ = false;
    std::string format_ = "text";
    bool werror_ = false;
    bool all_ = false;
    std::size_t top_ = 0;
    CheckOptions options_;
};

}  // namespace

std::unique_ptr<Command> make_check_command() { return std::make_unique<CheckCommand>(); }

}  // namespace toc::cli
