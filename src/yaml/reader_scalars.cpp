// Reader: node access, diagnostics, scalars (core schema), references, extensions.

#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <sstream>
#include <unordered_set>

#include "reader.hpp"
#include "toc/load/format_keys.hpp"
#include "toc/detail/blank.hpp"
#include "toc/detail/suggest.hpp"
#include "toc/model/references.hpp"

namespace toc::yaml_detail {

using detail::nearest;

std::string shorten(std::string_view s) {
    constexpr std::size_t max = 40;
    std::string r;
    for (char c : s.substr(0, max)) r.push_back(c == '\n' ? ' ' : c);
    if (s.size() > max) {
        // do not cut a UTF-8 sequence in half
        while (!r.empty() && (static_cast<unsigned char>(r.back()) & 0xC0) == 0x80) r.pop_back();
        if (!r.empty() && (static_cast<unsigned char>(r.back()) & 0x80)) r.pop_back();
        r += "…";
    }
    return r;
}

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// YAML 1.2 core schema: is this plain scalar a number? Fills value and decimals.
bool core_number(std::string_view s, double& value, int& decimals, bool& finite) {
    finite = true;
    if (s.empty()) return false;
    std::string_view body = s;
    bool negative = false;
    if (body.front() == '+' || body.front() == '-') {
        negative = body.front() == '-';
        body.remove_prefix(1);
    }
    if (body == ".inf" || body == ".Inf" || body == ".INF") {
        finite = false;
        value = negative ? -INFINITY : INFINITY;
        return true;
    }
    if (s == ".nan" || s == ".NaN" || s == ".NAN") {
        finite = false;
        value = NAN;
        return true;
    }
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'o')) {
        const int base = s[1] == 'x' ? 16 : 8;
        std::string digits(s.substr(2));
        for (char c : digits) {
            const bool ok = base == 16 ? std::isxdigit(static_cast<unsigned char>(c)) != 0 : (c >= '0' && c <= '7');
            if (!ok) return false;
        }
        value = static_cast<double>(std::strtoull(digits.c_str(), nullptr, base));
        decimals = 0;
        return true;
    }
    // [0-9]+ ( . [0-9]* )? | . [0-9]+ ; then ( [eE] [-+]? [0-9]+ )?
    std::size_t i = 0, int_digits = 0, frac_digits = 0;
    while (i < body.size() && is_digit(body[i])) ++i, ++int_digits;
    if (i < body.size() && body[i] == '.') {
        ++i;
        while (i < body.size() && is_digit(body[i])) ++i, ++frac_digits;
    }
    if (int_digits == 0 && frac_digits == 0) return false;
    long exponent = 0;
    if (i < body.size() && (body[i] == 'e' || body[i] == 'E')) {
        ++i;
        bool exp_negative = false;
        if (i < body.size() && (body[i] == '+' || body[i] == '-')) exp_negative = body[i++] == '-';
        std::size_t exp_digits = 0;
        while (i < body.size() && is_digit(body[i])) {
            if (exponent < 100000) exponent = exponent * 10 + (body[i] - '0');
            ++i, ++exp_digits;
        }
        if (exp_digits == 0) return false;
        if (exp_negative) exponent = -exponent;
    }
    if (i != body.size()) return false;
    const std::string text(s);
    value = std::strtod(text.c_str(), nullptr);
    finite = std::isfinite(value);
    const long d = static_cast<long>(frac_digits) - exponent;
    decimals = static_cast<int>(std::clamp<long>(d, 0, 30));
    return true;
}

}  // namespace

bool valid_language_tag(std::string_view s) {
    // BCP 47, loosely: a 2–3 letter primary subtag, then -subtags of letters and digits
    std::size_t i = 0;
    while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))) ++i;
    if (i < 2 || i > 3) return false;
    while (i < s.size()) {
        if (s[i] != '-') return false;
        std::size_t j = ++i;
        while (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j]))) ++j;
        if (j == i || j - i > 8) return false;
        i = j;
    }
    return true;
}



