#pragma once
// One run of toc over some models: load each (from the workspace; "-" is
// standard input), check the ones that load, gather the diagnostics, count
// them, and decide the exit status. Every command that reads models uses it.

#include <iosfwd>
#include <string>
#include <vector>

#include "toc/checks/check.hpp"
#include "toc/diagnostics/format.hpp"
#include "toc/load/workspace.hpp"

namespace toc::cli {

/// One model of the session, loaded and (when it loaded without errors) checked.
struct SessionFile {
    std::string name;          ///< as given: a path, or "<stdin>" for "-"
    LoadResult loaded;
    std::vector<Diagnostic> findings;  ///< the checks' findings; empty when the model did not load
    bool unreadable = false;   ///< the file could not be read (TOC000)

    /// The loader's diagnostics and the findings, in one list.
    [[nodiscard]] std::vector<Diagnostic> diagnostics() const;
    /// Only the errors, sorted.
    [[nodiscard]] std::vector<Diagnostic> errors() const;
};

class Session {
public:
    /// `options.catalogue` must outlive the session when set.
    explicit Session(CheckOptions options = {}, std::istream* standard_input = nullptr);

    [[nodiscard]] Workspace& workspace() noexcept { return workspace_; }

    /// Loads and checks one model; "-" reads standard input (once: a second "-" is
    /// an unreadable file).
    const SessionFile& add(const std::string& name);

    [[nodiscard]] const std::vector<SessionFile>& files() const noexcept { return files_; }

    /// Every diagnostic of every file, sorted by file, line, column and code.
    [[nodiscard]] std::vector<Diagnostic> diagnostics() const;
    [[nodiscard]] DiagnosticSummary summary() const;

    /// 2 when a file could not be read; 1 when a model has errors (or warnings
    /// with `werror`); 0 otherwise.
    [[nodiscard]] int exit_status(bool werror = false) const;

private:
    CheckOptions options_;
    std::istream* in_;
    bool read_standard_input_ = false;
    Workspace workspace_;
    std::vector<SessionFile> files_;
};

}  // namespace toc::cli
