#pragma once
// The whole model as JSON, in the shape of the YAML format (docs/format.md): the
// same keys, in the format's order, every field that is set; links in their map
// form under leads_to / enables / hinders / feedback; `x-` extension keys kept.
// JSON is YAML, so the output loads again with toc::load_string and exports to
// the same text. Every element carries its box number (model/numbering.hpp) as
// its `code`, so the number travels with the data and loads back unchanged.
// Header-only.

#include <cmath>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>

#include "toc/detail/json_writer.hpp"
#include "toc/model/kind.hpp"
#include "toc/model/model.hpp"
#include "toc/model/numbering.hpp"

namespace toc {

struct JsonExportOptions {
    int indent = 2;              ///< 0: one line
    bool locations = false;      ///< add "$location": "file:line:column" to items
};

namespace detail::json_export {

class Exporter {
public:
    Exporter(std::ostream& out, const JsonExportOptions& o) : w_(out, o.indent), opt_(o) {}

    void model(const Model& m) {
        w_.begin_object();
        w_.field("toc", m.format_version);
        str("id", m.id);
        text("title", m.title);
        text("summary", m.summary);
        text("owner", m.owner);
        text("funder", m.funder);
        if (!m.languages.empty()) {
            w_.key("languages").begin_array();
            for (const auto& l : m.languages) w_.value(l);
            w_.end_array();
        }
        if (m.period) {
            w_.key("period").begin_object();
            if (m.period->from) w_.field("from", m.period->from->str());
            if (m.period->to) w_.field("to", m.period->to->str());
            w_.end_object();
        }
        str("version", m.version);
        if (m.date) w_.field("date", m.date->str());
        if (m.stage) w_.field("stage", to_string(*m.stage));
        list("sources", m.sources, [&](const Source& s) {
            common_head(s);
            text("title", s.title);
            text("description", s.description);
            citations(s.sources);
            text("author", s.author);
            if (s.year) w_.field("year", *s.year);
            str("url", s.url);
            text("publisher", s.publisher);
            text("type", s.type);
        });
        list("sites", m.sites, [&](const Site& s) {
            common_head(s);
            text("label", s.label);
            text("description", s.description);
            citations(s.sources);
        });
        list("actors", m.actors, [&](const Actor& a) {
            common_head(a);
            text("label", a.label);
            text("description", a.description);
            citations(a.sources);
            if (a.role) w_.field("role", to_string(*a.role));
            if (a.level) w_.field("level", to_string(*a.level));
            ref("part_of", a.part_of);
        });
        const ElementNumbers numbers(m);
        numbers_ = &numbers;
        for (Kind k : {Kind::problem, Kind::resource, Kind::activity, Kind::output, Kind::outcome, Kind::impact,
                       Kind::context, Kind::barrier}) {
            bool any = false;
            for (const auto& e : m.elements) any = any || e.kind == k;
            if (!any) continue;
            w_.key(list_key(k)).begin_array();
            for (const auto& e : m.elements)
                if (e.kind == k) element(e);
            w_.end_array();
        }
        numbers_ = nullptr;
        list("mechanisms", m.mechanisms, [&](const Mechanism& x) {
            common_head(x);
            text("label", x.label);
            text("description", x.description);
            citations(x.sources);
            refs("contexts", x.contexts);
            if (x.status) w_.field("status", to_string(*x.status));
        });
        list("assumptions", m.assumptions, [&](const Assumption& x) {
            common_head(x);
            text("text", x.text);
            text("description", x.description);
            citations(x.sources);
            if (x.type) w_.field("type", to_string(*x.type));
            if (x.risk) w_.field("risk", to_string(*x.risk));
            if (x.status) w_.field("status", to_string(*x.status));
            text("evidence", x.evidence);
            str("code", x.code);
            // Whether it was written inline on a link is not exported: the JSON must
            // load back as a model (fuzz_json), and the format has no such key.
        });
        list("principles", m.principles, [&](const Principle& x) {
            common_head(x);
            text("label", x.label);
            text("description", x.description);
            citations(x.sources);
        });
        list("indicators", m.indicators, [&](const Indicator& x) { indicator(x); });
        list("questions", m.questions, [&](const Question& x) {
            common_head(x);
            text("text", x.text);
            text("description", x.description);
            citations(x.sources);
            refs("about", x.about);
            if (!x.methods.empty()) {
                w_.key("methods").begin_array();
                for (const auto& s : x.methods) w_.value(s);
                w_.end_array();
            }
            if (!x.criteria.empty()) {
                w_.key("criteria").begin_array();
                for (const auto c : x.criteria) w_.value(to_string(c));
                w_.end_array();
            }
            if (x.status) w_.field("status", to_string(*x.status));
            text("finding", x.finding);
        });
        list("recommendations", m.recommendations, [&](const Recommendation& x) {
            common_head(x);
            text("text", x.text);
            text("description", x.description);
            citations(x.sources);
            refs("about", x.about);
            refs("addressed_to", x.addressed_to);
        });
        if (m.diagram.direction || m.diagram.group_by || !m.diagram.show.empty()) {
            w_.key("diagram").begin_object();
            if (m.diagram.direction) w_.field("direction", to_string(*m.diagram.direction));
            if (m.diagram.group_by) w_.field("group_by", to_string(*m.diagram.group_by));
            if (!m.diagram.show.empty()) {
                w_.key("show").begin_array();
                for (const auto& s : m.diagram.show) w_.value(s);
                w_.end_array();
            }
            w_.end_object();
        }
        const auto& c = m.checks;
        if (!c.disable.empty() || !c.enable.empty() || !c.severity.empty() || c.ceiling) {
            w_.key("checks").begin_object();
            refs("disable", c.disable);
            refs("enable", c.enable);
            if (!c.severity.empty()) {
                w_.key("severity").begin_object();
                for (const auto& s : c.severity)
                    w_.field(s.rule, s.severity ? to_string(*s.severity) : std::string_view("off"));
                w_.end_object();
            }
            if (c.ceiling) w_.field("ceiling", to_string(*c.ceiling));
            w_.end_object();
        }
        extensions(m.extensions);
        w_.end_object();
    }

private:
    JsonWriter w_;
    const JsonExportOptions& opt_;
    const ElementNumbers* numbers_ = nullptr;  // of the model being written

