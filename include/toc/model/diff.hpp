#pragma once
// What changed between two versions of a theory of change, compared by id
// (`toc diff`, docs/diff.md): items added, removed, changed (field by field:
// each language of a text, enumerations, references, measurements) and
// renamed (the same content under a new id). Links are compared by their two
// ends. Changes that a steering group must not miss are flagged: an
// assumption or a mechanism found refuted, a target lowered or moved later.
//
//     toc::ModelDiff d = toc::diff_models(old_model, new_model);
//     for (const toc::ItemChange& c : d.items) ...   // ordered by kind, then id
//
// The order of items and of references in the file does not count: reordered
// YAML with the same content has no changes.

#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "toc/model/model.hpp"

namespace toc {

enum class Change { added, removed, changed, renamed };

[[nodiscard]] constexpr std::string_view to_string(Change c) noexcept {
    switch (c) {
        case Change::added: return "added";
        case Change::removed: return "removed";
        case Change::changed: return "changed";
        case Change::renamed: return "renamed";
    }
    return "changed";
}

/// One field of an item, before and after ("" when not written).
struct FieldChange {
    std::string field;   ///< e.g. "label (sv)", "horizon", "target (skurup)", "measurement"
    std::string before;
    std::string after;
    std::string flag;    ///< why it stands out ("refuted", "target lowered"); empty: nothing
};

struct ItemChange {
    Change change = Change::changed;
    Kind kind = Kind::outcome;
    std::string id;       ///< in the new version; the old one for a removed item; "FROM -> TO" for a link
    std::string old_id;   ///< renamed: the id in the old version
    Text label;           ///< the item's label (or text), from the new version (the old for removed)
    std::string from, to; ///< a link's ends (ids in the new version)
    std::vector<FieldChange> fields;  ///< changed, renamed: the fields that differ

    [[nodiscard]] bool flagged() const noexcept {
        return std::any_of(fields.begin(), fields.end(), [](const FieldChange& f) { return !f.flag.empty(); });
    }
};

struct ModelDiff {
    std::vector<FieldChange> model;  ///< the model's own keys (title, period, ...)
    std::vector<ItemChange> items;   ///< ordered by kind, then id
    std::map<std::string, std::string, std::less<>> renamed;  ///< old id -> new id

    [[nodiscard]] bool empty() const noexcept { return model.empty() && items.empty(); }
    /// The id an old id has in the new version (itself when not renamed).
    [[nodiscard]] std::string new_id(std::string_view old) const {
        const auto it = renamed.find(old);
        return it == renamed.end() ? std::string(old) : it->second;
    }
    /// The change of an item of this kind (any element kind for an element), or nullptr.
    [[nodiscard]] const ItemChange* find(Kind kind, std::string_view id) const {
        for (const auto& c : items)
            if (c.id == id && (c.kind == kind || (is_element(c.kind) && is_element(kind)))) return &c;
        return nullptr;
    }
};

namespace detail::diff {

/// A field's value as text, with the number and date it holds (to tell a lowered target).
struct Field {
    std::string name;
    std::string text;
    std::optional<double> number;
    std::optional<Date> date;
};
using Fields = std::vector<Field>;
using Renames = std::unordered_map<std::string, std::string>;

/// An item of one version, described field by field.
struct Item {
    Kind kind = Kind::outcome;
    std::string key;      ///< unique per version: the id space and the id (a link: its ends)
    std::string id;
    Text label;
    std::string from, to;
    Fields fields;
    const Indicator* indicator = nullptr;  ///< for the direction of a target
};

/// Describes the items of one version; references are written in the new
/// version's ids (through `renames`) so that a rename changes nothing else.
class Describer {
public:
    explicit Describer(const Renames& renames) : renames_(renames) {}

    [[nodiscard]] std::string id(std::string_view old) const {
        const auto it = renames_.find(std::string(old));
        return it == renames_.end() ? std::string(old) : it->second;
    }

