#pragma once
// The short number of every box ("S3", "T12"), decided once: the diagram, the
// overview, Mermaid, GraphML, JSON and the tables print the same number for the
// same element, so minutes and report text can point at a box.
//
//     const toc::ElementNumbers numbers(model);
//     numbers.of(model.elements[4]);   // "S2": the second short-term outcome
//     numbers.of("o_trust");           // by id; "" for an id no element has
//
// An element's number is its author's `code:` when written; else a letter for
// its stage and its place among that stage's elements in file order:
//   P problems, R resources, T activities (tasks), O outputs, S short-term,
//   I intermediate, L long-term outcomes, G impacts (goals), C contexts, B barriers.
// (A and M stay free for the diagram's assumption and mechanism notes.) A
// generated number skips the codes authors have written, so no two boxes share
// a number; of two elements with the same `code:` the second is numbered by stage.

#include <array>
#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "toc/model/model.hpp"
#include "toc/model/stage.hpp"

namespace toc {

/// The letter that numbers an element's boxes: its stage's, or C / B for
/// contexts and barriers.
[[nodiscard]] constexpr char number_letter(const Element& e) noexcept {
    constexpr std::array<char, stage_count> stage_letters{'P', 'R', 'T', 'O', 'S', 'I', 'L', 'G'};
    if (e.kind == Kind::context) return 'C';
    if (e.kind == Kind::barrier) return 'B';
    const int s = stage_of(e);
    return s < 0 ? 'X' : stage_letters[static_cast<std::size_t>(s)];
}

class ElementNumbers {
public:
    explicit ElementNumbers(const Model& model) : numbers_(model.elements.size()) {
        std::set<std::string> taken;
        for (std::size_t i = 0; i < model.elements.size(); ++i) {
            const Element& e = model.elements[i];
            if (!e.code.empty() && taken.insert(e.code).second) numbers_[i] = e.code;
        }
        std::unordered_map<char, int> counter;
        for (std::size_t i = 0; i < model.elements.size(); ++i) {
            if (!numbers_[i].empty()) continue;
            const char letter = number_letter(model.elements[i]);
            std::string n;
            do n = letter + std::to_string(++counter[letter]);
            while (taken.count(n));
            taken.insert(n);
            numbers_[i] = std::move(n);
        }
        for (std::size_t i = 0; i < model.elements.size(); ++i)
            if (!model.elements[i].id.empty()) by_id_.try_emplace(model.elements[i].id, i);
        elements_ = model.elements.data();
    }

    /// The number of the element at `index` in model.elements.
    [[nodiscard]] const std::string& at(std::size_t index) const { return numbers_.at(index); }
    /// The number of an element of this model.
    [[nodiscard]] const std::string& of(const Element& e) const {
        return numbers_.at(static_cast<std::size_t>(&e - elements_));
    }
    /// The number of the element with this id; empty when none has it.
    [[nodiscard]] std::string of(std::string_view id) const {
        auto it = by_id_.find(std::string(id));
        return it == by_id_.end() ? std::string() : numbers_[it->second];
    }
    [[nodiscard]] std::size_t size() const noexcept { return numbers_.size(); }

private:
    std::vector<std::string> numbers_;
    std::unordered_map<std::string, std::size_t> by_id_;
    const Element* elements_ = nullptr;
};

/// Writes the numbers `whole` gives its elements into `part`'s elements as their
/// `code`, so a model cut out of `whole` (a focus, an overview) numbers its boxes
/// as the whole model does.
inline void keep_numbers(const Model& whole, Model& part) {
    const ElementNumbers numbers(whole);
    for (auto& e : part.elements)
        if (std::string n = numbers.of(e.id); !n.empty()) e.code = std::move(n);
}

}  // namespace toc
