#pragma once
// The preview server's HTTP side (cpp-httplib, kept in server.cpp): two
// endpoints and nothing else — GET / is the current page, GET /events the
// stream of new versions (Server-Sent Events, one JSON message each; see
// broadcast.hpp). No path from a URL reaches the file system. A request whose
// Host header does not name the address served is refused (DNS rebinding);
// requests are small (headers and body limited), slow ones time out, and each
// page's stream waits and writes on its own thread, so a stuck page holds up
// neither the others nor the rebuilds.

#include <cstddef>
#include <memory>
#include <string>

#include "broadcast.hpp"

namespace toc::server {

struct ServerOptions {
    std::string host = "127.0.0.1";
    int port = 0;                  ///< 0: a free port
    std::size_t max_streams = 32;  ///< open update streams at most (one per page)
    std::size_t threads = 48;      ///< the request threads (every open stream holds one)
};

/// True for an address only this machine reaches: 127.x.y.z, ::1, localhost.
[[nodiscard]] bool is_loopback(const std::string& host);

class PreviewServer {
public:
    PreviewServer(ServerOptions options, Broadcast& broadcast);
    PreviewServer(const PreviewServer&) = delete;
    PreviewServer& operator=(const PreviewServer&) = delete;
    ~PreviewServer();

    /// Binds the address; false when it cannot (error() says why).
    [[nodiscard]] bool bind();
    /// Serves on a thread of its own until stop().
    void start();
    /// Ends every stream and stops serving; waits for the serving thread.
    void stop();

    [[nodiscard]] int port() const noexcept;
    /// http://HOST:PORT/
    [[nodiscard]] std::string url() const;
    [[nodiscard]] const std::string& error() const noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace toc::server