    void text(Fields& f, std::string_view name, const Text& t) const {
        for (const auto& e : t.entries())
            if (!e.value.empty())
                f.push_back({e.language.empty() ? std::string(name) : std::string(name) + " (" + e.language + ")",
                             e.value, {}, {}});
    }
    void plain(Fields& f, std::string_view name, std::string value) const {
        if (!value.empty()) f.push_back({std::string(name), std::move(value), {}, {}});
    }
    /// References as a set: the order they are written in does not count.
    void refs(Fields& f, std::string_view name, const std::vector<Ref>& rs) const {
        std::vector<std::string> ids;
        for (const auto& r : rs) if (!r.empty()) ids.push_back(id(r.id));
        std::sort(ids.begin(), ids.end());
        plain(f, name, join(ids));
    }
    template <class E>
    void value(Fields& f, std::string_view name, const std::optional<E>& e) const {
        if (e) f.push_back({std::string(name), std::string(to_string(*e)), static_cast<double>(*e), {}});
    }
    void citations(Fields& f, const std::vector<Citation>& cs) const {
        std::vector<std::string> parts;
        parts.reserve(cs.size());
        for (const auto& c : cs) parts.push_back(id(c.source.id) + (c.locator.empty() ? "" : " (" + c.locator + ")"));
        std::sort(parts.begin(), parts.end());
        plain(f, "sources", join(parts));
    }
    void extensions(Fields& f, const std::vector<Extension>& xs) const {
        for (const auto& x : xs) {
            std::string s;
            if (!x.nodes.empty()) node(x, 0, s, 0);
            plain(f, x.key, s.empty() ? std::string("~") : s);
        }
    }
    void base(Fields& f, const ItemBase& b) const {
        text(f, "description", b.description);
        citations(f, b.sources);
        extensions(f, b.extensions);
    }

    /// A measurement in one line: "45 % (2020-06)", with its site, group and note.
    [[nodiscard]] static std::string measurement(const Measurement& m, const Indicator& ind) {
        std::string s;
        if (m.value) {
            s = m.value->str();
            if (m.value_max) s += "-" + m.value_max->str();
            if (ind.unit == Unit::percent) s += " %";
            else if (ind.unit == Unit::currency && !ind.currency.empty()) s += " " + ind.currency;
            else if (ind.unit && *ind.unit != Unit::count && *ind.unit != Unit::text && *ind.unit != Unit::score &&
                     *ind.unit != Unit::ratio)
                s += " " + std::string(to_string(*ind.unit));
        } else {
            s = m.text_value.str();
        }
        if (m.numerator && m.denominator) s += " [" + m.numerator->str() + "/" + m.denominator->str() + "]";
        if (m.n) s += " n=" + m.n->str();
        if (m.date) s += " (" + m.date->str() + ")";
        if (!m.note.empty()) s += " – " + m.note.str();
        return s;
    }
    /// "target (skurup, girls)": the measurement's kind with its site and group.
    [[nodiscard]] std::string measurement_field(std::string_view what, const Measurement& m) const {
        std::string where = m.site.empty() ? std::string() : id(m.site.id);
        if (!m.group.empty()) where += (where.empty() ? "" : ", ") + m.group.str();
        return where.empty() ? std::string(what) : std::string(what) + " (" + where + ")";
    }
    void measurements(Fields& f, std::string_view what, const std::vector<Measurement>& ms, const Indicator& ind) const {
        for (const auto& m : ms) {
            Field x{measurement_field(what, m), measurement(m, ind), {}, m.date};
            if (m.value) x.number = m.value->value;
            f.push_back(std::move(x));
        }
    }