std::string with_article(std::string_view noun) {
    if (noun.empty()) return {};
    const char c = noun.front();
    const bool vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    return std::string(vowel ? "an " : "a ") + std::string(noun);
}

Reader::Reader(const YDocument& doc, const SourceText& source, std::string file, std::vector<Diagnostic>& out)
    : doc_(doc), source_(source), file_(std::move(file)), out_(out), budget_(doc.nodes.size() * 4 + 100000) {}

const YNode* Reader::deref(NodeIndex i) {
    if (exhausted_ || i == no_node) return nullptr;
    if (budget_ == 0) {
        exhausted_ = true;
        error(loader_code::yaml_syntax, loc(i),
              "the YAML aliases expand to far more content than the file holds (an alias bomb?); "
              "write the content out instead of nesting aliases");
        return nullptr;
    }
    --budget_;
    const YNode* n = &doc_.nodes[i];
    if (n->type == YNode::Type::alias) {
        if (n->target == no_node) return nullptr;
        n = &doc_.nodes[n->target];
        // an aliased scalar is copied where it is used: its bytes count too
        const std::size_t cost = n->value.size() / 64;
        if (cost >= budget_) {
            budget_ = 0;
            return deref(i);  // reports the bomb
        }
        budget_ -= cost;
    }
    return n;
}

SourceLocation Reader::loc(NodeIndex i) const {
    if (i == no_node || i >= doc_.nodes.size()) return {file_, 1, 1};
    return {file_, doc_.nodes[i].line, doc_.nodes[i].column};
}

std::string Reader::decimal_comma_split(NodeIndex value, NodeIndex key) const {
    if (value >= doc_.nodes.size() || key >= doc_.nodes.size()) return {};
    const YNode& v = doc_.nodes[value];
    const YNode& k = doc_.nodes[key];
    auto digits = [](std::string_view s, bool sign) {
        if (sign && !s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);
        return !s.empty() && s.size() <= 40 && s.find_first_not_of("0123456789") == std::string_view::npos;
    };
    if (v.type != YNode::Type::scalar || k.type != YNode::Type::scalar || !v.plain || !k.plain) return {};
    if (!digits(v.value, true) || !digits(k.value, false)) return {};
    // the key starts right after "<value>," on the same line (columns count characters; these are ASCII)
    if (k.line != v.line || k.column != v.column + static_cast<int>(v.value.size()) + 1) return {};
    const std::string written = v.value + "," + k.value;
    std::string message = "'" + written + "' is read as the number " + v.value + " followed by a key '" + k.value +
                          "' (a comma separates entries in { }); write " + v.value + "." + k.value + " with a decimal point";
    if (k.value.size() == 3) message += ", or " + v.value + k.value + " if the comma groups thousands";
    return message;
}

std::string_view Reader::type_name(const YNode& n) const {
    switch (n.type) {
        case YNode::Type::null: return "nothing";
        case YNode::Type::scalar: return "text";
        case YNode::Type::sequence: return "a list";
        case YNode::Type::map: return "a mapping";
        case YNode::Type::alias: return "an alias";
    }
    return "something else";
}

Diagnostic* Reader::error(const LoaderCode& code, const SourceLocation& where, std::string message,
                          std::string_view subject) {
    // bounded while generating: a hostile file cannot make the messages themselves huge
    if (out_.size() >= max_diagnostics || message_bytes_ > (64u << 20)) {
        ++dropped_;
        return nullptr;
    }
    if (subject.size() > 200) subject = subject.substr(0, 200);
    message_bytes_ += message.size() + subject.size();
    out_.push_back(loader_error(code, where, std::move(message), std::string(subject)));
    return &out_.back();
}

void Reader::add_fix(Diagnostic* d, const SourceLocation& at, std::string_view value,
                     std::string_view replacement) const {
    if (!d || replacement.empty()) return;
    if (auto fix = source_.replace_scalar(at, value, replacement)) d->fixes.push_back(std::move(*fix));
}