    void str(std::string_view k, const std::string& v) {
        if (!v.empty()) w_.field(k, v);
    }
    void text(std::string_view k, const Text& t) {
        if (t.empty()) return;
        w_.key(k);
        text_value(t);
    }
    void text_value(const Text& t) {
        if (!t.localized() && t.entries().size() == 1) {
            w_.value(t.entries().front().value);
            return;
        }
        w_.begin_object();
        for (const auto& e : t.entries()) w_.field(e.language, e.value);
        w_.end_object();
    }
    void ref(std::string_view k, const Ref& r) {
        if (!r.empty()) w_.field(k, r.id);
    }
    void refs(std::string_view k, const std::vector<Ref>& rs) {
        if (rs.empty()) return;
        w_.key(k).begin_array();
        for (const auto& r : rs) w_.value(r.id);
        w_.end_array();
    }
    void citations(const std::vector<Citation>& cs) {
        if (cs.empty()) return;
        w_.key("sources").begin_array();
        for (const auto& c : cs) {
            if (c.locator.empty()) {
                w_.value(c.source.id);
            } else {
                w_.begin_object();
                w_.field("source", c.source.id);
                w_.field("locator", c.locator);
                w_.end_object();
            }
        }
        w_.end_array();
    }
    void location(const SourceLocation& l) {
        if (opt_.locations && l.known())
            w_.field("$location", l.file + ":" + std::to_string(l.line) + ":" + std::to_string(l.column));
    }
    void common_head(const ItemBase& item) {
        str("id", item.id);
        location(item.location);
    }
    template <class T, class F>
    void list(std::string_view k, const std::vector<T>& items, F each) {
        if (items.empty()) return;
        w_.key(k).begin_array();
        for (const auto& item : items) {
            w_.begin_object();
            each(item);
            extensions(item.extensions);
            w_.end_object();
        }
        w_.end_array();
    }

    /// A number as written when that is JSON, else its value.
    void number(const Number& n) {
        if (!n.text.empty() && json_number(n.text)) w_.raw_number(n.text);
        else if (n.decimals == 0 && std::fabs(n.value) < 9e15 && std::floor(n.value) == n.value)
            w_.value(static_cast<long long>(n.value));
        else w_.value(n.value);
    }
    static bool json_number(std::string_view s) {
        std::size_t i = 0;
        auto digits = [&] {
            const std::size_t start = i;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
            return i > start;
        };
        if (i < s.size() && s[i] == '-') ++i;
        if (i < s.size() && s[i] == '0') ++i;
        else if (!digits()) return false;
        if (i < s.size() && s[i] == '.') { ++i; if (!digits()) return false; }
        if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
            ++i;
            if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
            if (!digits()) return false;
        }
        return i == s.size();
    }

    void element(const Element& e) {
        w_.begin_object();
        common_head(e);
        text("label", e.label);
        text("description", e.description);
        if (e.level) w_.field("level", to_string(*e.level));
        refs("actors", e.actors);
        refs("sites", e.sites);
        citations(e.sources);
        if (e.horizon) w_.field("horizon", to_string(*e.horizon));
        if (e.result_status) w_.field("status", to_string(*e.result_status));
        if (e.activity_status) w_.field("status", to_string(*e.activity_status));
        if (e.combine) w_.field("combine", to_string(*e.combine));
        refs("uses", e.uses);
        refs("principles", e.principles);
        refs("addresses", e.addresses);
        ref("replaced_by", e.replaced_by);
        if (e.role) w_.field("role", to_string(*e.role));
        refs("assumptions", e.assumptions);
        if (!e.evaluated) w_.field("evaluated", false);
        if (numbers_) str("code", numbers_->of(e));
        ref("part_of", e.part_of);
        if (e.overview) w_.field("overview", *e.overview);
        for (LinkType t : link_types) {
            bool any = false;
            for (const auto& l : e.links) any = any || l.type == t;
            if (!any) continue;
            w_.key(to_string(t)).begin_array();
            for (const auto& l : e.links)
                if (l.type == t) link(l);
            w_.end_array();
        }
        extensions(e.extensions);
        w_.end_object();
    }

