#pragma once
// Turns a YAML tree into a Model, reporting TOC002–TOC005 at the node
// concerned. Internal to toc::yaml.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "toc/diagnostics/diagnostic.hpp"
#include "toc/diagnostics/loader_codes.hpp"
#include "toc/model/model.hpp"
#include "source_text.hpp"
#include "yaml_tree.hpp"

namespace toc::yaml_detail {

class Reader {
public:
    Reader(const YDocument& doc, const SourceText& source, std::string file, std::vector<Diagnostic>& out);

    /// Reads the whole document into `model`.
    void read_model(Model& model);

private:
    using Entry = std::function<void(std::string_view key, NodeIndex value, const SourceLocation& key_loc)>;

    // --- nodes
    const YNode* deref(NodeIndex i);                 ///< follows aliases; nullptr when over budget or cyclic
    SourceLocation loc(NodeIndex i) const;
    std::string_view type_name(const YNode& n) const;
    /// "14,8" in a flow mapping ({value: 14,8}) reads as the value 14 and a key "8":
    /// when `key` is such a key right after the comma that follows `value`, the
    /// explanation; otherwise empty.
    std::string decimal_comma_split(NodeIndex value, NodeIndex key) const;

    // --- diagnostics
    /// Reports an error; returns it (to add a fix-it), or nullptr when over the cap.
    Diagnostic* error(const LoaderCode& code, const SourceLocation& where, std::string message,
                      std::string_view subject = {});
    /// Adds to `d` the fix-it that writes `replacement` for the scalar `value` at `at`, when certain.
    void add_fix(Diagnostic* d, const SourceLocation& at, std::string_view value, std::string_view replacement) const;
    void wrong_type(NodeIndex i, std::string_view expected, std::string_view key, std::string_view subject = {});

    // --- structure
    /// Visits the entries of a map: unknown keys (TOC002) and `x-` keys are handled here.
    /// `context` names the map in messages ("an outcome"); `elsewhere` maps keys valid on
    /// other kinds to where they belong, for a better message.
    bool for_each_entry(NodeIndex map, std::string_view context, const std::vector<std::string_view>& known,
                        std::vector<Extension>* extensions, const Entry& on_entry, std::string_view subject = {},
                        const std::vector<std::pair<std::string_view, std::string_view>>& elsewhere = {});
    /// Visits the items of a sequence.
    bool for_each_item(NodeIndex seq, std::string_view key, const std::function<void(NodeIndex)>& on_item,
                       std::string_view subject = {});

    // --- scalars
    std::optional<std::string> read_string(NodeIndex i, std::string_view key, std::string_view subject = {});
    Text read_text(NodeIndex i, std::string_view key, std::string_view subject = {});
    /// read_text for a text the item needs (a label, a title): empty or blank is an
    /// error, as is an empty entry in one language (it would show as an empty box).
    Text read_required_text(NodeIndex i, std::string_view key, std::string_view subject = {});
    std::optional<Number> read_number(NodeIndex i, std::string_view key, std::string_view subject = {});
    std::optional<bool> read_bool(NodeIndex i, std::string_view key, std::string_view subject = {});
    std::optional<Date> read_date(NodeIndex i, std::string_view key, std::string_view subject = {});
    std::optional<int> read_int(NodeIndex i, std::string_view key, std::string_view subject = {});
    template <class E>
    std::optional<E> read_enum(NodeIndex i, std::string_view key, std::string_view subject = {});
    std::string read_id(NodeIndex i, std::string_view subject_kind);
    Ref read_ref(NodeIndex i, std::string_view key, std::string_view subject);
    std::vector<Ref> read_refs(NodeIndex i, std::string_view key, std::string_view subject);
    std::vector<std::string> read_strings(NodeIndex i, std::string_view key, std::string_view subject);
    std::vector<Citation> read_citations(NodeIndex i, std::string_view subject);
    Extension read_extension(std::string_view key, NodeIndex value, const SourceLocation& key_loc);

    // --- items
    void read_element(NodeIndex i, Kind kind, Model& m);
    void read_links(NodeIndex i, LinkType type, Element& e, Model& m);
    /// A link's `confidence`: a whole number 0–100, or low, medium or high.
    std::optional<int> read_confidence(NodeIndex i, std::string_view subject);
    /// Reads one key of an assumption (top-level or inline on a link) into `a`.
    void read_assumption_key(std::string_view key, NodeIndex v, Assumption& a, std::string_view subject);
    /// An assumption written inline in a link's `assumptions`: added to the model
    /// with its written or generated id; returns the reference the link keeps.
    Ref read_inline_assumption(NodeIndex i, const std::string& generated_id, std::string_view subject, Model& m);
    void read_mechanism(NodeIndex i, Model& m);
    void read_assumption(NodeIndex i, Model& m);
    void read_principle(NodeIndex i, Model& m);
    void read_actor(NodeIndex i, Model& m);
    void read_site(NodeIndex i, Model& m);
    void read_source(NodeIndex i, Model& m);
    void read_indicator(NodeIndex i, Model& m);
    Measurement read_measurement(NodeIndex i, std::string_view what, bool date_required, std::string_view subject);
    void read_question(NodeIndex i, Model& m);
    void read_recommendation(NodeIndex i, Model& m);
    std::optional<Period> read_period(NodeIndex i, std::string_view subject);
    void read_diagram(NodeIndex i, Model& m);
    void read_checks(NodeIndex i, Model& m);
    /// Reads an item with `keys` (format_keys::item: `id`, `description`, `sources`
    /// and the ones `extra` handles) and the `required` key, into `list`.
    template <class T, class Extra>
    void read_item(NodeIndex i, std::string_view kind_word, const std::vector<std::string_view>& keys,
                   std::string_view required, std::vector<T>& list, const Extra& extra);
    template <class T>
    void read_list(NodeIndex i, std::string_view key, Model& m, void (Reader::*read_one)(NodeIndex, Model&));

    const YDocument& doc_;
    const SourceText& source_;
    std::string file_;
    std::vector<Diagnostic>& out_;
    std::size_t budget_;           ///< node visits left (alias bombs)
    bool exhausted_ = false;
    std::size_t message_bytes_ = 0;
    std::size_t dropped_ = 0;      ///< diagnostics not kept (over the cap)

public:
    static constexpr std::size_t max_diagnostics = 10000;
    [[nodiscard]] std::size_t dropped() const noexcept { return dropped_; }
};

/// Checks ids for uniqueness (TOC006) and resolves every reference (TOC007, TOC008);
/// `source` is the text the model was read from, for fix-its.
void resolve_references(const Model& model, const SourceText& source, std::vector<Diagnostic>& out);

/// "an outcome", "a resource"
std::string with_article(std::string_view noun);
/// User text fit for a message: one line, at most about 40 characters.
std::string shorten(std::string_view s);
/// A BCP 47 language tag, loosely: sv, en, en-GB, sr-Latn.
bool valid_language_tag(std::string_view s);

}  // namespace toc::yaml_detail
