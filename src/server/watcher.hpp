#pragma once
// Waits for a saved change to some files: Linux inotify on their folders (so an
// editor's save by writing a temporary file and renaming it over the original,
// by truncating and writing, or by deleting and creating again, is seen the
// same), or, when inotify is not available or not wanted (network file
// systems), by looking at the files' status every `poll_interval`. One save
// often makes several events: a change counts once the files have been quiet
// for `debounce`.

#include <chrono>
#include <string>
#include <vector>

namespace toc::server {

struct WatchOptions {
    std::chrono::milliseconds debounce{40};
    std::chrono::milliseconds poll_interval{250};
    bool poll = false;  ///< look at the files' status instead of using inotify
};

class FileWatcher {
public:
    FileWatcher(std::vector<std::string> files, WatchOptions options);
    FileWatcher(const FileWatcher&) = delete;
    FileWatcher& operator=(const FileWatcher&) = delete;
    ~FileWatcher();

    /// Blocks until a file changed (and was then quiet for the debounce): true;
    /// or until stop(): false.
    bool wait();

    /// Ends wait() (from any thread, or a signal handler's thread).
    void stop();

    /// True when the files' status is polled (inotify is not used).
    [[nodiscard]] bool polling() const noexcept { return inotify_ < 0; }

private:
    struct Status {
        bool exists = false;
        long long modified_ns = 0, size = 0, inode = 0;
        bool operator==(const Status&) const = default;
    };
    [[nodiscard]] bool wait_inotify();
    [[nodiscard]] bool wait_polling();
    [[nodiscard]] bool relevant_events();  ///< reads the pending events: one of them about a watched file?
    [[nodiscard]] std::vector<Status> statuses() const;
    /// Waits `timeout` for the stop pipe or (when >= 0) `fd`: 1 readable, 0 timed out, -1 stopped.
    [[nodiscard]] int wait_for(int fd, std::chrono::milliseconds timeout) const;

    std::vector<std::string> files_;
    WatchOptions options_;
    int inotify_ = -1;
    int stop_pipe_[2] = {-1, -1};
    std::vector<std::pair<int, std::vector<std::string>>> watches_;  ///< watch descriptor → the file names in its folder
    std::vector<Status> last_;
};

}  // namespace toc::server
