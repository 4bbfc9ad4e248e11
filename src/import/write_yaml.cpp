// The importers' shared parts: located diagnostics, readable unique ids and
// the YAML writer.

#include <algorithm>
#include <cctype>

#include "importer.hpp"
#include "toc/detail/utf8.hpp"
#include "toc/model/references.hpp"

namespace toc::import_detail {

SourceLocation Sink::at(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    if (line_starts_.empty()) {
        line_starts_.push_back(0);
        for (std::size_t i = 0; i < text_.size(); ++i)
            if (text_[i] == '\n') line_starts_.push_back(i + 1);
    }
    const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const std::size_t line_start = *(next - 1);
    const auto line = static_cast<int>(next - line_starts_.begin());
    return {file_, line, static_cast<int>(detail::columns(text_.substr(line_start, offset - line_start))) + 1};
}

void Sink::error(const ImportCode& code, SourceLocation where, std::string message, std::string subject) {
    ++errors_;
    out_.push_back({std::string(code.code), std::string(code.name), Severity::error, std::move(where),
                    std::move(message), std::move(subject)});
}

void Sink::warning(SourceLocation where, std::string message, std::string subject) {
    out_.push_back({std::string(import_code::changed.code), std::string(import_code::changed.name), Severity::warning,
                    std::move(where), std::move(message), std::move(subject)});
}

std::string IdMaker::make(std::string_view wish, std::string_view prefix, bool keep_valid) {
    if (keep_valid && wish.size() <= 100 && valid_id(wish) && !used_.count(std::string(wish))) {
        used_.insert(std::string(wish));
        return std::string(wish);
    }
    static constexpr std::pair<std::string_view, std::string_view> letters[]{
        {"å", "a"}, {"ä", "a"}, {"ö", "o"}, {"Å", "a"}, {"Ä", "a"}, {"Ö", "o"}, {"é", "e"}, {"è", "e"},
        {"ü", "u"}, {"ø", "o"}, {"Ø", "o"}, {"æ", "ae"}, {"Æ", "ae"}, {"ß", "ss"}, {"á", "a"}, {"ó", "o"}};
    std::string folded;
    for (std::size_t i = 0; i < wish.size(); ++i) {
        bool replaced = false;
        for (const auto& [from, to] : letters)
            if (wish.substr(i, from.size()) == from) {
                folded += to;
                i += from.size() - 1;
                replaced = true;
                break;
            }
        if (!replaced) folded += wish[i];
    }
    std::string id;
    for (char c : folded) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || c == '_' || c == '-' || c == '.') id += static_cast<char>(std::tolower(u));
        else if (!id.empty() && id.back() != '_') id += '_';
        if (id.size() >= 40) {
            // a long title: up to the last whole word
            if (const auto cut = id.rfind('_'); cut != std::string::npos && cut >= 16) id.resize(cut);
            break;
        }
    }
    while (!id.empty() && (id.back() == '_' || id.back() == '.' || id.back() == '-')) id.pop_back();
    if (id.empty() || !std::isalpha(static_cast<unsigned char>(id.front()))) id = std::string(prefix) + (id.empty() ? "" : "_" + id);
    if (!valid_id(id)) id = std::string(prefix);
    std::string unique = id;
    for (int n = 2; used_.count(unique); ++n) unique = id + "_" + std::to_string(n);
    used_.insert(unique);
    return unique;
}

std::string file_stem(std::string_view name) {
    const auto slash = name.find_last_of("/\\");
    if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
    const auto dot = name.rfind('.');
    if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
    return std::string(name);
}

void merge_link(Sink& sink, Link& kept, const Link& again, SourceLocation where, const std::string& from,
                const std::string& to) {
    if (again.confidence && kept.confidence && *again.confidence != *kept.confidence) {
        std::string message = "the link from '";
        message.append(from).append("' to '").append(to).append("' is given the confidence ");
        message.append(std::to_string(*again.confidence)).append(" here and ").append(std::to_string(*kept.confidence));
        message.append(" at line ").append(std::to_string(kept.location.line));
        message.append("; one link has one confidence, so ").append(std::to_string(*kept.confidence)).append(" is kept");
        sink.warning(std::move(where), std::move(message), from);
    } else if (again.confidence) {
        kept.confidence = again.confidence;
    }
    for (const auto& entry : again.evidence_note.entries()) {
        std::string joined = kept.evidence_note.in(entry.language);
        if (joined.find(entry.value) != std::string::npos) continue;
        if (!joined.empty()) joined.append("\n\n");
        kept.evidence_note.set(entry.language, joined.append(entry.value));
    }
}

void add_inline_assumption(Model& m, Link& link, std::string text) {
    std::size_t n = 1;
    for (const auto& r : link.assumptions)
        for (const auto& a : m.assumptions)
            if (a.id == r.id && a.written_on_link) ++n;
    Assumption a;
    a.id = (link.id.empty() ? link.from.id + "." + (link.type == LinkType::leads_to ? "" : std::string(to_string(link.type)) + ".") + link.to.id
                            : link.id) +
           ".a" + std::to_string(n);
    a.text = Text(std::move(text));
    a.written_on_link = true;
    link.assumptions.emplace_back(a.id);
    m.assumptions.push_back(std::move(a));
}

namespace {

bool reserved_word(std::string_view s) {
    std::string lower;
    for (char c : s) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::string_view w : {"true", "false", "null", "yes", "no", "on", "off", "y", "n", "~", ".nan", ".inf"})
        if (lower == w) return true;
    return false;
}

