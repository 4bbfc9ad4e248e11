#include "watcher.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

namespace toc::server {

namespace {

constexpr std::uint32_t folder_events =
    IN_CLOSE_WRITE | IN_MODIFY | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB;

std::pair<std::string, std::string> folder_and_name(const std::string& path) {
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos) return {".", path};
    return {slash == 0 ? "/" : path.substr(0, slash), path.substr(slash + 1)};
}

}  // namespace

FileWatcher::FileWatcher(std::vector<std::string> files, WatchOptions options)
    : files_(std::move(files)), options_(options) {
    if (::pipe2(stop_pipe_, O_CLOEXEC | O_NONBLOCK) != 0) stop_pipe_[0] = stop_pipe_[1] = -1;
    if (!options_.poll) inotify_ = ::inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
    for (const auto& file : files_) {
        if (inotify_ < 0) break;
        const auto [folder, name] = folder_and_name(file);
        const int wd = ::inotify_add_watch(inotify_, folder.c_str(), folder_events);
        if (wd < 0) {  // no watch on the folder: poll every file instead
            ::close(inotify_);
            inotify_ = -1;
            watches_.clear();
            break;
        }
        bool known = false;
        for (auto& [w, names] : watches_)
            if (w == wd) {
                names.push_back(name);
                known = true;
            }
        if (!known) watches_.push_back({wd, {name}});
    }
    last_ = statuses();
}

FileWatcher::~FileWatcher() {
    if (inotify_ >= 0) ::close(inotify_);
    for (const int fd : stop_pipe_)
        if (fd >= 0) ::close(fd);
}

void FileWatcher::stop() {
    if (stop_pipe_[1] >= 0) {
        const char byte = 1;
        [[maybe_unused]] const auto n = ::write(stop_pipe_[1], &byte, 1);
    }
}

bool FileWatcher::wait() { return polling() ? wait_polling() : wait_inotify(); }

int FileWatcher::wait_for(int fd, std::chrono::milliseconds timeout) const {
    std::array<pollfd, 2> fds{{{stop_pipe_[0], POLLIN, 0}, {fd, POLLIN, 0}}};
    const nfds_t count = fd >= 0 ? 2 : 1;
    for (;;) {
        const int n = ::poll(fds.data(), count, static_cast<int>(timeout.count()));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 || (fds[0].revents & POLLIN)) return -1;
        if (n == 0) return 0;
        return 1;
    }
}

bool FileWatcher::relevant_events() {
    alignas(inotify_event) std::array<char, 16384> buffer{};
    bool relevant = false;
    for (;;) {
        const ssize_t n = ::read(inotify_, buffer.data(), buffer.size());
        if (n <= 0) break;
        for (ssize_t at = 0; at < n;) {
            inotify_event event{};
            std::memcpy(&event, buffer.data() + at, sizeof event);
            const std::string name = event.len ? std::string(buffer.data() + at + sizeof event) : std::string();
            if (event.mask & IN_Q_OVERFLOW) relevant = true;  // events were lost: look again
            for (const auto& [wd, names] : watches_)
                if (wd == event.wd)
                    for (const auto& watched : names) relevant = relevant || watched == name;
            at += static_cast<ssize_t>(sizeof event + event.len);
        }
    }
    return relevant;
}

bool FileWatcher::wait_inotify() {
    for (;;) {
        const int ready = wait_for(inotify_, std::chrono::hours(24));
        if (ready < 0) return false;
        if (ready == 0 || !relevant_events()) continue;
        // the save may go on (truncate, then write; temporary file, then rename): wait until quiet
        for (;;) {
            const int more = wait_for(inotify_, options_.debounce);
            if (more < 0) return false;
            if (more == 0) return true;
            (void)relevant_events();
        }
    }
}

std::vector<FileWatcher::Status> FileWatcher::statuses() const {
    std::vector<Status> out;
    for (const auto& file : files_) {
        struct stat st {};
        Status s;
        if (::stat(file.c_str(), &st) == 0) {
            s.exists = true;
            s.modified_ns = static_cast<long long>(st.st_mtim.tv_sec) * 1'000'000'000LL + st.st_mtim.tv_nsec;
            s.size = static_cast<long long>(st.st_size);
            s.inode = static_cast<long long>(st.st_ino);
        }
        out.push_back(s);
    }
    return out;
}

bool FileWatcher::wait_polling() {
    for (;;) {
        if (wait_for(-1, options_.poll_interval) < 0) return false;
        std::vector<Status> now = statuses();
        if (now == last_) continue;
        // changed: wait until it stays the same for a debounce
        for (;;) {
            if (wait_for(-1, options_.debounce) < 0) return false;
            std::vector<Status> again = statuses();
            const bool quiet = again == now;
            now = std::move(again);
            if (quiet) break;
        }
        last_ = std::move(now);
        return true;
    }
}

}  // namespace toc::server
