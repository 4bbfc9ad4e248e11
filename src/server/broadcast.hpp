#pragma once
// The preview server's current state and how it reaches every open page: the
// rebuilding thread publishes a new Snapshot; each page's stream waits for one
// newer than it has sent and sends the latest. Nobody queues: a slow page skips
// the versions it missed, and a stuck one holds up only its own stream.

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

namespace toc::server {

/// One build of the model, as the pages get it.
struct Snapshot {
    std::uint64_t build = 0;    ///< 1 for the first build, then one more per rebuild
    std::uint64_t version = 0;  ///< the page's version: the last build without errors (0: none yet)
    std::string page;           ///< the page of `version` (HTML)
    std::string policy;         ///< the page's Content-Security-Policy (also sent as a header)
    std::string message;        ///< the stream's message for a page that shows `version` already
    std::string message_with_page;  ///< the message for an older page: also carries `page`
};

class Broadcast {
public:
    void publish(std::shared_ptr<const Snapshot> snapshot) {
        {
            const std::lock_guard lock(mutex_);
            latest_ = std::move(snapshot);
        }
        changed_.notify_all();
    }

    [[nodiscard]] std::shared_ptr<const Snapshot> latest() const {
        const std::lock_guard lock(mutex_);
        return latest_;
    }

    /// The latest snapshot once its build is newer than `seen`, or after `timeout`
    /// (then perhaps the one seen); nullptr once stopped.
    [[nodiscard]] std::shared_ptr<const Snapshot> wait_newer(std::uint64_t seen, std::chrono::milliseconds timeout) const {
        std::unique_lock lock(mutex_);
        changed_.wait_for(lock, timeout, [&] { return stopped_ || (latest_ && latest_->build > seen); });
        return stopped_ ? nullptr : latest_;
    }

    /// Wakes every waiting stream for good (the server is stopping).
    void stop() {
        {
            const std::lock_guard lock(mutex_);
            stopped_ = true;
        }
        changed_.notify_all();
    }

private:
    mutable std::mutex mutex_;
    mutable std::condition_variable changed_;
    std::shared_ptr<const Snapshot> latest_;
    bool stopped_ = false;
};

}  // namespace toc::server
