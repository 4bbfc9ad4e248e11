#include "text.hpp"

#include <algorithm>

#include "toc/detail/utf8.hpp"

namespace toc::lsp {

Step step(std::string_view s, std::size_t i, Encoding e) noexcept {
    const std::size_t n = detail::utf8_length(s, i);
    if (n == 0) return {1, 1};  // an invalid byte: one character of its own
    if (e == Encoding::utf8) return {n, n};
    return {n, n == 4 ? 2u : 1u};  // beyond the BMP: a surrogate pair
}

LineTable::LineTable(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') starts_.push_back(i + 1);
}

std::string_view LineTable::line(std::size_t i) const {
    if (i >= starts_.size()) return {};
    const std::size_t begin = starts_[i];
    std::size_t end = i + 1 < starts_.size() ? starts_[i + 1] - 1 : text_.size();
    if (end > begin && text_[end - 1] == '\r') --end;
    return text_.substr(begin, end - begin);
}

std::optional<std::size_t> LineTable::offset(Position p, Encoding e) const {
    if (p.line >= starts_.size()) return std::nullopt;
    const std::string_view l = line(p.line);
    std::size_t i = 0, units = 0;
    while (i < l.size() && units < p.character) {
        const Step s = step(l, i, e);
        i += s.bytes;
        units += s.units;
    }
    return starts_[p.line] + std::min(i, l.size());
}

Position LineTable::position(std::size_t offset, Encoding e) const {
    offset = std::min(offset, text_.size());
    const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    const std::size_t line_no = static_cast<std::size_t>(it - starts_.begin()) - 1;
    const std::string_view l = text_.substr(starts_[line_no], offset - starts_[line_no]);
    std::size_t i = 0, units = 0;
    while (i < l.size()) {
        const Step s = step(l, i, e);
        i += s.bytes;
        units += s.units;
    }
    return {line_no, units};
}

std::optional<std::size_t> LineTable::offset_of(int line_no, int column) const {
    if (line_no < 1 || static_cast<std::size_t>(line_no) > starts_.size()) return std::nullopt;
    const std::size_t li = static_cast<std::size_t>(line_no) - 1;
    const std::string_view l = line(li);
    std::size_t i = 0;
    for (int c = 1; c < column && i < l.size(); ++c) i += step(l, i, Encoding::utf8).bytes;
    return starts_[li] + std::min(i, l.size());
}

}  // namespace toc::lsp
