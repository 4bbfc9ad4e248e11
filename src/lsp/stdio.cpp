#include "stdio.hpp"

#include <cerrno>
#include <poll.h>
#include <unistd.h>

namespace toc::lsp {

namespace {

bool write_all(int fd, const std::string& s) {
    std::size_t done = 0;
    while (done < s.size()) {
        const ssize_t n = ::write(fd, s.data() + done, s.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

}  // namespace

int run(Server& server, int in_fd, int out_fd, int quiet_ms) {
    char buffer[65536];
    for (;;) {
        pollfd p{in_fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, server.has_unpublished() ? quiet_ms : -1);
        if (ready < 0 && errno == EINTR) continue;
        if (ready == 0) {
            server.publish_diagnostics();
        } else {
            const ssize_t n = ::read(in_fd, buffer, sizeof buffer);
            if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
            if (n <= 0) {  // the client went away
                write_all(out_fd, server.take_output());
                return server.exit_code();
            }
            server.receive(std::string_view(buffer, static_cast<std::size_t>(n)));
        }
        if (!write_all(out_fd, server.take_output())) return 1;
        if (server.exited()) return server.exit_code();
    }
}

}  // namespace toc::lsp
