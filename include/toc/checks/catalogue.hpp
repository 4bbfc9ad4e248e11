#pragma once
// What a rule is (its description and its function) and the catalogue that
// holds rules. The rules themselves live beside this file, one per file under
// their family's folder; toc/checks/rules.hpp registers them.

#include <algorithm>
#include <cctype>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "toc/checks/reporter.hpp"
#include "toc/detail/suggest.hpp"
#include "toc/diagnostics/rule_info.hpp"

namespace toc {

class CheckContext;

struct Rule {
    RuleInfo info;
    std::function<void(const CheckContext&, Reporter&)> run;
};

namespace detail {
inline bool iequals(std::string_view a, std::string_view b) noexcept {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}
}  // namespace detail

/// An open registry of rules. default_catalogue() holds the built-in ones; a
/// program embedding toc may add its own (with codes of its own) and pass the
/// catalogue in CheckOptions.
class Catalogue {
public:
    /// Adds a rule. Throws std::invalid_argument when its code or name is
    /// already taken, or empty (a programming error).
    void add(Rule rule) {
        if (rule.info.code.empty() || rule.info.name.empty() || !rule.run)
            throw std::invalid_argument("toc::Catalogue::add: a rule needs a code, a name and a function");
        if (find(rule.info.code) || find(rule.info.name))
            throw std::invalid_argument("toc::Catalogue::add: '" + rule.info.code + "' or '" + rule.info.name +
                                        "' is already in the catalogue");
        rules_.push_back(std::move(rule));
    }
    [[nodiscard]] const std::vector<Rule>& rules() const noexcept { return rules_; }

    /// The rule with this code (any case: "toc201") or name, or nullptr.
    [[nodiscard]] const Rule* find(std::string_view code_or_name) const {
        for (const auto& r : rules_)
            if (detail::iequals(r.info.code, code_or_name) || detail::iequals(r.info.name, code_or_name)) return &r;
        return nullptr;
    }

    /// The nearest code or name to a misspelt one ("TOC2O1" → "TOC201"), or empty.
    [[nodiscard]] std::string suggest(std::string_view word) const {
        std::vector<std::string_view> words;
        for (const auto& r : rules_) { words.push_back(r.info.code); words.push_back(r.info.name); }
        const auto i = detail::nearest_index(word, words, /*fold_case=*/true);
        if (!i) return {};
        const Rule& r = rules_[*i / 2];
        return r.info.code + " " + r.info.name;
    }

private:
    std::vector<Rule> rules_;
};

}  // namespace toc
