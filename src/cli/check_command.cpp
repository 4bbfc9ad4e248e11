// `toc check FILE... [--format text|json|sarif] [--werror] [--enable RULE] [--disable RULE]`

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "commands.hpp"
#include "toc/checks/check.hpp"
#include "toc/diagnostics/format.hpp"
#include "toc/load/load.hpp"
#include "toc/output/sarif.hpp"
#include "toc/version.hpp"

namespace toc::cli {

namespace {

constexpr const char* check_usage = R"(Usage: toc check FILE... [options]

Loads each model, reports every problem the loader finds (TOC0xx) and, for a
model that loads, the findings of the consistency checks (TOC1xx–TOC4xx).

Options:
  --format text|json|sarif   output format (default text)
  --werror                   treat warnings as errors for the exit status
  --enable RULE              enable a rule (code such as TOC203, or its name); repeatable
  --disable RULE             disable a rule; repeatable
  -h, --help                 show this help

Exit status: 0 no errors, 1 errors (or warnings with --werror), 2 could not run.
)";

}  // namespace

int run_check(const std::vector<std::string>& args, Streams io) {
    std::vector<std::string> files;
    std::string format = "text";
    bool werror = false;
    CheckOptions options;
    bool only_files = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (only_files) {
            files.push_back(a);
            continue;
        }
        if (a == "--") {
            only_files = true;
            continue;
        }
        auto value = [&](const char* name) -> const std::string* {
            if (i + 1 >= args.size()) {
                io.err << "toc check: " << name << " needs a value (see toc check --help)\n";
                return nullptr;
            }
            return &args[++i];
        };
        if (a == "-h" || a == "--help") {
            io.out << check_usage;
            return 0;
        } else if (a == "--format") {
            const auto* v = value("--format");
            if (!v) return 2;
            format = *v;
            if (format != "text" && format != "json" && format != "sarif") {
                io.err << "toc check: unknown format '" << format << "'; use text, json or sarif\n";
                return 2;
            }
        } else if (a.rfind("--format=", 0) == 0) {
            format = a.substr(9);
            if (format != "text" && format != "json" && format != "sarif") {
                io.err << "toc check: unknown format '" << format << "'; use text, json or sarif\n";
                return 2;
            }
        } else if (a == "--werror") {
            werror = true;
        } else if (a == "--enable" || a == "--disable") {
            const auto* v = value(a.c_str());
            if (!v) return 2;
            (a == "--enable" ? options.enable : options.disable).push_back(*v);
        } else if (a.rfind("--enable=", 0) == 0) {
            options.enable.push_back(a.substr(9));
        } else if (a.rfind("--disable=", 0) == 0) {
            options.disable.push_back(a.substr(10));
        } else if (a.size() > 1 && a[0] == '-' && a != "-") {
            io.err << "toc check: unknown option '" << a << "' (see toc check --help)\n";
            return 2;
        } else {
            files.push_back(a);
        }
    }
    if (std::count(files.begin(), files.end(), "-") > 1) {
        io.err << "toc check: standard input ('-') can be read only once\n";
        return 2;
    }
    if (files.empty()) {
        io.err << "toc check: no model file given (usage: toc check FILE...)\n";
        return 2;
    }
    const Catalogue catalogue = default_catalogue();
    options.catalogue = &catalogue;
    if (auto problems = validate_options(options, catalogue); !problems.empty()) {
        for (const auto& p : problems) io.err << "toc check: " << p << '\n';
        return 2;
    }

    std::vector<Diagnostic> all;
    bool unreadable = false;
    for (const auto& file : files) {
        LoadResult r = file == "-" ? load_stream(std::cin, "<stdin>") : load_file(file);
        for (const auto& d : r.diagnostics)
            if (d.code == "TOC000") unreadable = true;
        const bool loaded = r.ok();
        all.insert(all.end(), std::make_move_iterator(r.diagnostics.begin()),
                   std::make_move_iterator(r.diagnostics.end()));
        if (loaded) {
            auto findings = check(r.model, options);
            all.insert(all.end(), std::make_move_iterator(findings.begin()), std::make_move_iterator(findings.end()));
        }
    }
    sort_diagnostics(all);
    const auto summary = DiagnosticSummary::of(all, files.size());
    if (format == "json") {
        write_json(io.out, all, summary);
    } else if (format == "sarif") {
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
    if (unreadable) return 2;
    if (summary.errors > 0 || (werror && summary.warnings > 0)) return 1;
    return 0;
}

}  // namespace toc::cli
