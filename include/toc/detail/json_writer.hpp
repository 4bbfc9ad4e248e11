#pragma once
// A small streaming JSON writer: correct escaping, stable key order (the order
// you write), optional indentation. Used by every JSON output of toc.

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ostream>
#include <string>
#include <string_view>

#include "toc/detail/utf8.hpp"
#include <vector>

namespace toc {

class JsonWriter {
public:
    explicit JsonWriter(std::ostream& out, int indent = 2) : out_(out), indent_(indent) {}

    JsonWriter& begin_object() { open('{'); return *this; }
    JsonWriter& end_object() { close('}'); return *this; }
    JsonWriter& begin_array() { open('['); return *this; }
    JsonWriter& end_array() { close(']'); return *this; }

    JsonWriter& key(std::string_view k) {
        separate();
        write_string(k);
        out_ << (indent_ > 0 ? ": " : ":");
        after_key_ = true;
        return *this;
    }
    JsonWriter& value(std::string_view s) { prefix(); write_string(s); return *this; }
    JsonWriter& value(const char* s) { return value(std::string_view(s)); }
    JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
    JsonWriter& value(bool b) { prefix(); out_ << (b ? "true" : "false"); return *this; }
    JsonWriter& value(int v) { prefix(); out_ << v; return *this; }
    JsonWriter& value(long v) { prefix(); out_ << v; return *this; }
    JsonWriter& value(long long v) { prefix(); out_ << v; return *this; }
    JsonWriter& value(unsigned long v) { prefix(); out_ << v; return *this; }
    JsonWriter& value(unsigned long long v) { prefix(); out_ << v; return *this; }
    JsonWriter& value(double v) {
        prefix();
        if (!std::isfinite(v)) { out_ << "null"; return *this; }
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.17g", v);
        // prefer the shortest text that reads back as the same double
        for (int p = 1; p <= 17; ++p) {
            char t[32];
            std::snprintf(t, sizeof t, "%.*g", p, v);
            if (std::strtod(t, nullptr) == v) { out_ << t; return *this; }
        }
        out_ << buf;
        return *this;
    }
    /// A number written verbatim (already valid JSON number text).
    JsonWriter& raw_number(std::string_view text) { prefix(); out_ << text; return *this; }
    JsonWriter& null() { prefix(); out_ << "null"; return *this; }

    template <class T>
    JsonWriter& field(std::string_view k, const T& v) { key(k); return value(v); }

    /// Escapes a string as a JSON string literal (with quotes).
    static std::string quote(std::string_view s) {
        std::string r;
        r.reserve(s.size() + 2);
        r.push_back('"');
        for (std::size_t i = 0; i < s.size(); ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (c >= 0x80) {  // copy a valid UTF-8 sequence; replace an invalid byte with U+FFFD
                const std::size_t len = detail::utf8_length(s, i);
                if (len == 0) {
                    r += "\\ufffd";
                } else {
                    r.append(s.substr(i, len));
                    i += len - 1;
                }
                continue;
            }
            switch (c) {
                case '"': r += "\\\""; break;
                case '\\': r += "\\\\"; break;
                case '\n': r += "\\n"; break;
                case '\r': r += "\\r"; break;
                case '\t': r += "\\t"; break;
                case '\b': r += "\\b"; break;
                case '\f': r += "\\f"; break;
                default:
                    if (c < 0x20) {
                        char buf[8];
                        std::snprintf(buf, sizeof buf, "\\u%04x", c);
                        r += buf;
                    } else {
                        r.push_back(static_cast<char>(c));
                    }
            }
        }
        r.push_back('"');
        return r;
    }

private:
    void write_string(std::string_view s) { out_ << quote(s); }
    void newline() {
        if (indent_ <= 0) return;
        out_ << '\n' << std::string(static_cast<std::size_t>(indent_) * stack_.size(), ' ');
    }
    void separate() {
        if (!stack_.empty()) {
            if (stack_.back()) out_ << ',';
            stack_.back() = true;
            newline();
        }
    }
    void prefix() {
        if (after_key_) { after_key_ = false; return; }
        separate();
    }
    void open(char c) {
        prefix();
        out_ << c;
        stack_.push_back(false);
    }
    void close(char c) {
        const bool had = stack_.back();
        stack_.pop_back();
        if (had) newline();
        out_ << c;
    }

    std::ostream& out_;
    int indent_;
    std::vector<bool> stack_;  ///< per open container: has it a member yet
    bool after_key_ = false;
};

}  // namespace toc