    [[nodiscard]] Item element(const Element& e) const {
        Item it{e.kind, "element:" + id(e.id), id(e.id), e.label, {}, {}, {}, nullptr};
        Fields& f = it.fields;
        plain(f, "kind", std::string(to_string(e.kind)));
        text(f, "label", e.label);
        value(f, "level", e.level);
        value(f, "horizon", e.horizon);
        value(f, "status", e.result_status);
        value(f, "status", e.activity_status);
        for (const auto& s : e.status_by_site)
            plain(f, "status (" + id(s.site.id) + ")", std::string(to_string(s.status)));
        value(f, "combine", e.combine);
        value(f, "role", e.role);
        refs(f, "actors", e.actors);
        refs(f, "sites", e.sites);
        refs(f, "assumptions", e.assumptions);
        refs(f, "uses", e.uses);
        refs(f, "principles", e.principles);
        refs(f, "addresses", e.addresses);
        if (!e.replaced_by.empty()) plain(f, "replaced_by", id(e.replaced_by.id));
        if (!e.evaluated) plain(f, "evaluated", "false");
        base(f, e);
        return it;
    }
    [[nodiscard]] Item link(const Link& l, const std::string& from, std::size_t nth) const {
        Item it{Kind::link, {}, {}, {}, from, id(l.to.id), {}, nullptr};
        it.id = it.from + " -> " + it.to;
        it.key = "link:" + it.id + (nth ? "#" + std::to_string(nth) : std::string());
        Fields& f = it.fields;
        plain(f, "type", std::string(to_string(l.type)));
        plain(f, "link id", id(l.id));
        refs(f, "via", l.via);
        refs(f, "assumptions", l.assumptions);
        value(f, "evidence", l.evidence);
        text(f, "evidence_note", l.evidence_note);
        if (l.confidence)
            f.push_back({"confidence", std::to_string(*l.confidence), static_cast<double>(*l.confidence), {}});
        text(f, "rationale", l.rationale);
        text(f, "description", l.description);
        citations(f, l.sources);
        extensions(f, l.extensions);
        return it;
    }
    template <class T>
    [[nodiscard]] Item item(Kind k, const T& x, const Text& label) const {
        Item it{k, std::string(to_string(k)) + ":" + id(x.id), id(x.id), label, {}, {}, {}, nullptr};
        return it;
    }

    [[nodiscard]] std::vector<Item> items(const Model& m) const {
        std::vector<Item> out;
        for (const auto& e : m.elements) {
            out.push_back(element(e));
            std::map<std::string, std::size_t> seen;  // links with the same ends, numbered
            for (const auto& l : e.links) {
                const std::string from = id(e.id);
                out.push_back(link(l, from, seen[id(l.to.id)]++));
            }
        }
        for (const auto& x : m.mechanisms) {
            Item it = item(Kind::mechanism, x, x.label);
            text(it.fields, "label", x.label);
            refs(it.fields, "contexts", x.contexts);
            value(it.fields, "status", x.status);
            base(it.fields, x);
            out.push_back(std::move(it));
        }
        for (const auto& x : m.assumptions) {
            Item it = item(Kind::assumption, x, x.text);
            text(it.fields, "text", x.text);
            value(it.fields, "type", x.type);
            value(it.fields, "risk", x.risk);
            value(it.fields, "status", x.status);
            text(it.fields, "evidence", x.evidence);
            base(it.fields, x);
            out.push_back(std::move(it));
        }
        for (const auto& x : m.principles) {
            Item it = item(Kind::principle, x, x.label);
            text(it.fields, "label", x.label);
            base(it.fields, x);
            out.push_back(std::move(it));
        }
        for (const auto& x : m.actors) {
            Item it = item(Kind::actor, x, x.label);
            text(it.fields, "label", x.label);
            value(it.fields, "role", x.role);
            value(it.fields, "level", x.level);
            if (!x.part_of.empty()) plain(it.fields, "part_of", id(x.part_of.id));
            base(it.fields, x);
            out.push_back(std::move(it));
        }
        for (const auto& x : m.sites) {
            Item it = item(Kind::site, x, x.label);
            text(it.fields, "label", x.label);
            base(it.fields, x);
            out.push_back(std::move(it));
        }
        for (const auto& x : m.sources) {
            Item it = item(Kind::source, x, x.title);
            text(it.fields, "title", x.title);
            text(it.fields, "author", x.author);
            if (x.year) plain(it.fields, "year", std::to_string(*x.year));
            plain(it.fields, "url", x.url);
            text(it.fields, "publisher", x.publisher);
            text(it.fields, "type", x.type);
            base(it.fields, x);
            out.push_back(std::move(it));
        }
        for (const auto& x : m.indicators) {
            Item it = item(Kind::indicator, x, x.label);
            it.indicator = &x;
            Fields& f = it.fields;
            text(f, "label", x.label);
            refs(f, "measures", x.measures);
            value(f, "unit", x.unit);
            plain(f, "currency", x.currency);
            value(f, "direction", x.direction);
            text(f, "population", x.population);
            text(f, "source", x.source);
            text(f, "frequency", x.frequency);
            if (x.controllable) plain(f, "controllable", *x.controllable ? "true" : "false");
            measurements(f, "baseline", x.baseline, x);
            measurements(f, "target", x.targets, x);
            measurements(f, "measurement", x.measurements, x);
            base(f, x);
            out.push_back(std::move(it));
        }
        for (const auto& x : m.questions) {
            Item it = item(Kind::question, x, x.text);
            text(it.fields, "text", x.text);
            refs(it.fields, "about", x.about);
            std::vector<std::string> methods = x.methods;
            std::sort(methods.begin(), methods.end());
            plain(it.fields, "methods", join(methods));
            value(it.fields, "status", x.status);
            text(it.fields, "finding", x.finding);
            base(it.fields, x);
            out.push_back(std::move(it));
        }
        for (const auto& x : m.recommendations) {
            Item it = item(Kind::recommendation, x, x.text);
            text(it.fields, "text", x.text);
            refs(it.fields, "about", x.about);
            refs(it.fields, "addressed_to", x.addressed_to);
            base(it.fields, x);
            out.push_back(std::move(it));
        }
        return out;
    }

