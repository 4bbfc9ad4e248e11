#pragma once
// What every section of the review report reads: the model, its findings, the
// rules that made them, the language, and the numbers the report gives its
// elements (E1, E2 … in file order; the diagram's badges and the tables agree).

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "toc/diagnostics/diagnostic.hpp"
#include "toc/diagnostics/rule_info.hpp"
#include "toc/model/model.hpp"
#include "toc/model/numbering.hpp"
#include "toc/output/words.hpp"

namespace toc::report {

class Context {
public:
    /// `model`, `findings` and `rules` must outlive the context. `lang` empty: the
    /// model's first language.
    Context(const Model& model, const std::vector<Diagnostic>& findings, const std::vector<RuleInfo>& rules,
            std::string lang)
        : model_(model), findings_(findings), rules_(rules),
          lang_(lang.empty() ? model.default_language() : std::move(lang)), words_(&words_for(lang_)),
          report_words_(&report_words_for(lang_)), numbers_(model) {
        for (std::size_t i = 0; i < model.elements.size(); ++i)
            element_index_.try_emplace(model.elements[i].id, static_cast<int>(i));
        for (const auto& r : rules) rule_index_.try_emplace(r.code, &r);
    }

    [[nodiscard]] const Model& model() const noexcept { return model_; }
    [[nodiscard]] const std::vector<Diagnostic>& findings() const noexcept { return findings_; }
    [[nodiscard]] const std::vector<RuleInfo>& rules() const noexcept { return rules_; }
    [[nodiscard]] const std::string& lang() const noexcept { return lang_; }
    [[nodiscard]] const Words& words() const noexcept { return *words_; }
    [[nodiscard]] const ReportWords& w() const noexcept { return *report_words_; }

    /// Model text in the report's language (then the model's languages, then plain).
    [[nodiscard]] const std::string& text(const Text& t) const { return t.in(lang_, model_.languages); }

    /// The element's index in Model::elements, or -1.
    [[nodiscard]] int element(std::string_view id) const {
        const auto it = element_index_.find(std::string(id));
        return it == element_index_.end() ? -1 : it->second;
    }
    /// The number of the element at `index`, as on every drawing ("S3", or its
    /// `code:`; model/numbering.hpp).
    [[nodiscard]] std::string number(int index) const {
        return numbers_.of(model_.elements[static_cast<std::size_t>(index)]);
    }
    /// "S3 Label" for an element id; the id itself when no element has it.
    [[nodiscard]] std::string element_name(std::string_view id) const {
        const int i = element(id);
        if (i < 0) return std::string(id);
        return number(i) + " " + text(model_.elements[static_cast<std::size_t>(i)].label);
    }
    /// The rule that made a finding, or nullptr.
    [[nodiscard]] const RuleInfo* rule(std::string_view code) const {
        const auto it = rule_index_.find(std::string(code));
        return it == rule_index_.end() ? nullptr : it->second;
    }
    /// The index of a rule's criterion in evaluability_criteria, or -1.
    [[nodiscard]] int criterion(std::string_view code) const {
        const RuleInfo* r = rule(code);
        if (!r) return -1;
        for (std::size_t i = 0; i < evaluability_criteria.size(); ++i)
            if (evaluability_criteria[i] == r->criterion) return static_cast<int>(i);
        return -1;
    }

private:
    const Model& model_;
    const std::vector<Diagnostic>& findings_;
    const std::vector<RuleInfo>& rules_;
    std::string lang_;
    const Words* words_;
    const ReportWords* report_words_;
    std::unordered_map<std::string, int> element_index_;
    std::unordered_map<std::string, const RuleInfo*> rule_index_;
    ElementNumbers numbers_;
};

}  // namespace toc::report