    void link(const Link& l) {
        w_.begin_object();
        w_.field("to", l.to.id);
        str("id", l.id);
        location(l.location);
        refs("via", l.via);
        refs("assumptions", l.assumptions);
        text("rationale", l.rationale);
        if (l.evidence) w_.field("evidence", to_string(*l.evidence));
        text("evidence_note", l.evidence_note);
        if (l.confidence) w_.field("confidence", *l.confidence);
        citations(l.sources);
        text("description", l.description);
        extensions(l.extensions);
        w_.end_object();
    }

    void indicator(const Indicator& x) {
        common_head(x);
        text("label", x.label);
        text("description", x.description);
        citations(x.sources);
        if (x.measures.size() == 1) ref("measures", x.measures.front());
        else refs("measures", x.measures);
        if (x.unit) w_.field("unit", to_string(*x.unit));
        str("currency", x.currency);
        if (x.direction) w_.field("direction", to_string(*x.direction));
        text("population", x.population);
        text("threshold", x.threshold);
        text("source", x.source);
        text("frequency", x.frequency);
        if (x.controllable) w_.field("controllable", *x.controllable);
        if (x.baseline.size() == 1) {
            w_.key("baseline");
            measurement(x.baseline.front());
        } else if (!x.baseline.empty()) {
            w_.key("baseline").begin_array();
            for (const auto& m : x.baseline) measurement(m);
            w_.end_array();
        }
        if (!x.targets.empty()) {
            w_.key("targets").begin_array();
            for (const auto& m : x.targets) measurement(m);
            w_.end_array();
        }
        if (!x.measurements.empty()) {
            w_.key("measurements").begin_array();
            for (const auto& m : x.measurements) measurement(m);
            w_.end_array();
        }
    }

    void measurement(const Measurement& m) {
        w_.begin_object();
        if (m.date) w_.field("date", m.date->str());
        location(m.location);
        if (m.value) { w_.key("value"); number(*m.value); }
        else if (!m.text_value.empty()) { w_.key("value"); text_value(m.text_value); }
        ref("site", m.site);
        if (m.numerator) { w_.key("numerator"); number(*m.numerator); }
        if (m.denominator) { w_.key("denominator"); number(*m.denominator); }
        if (m.n) { w_.key("n"); number(*m.n); }
        if (m.eligible) { w_.key("eligible"); number(*m.eligible); }
        if (!m.distribution.empty()) {
            w_.key("distribution").begin_object();
            for (const auto& c : m.distribution) { w_.key(c.answer); number(c.count); }
            w_.end_object();
        }
        text("source", m.source);
        text("note", m.note);
        extensions(m.extensions);
        w_.end_object();
    }

    void extensions(const std::vector<Extension>& xs) {
        for (const auto& x : xs) {
            if (x.nodes.empty()) continue;
            w_.key(x.key);
            extension_node(x, 0);
        }
    }
    void extension_node(const Extension& x, std::size_t i) {
        const ExtensionNode& n = x.nodes[i];
        switch (n.type) {
            case ExtensionNode::Type::null: w_.null(); break;
            case ExtensionNode::Type::scalar: w_.value(n.value); break;
            case ExtensionNode::Type::alias:
                w_.begin_object().field("$alias", n.value).end_object();
                break;
            case ExtensionNode::Type::sequence:
                w_.begin_array();
                for (auto c : n.children) if (c < x.nodes.size() && c != i) extension_node(x, c);
                w_.end_array();
                break;
            case ExtensionNode::Type::map:
                w_.begin_object();
                for (std::size_t k = 0; k + 1 < n.children.size(); k += 2) {
                    const auto key = n.children[k], value = n.children[k + 1];
                    if (key >= x.nodes.size() || value >= x.nodes.size() || value == i) continue;
                    w_.key(x.nodes[key].value);
                    extension_node(x, value);
                }
                w_.end_object();
                break;
        }
    }
};

}  // namespace detail::json_export

/// Writes the whole model as JSON to a stream.
inline void write_json(std::ostream& out, const Model& model, const JsonExportOptions& options = {}) {
    detail::json_export::Exporter(out, options).model(model);
    out << '\n';
}

/// The whole model as JSON text.
[[nodiscard]] inline std::string to_json(const Model& model, const JsonExportOptions& options = {}) {
    std::ostringstream s;
    write_json(s, model, options);
    return s.str();
}

}  // namespace toc
