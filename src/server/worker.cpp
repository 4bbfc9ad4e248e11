#include "worker.hpp"

#include <dirent.h>
#include <csignal>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

namespace toc::server {

namespace {

// A message over the connection: its length as 8 bytes, then its bytes.
// MSG_NOSIGNAL: a process that has ended is an answer of nullopt, not SIGPIPE.
bool send_all(int fd, const char* data, std::size_t size) {
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}
bool receive_all(int fd, char* data, std::size_t size) {
    while (size > 0) {
        const ssize_t n = ::recv(fd, data, size, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}
bool send_message(int fd, std::string_view m) {
    const std::uint64_t n = m.size();
    return send_all(fd, reinterpret_cast<const char*>(&n), sizeof n) && send_all(fd, m.data(), m.size());
}
bool receive_message(int fd, std::string& m) {
    std::uint64_t n = 0;
    if (!receive_all(fd, reinterpret_cast<char*>(&n), sizeof n)) return false;
    m.resize(n);
    return receive_all(fd, m.data(), m.size());
}

/// In the child: closes every descriptor it inherited but the standard three
/// and `keep` (moved to 3). Another worker's connection or a client's socket
/// held open here would never see its end.
int keep_only(int keep) {
    if (keep != 3) {
        if (::dup2(keep, 3) < 0) return -1;
    }
    if (::close_range(4, ~0U, 0) == 0) return 3;
    std::vector<int> open;  // a kernel without close_range: the list of open descriptors
    if (DIR* dir = ::opendir("/proc/self/fd")) {
        while (const dirent* e = ::readdir(dir)) {
            const int fd = std::atoi(e->d_name);
            if (fd > 3 && fd != ::dirfd(dir)) open.push_back(fd);
        }
        ::closedir(dir);
    }
    for (const int fd : open) ::close(fd);
    return 3;
}

}  // namespace

Worker::Worker(Work work, unsigned requests_per_process)
    : work_(std::move(work)), requests_per_process_(requests_per_process == 0 ? 1 : requests_per_process) {}

Worker::~Worker() { stop(); }

void Worker::start() {
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) return;
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return;
    }
    if (pid == 0) {
        // The child ends when the server closes the connection (retired, or the
        // server stopped or died), not on the terminal's Ctrl-C.
        ::signal(SIGINT, SIG_IGN);
        const int fd = keep_only(fds[1]);
        if (fd < 0) ::_exit(1);
        std::string request;
        while (receive_message(fd, request)) {
            if (!send_message(fd, work_(request))) ::_exit(1);
        }
        ::_exit(0);
    }
    ::close(fds[1]);
    pid_ = pid;
    fd_ = fds[0];
    answered_ = 0;
}

void Worker::stop() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    if (pid_ > 0) {
        int status = 0;
        while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
        }
    }
    pid_ = -1;
}

void Worker::send(std::string_view request) {
    sent_ = true;
    local_.reset();
    if (pid_ < 0) start();
    if (pid_ > 0 && send_message(fd_, request)) return;
    if (pid_ > 0) {  // the process had ended before this request: one more try with a new one
        stop();
        start();
        if (pid_ > 0 && send_message(fd_, request)) return;
        stop();
    }
    local_ = work_(request);  // no process could be made
}

std::optional<std::string> Worker::answer(std::string& why) {
    why.clear();
    if (!sent_) {
        why = "no request was sent";
        return std::nullopt;
    }
    sent_ = false;
    if (local_) return std::exchange(local_, std::nullopt);
    std::string m;
    if (receive_message(fd_, m)) {
        if (++answered_ >= requests_per_process_) stop();
        return m;
    }
    // The process ended before it answered: how.
    ::close(fd_);
    fd_ = -1;
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    pid_ = -1;
    why = WIFSIGNALED(status) ? "on signal " + std::to_string(WTERMSIG(status))
                              : "with status " + std::to_string(WEXITSTATUS(status));
    return std::nullopt;
}

}  // namespace toc::server
