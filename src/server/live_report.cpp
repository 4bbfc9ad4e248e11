#include "live_report.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
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

// Over a pipe: lengths as 8 bytes, then the bytes.
void put(std::string& to, const std::string& s) {
    const std::uint64_t n = s.size();
    to.append(reinterpret_cast<const char*>(&n), sizeof n);
    to += s;
}
bool take(std::string_view& from, std::string& s) {
    std::uint64_t n = 0;
    if (from.size() < sizeof n) return false;
    std::memcpy(&n, from.data(), sizeof n);
    from.remove_prefix(sizeof n);
    if (from.size() < n) return false;
    s.assign(from.substr(0, n));
    from.remove_prefix(n);
    return true;
}

/// One language's drawings, or why Graphviz could not make them.
std::string encode(const std::optional<report::LanguageDiagrams>& d, const std::string& why) {
    std::string s;
    put(s, d ? std::string() : why.empty() ? std::string("no reason given") : why);
    put(s, d ? d->theory : std::string());
    put(s, d ? d->indicators : std::string());
    put(s, d ? d->overview : std::string());
    put(s, d && d->left_out ? "left out" : "");
    return s;
}
bool decode(std::string_view s, report::LanguageDiagrams& d, std::string& why) {
    std::string left_out;
    const bool whole = take(s, why) && take(s, d.theory) && take(s, d.indicators) && take(s, d.overview) &&
                       take(s, left_out) && s.empty();
    d.left_out = !left_out.empty();
    return whole;
}

/// A child process at work (start_child), and what it wrote.
struct Child {
    pid_t pid = -1;
    int fd = -1;
    std::string data;
    int status = 0;
};

/// Runs `work` in a child process; its result comes back through a pipe
/// (finish). Graphviz keeps a little memory from every drawing (its HTML-label
/// parser, pango): in a child it goes with the child, so the server's memory
/// stays flat over any number of saves, and a drawing that crashes is an error
/// on the page, not the end of the server. The child is the fork of this thread
/// alone: it works, writes to the pipe and leaves with _exit. When no child can
/// be made, the work is done here.
Child start_child(const std::function<std::string()>& work) {
    Child c;
    int pipe_fds[2];
    if (::pipe2(pipe_fds, O_CLOEXEC) != 0) {
        c.data = work();
        return c;
    }
    c.pid = ::fork();
    if (c.pid < 0) {
        ::close(pipe_fds[0]);
        ::close(pipe_fds[1]);
        c.data = work();
        return c;
    }
    if (c.pid == 0) {
        ::close(pipe_fds[0]);
        const std::string data = work();
        for (std::size_t at = 0; at < data.size();) {
            const ssize_t n = ::write(pipe_fds[1], data.data() + at, data.size() - at);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) ::_exit(1);
            at += static_cast<std::size_t>(n);
        }
        ::_exit(0);
    }
    ::close(pipe_fds[1]);
    c.fd = pipe_fds[0];
    return c;
}

/// Reads every child's pipe to its end, all together (each may fill its pipe
/// before the other is done), then waits for each (its `status`).
void finish(std::vector<Child>& children) {
    std::vector<pollfd> open;
    for (const Child& c : children)
        if (c.fd >= 0) open.push_back({c.fd, POLLIN, 0});
    char buffer[65536];
    while (!open.empty()) {
        if (::poll(open.data(), open.size(), -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        for (std::size_t i = 0; i < open.size();) {
            Child& c = *std::find_if(children.begin(), children.end(), [&](const Child& x) { return x.fd == open[i].fd; });
            ssize_t n = 0;
            if (open[i].revents != 0) {
                n = ::read(c.fd, buffer, sizeof buffer);
                if (n < 0 && errno == EINTR) n = 1;  // read again
                else if (n > 0) c.data.append(buffer, static_cast<std::size_t>(n));
            }
            if (open[i].revents != 0 && n <= 0) {  // the end of this child's output
                ::close(c.fd);
                c.fd = -1;
                open.erase(open.begin() + static_cast<std::ptrdiff_t>(i));
            } else {
                ++i;
            }
        }
    }
    for (Child& c : children) {
        if (c.fd >= 0) ::close(c.fd);  // poll failed: give up on its output
        c.fd = -1;
        if (c.pid < 0) continue;
        while (::waitpid(c.pid, &c.status, 0) < 0 && errno == EINTR) {
        }
    }
}

/// Loads and checks `text` here, then draws each language of the page in a
/// child process of its own, at the same time (on a machine with two cores the
/// page is ready in about half the time), and composes the page.
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

    const std::vector<std::string> languages = report::page_languages(report::default_language(loaded.model));
    std::vector<Child> children;
    children.reserve(languages.size());
    for (const std::string& lang : languages)
        children.push_back(start_child([&] {
            std::string why;
            const auto d = report::draw_language_diagrams(loaded.model, findings, lang, why);
            return encode(d, why);
        }));
    finish(children);
    std::vector<report::LanguageDiagrams> diagrams;
    for (std::size_t i = 0; i < children.size(); ++i) {
        const Child& c = children[i];
        report::LanguageDiagrams d{languages[i], {}, {}};
        std::string why;
        if (c.pid >= 0 && !(WIFEXITED(c.status) && WEXITSTATUS(c.status) == 0)) {
            out.errors.push_back(file + ": the drawing stopped " +
                                 (WIFSIGNALED(c.status) ? "on signal " + std::to_string(WTERMSIG(c.status))
                                                        : std::string("unexpectedly")) +
                                 " (Graphviz could not draw the model?)");
        } else if (!decode(c.data, d, why)) {
            out.errors.push_back(file + ": the drawing came back incomplete");
        } else if (!why.empty()) {
            std::string message = file;
            message.append(": Graphviz could not draw the model: ").append(why);
            out.errors.push_back(std::move(message));
        } else {
            diagrams.push_back(std::move(d));
        }
        if (!out.errors.empty()) return out;
    }
    out.page = report::report_html(loaded.model, findings, rules, diagrams, report::embedded_assets(),
                                   report::LivePage{version});
    out.findings = findings.size();
    return out;
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
        Built built = build_text(file_, *text, catalogue_, rules_, build_);
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
