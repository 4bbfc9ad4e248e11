#pragma once
// What every writer of a diff (`toc diff`: text, JSON, Markdown, the drawing,
// the report's "changes since") reads: the comparison, the two versions' names,
// the language, and the words of a diff in English and Swedish.

#include <array>
#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "toc/checks/findings_diff.hpp"
#include "toc/output/words.hpp"

namespace toc {

/// The words of a diff for people; kinds and statuses come from words.hpp.
struct DiffWords {
    std::array<std::string_view, 4> changes;  ///< added, removed, changed, renamed (Change order)
    std::array<std::string_view, 4> changes_plural;  ///< the same, said of several items ("2 tillagda")
    std::string_view unchanged, renamed_from, model, link, introduced, fixed, no_changes, field, before, after,
        changes_since, item, findings, legend, change, introduced_count, fixed_count;
    std::array<std::string_view, 10> supporting;  ///< mechanism … recommendation, link (Kind order)
    /// Flags of model/diff.hpp and graph/status_diff.hpp, in their English words, then in these.
    std::array<std::pair<std::string_view, std::string_view>, 7> flags;
};

[[nodiscard]] inline const DiffWords& diff_words_for(std::string_view lang) noexcept {
    static const DiffWords en{
        {"added", "removed", "changed", "renamed"},
        {"added", "removed", "changed", "renamed"},
        "unchanged", "renamed from", "the model", "link", "Findings the revision introduced",
        "Findings the revision fixed", "No changes.", "Field", "Before", "After", "Changes since", "Item", "Findings",
        "Changes", "Change", "introduced", "fixed",
        {"mechanism", "assumption", "principle", "actor", "site", "source", "indicator", "question", "recommendation",
         "link"},
        {{{"refuted", "refuted"},
          {"target lowered", "target lowered"},
          {"target moved later", "target moved later"},
          {"evidence weakened", "evidence weakened"},
          {"confidence lowered", "confidence lowered"},
          {"fell behind", "fell behind"},
          {"", ""}}}};
    static const DiffWords sv{
        {"tillagd", "borttagen", "ändrad", "nytt id"},
        {"tillagda", "borttagna", "ändrade", "nya id"},
        "oförändrad", "tidigare", "modellen", "länk", "Fynd som revideringen tillförde",
        "Fynd som revideringen åtgärdade", "Inga ändringar.", "Fält", "Före", "Efter", "Ändringar sedan", "Post", "Fynd",
        "Ändringar", "Ändring", "tillförda", "åtgärdade",
        {"mekanism", "antagande", "princip", "aktör", "plats", "källa", "indikator", "fråga", "rekommendation",
         "länk"},
        {{{"refuted", "motbevisat"},
          {"target lowered", "målet sänkt"},
          {"target moved later", "målet senarelagt"},
          {"evidence weakened", "svagare evidens"},
          {"confidence lowered", "lägre säkerhet"},
          {"fell behind", "efter plan"},
          {"", ""}}}};
    return lang == "sv" ? sv : en;
}

/// A comparison and what its writers need to say it.
struct DiffDocument {
    const VersionDiff& diff;
    std::string old_name, new_name;         ///< as the user named the versions
    std::string lang;                       ///< words and labels; empty: English, the labels' first language
    std::vector<std::string> languages;     ///< the new version's languages, the fallbacks for labels

    [[nodiscard]] const DiffWords& words() const noexcept { return diff_words_for(lang); }
    [[nodiscard]] std::string_view change_word(Change c) const noexcept {
        return words().changes[static_cast<std::size_t>(c)];
    }
    /// "outcome", "mekanism": the item's kind in the document's language.
    [[nodiscard]] std::string_view kind_word(Kind k) const noexcept {
        if (is_element(k)) return words_for(lang).kinds[static_cast<std::size_t>(k)];
        return words().supporting[static_cast<std::size_t>(k) - static_cast<std::size_t>(Kind::mechanism)];
    }
    [[nodiscard]] std::string label(const ItemChange& c) const { return c.label.in(lang, languages); }
    /// A flag in the document's language ("target lowered, target moved later").
    [[nodiscard]] std::string flag(std::string_view english) const {
        std::string out;
        while (!english.empty()) {
            const auto comma = english.find(", ");
            const std::string_view part = english.substr(0, comma);
            std::string_view said = part;
            for (const auto& [en, here] : words().flags)
                if (!en.empty() && en == part) said = here;
            out += (out.empty() ? "" : ", ") + std::string(said);
            english = comma == std::string_view::npos ? std::string_view() : english.substr(comma + 2);
        }
        return out;
    }
    /// How many items had each kind of change (Change order).
    [[nodiscard]] std::array<std::size_t, 4> counts() const noexcept {
        std::array<std::size_t, 4> n{};
        for (const auto& c : diff.model.items) ++n[static_cast<std::size_t>(c.change)];
        return n;
    }
    /// "0 added, 1 removed, 2 changed, 0 renamed; findings: 1 introduced, 0 fixed"
    [[nodiscard]] std::string summary() const {
        const auto n = counts();
        std::string s;
        for (std::size_t i = 0; i < n.size(); ++i)
            s += (i ? ", " : "") + std::to_string(n[i]) + " " +
                 std::string(n[i] == 1 ? words().changes[i] : words().changes_plural[i]);
        std::string findings(words().findings);
        for (char& c : findings) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return s + "; " + findings + ": " + std::to_string(diff.findings.introduced.size()) + " " +
               std::string(words().introduced_count) + ", " + std::to_string(diff.findings.fixed.size()) + " " +
               std::string(words().fixed_count);
    }
};

}  // namespace toc
