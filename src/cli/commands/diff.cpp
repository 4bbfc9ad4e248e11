// `toc diff OLD NEW [--format text|json|md|dot|svg|png|html] [--lang TAG] [-o OUT]`:
// what changed between two versions of a theory (docs/diff.md). OLD and NEW are
// model files, `-` (standard input, one side), or git revisions of a file,
// REV:PATH, read with `git show` run as a process (no shell).
// Exit status like diff(1): 0 no change, 1 changes, 2 trouble.

#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <ostream>
#include <string>
#include <vector>

#include "../args.hpp"
#include "../command.hpp"
#include "../session.hpp"
#include "diff.hpp"
#include "toc/checks/findings_diff.hpp"
#include "toc/checks/rules.hpp"
#include "toc/output/diff/dot.hpp"
#include "toc/output/diff/html.hpp"
#include "toc/output/diff/json.hpp"
#include "toc/output/diff/markdown.hpp"
#include "toc/output/diff/text.hpp"
#include "toc/render/render.hpp"

namespace toc::cli {

namespace {

const std::vector<std::string> diff_formats = {"text", "json", "md", "dot", "svg", "png", "html"};

struct Captured {
    int status = -1;
    std::string out, err;
};

/// Runs a program (no shell) and captures what it writes; status -1 when it could not start.
Captured run_program(const std::vector<std::string>& argv) {
    Captured r;
    int out_pipe[2], err_pipe[2];
    if (pipe(out_pipe) != 0) return r;
    if (pipe(err_pipe) != 0) {
        close(out_pipe[0]);
        close(out_pipe[1]);
        return r;
    }
    const pid_t pid = fork();
    if (pid < 0) {
        for (int fd : {out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) close(fd);
        return r;
    }
    if (pid == 0) {
        dup2(out_pipe[1], 1);
        dup2(err_pipe[1], 2);
        for (int fd : {out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) close(fd);
        std::vector<char*> args;
        args.reserve(argv.size() + 1);
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        execvp(args[0], args.data());
        _exit(127);
    }
    close(out_pipe[1]);
    close(err_pipe[1]);
    // read both pipes without blocking on one while the other fills: stderr is small, read it last
    // after stdout reaches its end (git writes its errors before it exits)
    char buf[65536];
    for (;;) {
        const ssize_t n = read(out_pipe[0], buf, sizeof buf);
        if (n > 0) {
            r.out.append(buf, static_cast<std::size_t>(n));
            if (r.out.size() > max_input_bytes) break;
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        break;
    }
    for (;;) {
        const ssize_t n = read(err_pipe[0], buf, sizeof buf);
        if (n > 0) { r.err.append(buf, static_cast<std::size_t>(n)); continue; }
        if (n < 0 && errno == EINTR) continue;
        break;
    }
    close(out_pipe[0]);
    close(err_pipe[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    return r;
}

/// True when `spec` names a git revision of a file (REV:PATH) rather than a file.
bool git_form(const std::string& spec) {
    const auto colon = spec.find(':');
    if (colon == std::string::npos || colon == 0 || spec == "-") return false;
    std::error_code ec;
    return !std::filesystem::exists(spec, ec);
}

class DiffCommand final : public Command {
public:
    std::string_view name() const override { return "diff"; }
    std::string_view summary() const override {
        return "what changed between two versions of a model: items, fields, indicators and findings "
               "(exit 0 same, 1 changes, 2 trouble)";
    }
    std::string_view synopsis() const override {
        return "OLD NEW [--format text|json|md|dot|svg|png|html] [--lang TAG] [-o OUT]";
    }

    void define(CLI::App& app) override {
        app.description(
            "Compares two versions of a theory of change by id: elements, links, assumptions, mechanisms, "
            "indicators (baselines, targets, measurements, status against target), questions and the rest; a "
            "renamed id is a rename. The checks run on both, and the findings the revision introduced and fixed "
            "are listed. OLD and NEW are files, '-' (standard input, one of them) or git revisions of a file, "
            "REV:PATH (read with git show), e.g. toc diff HEAD~1:models/x.yaml models/x.yaml.");
        app.footer("Exit status: 0 no change, 1 changes, 2 trouble (an input that does not load: its diagnostics "
                   "are printed).");
        add_model_files(app, files_, "OLD and NEW: model files, or REV:PATH");
        app.add_option("--format", format_, "output format (default text)")
            ->type_name(alternatives(diff_formats))
            ->check(one_of("format", diff_formats));
        app.add_option("--lang", lang_, "the language of labels and words (default: NEW's first language)")
            ->type_name("TAG");
        app.add_option("-o,--output", output_, "write to OUT instead of standard output")->type_name("OUT");
    }

    std::vector<std::string>* operands() override { return &files_; }
    int run(Streams io) override;

private:
    std::vector<std::string> files_;
    std::string format_ = "text", lang_, output_;
};

int DiffCommand::run(Streams io) {
    if (files_.size() != 2)
        return usage_error(io, name(), "give two versions, OLD and NEW (usage: toc diff OLD NEW)");
    if (files_[0] == "-" && files_[1] == "-")
        return usage_error(io, name(), "standard input ('-') can be read only once");
    const Catalogue catalogue = default_catalogue();
    CheckOptions options;
    options.catalogue = &catalogue;
    Session session(options, &io.in);
    for (const auto& f : files_)
        if (!add_version(session, f, io.err, name())) return 2;
    bool trouble = false;
    for (const SessionFile& f : session.files()) {
        if (const std::vector<Diagnostic> errors = f.errors(); !errors.empty()) {
            for (const auto& d : errors) io.err << format_diagnostic(d) << '\n';
            io.err << "toc diff: " << f.name << " has " << plural(errors.size(), "error")
                   << " and cannot be compared\n";
            trouble = true;
        }
    }
    if (trouble) return 2;
    const SessionFile& before = session.files()[0];
    const SessionFile& after = session.files()[1];
    const VersionDiff diff =
        compare_versions(before.loaded.model, after.loaded.model, before.findings, after.findings);
    std::string lang = lang_.empty() ? after.loaded.model.default_language() : lang_;
    const DiffDocument doc{diff, before.name, after.name, lang, after.loaded.model.languages};

    std::ostringstream text;
    std::ostream& out = output_.empty() || output_ == "-" ? io.out : text;
    if (format_ == "json") {
        write_diff_json(out, doc);
    } else if (format_ == "md") {
        out << diff_markdown(doc, "#");
    } else if (format_ == "text") {
        write_diff_text(out, doc);
    } else {
        DiagramOptions diagram;
        diagram.lang = lang;
        const std::string dot = diff_to_dot(before.loaded.model, after.loaded.model, doc, diagram);
        if (format_ == "dot") {
            out << dot;
        } else {
            const RenderResult r = render_dot(dot, format_ == "png" ? ImageFormat::png : ImageFormat::svg);
            if (!r.ok()) {
                io.err << "toc diff: Graphviz could not draw the diff: " << r.error << '\n';
                return 2;
            }
            if (format_ == "html") out << diff_html_page(doc, r.data);
            else out << r.data;
        }
    }
    if (&out == &text) {
        std::ofstream file(output_, std::ios::binary | std::ios::trunc);
        file << text.str();
        file.close();
        if (!file) {
            io.err << "toc diff: cannot write '" << output_ << "'\n";
            return 2;
        }
    }
    io.out.flush();
    if (!io.out) {
        io.err << "toc diff: could not write the output\n";
        return 2;
    }
    return diff.empty() ? 0 : 1;
}

}  // namespace

bool add_version(Session& session, const std::string& spec, std::ostream& err, std::string_view command) {
    if (git_form(spec)) {
        const Captured git = run_program({"git", "show", spec});
        if (git.status != 0) {
            err << "toc " << command << ": git show " << spec << " failed";
            if (git.status == -1 || git.status == 127) err << ": git could not be run";
            err << (git.err.empty() ? "\n" : ": " + git.err);
            if (!git.err.empty() && git.err.back() != '\n') err << '\n';
            return false;
        }
        session.workspace().open(spec, git.out);
    }
    session.add(spec);
    return true;
}

std::unique_ptr<Command> make_diff_command() { return std::make_unique<DiffCommand>(); }

}  // namespace toc::cli
