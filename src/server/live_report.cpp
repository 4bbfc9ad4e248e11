#include "live_report.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <functional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "toc/diagnostics/format.hpp"
#include "toc/load/workspace.hpp"
#include "toc/output/report/assets.hpp"
#include "toc/render/report_diagrams.hpp"

namespace toc::server {

LiveReport::LiveReport(std::string file, const Catalogue& catalogue)
    : file_(std::move(file)), catalogue_(catalogue), rules_(all_rules(catalogue)) {}

namespace {

/// The stream's message: {"build", "version", "errors": [{"text"}], "page"?}, one line of JSON.
std::string message(std::uint64_t build, std::uint64_t version, const std::vector<std::string>& errors,
                    const std::string* page) {
    nlohmann::json m = {{"build", build}, {"version", version}, {"errors", nlohmann::json::array()}};
    for (const auto& e : errors) m["errors"].push_back({{"text", e}});
    if (page) m["page"] = *page;
    return m.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

namespace {

/// What building one text gave: its errors (one line each), or its page.
struct Built {
    std::vector<std::string> errors;
    std::string page;  ///< empty when there are errors
    std::size_t findings = 0;
};

Built build_text(const std::string& file, const std::string& text, const Catalogue& catalogue,
                 const std::vector<RuleInfo>& rules, std::uint64_t version) {
    Built out;
    Workspace workspace;
    workspace.open(file, text);
    const LoadResult loaded = workspace.load(file);
    CheckOptions options;
    options.catalogue = &catalogue;
    std::vector<Diagnostic> findings, errors;
    if (loaded.ok()) findings = check(loaded.model, options);
    for (const auto& d : loaded.diagnostics)
        if (d.severity == Severity::error) errors.push_back(d);
    for (const auto& d : findings)
        if (d.severity == Severity::error) errors.push_back(d);
    sort_diagnostics(errors);
    for (const auto& d : errors) out.errors.push_back(format_diagnostic(d));
    if (!out.errors.empty()) return out;
    std::string why;
    const auto diagrams =
        report::draw_diagrams(loaded.model, findings, report::default_language(loaded.model), why);
    if (!diagrams) {
        out.errors.push_back(file + ": Graphviz could not draw the model: " + why);
        return out;
    }
    out.page = report::report_html(loaded.model, findings, rules, *diagrams, report::embedded_assets(),
                                   report::LivePage{version});
    out.findings = findings.size();
    return out;
}

// Built over a pipe: counts and lengths as 8 bytes, then the bytes.
void put(std::string& to, std::uint64_t n) { to.append(reinterpret_cast<const char*>(&n), sizeof n); }
void put(std::string& to, const std::string& s) {
    put(to, s.size());
    to += s;
}
bool take(std::string_view& from, std::uint64_t& n) {
    if (from.size() < sizeof n) return false;
    std::memcpy(&n, from.data(), sizeof n);
    from.remove_prefix(sizeof n);
    return true;
}
bool take(std::string_view& from, std::string& s) {
    std::uint64_t n = 0;
    if (!take(from, n) || from.size() < n) return false;
    s.assign(from.substr(0, n));
    from.remove_prefix(n);
    return true;
}

std::string encode(const Built& b) {
    std::string s;
    put(s, b.findings);
    put(s, b.errors.size());
    for (const auto& e : b.errors) put(s, e);
    put(s, b.page);
    return s;
}

std::optional<Built> decode(std::string_view s) {
    Built b;
    std::uint64_t findings = 0, count = 0;
    if (!take(s, findings) || !take(s, count) || count > s.size()) return std::nullopt;
    b.findings = findings;
    b.errors.resize(count);
    for (auto& e : b.errors)
        if (!take(s, e)) return std::nullopt;
    if (!take(s, b.page) || !s.empty()) return std::nullopt;
    return b;
}

/// Runs `build` in a child process and returns what it built. Graphviz keeps a
/// little memory from every drawing (its HTML-label parser, pango): in a child
/// it goes with the child, so the server's memory stays flat over any number of
/// saves, and a drawing that crashes is an error on the page, not the end of
/// the server. The child is the fork of this thread alone: it builds, writes
/// to the pipe and leaves with _exit.
Built in_child(const std::string& file, const std::function<Built()>& build) {
    int pipe_fds[2];
    if (::pipe2(pipe_fds, O_CLOEXEC) != 0) return build();
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(pipe_fds[0]);
        ::close(pipe_fds[1]);
        return build();
    }
    if (pid == 0) {
        ::close(pipe_fds[0]);
        const std::string data = encode(build());
        for (std::size_t at = 0; at < data.size();) {
            const ssize_t n = ::write(pipe_fds[1], data.data() + at, data.size() - at);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) ::_exit(1);
            at += static_cast<std::size_t>(n);
        }
        ::_exit(0);
    }
    ::close(pipe_fds[1]);
    std::string data;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(pipe_fds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        data.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(pipe_fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        if (auto built = decode(data)) return std::move(*built);
    Built failed;
    failed.errors.push_back(file + ": the build stopped " +
                            (WIFSIGNALED(status) ? "on signal " + std::to_string(WTERMSIG(status))
                                                 : std::string("unexpectedly")) +
                            " (Graphviz could not draw the model?)");
    return failed;
}

}  // namespace

std::optional<Rebuild> LiveReport::rebuild() {
    SourceText source = read_source(file_);
    std::optional<std::string> text;
    if (source.ok()) text = std::move(source.text);
    if (built_ && text == last_text_) return std::nullopt;
    built_ = true;
    last_text_ = text;
    ++build_;

    Rebuild out;
    if (!text) {
        out.errors.push_back(format_diagnostic(*source.error));
    } else {
        Built built =
            in_child(file_, [&] { return build_text(file_, *text, catalogue_, rules_, build_); });
        out.errors = std::move(built.errors);
        out.findings = built.findings;
        if (out.errors.empty()) {
            version_ = build_;
            page_ = std::move(built.page);
        }
    }
    if (page_.empty())  // nothing built without errors yet: a page with the banner alone
        page_ = report::report_html(Model{}, {}, rules_, {}, report::embedded_assets(), report::LivePage{0});

    auto snapshot = std::make_shared<Snapshot>();
    snapshot->build = build_;
    snapshot->version = version_;
    snapshot->page = page_;
    snapshot->policy = report::content_security_policy(report::embedded_assets(), true);
    snapshot->message = message(build_, version_, out.errors, nullptr);
    snapshot->message_with_page = message(build_, version_, out.errors, &page_);
    out.snapshot = std::move(snapshot);
    return out;
}

}  // namespace toc::server