void Reader::wrong_type(NodeIndex i, std::string_view expected, std::string_view key, std::string_view subject) {
    const YNode* n = deref(i);
    if (!n) return;
    std::ostringstream m;
    m << "'" << key << "' must be " << expected << "; found ";
    if (n->type == YNode::Type::scalar)
        m << "the text '" << shorten(n->value) << "'";
    else
        m << type_name(*n);
    if (n->type == YNode::Type::scalar && expected.find("list") != std::string_view::npos &&
        expected.find("list") < 3)
        m << " (write it as a list: [" << shorten(n->value) << "])";
    error(loader_code::wrong_type, loc(i), m.str(), subject);
}

bool Reader::for_each_entry(NodeIndex map, std::string_view context, const std::vector<std::string_view>& known,
                            std::vector<Extension>* extensions, const Entry& on_entry, std::string_view subject,
                            const std::vector<std::pair<std::string_view, std::string_view>>& elsewhere) {
    const YNode* n = deref(map);
    if (!n) return false;
    if (n->type != YNode::Type::map) {
        error(loader_code::wrong_type, loc(map), std::string(context) + " must be a mapping of keys (id: ..., label: ...); found " +
                                      (n->type == YNode::Type::scalar ? "the text '" + shorten(n->value) + "'"
                                                                      : std::string(type_name(*n))),
              subject);
        return false;
    }
    const auto& kids = n->children;
    std::unordered_set<std::string_view> keys_here;  // filled at the first fix-it
    for (std::size_t k = 0; k + 1 < kids.size(); k += 2) {
        if (exhausted_) return false;
        const YNode* key = deref(kids[k]);
        if (!key) return false;
        const SourceLocation key_loc = loc(kids[k]);
        if (key->type != YNode::Type::scalar) {
            error(loader_code::wrong_type, key_loc, "keys must be plain words such as 'id' or 'label'; found " +
                                         std::string(type_name(*key)) + " as a key in " + std::string(context),
                  subject);
            continue;
        }
        const std::string_view name = key->value;
        if (name.size() > 2 && name.substr(0, 2) == "x-") {
            if (extensions) extensions->push_back(read_extension(name, kids[k + 1], key_loc));
            continue;
        }
        bool is_known = false;
        for (auto kk : known)
            if (kk == name) { is_known = true; break; }
        if (!is_known) {
            std::string message = "unknown key '" + shorten(name) + "' in " + std::string(context);
            std::string_view belongs;
            std::string fix;  // the certain did-you-mean
            for (const auto& [k2, where] : elsewhere)
                if (k2 == name) belongs = where;
            const std::string comma = k >= 2 ? decimal_comma_split(kids[k - 1], kids[k]) : std::string();
            if (!comma.empty()) {
                message += ": " + comma;
            } else if (name == "<<") {
                message += ": '<<' is YAML 1.1's merge key, which YAML 1.2 and toc do not have; "
                           "write the keys out (an alias may stand for each value)";
            } else if (!belongs.empty()) {
                message += " ('" + std::string(name) + "' belongs to " + std::string(belongs) + ")";
            } else {
                const std::string near = nearest(name, known);
                if (!near.empty())
                    message += "; did you mean '" + near + "'?";
                else
                    message += "; extension keys start with 'x-'";
                fix = certain_nearest(name, known);
                if (!fix.empty()) {  // no fix that would write a key twice
                    if (keys_here.empty())
                        for (std::size_t j = 0; j + 1 < kids.size(); j += 2) keys_here.insert(doc_.nodes[kids[j]].value);
                    if (keys_here.count(fix)) fix.clear();
                }
            }
            add_fix(error(loader_code::unknown_key, key_loc, message, subject), key_loc, name, fix);
            continue;
        }
        on_entry(name, kids[k + 1], key_loc);
    }
    return true;
}

bool Reader::for_each_item(NodeIndex seq, std::string_view key, const std::function<void(NodeIndex)>& on_item,
                           std::string_view subject) {
    const YNode* n = deref(seq);
    if (!n) return false;
    if (n->type == YNode::Type::null) return true;  // `key:` with nothing: an empty list
    if (n->type != YNode::Type::sequence) {
        wrong_type(seq, "a list", key, subject);
        return false;
    }
    for (NodeIndex item : n->children) {
        if (exhausted_) return false;
        on_item(item);
    }
    return true;
}