/// A scalar as a person writes it: plain when YAML reads it back as the same
/// text, otherwise double-quoted.
std::string scalar(std::string_view s) {
    bool plain = !s.empty() && s.front() != ' ' && s.back() != ' ' && s.back() != ':' && !reserved_word(s) &&
                 std::string_view("-?:,[]{}#&*!|>'\"%@`.+0123456789").find(s.front()) == std::string_view::npos &&
                 s.find(": ") == std::string_view::npos && s.find(" #") == std::string_view::npos;
    for (char c : s) plain = plain && static_cast<unsigned char>(c) >= 0x20 && c != 0x7F;
    // line breaks YAML knows besides \n (NEL, LS, PS) and the byte-order mark: escaped
    static constexpr std::pair<std::string_view, std::string_view> special[]{
        {"\xC2\x85", "\\N"}, {"\xE2\x80\xA8", "\\L"}, {"\xE2\x80\xA9", "\\P"}, {"\xEF\xBB\xBF", "\\uFEFF"}};
    for (const auto& [bytes, escape] : special) plain = plain && s.find(bytes) == std::string_view::npos;
    if (plain) return std::string(s);
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        bool escaped = false;
        for (const auto& [bytes, escape] : special)
            if (s.substr(i, bytes.size()) == bytes) {
                out += escape;
                i += bytes.size() - 1;
                escaped = true;
                break;
            }
        if (escaped) continue;
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
                    static constexpr char hex[] = "0123456789abcdef";
                    out += "\\x";
                    out += hex[(static_cast<unsigned char>(c) >> 4) & 0xF];
                    out += hex[static_cast<unsigned char>(c) & 0xF];
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

class Writer {
public:
    explicit Writer(const Model& m) : m_(m) {}

    std::string write(const std::vector<std::string>& comments) {
        out_ += "toc: 1\nid: " + scalar(m_.id) + "\ntitle: " + scalar(m_.title.str()) + "\n";
        for (const auto& c : comments) out_ += c.empty() ? "#\n" : "# " + c + "\n";
        for (Kind k : element_kinds) {
            const auto list = m_.elements_of(k);
            if (list.empty()) continue;
            out_ += std::string(list_key(k)) + ":\n";
            for (const Element* e : list) element(*e);
        }
        bool any = false;
        for (const auto& a : m_.assumptions) {
            if (a.written_on_link) continue;
            if (!any) out_ += "assumptions:\n";
            any = true;
            out_ += "  - id: " + scalar(a.id) + "\n";
            text_key("text", a.text, 4);
        }
        if (!m_.indicators.empty()) out_ += "indicators:\n";
        for (const auto& x : m_.indicators) indicator(x);
        return std::move(out_);
    }

private:
    void text_key(std::string_view key, const Text& t, int indent) {
        if (t.empty()) return;
        out_ += std::string(static_cast<std::size_t>(indent), ' ') + std::string(key) + ": " + scalar(t.str()) + "\n";
    }

    void element(const Element& e) {
        out_ += "  - id: " + scalar(e.id) + "\n";
        text_key("label", e.label, 4);
        text_key("description", e.description, 4);
        if (e.horizon) out_ += "    horizon: " + std::string(to_string(*e.horizon)) + "\n";
        if (!e.assumptions.empty()) {
            out_ += "    assumptions: [";
            for (std::size_t i = 0; i < e.assumptions.size(); ++i) out_ += (i ? ", " : "") + scalar(e.assumptions[i].id);
            out_ += "]\n";
        }
        for (LinkType t : link_types) {
            bool any = false;
            for (const auto& l : e.links) {
                if (l.type != t) continue;
                if (!any) out_ += "    " + std::string(to_string(t)) + ":\n";
                any = true;
                link(l);
            }
        }
    }

    void link(const Link& l) {
        if (!l.confidence && l.evidence_note.empty() && l.assumptions.empty() && l.id.empty()) {
            out_ += "      - " + scalar(l.to.id) + "\n";
            return;
        }
        out_ += "      - to: " + scalar(l.to.id) + "\n";
        if (!l.id.empty()) out_ += "        id: " + scalar(l.id) + "\n";
        if (l.confidence) out_ += "        confidence: " + std::to_string(*l.confidence) + "\n";
        text_key("evidence_note", l.evidence_note, 8);
        if (l.assumptions.empty()) return;
        out_ += "        assumptions:\n";
        for (const auto& r : l.assumptions) {
            const Assumption* a = nullptr;
            for (const auto& x : m_.assumptions)
                if (x.id == r.id) a = &x;
            if (a && a->written_on_link) out_ += "          - text: " + scalar(a->text.str()) + "\n";
            else out_ += "          - " + scalar(r.id) + "\n";
        }
    }

    void measurement(const Measurement& x, int indent) {
        const std::string pad(static_cast<std::size_t>(indent), ' ');
        if (x.date) out_ += pad + "date: " + x.date->str() + "\n";
        if (x.value) out_ += pad + "value: " + x.value->str() + "\n";
        else out_ += pad + "value: " + scalar(x.text_value.str()) + "\n";
    }

    void indicator(const Indicator& x) {
        out_ += "  - id: " + scalar(x.id) + "\n";
        text_key("label", x.label, 4);
        if (!x.measures.empty()) out_ += "    measures: " + scalar(x.measures.front().id) + "\n";
        text_key("source", x.source, 4);
        if (!x.baseline.empty()) {
            out_ += "    baseline:\n";
            measurement(x.baseline.front(), 6);
        }
        if (!x.targets.empty()) out_ += "    targets:\n";
        for (const auto& t : x.targets) {
            out_ += "      - ";
            const auto before = out_.size();
            measurement(t, 8);
            out_.erase(before, 8);  // the first key sits after "- "
        }
    }

    const Model& m_;
    std::string out_;
};

}  // namespace

std::string write_yaml(const Model& m, const std::vector<std::string>& comments) { return Writer(m).write(comments); }

}  // namespace toc::import_detail
