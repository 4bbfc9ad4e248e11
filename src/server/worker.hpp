#pragma once
// A child process that answers requests one after another with one function,
// for the work the server must keep out of its own process: Graphviz keeps a
// little memory from every drawing (its HTML-label parser, Pango), and a
// drawing that crashes must be an error on the page, not the end of the server.
//
// The process lives for many requests, so its caches (fonts, Graphviz's
// plugins) stay warm: a drawing in a fresh child costs about twice as much as
// in a warm one. What it keeps from each request is bounded by retiring it
// after `requests_per_process` answers; the next request starts a new one.
// When no process can be made, the work is done in the caller's process.

#include <sys/types.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace toc::server {

class Worker {
public:
    using Work = std::function<std::string(std::string_view request)>;

    /// `work` runs in the child process, on a copy of the memory the caller
    /// had when the process started (a fork of the calling thread alone).
    explicit Worker(Work work, unsigned requests_per_process = 50);
    Worker(const Worker&) = delete;
    Worker& operator=(const Worker&) = delete;
    ~Worker();

    /// Gives the worker a request; starts its process when none runs (or the
    /// last one has ended). The answer is collected with answer().
    void send(std::string_view request);

    /// Waits for the answer to the last request sent. nullopt when the process
    /// ended before it answered; `why` then says how ("on signal 9").
    [[nodiscard]] std::optional<std::string> answer(std::string& why);

    /// The process that answers now (-1: none; for tests and diagnostics).
    [[nodiscard]] pid_t pid() const noexcept { return pid_; }

private:
    void start();
    void stop();  ///< closes the connection and waits for the process

    Work work_;
    unsigned requests_per_process_;
    unsigned answered_ = 0;  ///< by the current process
    pid_t pid_ = -1;
    int fd_ = -1;                       ///< this side of the connection to the process
    std::optional<std::string> local_;  ///< the answer, when the work was done here
    bool sent_ = false;                 ///< a request waits for its answer
};

}  // namespace toc::server