std::optional<std::string> Reader::read_string(NodeIndex i, std::string_view key, std::string_view subject) {
    const YNode* n = deref(i);
    if (!n) return std::nullopt;
    if (n->type != YNode::Type::scalar) {
        wrong_type(i, "text", key, subject);
        return std::nullopt;
    }
    return n->value;
}

Text Reader::read_text(NodeIndex i, std::string_view key, std::string_view subject) {
    const YNode* n = deref(i);
    if (!n) return {};
    if (n->type == YNode::Type::scalar) return Text(n->value);
    if (n->type != YNode::Type::map) {
        wrong_type(i, "text, or a mapping from language to text ({sv: ..., en: ...})", key, subject);
        return {};
    }
    Text t;
    const auto& kids = n->children;
    for (std::size_t k = 0; k + 1 < kids.size(); k += 2) {
        const YNode* lang = deref(kids[k]);
        const YNode* value = deref(kids[k + 1]);
        if (!lang || !value) return t;
        if (lang->type != YNode::Type::scalar || !valid_language_tag(lang->value)) {
            error(loader_code::invalid_value, loc(kids[k]),
                  "'" + (lang->type == YNode::Type::scalar ? shorten(lang->value) : std::string(type_name(*lang))) +
                      "' is not a language tag in '" + std::string(key) + "'; use tags such as sv or en",
                  subject);
            continue;
        }
        if (value->type != YNode::Type::scalar) {
            wrong_type(kids[k + 1], "text", std::string(key) + "." + lang->value, subject);
            continue;
        }
        t.set(lang->value, value->value);
    }
    return t;
}


Text Reader::read_required_text(NodeIndex i, std::string_view key, std::string_view subject) {
    Text t = read_text(i, key, subject);
    const YNode* n = deref(i);
    if (!n) return t;
    const std::string what = "'" + std::string(key) + "'";
    if (n->type == YNode::Type::scalar) {
        if (detail::blank(n->value))
            error(loader_code::missing_required, loc(i), what + " is empty; write it (an empty " + std::string(key) +
                                        " shows as nothing in diagrams and findings)", subject);
        return t;
    }
    if (n->type != YNode::Type::map) return t;
    // through an alias, report where the alias is written (each use once), not in the anchored map
    const bool aliased = i < doc_.nodes.size() && doc_.nodes[i].type == YNode::Type::alias;
    const auto& kids = n->children;
    if (kids.empty()) {
        error(loader_code::missing_required, loc(i), what + " is an empty mapping; write the text, in one language or several ({sv: ..., en: ...})",
              subject);
        return t;
    }
    for (std::size_t k = 0; k + 1 < kids.size(); k += 2) {
        // read_text has followed these already (and charged the alias budget): look, do not follow again
        const YNode* lang = &doc_.nodes[kids[k]];
        const YNode* value = &doc_.nodes[kids[k + 1]];
        if (lang->type != YNode::Type::scalar || !valid_language_tag(lang->value)) continue;  // reported by read_text
        if (value->type != YNode::Type::scalar || !detail::blank(value->value)) continue;
        error(loader_code::invalid_value, aliased ? loc(i) : loc(kids[k + 1]),
              "the '" + lang->value + "' text of " + what + " is empty; write it, or leave '" + lang->value +
                  "' out so that another language is shown",
              subject);
    }
    return t;
}