    [[nodiscard]] Fields model_fields(const Model& m) const {
        Fields f;
        plain(f, "id", m.id);
        text(f, "title", m.title);
        text(f, "summary", m.summary);
        text(f, "owner", m.owner);
        text(f, "funder", m.funder);
        plain(f, "languages", join(m.languages));
        if (m.period)
            plain(f, "period", (m.period->from ? m.period->from->str() : "") + " – " + (m.period->to ? m.period->to->str() : ""));
        plain(f, "version", m.version);
        if (m.date) plain(f, "date", m.date->str());
        extensions(f, m.extensions);
        return f;
    }

    [[nodiscard]] static std::string join(const std::vector<std::string>& parts) {
        std::string s;
        for (const auto& p : parts) s += (s.empty() ? "" : ", ") + p;
        return s;
    }

private:
    void node(const Extension& x, std::size_t i, std::string& s, int depth) const {
        if (i >= x.nodes.size() || depth > 32) return;
        const ExtensionNode& n = x.nodes[i];
        switch (n.type) {
            case ExtensionNode::Type::null: s += "~"; break;
            case ExtensionNode::Type::scalar: s += n.value; break;
            case ExtensionNode::Type::alias: s += "*" + n.value; break;
            case ExtensionNode::Type::sequence:
            case ExtensionNode::Type::map: {
                const bool map = n.type == ExtensionNode::Type::map;
                s += map ? "{" : "[";
                for (std::size_t c = 0; c < n.children.size(); ++c) {
                    if (c) s += map && c % 2 ? ": " : ", ";
                    node(x, n.children[c], s, depth + 1);
                }
                s += map ? "}" : "]";
                break;
            }
        }
    }

