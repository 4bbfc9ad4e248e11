#include "server.hpp"

#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <set>
#include <thread>

#include <httplib.h>

namespace toc::server {

namespace {

constexpr std::size_t max_headers = 64;              ///< each at most 8 KiB (cpp-httplib's limit)
constexpr auto heartbeat = std::chrono::seconds(5);  ///< a comment on an idle stream: finds pages that left

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

/// "host:port" as a Host header names it ("[::1]:port" for an IPv6 address).
std::string authority(const std::string& host, int port) {
    const std::string h = host.find(':') != std::string::npos ? "[" + host + "]" : host;
    return lower(h) + ":" + std::to_string(port);
}

void plain(httplib::Response& res, int status, const std::string& sentence) {
    res.status = status;
    res.set_content(sentence + "\n", "text/plain; charset=utf-8");
}

}  // namespace

bool is_loopback(const std::string& host) {
    return host.rfind("127.", 0) == 0 || host == "::1" || lower(host) == "localhost";
}

struct PreviewServer::Impl {
    ServerOptions options;
    Broadcast& broadcast;
    httplib::Server http;
    std::thread thread;
    int port = -1;
    std::string error;
    std::set<std::string> hosts;  ///< the Host headers accepted
    std::atomic<std::size_t> streams{0};

    Impl(ServerOptions o, Broadcast& b) : options(std::move(o)), broadcast(b) {}

    void allow_hosts() {
        hosts = {authority(options.host, port)};
        if (is_loopback(options.host))
            for (const char* name : {"localhost", "127.0.0.1", "::1"}) hosts.insert(authority(name, port));
        if (options.host == "0.0.0.0" || options.host == "::") {  // every address of this machine: its name too
            char name[256] = {};
            if (::gethostname(name, sizeof name - 1) == 0) hosts.insert(authority(name, port));
            for (const char* local : {"localhost", "127.0.0.1", "::1"}) hosts.insert(authority(local, port));
        }
    }

    void routes() {
        http.new_task_queue = [n = options.threads] { return new httplib::ThreadPool(n); };
        http.set_payload_max_length(4096);
        // SO_REUSEADDR only: cpp-httplib's default adds SO_REUSEPORT, which lets a second server share the port
        http.set_socket_options([](socket_t sock) {
            int yes = 1;
            ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        });
        http.set_read_timeout(5, 0);
        http.set_write_timeout(5, 0);
        http.set_keep_alive_timeout(2);
        http.set_keep_alive_max_count(20);
        http.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                                  {"Referrer-Policy", "no-referrer"},
                                  {"Cache-Control", "no-store"},
                                  {"X-Frame-Options", "DENY"}});
        http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
            if (req.headers.size() > max_headers) {
                plain(res, 431, "The request has more than " + std::to_string(max_headers) + " headers.");
                return httplib::Server::HandlerResponse::Handled;
            }
            if (hosts.count(lower(req.get_header_value("Host"))) == 0) {
                plain(res, 403, "This server answers only requests for " + *hosts.begin() + ".");
                return httplib::Server::HandlerResponse::Handled;
            }
            return httplib::Server::HandlerResponse::Unhandled;
        });
        http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
            if (res.body.empty())
                plain(res, res.status, res.status == 404 ? "There is nothing here: the page is at /."
                                                         : "The request was refused (" + std::to_string(res.status) + ").");
        });
        http.Get("/", [this](const httplib::Request&, httplib::Response& res) { page(res); });
        http.Get("/events", [this](const httplib::Request& req, httplib::Response& res) { events(req, res); });
        auto not_allowed = [](const httplib::Request&, httplib::Response& res) {
            res.set_header("Allow", "GET, HEAD");
            plain(res, 405, "Only GET and HEAD are served.");
        };
        http.Post(".*", not_allowed);
        http.Put(".*", not_allowed);
        http.Patch(".*", not_allowed);
        http.Delete(".*", not_allowed);
        http.Options(".*", not_allowed);
    }

    void page(httplib::Response& res) {
        const auto snapshot = broadcast.latest();
        if (!snapshot) return plain(res, 503, "The model has not been built yet.");
        res.set_header("Content-Security-Policy", snapshot->policy + "; frame-ancestors 'none'");
        res.set_content(snapshot->page, "text/html; charset=utf-8");
    }

    void events(const httplib::Request& req, httplib::Response& res) {
        if (streams.fetch_add(1) >= options.max_streams) {
            --streams;
            return plain(res, 503, "Too many pages are open; close one and reload.");
        }
        // the version the page shows: it gets the page again only when a newer one exists
        std::uint64_t shown = UINT64_MAX;
        const std::string since = req.get_param_value("since");
        if (!since.empty() && since.size() < 20 && std::all_of(since.begin(), since.end(), [](unsigned char c) { return std::isdigit(c) != 0; }))
            shown = std::stoull(since);
        struct Stream {
            std::uint64_t shown, sent = 0;
            bool first = true;
        };
        auto stream = std::make_shared<Stream>(Stream{shown});
        res.set_header("X-Accel-Buffering", "no");
        res.set_chunked_content_provider(
            "text/event-stream",
            [this, stream](std::size_t, httplib::DataSink& sink) {
                const auto snapshot = broadcast.wait_newer(stream->sent, heartbeat);
                if (!snapshot) return false;  // stopping
                if (snapshot->build <= stream->sent) return sink.write(": idle\n\n", 8);
                std::string out = stream->first ? "retry: 1000\n" : "";
                stream->first = false;
                out += "id: " + std::to_string(snapshot->build) + "\ndata: ";
                out += snapshot->version == stream->shown ? snapshot->message : snapshot->message_with_page;
                out += "\n\n";
                stream->sent = snapshot->build;
                stream->shown = snapshot->version;
                return sink.write(out.data(), out.size());
            },
            [this](bool) { --streams; });
    }
};

PreviewServer::PreviewServer(ServerOptions options, Broadcast& broadcast)
    : impl_(std::make_unique<Impl>(std::move(options), broadcast)) {
    impl_->routes();
}

PreviewServer::~PreviewServer() { stop(); }

bool PreviewServer::bind() {
    Impl& s = *impl_;
    if (s.options.port == 0) {
        s.port = s.http.bind_to_any_port(s.options.host);
    } else if (s.http.bind_to_port(s.options.host, s.options.port)) {
        s.port = s.options.port;
    } else {
        s.port = -1;
    }
    if (s.port < 0) {
        s.error = "cannot listen on " + s.options.host +
                  (s.options.port ? " port " + std::to_string(s.options.port) : std::string()) +
                  " (in use, or not an address of this machine)";
        return false;
    }
    s.allow_hosts();
    return true;
}

void PreviewServer::start() {
    impl_->thread = std::thread([this] { impl_->http.listen_after_bind(); });
}

void PreviewServer::stop() {
    impl_->broadcast.stop();
    if (impl_->thread.joinable()) {
        impl_->http.stop();
        impl_->thread.join();
    }
}

int PreviewServer::port() const noexcept { return impl_->port; }

std::string PreviewServer::url() const {
    const std::string& h = impl_->options.host;
    return "http://" + (h.find(':') != std::string::npos ? "[" + h + "]" : h) + ":" + std::to_string(impl_->port) + "/";
}

const std::string& PreviewServer::error() const noexcept { return impl_->error; }

}  // namespace toc::server
