#include "session.hpp"

#include <istream>

#include "toc/diagnostics/loader_codes.hpp"

namespace toc::cli {

std::vector<Diagnostic> SessionFile::diagnostics() const {
    std::vector<Diagnostic> all = loaded.diagnostics;
    all.insert(all.end(), findings.begin(), findings.end());
    return all;
}

std::vector<Diagnostic> SessionFile::errors() const {
    std::vector<Diagnostic> out;
    for (auto& d : diagnostics())
        if (d.severity == Severity::error) out.push_back(std::move(d));
    sort_diagnostics(out);
    return out;
}

Session::Session(CheckOptions options, std::istream* standard_input)
    : options_(std::move(options)), in_(standard_input) {}

const SessionFile& Session::add(const std::string& name) {
    SessionFile file;
    file.name = name == "-" ? "<stdin>" : name;
    if (name == "-") {
        if (read_standard_input_ || !in_) {
            file.loaded.diagnostics.push_back(
                loader_error(loader_code::io_error, {file.name, 0, 0}, "standard input can be read only once"));
        } else {
            read_standard_input_ = true;
            SourceText source = read_source(*in_, file.name);
            if (source.ok()) workspace_.open(file.name, std::move(source.text));
            else file.loaded.diagnostics.push_back(*source.error);
        }
        if (file.loaded.diagnostics.empty()) file.loaded = workspace_.load(file.name);
    } else {
        file.loaded = workspace_.load(file.name);
    }
    for (const auto& d : file.loaded.diagnostics) file.unreadable = file.unreadable || d.code == loader_code::io_error.code;
    if (file.loaded.ok()) file.findings = check(file.loaded.model, options_);
    files_.push_back(std::move(file));
    return files_.back();
}

std::vector<Diagnostic> Session::diagnostics() const {
    std::vector<Diagnostic> all;
    for (const auto& f : files_) {
        auto ds = f.diagnostics();
        all.insert(all.end(), std::make_move_iterator(ds.begin()), std::make_move_iterator(ds.end()));
    }
    sort_diagnostics(all);
    return all;
}

DiagnosticSummary Session::summary() const { return DiagnosticSummary::of(diagnostics(), files_.size()); }

int Session::exit_status(bool werror) const {
    for (const auto& f : files_)
        if (f.unreadable) return 2;
    const DiagnosticSummary s = summary();
    return s.errors > 0 || (werror && s.warnings > 0) ? 1 : 0;
}

}  // namespace toc::cli
