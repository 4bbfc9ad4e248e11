#pragma once
// The base protocol of LSP: messages framed by a `Content-Length: N` header and
// an empty line. FrameReader takes bytes as they come (any chunking) and hands
// out whole bodies; it never allocates more than `max_body` bytes for a body, so
// a header that asks for gigabytes is refused, and reading resynchronises on
// the next `Content-Length` header.

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>

namespace toc::lsp {

/// The largest body the server reads: 64 MiB, far more than any model.
inline constexpr std::size_t max_body_bytes = std::size_t{64} << 20;

/// One thing read off the stream: a body, or a framing fault (in words).
struct Frame {
    bool ok = true;
    std::string body;   ///< the JSON text when ok
    std::string error;  ///< why the bytes were not a message, when !ok
};

class FrameReader {
public:
    explicit FrameReader(std::size_t max_body = max_body_bytes) : max_body_(max_body) {}

    /// Takes more bytes of the stream.
    void feed(std::string_view bytes);
    /// The next whole frame, if one has arrived.
    [[nodiscard]] bool next(Frame& out);

private:
    enum class State { header, body };
    void parse();
    void fault(std::string why);
    void skip_junk(std::string_view junk);

    std::size_t max_body_;
    std::string buffer_;      // bytes not yet consumed
    std::size_t pos_ = 0;     // consumed prefix of buffer_
    State state_ = State::header;
    std::size_t length_ = 0;  // body bytes expected
    bool quiet_ = false;      // skipping after a fault already reported
    std::deque<Frame> ready_;
};

/// The bytes of one message: header and body.
[[nodiscard]] std::string frame(std::string_view body);

}  // namespace toc::lsp