    const Renames& renames_;
};

/// The content of an item without its id, to recognise a renamed one.
[[nodiscard]] inline std::string signature(const Item& it) {
    std::string s(to_string(it.kind));
    for (const auto& f : it.fields) s.append("\x1f").append(f.name).append("\x1e").append(f.text);
    return s;
}

/// The fields that differ. A name written once on each side is one change
/// (before → after); a name written several times (measurements) compares as
/// a set: what is only before, then what is only after.
[[nodiscard]] inline std::vector<FieldChange> compare_fields(const Fields& before, const Fields& after) {
    std::vector<std::string> names;
    std::unordered_map<std::string, std::pair<std::vector<const Field*>, std::vector<const Field*>>> by_name;
    for (const auto& f : before) {
        auto [it, fresh] = by_name.try_emplace(f.name);
        if (fresh) names.push_back(f.name);
        it->second.first.push_back(&f);
    }
    for (const auto& f : after) {
        auto [it, fresh] = by_name.try_emplace(f.name);
        if (fresh) names.push_back(f.name);
        it->second.second.push_back(&f);
    }
    std::vector<FieldChange> out;
    for (const auto& name : names) {
        const auto& [b, a] = by_name[name];
        if (b.size() <= 1 && a.size() <= 1) {
            const std::string before_text = b.empty() ? std::string() : b.front()->text;
            const std::string after_text = a.empty() ? std::string() : a.front()->text;
            if (before_text != after_text) out.push_back({name, before_text, after_text, {}});
            continue;
        }
        auto only = [](const std::vector<const Field*>& xs, const std::vector<const Field*>& ys) {
            std::vector<const Field*> rest;
            std::vector<bool> used(ys.size(), false);
            for (const Field* x : xs) {
                bool matched = false;
                for (std::size_t i = 0; i < ys.size() && !matched; ++i)
                    if (!used[i] && ys[i]->text == x->text) used[i] = matched = true;
                if (!matched) rest.push_back(x);
            }
            return rest;
        };
        const auto gone = only(b, a), come = only(a, b);
        if (gone.size() == 1 && come.size() == 1) {
            out.push_back({name, gone.front()->text, come.front()->text, {}});
            continue;
        }
        for (const Field* x : gone) out.push_back({name, x->text, {}, {}});
        for (const Field* x : come) out.push_back({name, {}, x->text, {}});
    }
    return out;
}

/// The value of the field called `name` with this text, or nullptr.
[[nodiscard]] inline const Field* field(const Fields& fs, std::string_view name, std::string_view text) {
    for (const auto& f : fs) if (f.name == name && f.text == text) return &f;
    return nullptr;
}

/// The indicator's direction: written (in the new version, else the old), else
/// inferred from the first baseline and target with numbers, else increase.
[[nodiscard]] inline Direction direction(const Indicator& after, const Indicator* before) {
    if (after.direction) return *after.direction;
    if (before && before->direction) return *before->direction;
    for (const Indicator* ind : {before, &after}) {
        if (!ind) continue;
        const Measurement* b = nullptr;
        const Measurement* t = nullptr;
        for (const auto& m : ind->baseline) if (!b && m.value) b = &m;
        for (const auto& m : ind->targets) if (!t && m.value) t = &m;
        if (b && t && t->value->value != b->value->value)
            return t->value->value < b->value->value ? Direction::decrease : Direction::increase;
    }
    return Direction::increase;
}

/// Flags what stands out: a refuted assumption or mechanism, a lowered target
/// (against the indicator's direction), a target moved later, weaker evidence,
/// a link the author is less sure of (lower `confidence`).
inline void flag(ItemChange& c, const Item& before, const Item& after) {
    for (auto& f : c.fields) {
        if (f.field == "status" && f.after == "refuted" &&
            (c.kind == Kind::assumption || c.kind == Kind::mechanism))
            f.flag = "refuted";
        else if ((f.field == "evidence" || f.field == "confidence") && !f.before.empty()) {
            const Field* b = field(before.fields, f.field, f.before);
            const Field* a = field(after.fields, f.field, f.after);
            if (b && (!a || (a->number && b->number && *a->number < *b->number)))
                f.flag = f.field == "evidence" ? "evidence weakened" : "confidence lowered";
        } else if (f.field.rfind("target", 0) == 0 && !f.before.empty() && !f.after.empty() && after.indicator) {
            const Field* b = field(before.fields, f.field, f.before);
            const Field* a = field(after.fields, f.field, f.after);
            if (!b || !a) continue;
            const Direction d = direction(*after.indicator, before.indicator);
            std::vector<std::string> why;
            if (a->number && b->number &&
                ((d == Direction::decrease && *a->number > *b->number) ||
                 (d != Direction::decrease && *a->number < *b->number)))
                why.emplace_back("target lowered");
            if (a->date && b->date && a->date->last_day() > b->date->last_day()) why.emplace_back("target moved later");
            f.flag = Describer::join(why);
        }
    }
}

[[nodiscard]] inline int kind_order(Kind k) noexcept { return static_cast<int>(k); }

}  // namespace detail::diff

/// Orders the changes like the model: by kind (elements first, links last), then id.
inline void sort_changes(ModelDiff& d) {
    std::stable_sort(d.items.begin(), d.items.end(), [](const ItemChange& a, const ItemChange& b) {
        if (a.kind != b.kind) return detail::diff::kind_order(a.kind) < detail::diff::kind_order(b.kind);
        return a.id < b.id;
    });
}

/// Compares two versions of a model by id. Never throws for any model content.
[[nodiscard]] inline ModelDiff diff_models(const Model& before, const Model& after) {
    using namespace detail::diff;
    ModelDiff out;
    const Renames none;
    const std::vector<Item> after_items = Describer(none).items(after);
    std::vector<Item> before_items = Describer(none).items(before);

    std::unordered_map<std::string, std::size_t> after_at, before_at;
    for (std::size_t i = 0; i < after_items.size(); ++i) after_at.try_emplace(after_items[i].key, i);
    for (std::size_t i = 0; i < before_items.size(); ++i) before_at.try_emplace(before_items[i].key, i);

    // Renames: an item gone from the old version whose content (all but its id)
    // is that of an item new in the new version, of the same kind.
    Renames renames;
    std::unordered_map<std::string, std::vector<std::size_t>> fresh;  // signature -> new items
    for (std::size_t i = 0; i < after_items.size(); ++i)
        if (after_items[i].kind != Kind::link && !before_at.count(after_items[i].key))
            fresh[signature(after_items[i])].push_back(i);
    if (!fresh.empty())
        for (const auto& b : before_items) {
            if (b.kind == Kind::link || after_at.count(b.key)) continue;
            auto it = fresh.find(signature(b));
            if (it == fresh.end() || it->second.empty()) continue;
            const Item& a = after_items[it->second.front()];
            it->second.erase(it->second.begin());
            renames[b.id] = a.id;
            out.renamed[b.id] = a.id;
        }
    if (!renames.empty()) {  // describe the old version again, in the new ids
        before_items = Describer(renames).items(before);
        before_at.clear();
        for (std::size_t i = 0; i < before_items.size(); ++i) before_at.try_emplace(before_items[i].key, i);
    }
    std::unordered_map<std::string, std::string> old_id_of;
    for (const auto& [o, n] : renames) old_id_of[n] = o;

    for (const auto& a : after_items) {
        if (after_at[a.key] != static_cast<std::size_t>(&a - after_items.data())) continue;  // a duplicate id
        const auto b = before_at.find(a.key);
        if (b == before_at.end()) {
            out.items.push_back({Change::added, a.kind, a.id, {}, a.label, a.from, a.to, {}});
            continue;
        }
        const Item& old = before_items[b->second];
        ItemChange c{Change::changed, a.kind, a.id, {}, a.label, a.from, a.to, compare_fields(old.fields, a.fields)};
        if (const auto r = old_id_of.find(a.id); r != old_id_of.end() && a.kind != Kind::link) {
            c.change = Change::renamed;
            c.old_id = r->second;
        } else if (c.fields.empty()) {
            continue;
        }
        flag(c, old, a);
        out.items.push_back(std::move(c));
    }
    for (const auto& b : before_items) {
        if (before_at[b.key] != static_cast<std::size_t>(&b - before_items.data())) continue;
        if (!after_at.count(b.key)) out.items.push_back({Change::removed, b.kind, b.id, {}, b.label, b.from, b.to, {}});
    }
    out.model = compare_fields(Describer(none).model_fields(before), Describer(none).model_fields(after));
    sort_changes(out);
    return out;
}

}  // namespace toc