std::optional<Number> Reader::read_number(NodeIndex i, std::string_view key, std::string_view subject) {
    const YNode* n = deref(i);
    if (!n) return std::nullopt;
    if (n->type == YNode::Type::scalar) {
        double v = 0;
        int decimals = 0;
        bool finite = true;
        if (n->plain && core_number(n->value, v, decimals, finite)) {
            if (!finite) {
                error(loader_code::invalid_value, loc(i), "'" + std::string(key) + "' is " + n->value + "; a number here must be finite",
                      subject);
                return std::nullopt;
            }
            Number num(v, decimals);
            num.text = n->value;
            return num;
        }
        std::string hint;
        if (n->value.find(',') != std::string::npos) {
            double dummy = 0;
            int dd = 0;
            bool f = true;
            std::string dotted = n->value;
            for (auto& c : dotted) if (c == ',') c = '.';
            if (core_number(dotted, dummy, dd, f)) hint = " (write " + dotted + " with a decimal point)";
        } else if (!n->plain) {
            hint = " (remove the quotes)";
        }
        error(loader_code::wrong_type, loc(i), "'" + std::string(key) + "' must be a number; found the text '" + shorten(n->value) +
                                    "'" + hint, subject);
        return std::nullopt;
    }
    wrong_type(i, "a number", key, subject);
    return std::nullopt;
}

std::optional<int> Reader::read_int(NodeIndex i, std::string_view key, std::string_view subject) {
    auto num = read_number(i, key, subject);
    if (!num) return std::nullopt;
    if (num->decimals != 0 || std::fabs(num->value) > 1e9) {
        error(loader_code::invalid_value, loc(i), "'" + std::string(key) + "' must be a whole number; found " + num->text, subject);
        return std::nullopt;
    }
    return static_cast<int>(num->value);
}

std::optional<bool> Reader::read_bool(NodeIndex i, std::string_view key, std::string_view subject) {
    const YNode* n = deref(i);
    if (!n) return std::nullopt;
    if (n->type == YNode::Type::scalar && n->plain) {
        const auto& v = n->value;
        if (v == "true" || v == "True" || v == "TRUE") return true;
        if (v == "false" || v == "False" || v == "FALSE") return false;
    }
    if (n->type == YNode::Type::scalar) {
        std::string hint;
        const auto& v = n->value;
        if (v == "yes" || v == "no" || v == "Yes" || v == "No" || v == "on" || v == "off")
            hint = " ('" + v + "' is text in YAML 1.2)";
        error(loader_code::wrong_type, loc(i), "'" + std::string(key) + "' must be true or false; found '" + shorten(v) + "'" + hint,
              subject);
        return std::nullopt;
    }
    wrong_type(i, "true or false", key, subject);
    return std::nullopt;
}

std::optional<Date> Reader::read_date(NodeIndex i, std::string_view key, std::string_view subject) {
    const YNode* n = deref(i);
    if (!n) return std::nullopt;
    if (n->type != YNode::Type::scalar) {
        wrong_type(i, "a date (YYYY, YYYY-MM or YYYY-MM-DD)", key, subject);
        return std::nullopt;
    }
    if (auto d = Date::parse(n->value)) return d;
    error(loader_code::invalid_value, loc(i), "'" + shorten(n->value) + "' is not a date; '" + std::string(key) +
                                "' takes YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2021-11)", subject);
    return std::nullopt;
}

