// `toc report MODEL [-o OUT] [--lang sv|en] [--format html|xlsx|md]`: the review
// pack a steering group reads (docs/report.md): one self-contained HTML page
// (interactive diagram, pathways, assumptions register, C-M-O, logframe,
// evaluation matrix, findings, sources), or the same tables as a workbook or
// as Markdown.

#include <fstream>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "../args.hpp"
#include "../command.hpp"
#include "../session.hpp"
#include "diff.hpp"
#include "toc/checks/check.hpp"
#include "toc/checks/rules.hpp"
#include "toc/output/diff/dot.hpp"
#include "toc/output/report/changes.hpp"
#include "toc/output/report/html.hpp"
#include "toc/output/report/markdown.hpp"
#include "toc/output/report/workbook.hpp"
#include "toc/render/render.hpp"
#include "toc/render/report_diagrams.hpp"

namespace toc::cli {

namespace {

const std::vector<std::string> report_formats = {"html", "xlsx", "md"};
const std::vector<std::string> report_languages = {"sv", "en"};

class ReportCommand final : public Command {
public:
    std::string_view name() const override { return "report"; }
    std::string_view summary() const override {
        return "write the review report of a model: one HTML page, a workbook (xlsx) or Markdown";
    }
    std::string_view synopsis() const override {
        return "FILE [-o OUT] [--lang sv|en] [--format html|xlsx|md] [--previous OLD]";
    }

    void define(CLI::App& app) override {
        app.description(
            "Writes the review report a steering group reads: the interactive diagram, the pathways, the assumptions "
            "register, context-mechanism-outcome, the results framework, the evaluation matrix, the findings and the "
            "sources. html (default) is one self-contained page that loads nothing; xlsx and md carry the tables. "
            "A model with errors gets no report: its errors are printed and the exit status is 1.");
        add_model_files(app, files_, "the model file (YAML)");
        app.add_option("-o,--output", output_, "write to OUT (default: MODEL's name with the format's extension)")
            ->type_name("OUT");
        app.add_option("--lang", lang_, "the report's language (default: the model's first of sv and en)")
            ->type_name(alternatives(report_languages))
            ->check(one_of("language", report_languages));
        app.add_option("--format", format_, "html (default), xlsx or md")
            ->type_name(alternatives(report_formats))
            ->check(one_of("format", report_formats));
        app.add_option("--previous", previous_,
                       "add a \"changes since\" section: what changed since the version OLD (a file or REV:PATH; "
                       "see toc diff)")
            ->type_name("OLD");
    }

    std::vector<std::string>* operands() override { return &files_; }
    int run(Streams io) override;

private:
    std::vector<std::string> files_;
    std::string output_, lang_, format_ = "html", previous_;
};

/// "models/spira.yaml" → "spira.html" (in the current directory).
std::string default_output(const std::string& file, const std::string& format) {
    std::string base = file == "-" ? std::string("report") : file;
    if (const auto slash = base.find_last_of('/'); slash != std::string::npos) base = base.substr(slash + 1);
    if (const auto dot = base.find_last_of('.'); dot != std::string::npos && dot > 0) base.resize(dot);
    return base + "." + format;
}

int ReportCommand::run(Streams io) {
    auto bad = [&](const std::string& message) { return usage_error(io, name(), message); };
    if (files_.empty()) return bad("no model file given (usage: toc report FILE [-o OUT])");
    if (files_.size() > 1) return bad("one model at a time: '" + files_[0] + "' and '" + files_[1] + "'");
    if (format_ == "xlsx" && output_ == "-") return bad("xlsx is binary: write it to a file with -o OUT");

    const Catalogue catalogue = default_catalogue();
    CheckOptions options;
    options.catalogue = &catalogue;
    Session session(options, &io.in);
    const SessionFile& loaded = session.add(files_.front());
    if (const std::vector<Diagnostic> errors = loaded.errors(); !errors.empty()) {
        for (const auto& d : errors) io.err << format_diagnostic(d) << '\n';
        io.err << "toc report: " << loaded.name << " has " << plural(errors.size(), "error")
               << "; no report was written\n";
        return session.exit_status();
    }
    const Model& model = loaded.loaded.model;
    const std::vector<RuleInfo> rules = all_rules(catalogue);
    std::string lang = lang_;
    if (lang.empty()) lang = report::default_language(model);
    const std::string path = output_.empty() ? default_output(files_.front(), format_) : output_;

    // the earlier version, for "changes since"
    Session earlier(options, &io.in);
    std::optional<VersionDiff> changes;
    if (!previous_.empty()) {
        if (!add_version(earlier, previous_, io.err, name())) return 2;
        const SessionFile& old = earlier.files().front();
        if (const std::vector<Diagnostic> errors = old.errors(); !errors.empty()) {
            for (const auto& d : errors) io.err << format_diagnostic(d) << '\n';
            io.err << "toc report: --previous " << old.name << " has " << plural(errors.size(), "error")
                   << "; no report was written\n";
            return 2;
        }
        changes = compare_versions(old.loaded.model, model, old.findings, loaded.findings);
    }
    auto changes_document = [&](const std::string& l) {
        return DiffDocument{*changes, earlier.files().front().name, loaded.name, l, model.languages};
    };

    std::string data;
    if (format_ == "xlsx") {
        if (const std::string error = report::write_workbook(report::Context(model, loaded.findings, rules, lang), path);
            !error.empty()) {
            io.err << "toc report: " << error << '\n';
            return 2;
        }
        io.out << path << '\n';
        return 0;
    }
    if (format_ == "md") {
        data = report::report_markdown(report::Context(model, loaded.findings, rules, lang),
                                       changes ? report::changes_section_markdown(changes_document(lang)) : "");
    } else {
        std::string why;
        std::optional<std::vector<report::LanguageDiagrams>> diagrams =
            report::draw_diagrams(model, loaded.findings, lang, why);
        if (!diagrams) {
            io.err << "toc report: Graphviz could not draw " << files_.front() << ": " << why << '\n';
            return 2;
        }
        if (changes) {
            for (auto& d : *diagrams) {
                const DiffDocument doc = changes_document(d.lang);
                RenderResult drawn = render_dot(diff_to_dot(earlier.files().front().loaded.model, model, doc,
                                                            report::theory_view_options(d.lang)),
                                                ImageFormat::svg);
                // ids prefixed: the page holds a drawing per language besides the theory's
                d.changes = report::changes_section_html(
                    doc, drawn.ok() ? report::inline_svg(drawn.data, model, d.lang + "-changes-") : std::string());
            }
        }
        data = report::report_html(model, loaded.findings, rules, *diagrams, report::embedded_assets());
    }
    if (path == "-") {
        io.out << data;
        io.out.flush();
        return io.out ? 0 : 2;
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    out.close();
    if (!out) {
        io.err << "toc report: cannot write '" << path << "'\n";
        return 2;
    }
    io.out << path << '\n';
    return 0;
}

}  // namespace

std::unique_ptr<Command> make_report_command() { return std::make_unique<ReportCommand>(); }

}  // namespace toc::cli
