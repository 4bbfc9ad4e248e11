// `toc serve MODEL [--port N] [--host ADDR] [--open] [--poll]`: a live preview
// while drafting (docs/serve.md). Serves the report page on a local port and,
// on every save of the model, loads, checks and draws it again and pushes the
// new page to every open page (src/server/). A version with errors keeps the
// last good diagram on screen under a banner with the errors. Ctrl-C stops.

#include <pthread.h>
#include <csignal>
#include <spawn.h>
#include <sys/wait.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <optional>
#include <ostream>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

#include "../args.hpp"
#include "../command.hpp"
#include "../../server/live_report.hpp"
#include "../../server/server.hpp"
#include "../../server/watcher.hpp"
#include "toc/checks/rules.hpp"
#include "toc/diagnostics/format.hpp"

extern char** environ;

namespace toc::cli {

namespace {

class ServeCommand final : public Command {
public:
    std::string_view name() const override { return "serve"; }
    std::string_view summary() const override {
        return "serve a live preview of a model: save the file, see the checked diagram and findings update";
    }
    std::string_view synopsis() const override { return "FILE [--port N] [--host ADDR] [--open] [--poll]"; }

    void define(CLI::App& app) override {
        app.description(
            "Serves the model's report page on a local port and keeps it up to date: on every save the model is "
            "loaded, checked and drawn again, and every open page shows the new version without reloading (keeping "
            "its zoom, pan and open panel). When a save has errors the page keeps the last diagram without errors "
            "and shows the errors in a banner. Never writes the model. Ctrl-C stops.");
        app.add_option("FILE", files_, "the model file (YAML)")->type_name("");
        app.add_option("--port", port_, "the port (default: a free one)")->type_name("N")->check(CLI::Range(0, 65535));
        app.add_option("--host", host_, "the address to listen on (default: 127.0.0.1, this machine only)")
            ->type_name("ADDR");
        app.add_flag("--open", open_, "open the page in the default browser (xdg-open)");
        app.add_flag("--poll", poll_, "look for changes by polling every 0.25 s instead of inotify (network file systems)");
    }

    std::vector<std::string>* operands() override { return &files_; }
    int run(Streams io) override;

private:
    std::vector<std::string> files_;
    std::string host_ = "127.0.0.1";
    int port_ = 0;
    bool open_ = false, poll_ = false;
};

/// One line per build on the output; the errors of a broken version on the error stream.
void report_build(Streams io, const std::string& file, const server::Rebuild& r, std::chrono::milliseconds took) {
    const server::Snapshot& s = *r.snapshot;
    if (r.errors.empty()) {
        io.out << "toc serve: build " << s.build << ": " << file << ": " << plural(r.findings, "finding")
               << "; the page shows it (" << took.count() << " ms)" << std::endl;
        return;
    }
    for (const auto& e : r.errors) io.err << e << '\n';
    io.err.flush();
    io.out << "toc serve: build " << s.build << ": " << file << " has " << plural(r.errors.size(), "error")
           << (s.version ? "; the page keeps the last version without errors" : "; the page shows them")
           << " (" << took.count() << " ms)" << std::endl;
}

/// Opens `url` with xdg-open when there is a display to open it on.
void open_browser(Streams io, const std::string& url) {
    if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY")) {
        io.err << "toc serve: no display to open a browser on; open " << url << " yourself\n";
        return;
    }
    // The browser it starts must not inherit what is the server's own: the
    // blocked Ctrl-C and SIGTERM (it would not stop on them), and any
    // descriptor a library left open across exec (a socket there would keep
    // the port taken after the server ends).
    posix_spawnattr_t attributes;
    posix_spawn_file_actions_t actions;
    posix_spawnattr_init(&attributes);
    posix_spawn_file_actions_init(&actions);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK);
    posix_spawn_file_actions_addclosefrom_np(&actions, 3);
    pid_t pid = 0;
    std::string program = "xdg-open", target = url;
    char* argv[] = {program.data(), target.data(), nullptr};
    const int failed = ::posix_spawnp(&pid, "xdg-open", &actions, &attributes, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (failed != 0) {
        io.err << "toc serve: xdg-open is not there; open " << url << " yourself\n";
        return;
    }
    std::thread([pid] { ::waitpid(pid, nullptr, 0); }).detach();
}

int ServeCommand::run(Streams io) {
    auto bad = [&](const std::string& message) { return usage_error(io, name(), message); };
    if (files_.empty()) return bad("no model file given (usage: toc serve FILE)");
    if (files_.size() > 1) return bad("one model at a time: '" + files_[0] + "' and '" + files_[1] + "'");
    const std::string& file = files_.front();
    if (file == "-") return bad("the preview watches a file; standard input cannot be watched");

    const Catalogue catalogue = default_catalogue();
    server::LiveReport live(file, catalogue);
    auto started = std::chrono::steady_clock::now();
    auto since = [&] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    };
    std::optional<server::Rebuild> first = live.rebuild();
    if (!live.readable()) {
        for (const auto& e : first->errors) io.err << e << '\n';
        return 2;
    }
    report_build(io, file, *first, since());

    // Ctrl-C and SIGTERM go to one thread that stops the watcher: blocked here,
    // before any thread starts, so that every thread inherits the mask.
    sigset_t stop_signals, previous;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, &previous);

    server::Broadcast broadcast;
    broadcast.publish(first->snapshot);
    server::ServerOptions options;
    options.host = host_;
    options.port = port_;
    server::PreviewServer http(options, broadcast);
    if (!http.bind()) {
        pthread_sigmask(SIG_SETMASK, &previous, nullptr);
        io.err << "toc serve: " << http.error() << '\n';
        return 2;
    }
    if (!server::is_loopback(host_))
        io.err << "toc serve: warning: listening on " << host_
               << ", which other machines may reach; the page shows the whole model to anyone who opens it\n";
    server::WatchOptions watch;
    watch.poll = poll_;
    server::FileWatcher watcher(live.files(), watch);
    http.start();
    io.out << "toc serve: " << http.url() << " shows " << file << (watcher.polling() ? " (polling for changes)" : "")
           << "; Ctrl-C stops" << std::endl;
    if (open_) open_browser(io, http.url());

    std::atomic<bool> signalled{false};
    std::thread signals([&] {
        int signal = 0;
        sigwait(&stop_signals, &signal);
        signalled = true;
        watcher.stop();
    });
    while (watcher.wait()) {
        started = std::chrono::steady_clock::now();
        if (auto r = live.rebuild()) {
            broadcast.publish(r->snapshot);
            report_build(io, file, *r, since());
        }
    }
    http.stop();
    // the watcher failed: wake the signal thread, which waits for SIGTERM in sigwait (it is not killed)
    if (!signalled) pthread_kill(signals.native_handle(), SIGTERM);  // NOLINT(bugprone-bad-signal-to-kill-thread)
    signals.join();
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    io.out << "toc serve: stopped" << std::endl;
    return 0;
}

}  // namespace

std::unique_ptr<Command> make_serve_command() { return std::make_unique<ServeCommand>(); }

}  // namespace toc::cli