namespace {

/// Words people write for the values of an enumeration ("medium" for a
/// horizon), under the key they are written at, each with the value it means.
/// A synonym is reported with a certain fix-it.
struct Synonym {
    std::string_view key, word, value;
};
constexpr std::array<Synonym, 40> synonyms{{
    {"horizon", "short_term", "short"}, {"horizon", "shortterm", "short"}, {"horizon", "immediate", "short"},
    {"horizon", "early", "short"}, {"horizon", "medium", "intermediate"}, {"horizon", "mid", "intermediate"},
    {"horizon", "mid_term", "intermediate"}, {"horizon", "midterm", "intermediate"},
    {"horizon", "medium_term", "intermediate"}, {"horizon", "long_term", "long"}, {"horizon", "longterm", "long"},
    {"horizon", "ultimate", "long"},
    {"ceiling", "outputs", "output"}, {"ceiling", "short_term", "short"}, {"ceiling", "medium", "intermediate"},
    {"ceiling", "mid", "intermediate"}, {"ceiling", "mid_term", "intermediate"},
    {"ceiling", "medium_term", "intermediate"}, {"ceiling", "long_term", "long"}, {"ceiling", "impacts", "impact"},
    {"evidence", "low", "weak"}, {"evidence", "medium", "moderate"}, {"evidence", "high", "strong"},
    {"evidence", "no", "none"},
    {"risk", "moderate", "medium"}, {"risk", "mid", "medium"}, {"risk", "severe", "high"},
    {"level", "organization", "organisation"}, {"level", "organisational", "organisation"},
    {"level", "organizational", "organisation"}, {"level", "systemic", "system"}, {"level", "personal", "individual"},
    {"direction", "up", "increase"}, {"direction", "down", "decrease"}, {"direction", "reduce", "decrease"},
    {"direction", "keep", "maintain"},
    {"confidence", "moderate", "medium"}, {"confidence", "mid", "medium"}, {"confidence", "weak", "low"},
    {"confidence", "strong", "high"},
}};

/// The value a synonym means at this key, or empty: compared without case,
/// with '-' and ' ' read as '_'.
std::string_view synonym_of(std::string_view key, std::string_view written) {
    std::string folded;
    for (char c : written)
        folded += c == '-' || c == ' ' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const Synonym& s : synonyms)
        if (s.key == key && s.word == folded) return s.value;
    return {};
}

}  // namespace

template <class E>
std::optional<E> Reader::read_enum(NodeIndex i, std::string_view key, std::string_view subject) {
    const YNode* n = deref(i);
    if (!n) return std::nullopt;
    if (n->type != YNode::Type::scalar) {
        wrong_type(i, "one of its listed words", key, subject);
        return std::nullopt;
    }
    if (auto e = parse_enum<E>(n->value)) return e;
    const auto& names = EnumSpelling<E>::names;
    std::string allowed;
    for (std::size_t k = 0; k < names.size(); ++k) {
        if (k) allowed += k + 1 == names.size() ? " or " : ", ";
        allowed += names[k];
    }
    std::string message = "'" + shorten(n->value) + "' is not a valid '" + std::string(key) + "'; use " + allowed;
    if (const std::string_view means = synonym_of(key, n->value); !means.empty()) {
        message += " (did you mean '" + std::string(means) + "'?)";
        add_fix(error(loader_code::invalid_value, loc(i), message, subject), loc(i), n->value, means);
        return std::nullopt;
    }
    const std::string near = nearest(n->value, names);
    if (!near.empty()) message += " (did you mean '" + near + "'?)";
    add_fix(error(loader_code::invalid_value, loc(i), message, subject), loc(i), n->value, certain_nearest(n->value, names));
    return std::nullopt;
}

std::optional<int> Reader::read_confidence(NodeIndex i, std::string_view subject) {
    const YNode* n = deref(i);
    if (!n) return std::nullopt;
    if (n->type != YNode::Type::scalar) {
        wrong_type(i, "a whole number 0-100, or low, medium or high", "confidence", subject);
        return std::nullopt;
    }
    if (auto word = confidence_of_word(n->value)) return word;
    if (n->plain && !n->value.empty() && (std::isdigit(static_cast<unsigned char>(n->value[0])) || n->value[0] == '-')) {
        auto number = read_int(i, "confidence", subject);
        if (!number) return std::nullopt;
        if (*number < 0 || *number > 100) {
            error(loader_code::invalid_value, loc(i), "'confidence' is a number from 0 to 100; found " + n->value, subject);
            return std::nullopt;
        }
        return number;
    }
    static constexpr std::array<std::string_view, 3> words{"low", "medium", "high"};
    std::string message = "'" + shorten(n->value) + "' is not a valid 'confidence'; use a whole number 0-100, or low, medium or high";
    std::string_view means = synonym_of("confidence", n->value);
    const std::string near = means.empty() ? nearest(n->value, words) : std::string(means);
    if (!near.empty()) message += " (did you mean '" + near + "'?)";
    add_fix(error(loader_code::invalid_value, loc(i), message, subject), loc(i), n->value,
            means.empty() ? certain_nearest(n->value, words) : std::string(means));
    return std::nullopt;
}

