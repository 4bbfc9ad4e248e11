// SourceText: the characters of a scalar in the file, for fix-its.

#include "source_text.hpp"

#include "toc/detail/utf8.hpp"

namespace toc::yaml_detail {

namespace {

bool blank(char c) { return c == ' ' || c == '\t'; }

/// What may follow a plain scalar's last character on its line: nothing, a
/// space, a comment, a ':' after a key, or the end of a flow item.
bool ends_plain(std::string_view text, std::size_t i) {
    if (i >= text.size()) return true;
    const char c = text[i];
    return blank(c) || c == '\n' || c == '\r' || c == ':' || c == ',' || c == ']' || c == '}';
}

/// A word that reads back as the same text when written plain: it starts with a
/// letter or '_', holds only letters, digits, '_', '-' and '.', and is not a
/// word YAML (1.1 or 1.2) reads as a boolean or null.
bool plain_safe(std::string_view s) {
    if (s.empty()) return false;
    auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (!letter(s.front()) && s.front() != '_') return false;
    std::string lower;
    for (char c : s) {
        if (!(letter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.')) return false;
        lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    for (std::string_view special : {"true", "false", "null", "yes", "no", "on", "off", "y", "n"})
        if (lower == special) return false;
    return true;
}

/// A word that can go between the quotes `quote` unchanged: no quote, escape or control character.
bool quoted_safe(std::string_view s, char quote) {
    for (char c : s)
        if (c == quote || static_cast<unsigned char>(c) < 0x20 || (quote == '"' && c == '\\')) return false;
    return true;
}

}  // namespace

SourceText::SourceText(std::string_view text, std::size_t skipped) : text_(text), skipped_(skipped) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') line_starts_.push_back(i + 1);
}

std::optional<SourceRange> SourceText::scalar_range(const SourceLocation& at, std::string_view value,
                                                    char* quote) const {
    if (at.line < 1 || at.column < 1 || static_cast<std::size_t>(at.line) > line_starts_.size()) return std::nullopt;
    const std::size_t line_start = line_starts_[static_cast<std::size_t>(at.line - 1)];
    const std::size_t line_end = std::min(text_.find('\n', line_start), text_.size());
    // the column counts characters: walk to the byte where it begins
    std::size_t p = line_start;
    for (int c = 1; c < at.column; ++c) {
        if (p >= line_end) return std::nullopt;
        const std::size_t n = detail::utf8_length(text_, p);
        p += n == 0 ? 1 : n;
    }
    // an anchor or tag before the scalar: &name, !tag, !!str
    while (p < line_end && (text_[p] == '&' || text_[p] == '!')) {
        while (p < line_end && !blank(text_[p])) ++p;
        while (p < line_end && blank(text_[p])) ++p;
    }
    if (p >= line_end) return std::nullopt;
    std::size_t begin = p, end = p;
    const char first = text_[p];
    if (first == '"' || first == '\'') {
        begin = p + 1;
        end = begin;
        while (end < line_end && text_[end] != first) {
            if (first == '"' && text_[end] == '\\') return std::nullopt;  // an escape: the text is not the value
            ++end;
        }
        if (end >= line_end) return std::nullopt;  // the quotes close on a later line
        if (first == '\'' && end + 1 < line_end && text_[end + 1] == '\'') return std::nullopt;  // '' inside
    } else {
        if (std::string_view("|>*[]{},#%@`").find(first) != std::string_view::npos) return std::nullopt;
        end = begin + value.size();
        if (end > line_end || !ends_plain(text_, end)) return std::nullopt;
    }
    if (text_.substr(begin, end - begin) != value || value.empty()) return std::nullopt;
    if (quote) *quote = first == '"' || first == '\'' ? first : '\0';
    SourceRange r;
    r.file = at.file;
    r.line = r.end_line = at.line;
    r.column = static_cast<int>(detail::columns(text_.substr(line_start, begin - line_start))) + 1;
    r.end_column = r.column + static_cast<int>(detail::columns(value));
    r.offset = skipped_ + begin;
    r.end_offset = skipped_ + end;
    return r;
}

std::optional<FixIt> SourceText::replace_scalar(const SourceLocation& at, std::string_view value,
                                                std::string_view replacement) const {
    char quote = '\0';
    auto range = scalar_range(at, value, &quote);
    if (!range) return std::nullopt;
    if (quote ? !quoted_safe(replacement, quote) : !plain_safe(replacement)) return std::nullopt;
    FixIt f;
    f.range = std::move(*range);
    f.original = std::string(value);
    f.replacement = std::string(replacement);
    f.description = "replace '" + f.original + "' with '" + f.replacement + "'";
    return f;
}

}  // namespace toc::yaml_detail
