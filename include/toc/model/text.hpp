#pragma once
// Localized text: a plain string, or a map from language tag to string.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace toc {

class Text {
public:
    struct Entry {
        std::string language;  ///< empty for a plain (unlocalized) string
        std::string value;
    };

    Text() = default;
    Text(std::string plain) { if (!plain.empty()) entries_.push_back({{}, std::move(plain)}); }
    Text(const char* plain) : Text(std::string(plain)) {}
    Text(std::initializer_list<Entry> entries) : entries_(entries) {}

    [[nodiscard]] bool empty() const noexcept { return entries_.empty(); }
    [[nodiscard]] bool localized() const noexcept {
        return !entries_.empty() && !entries_.front().language.empty();
    }
    [[nodiscard]] const std::vector<Entry>& entries() const noexcept { return entries_; }

    /// Sets (or replaces) the text in one language; an empty tag sets the plain text.
    void set(std::string language, std::string value) {
        for (auto& e : entries_)
            if (e.language == language) { e.value = std::move(value); return; }
        entries_.push_back({std::move(language), std::move(value)});
    }

    /// The text in `language` if written; otherwise in the first of `fallbacks`
    /// that is written; otherwise the plain text; otherwise the first entry.
    [[nodiscard]] const std::string& in(std::string_view language,
                                        const std::vector<std::string>& fallbacks = {}) const {
        static const std::string none;
        for (const auto& e : entries_) if (e.language == language) return e.value;
        for (const auto& f : fallbacks)
            for (const auto& e : entries_) if (e.language == f) return e.value;
        for (const auto& e : entries_) if (e.language.empty()) return e.value;
        return entries_.empty() ? none : entries_.front().value;
    }

    /// The text for display when no language is asked for: the plain text or the first entry.
    [[nodiscard]] const std::string& str() const { return in({}); }

    friend bool operator==(const Text& a, const Text& b) {
        if (a.entries_.size() != b.entries_.size()) return false;
        for (std::size_t i = 0; i < a.entries_.size(); ++i)
            if (a.entries_[i].language != b.entries_[i].language ||
                a.entries_[i].value != b.entries_[i].value)
                return false;
        return true;
    }

private:
    std::vector<Entry> entries_;
};

}  // namespace toc