// Every enumeration the reader reads.
template std::optional<Level> Reader::read_enum<Level>(NodeIndex, std::string_view, std::string_view);
template std::optional<Horizon> Reader::read_enum<Horizon>(NodeIndex, std::string_view, std::string_view);
template std::optional<Combine> Reader::read_enum<Combine>(NodeIndex, std::string_view, std::string_view);
template std::optional<ResultStatus> Reader::read_enum<ResultStatus>(NodeIndex, std::string_view, std::string_view);
template std::optional<ActivityStatus> Reader::read_enum<ActivityStatus>(NodeIndex, std::string_view, std::string_view);
template std::optional<ProblemRole> Reader::read_enum<ProblemRole>(NodeIndex, std::string_view, std::string_view);
template std::optional<Evidence> Reader::read_enum<Evidence>(NodeIndex, std::string_view, std::string_view);
template std::optional<MechanismStatus> Reader::read_enum<MechanismStatus>(NodeIndex, std::string_view, std::string_view);
template std::optional<AssumptionType> Reader::read_enum<AssumptionType>(NodeIndex, std::string_view, std::string_view);
template std::optional<Risk> Reader::read_enum<Risk>(NodeIndex, std::string_view, std::string_view);
template std::optional<AssumptionStatus> Reader::read_enum<AssumptionStatus>(NodeIndex, std::string_view, std::string_view);
template std::optional<Unit> Reader::read_enum<Unit>(NodeIndex, std::string_view, std::string_view);
template std::optional<Direction> Reader::read_enum<Direction>(NodeIndex, std::string_view, std::string_view);
template std::optional<ActorRole> Reader::read_enum<ActorRole>(NodeIndex, std::string_view, std::string_view);
template std::optional<QuestionStatus> Reader::read_enum<QuestionStatus>(NodeIndex, std::string_view, std::string_view);
template std::optional<ProgramStage> Reader::read_enum<ProgramStage>(NodeIndex, std::string_view, std::string_view);
template std::optional<DacCriterion> Reader::read_enum<DacCriterion>(NodeIndex, std::string_view, std::string_view);
template std::optional<DiagramDirection> Reader::read_enum<DiagramDirection>(NodeIndex, std::string_view, std::string_view);
template std::optional<GroupBy> Reader::read_enum<GroupBy>(NodeIndex, std::string_view, std::string_view);
template std::optional<Ceiling> Reader::read_enum<Ceiling>(NodeIndex, std::string_view, std::string_view);

std::string Reader::read_id(NodeIndex i, std::string_view subject_kind) {
    const YNode* n = deref(i);
    if (!n) return {};
    if (n->type != YNode::Type::scalar) {
        wrong_type(i, "an identifier", "id");
        return {};
    }
    if (n->value.size() > 200) {
        error(loader_code::invalid_value, loc(i), "an id of " + std::to_string(n->value.size()) +
                                    " characters is too long; ids are short names (at most 200 characters)");
        return {};
    }
    if (!valid_id(n->value)) {
        error(loader_code::invalid_value, loc(i), "'" + shorten(n->value) + "' is not a valid id for " + with_article(subject_kind) +
                                    ": an id starts with a letter and holds only letters, digits, '_', '.' and '-'");
        return {};
    }
    return n->value;
}

Ref Reader::read_ref(NodeIndex i, std::string_view key, std::string_view subject) {
    const YNode* n = deref(i);
    if (!n) return {};
    if (n->type != YNode::Type::scalar) {
        wrong_type(i, "an id", key, subject);
        return {};
    }
    if (n->value.empty()) {
        error(loader_code::invalid_value, loc(i), "'" + std::string(key) + "' names an empty id", subject);
        return {};
    }
    return Ref(n->value, loc(i));
}

std::vector<Ref> Reader::read_refs(NodeIndex i, std::string_view key, std::string_view subject) {
    std::vector<Ref> out;
    const YNode* n = deref(i);
    if (!n) return out;
    if (n->type == YNode::Type::scalar) {
        wrong_type(i, "a list of ids", key, subject);
        return out;
    }
    for_each_item(i, key, [&](NodeIndex item) {
        Ref r = read_ref(item, key, subject);
        if (!r.empty()) out.push_back(std::move(r));
    }, subject);
    return out;
}

