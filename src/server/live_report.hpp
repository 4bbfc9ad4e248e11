#pragma once
// The report page of one model file, rebuilt on demand for the preview server:
// read the file, load, check, draw (Graphviz) and compose the live page
// (toc/output/report/html.hpp). A version with errors keeps the last page
// without errors and carries its errors for the page's banner. The drawings
// are made in worker processes (worker.hpp), one per language of the page.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "broadcast.hpp"
#include "worker.hpp"
#include "toc/checks/check.hpp"
#include "toc/output/report/html.hpp"

namespace toc::server {

/// What one rebuild gave.
struct Rebuild {
    std::shared_ptr<const Snapshot> snapshot;
    std::vector<std::string> errors;  ///< "file:line:col: error: message [code]", one a line; empty when it built
    std::size_t findings = 0;         ///< the checks' findings, when it built
};

class LiveReport {
public:
    /// `catalogue` must outlive the LiveReport.
    LiveReport(std::string file, const Catalogue& catalogue);
    LiveReport(const LiveReport&) = delete;
    LiveReport& operator=(const LiveReport&) = delete;
    ~LiveReport();

    /// The files the model is read from (the ones to watch).
    [[nodiscard]] std::vector<std::string> files() const { return {file_}; }

    /// Reads the file; when its text differs from the last build's (or on the
    /// first call), builds it and returns the new snapshot. nullopt: nothing changed.
    [[nodiscard]] std::optional<Rebuild> rebuild();

    /// Whether the last rebuild could read the file.
    [[nodiscard]] bool readable() const noexcept { return last_text_.has_value(); }

private:
    /// What building one text gave: its errors (one line each), or its page.
    struct Built {
        std::vector<std::string> errors;
        std::string page;  ///< empty when there are errors
        std::size_t findings = 0;
    };
    Built build_text(const std::string& text, std::uint64_t version);
    [[nodiscard]] std::string draw(std::string_view text, std::size_t index) const;

    std::string file_;
    const Catalogue& catalogue_;
    std::vector<RuleInfo> rules_;
    std::optional<std::string> last_text_;  ///< the text of the last build (nullopt: unreadable or none yet)
    bool built_ = false;
    std::uint64_t build_ = 0;
    std::uint64_t version_ = 0;
    std::string page_;  ///< the last page without errors
    std::vector<std::unique_ptr<Worker>> workers_;  ///< the i-th draws the page's i-th language
};

}  // namespace toc::server
