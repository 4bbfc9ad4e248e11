#pragma once
// One version of a document, analysed: loaded and checked as `toc check` does,
// and every id in it found in the text (each definition and each reference,
// with its byte range), for navigation, rename and completion.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text.hpp"
#include "toc/load/workspace.hpp"
#include "toc/model/index.hpp"
#include "toc/model/references.hpp"

namespace toc::lsp {

/// An id written in the text: where an item is defined, or a reference to one.
struct Occurrence {
    std::size_t begin = 0;  ///< byte range in the analysed text
    std::size_t end = 0;
    std::string id;
    bool definition = false;
    Kind kind = Kind::outcome;  ///< definitions: the item's kind
    const ReferenceSite* site = nullptr;  ///< references: the key and what it accepts
};

class Analysis {
public:
    /// Loads `name` from the workspace (its open text) and checks the model
    /// when it loads without errors.
    Analysis(const Workspace& workspace, const std::string& name);
    Analysis(const Analysis&) = delete;
    Analysis& operator=(const Analysis&) = delete;

    [[nodiscard]] const std::string& text() const noexcept { return text_; }
    [[nodiscard]] const LineTable& lines() const noexcept { return lines_; }
    [[nodiscard]] const Model& model() const noexcept { return loaded_.model; }
    [[nodiscard]] const ModelIndex& index() const noexcept { return index_; }
    /// The loader's diagnostics and the checks' findings, sorted as `toc check` sorts them.
    [[nodiscard]] const std::vector<Diagnostic>& diagnostics() const noexcept { return diagnostics_; }
    /// False when the YAML does not parse (TOC001): the model is empty or partial.
    [[nodiscard]] bool parsed() const noexcept { return parsed_; }

    /// Every id occurrence, in text order.
    [[nodiscard]] const std::vector<Occurrence>& occurrences() const noexcept { return occurrences_; }
    /// The occurrence whose range holds `offset` (its end included), or nullptr.
    [[nodiscard]] const Occurrence* occurrence_at(std::size_t offset) const;
    /// The definition of `id`, or nullptr.
    [[nodiscard]] const Occurrence* definition(std::string_view id) const;
    /// The occurrences of `id`, definition and references, in text order.
    [[nodiscard]] std::vector<const Occurrence*> occurrences_of(std::string_view id) const;

    /// The byte range of a toc location's token (the scalar that starts there).
    [[nodiscard]] std::pair<std::size_t, std::size_t> token_at(const SourceLocation& l) const;

private:
    void find_occurrences();

    std::string text_;
    LineTable lines_;
    LoadResult loaded_;
    ModelIndex index_;
    std::vector<Diagnostic> diagnostics_;
    bool parsed_ = true;
    std::vector<ReferenceSite> references_;
    std::vector<Occurrence> occurrences_;
    std::unordered_map<std::string_view, std::size_t> definitions_;  // id → index in occurrences_
};

/// Whether `c` can be part of an id as the text is scanned (letters, digits,
/// '_', '.', '-', and bytes of non-ASCII characters).
[[nodiscard]] constexpr bool id_char(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
           c == '-' || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace toc::lsp
