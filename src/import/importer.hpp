#pragma once
// What the importers share (internal to toc::import): diagnostics located in
// the input text, readable unique ids, and the YAML writer. Each importer
// builds a Model (the plain value types of the format) and the comments that
// name its source; write_yaml turns them into the text a person would write.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "toc/load/import.hpp"
#include "toc/model/model.hpp"

namespace toc::import_detail {

/// Collects diagnostics about one input text; turns byte offsets into line:column.
class Sink {
public:
    Sink(std::string_view text, std::string file, std::vector<Diagnostic>& out)
        : text_(text), file_(std::move(file)), out_(out) {}

    [[nodiscard]] SourceLocation at(std::size_t offset) const;
    [[nodiscard]] SourceLocation at(int line, int column) const { return {file_, line, column}; }
    void error(const ImportCode& code, SourceLocation where, std::string message, std::string subject = {});
    void warning(SourceLocation where, std::string message, std::string subject = {});
    [[nodiscard]] bool failed() const noexcept { return errors_ > 0; }
    [[nodiscard]] const std::string& file() const noexcept { return file_; }
    [[nodiscard]] std::string_view text() const noexcept { return text_; }

private:
    std::string_view text_;
    std::string file_;
    std::vector<Diagnostic>& out_;
    std::size_t errors_ = 0;
    mutable std::vector<std::size_t> line_starts_;  ///< made on first use
};

/// Hands out ids that are valid (docs/format.md) and unique: "Research staff"
/// → "research_staff", the second "research_staff" → "research_staff_2".
class IdMaker {
public:
    /// A valid id made from `wish`; `prefix` starts it when `wish` gives no letter first.
    /// With `keep_valid`, a wish that is a valid id already is kept as written.
    std::string make(std::string_view wish, std::string_view prefix, bool keep_valid = false);
    /// Keeps `id` as taken (ids written by hand, generated assumption ids).
    void reserve(const std::string& id) { used_.insert(id); }

private:
    std::unordered_set<std::string> used_;
};

/// The YAML text of an imported model: format order, `comments` (lines without
/// '#') after the title, links in their short form when they carry nothing but
/// a target, assumptions written on a link inline.
[[nodiscard]] std::string write_yaml(const Model& m, const std::vector<std::string>& comments);

/// A ToC-Maker JSON document (docs/import.md) as a model.
[[nodiscard]] Model read_tocmaker(Sink& sink, const ImportOptions& options, std::vector<std::string>& comments);

/// A CSV sheet, a link list or a logframe (docs/import.md), as a model.
[[nodiscard]] Model read_csv(Sink& sink, std::vector<std::string>& comments);

/// The stem of a file name: "data/ClimateResearch.json" → "ClimateResearch".
[[nodiscard]] std::string file_stem(std::string_view name);

/// Folds a second mention of the link `kept` (a second CSV row for the same
/// two elements, a second ToC-Maker connection to the same node) into it, so
/// that nothing is lost: an evidence note `again` adds is appended; a
/// confidence it adds is taken, and one that contradicts `kept` is a TOC022
/// warning at `where` (the first is kept), naming the link's ends as the input
/// writes them. Assumptions are the caller's.
void merge_link(Sink& sink, Link& kept, const Link& again, SourceLocation where, const std::string& from,
                const std::string& to);

/// Adds an assumption written on `link` (its id generated as the loader does:
/// FROM.TO.aN, docs/format.md).
void add_inline_assumption(Model& m, Link& link, std::string text);

}  // namespace toc::import_detail