std::vector<std::string> Reader::read_strings(NodeIndex i, std::string_view key, std::string_view subject) {
    std::vector<std::string> out;
    for_each_item(i, key, [&](NodeIndex item) {
        if (auto s = read_string(item, key, subject)) out.push_back(std::move(*s));
    }, subject);
    return out;
}

std::vector<Citation> Reader::read_citations(NodeIndex i, std::string_view subject) {
    std::vector<Citation> out;
    const YNode* n = deref(i);
    if (n && n->type == YNode::Type::scalar) {
        wrong_type(i, "a list of source ids or {source, locator} entries", "sources", subject);
        return out;
    }
    for_each_item(i, "sources", [&](NodeIndex item) {
        const YNode* it = deref(item);
        if (!it) return;
        if (it->type == YNode::Type::scalar) {
            out.push_back({Ref(it->value, loc(item)), {}});
            return;
        }
        Citation c;
        bool has_source = false;
        for_each_entry(item, "a source citation", format_keys::citation(), nullptr,
                       [&](std::string_view key, NodeIndex value, const SourceLocation&) {
                           if (key == "source") {
                               c.source = read_ref(value, "source", subject);
                               has_source = !c.source.empty();
                           } else if (auto s = read_string(value, "locator", subject)) {
                               c.locator = *s;
                           }
                       }, subject);
        if (it->type == YNode::Type::map) {
            if (!has_source)
                error(loader_code::missing_required, loc(item), "a source citation needs 'source' (the id of a source)", subject);
            else
                out.push_back(std::move(c));
        }
    }, subject);
    return out;
}

Extension Reader::read_extension(std::string_view key, NodeIndex value, const SourceLocation& key_loc) {
    Extension ext;
    ext.key = std::string(key);
    ext.location = key_loc;
    // Copy the subtree iteratively; aliases stay aliases.
    struct Work { NodeIndex from; std::size_t to; };
    std::vector<Work> stack;
    ext.nodes.emplace_back();
    stack.push_back({value, 0});
    while (!stack.empty()) {
        const Work w = stack.back();
        stack.pop_back();
        const YNode& src = doc_.nodes[w.from];
        // copies count against the alias budget: an aliased item carrying an
        // `x-` key is copied once per use
        const std::size_t cost = 1 + src.children.size() + src.value.size() / 64;
        if (exhausted_ || cost >= budget_) {
            if (!exhausted_) {
                exhausted_ = true;
                error(loader_code::yaml_syntax, key_loc,
                      "the YAML aliases expand to far more content than the file holds (an alias bomb?); "
                      "write the content out instead of nesting aliases");
            }
            ext.nodes.resize(1);
            ext.nodes[0] = ExtensionNode{};
            return ext;
        }
        budget_ -= cost;
        ExtensionNode& dst = ext.nodes[w.to];
        dst.location = loc(w.from);
        switch (src.type) {
            case YNode::Type::null: dst.type = ExtensionNode::Type::null; break;
            case YNode::Type::scalar: dst.type = ExtensionNode::Type::scalar; dst.value = src.value; break;
            case YNode::Type::sequence: dst.type = ExtensionNode::Type::sequence; break;
            case YNode::Type::map: dst.type = ExtensionNode::Type::map; break;
            case YNode::Type::alias: dst.type = ExtensionNode::Type::alias; dst.value = src.anchor; break;
        }
        if (src.type != YNode::Type::alias) dst.anchor = src.anchor;
        std::vector<std::size_t> kids;
        kids.reserve(src.children.size());
        for (NodeIndex child : src.children) {
            kids.push_back(ext.nodes.size());
            stack.push_back({child, ext.nodes.size()});
            ext.nodes.emplace_back();
        }
        ext.nodes[w.to].children = std::move(kids);
    }
    return ext;
}

}  // namespace toc::yaml_detail
