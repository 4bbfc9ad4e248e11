#include "framing.hpp"

#include <algorithm>
#include <cctype>

namespace toc::lsp {

namespace {

constexpr std::size_t max_header_bytes = 8192;
constexpr std::string_view length_header = "content-length:";

bool iequals_prefix(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
    return true;
}

/// Where the next `Content-Length:` header starts at or after `from` (right
/// after the body of a refused message, say); npos when none has arrived.
std::size_t find_header(std::string_view s, std::size_t from) {
    for (std::size_t i = from; i < s.size(); ++i) {
        if ((s[i] == 'C' || s[i] == 'c') && iequals_prefix(s.substr(i), length_header))
            return i;
    }
    return std::string_view::npos;
}

}  // namespace

void FrameReader::feed(std::string_view bytes) {
    buffer_.append(bytes);
    parse();
    // Drop what has been consumed, so that the buffer holds at most one message.
    if (pos_ > 0) {
        buffer_.erase(0, pos_);
        pos_ = 0;
    }
}

bool FrameReader::next(Frame& out) {
    if (ready_.empty()) return false;
    out = std::move(ready_.front());
    ready_.pop_front();
    return true;
}

void FrameReader::fault(std::string why) { ready_.push_back(Frame{false, {}, std::move(why)}); }

void FrameReader::skip_junk(std::string_view junk) {
    if (junk.find_first_not_of("\r\n") == std::string_view::npos || quiet_) return;
    fault("bytes that are not a message header were skipped");
    quiet_ = true;  // one fault for one stretch of junk
}

void FrameReader::parse() {
    for (;;) {
        const std::string_view rest = std::string_view(buffer_).substr(pos_);
        if (state_ == State::body) {
            if (rest.size() < length_) return;
            ready_.push_back(Frame{true, std::string(rest.substr(0, length_)), {}});
            pos_ += length_;
            state_ = State::header;
            continue;
        }
        // Headers: lines up to an empty one. Skip blank lines and junk before a
        // Content-Length header (resynchronisation after a fault).
        if (rest.empty()) return;
        if (!iequals_prefix(rest, length_header.substr(0, std::min(rest.size(), length_header.size())))) {
            std::size_t at = find_header(buffer_, pos_ + 1);
            if (at == std::string_view::npos) {
                // Keep the last line, which may be the start of a header still arriving.
                const std::size_t line = rest.rfind('\n');
                if (line == std::string_view::npos && rest.size() <= max_header_bytes) return;
                at = line == std::string_view::npos ? buffer_.size() : pos_ + line + 1;
            }
            skip_junk(std::string_view(buffer_).substr(pos_, at - pos_));
            pos_ = at;
            continue;
        }
        const std::size_t end = rest.find("\r\n\r\n");
        const std::size_t end_lf = rest.find("\n\n");
        std::size_t header_end = std::min(end, end_lf);
        if (header_end == std::string_view::npos) {
            if (rest.size() > max_header_bytes) {
                fault("a message header longer than " + std::to_string(max_header_bytes) + " bytes was skipped");
                quiet_ = true;
                pos_ += rest.size();
            }
            return;
        }
        const std::size_t body_start = header_end + (header_end == end ? 4 : 2);
        const std::string_view headers = rest.substr(0, header_end);
        // Content-Length: digits only, within the limit.
        std::size_t value_at = length_header.size();
        while (value_at < headers.size() && (headers[value_at] == ' ' || headers[value_at] == '\t')) ++value_at;
        std::size_t n = 0;
        bool digits = false, too_big = false;
        std::size_t i = value_at;
        for (; i < headers.size() && std::isdigit(static_cast<unsigned char>(headers[i])); ++i) {
            digits = true;
            if (n > max_body_ / 10 + 1) too_big = true;
            else n = n * 10 + static_cast<std::size_t>(headers[i] - '0');
        }
        const bool line_ends = i == headers.size() || headers[i] == '\r' || headers[i] == '\n';
        pos_ += body_start;
        if (!digits || !line_ends) {
            fault("the Content-Length header is not a number");
            quiet_ = true;
            continue;  // resynchronise on the next header
        }
        if (too_big || n > max_body_) {
            // Not read: its bytes are skipped up to the next header.
            fault("a message of more than " + std::to_string(max_body_) + " bytes was refused");
            quiet_ = true;
            continue;
        }
        quiet_ = false;
        state_ = State::body;
        length_ = n;
    }
}

std::string frame(std::string_view body) {
    std::string out = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
    out.append(body);
    return out;
}

}  // namespace toc::lsp
