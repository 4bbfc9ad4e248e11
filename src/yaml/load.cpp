// toc::load_file and toc::load_string: text → checked bytes → YAML tree → Model.

#include "toc/load/load.hpp"
#include "toc/load/workspace.hpp"
#include "toc/diagnostics/loader_codes.hpp"

#include "toc/detail/utf8.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "reader.hpp"
#include "yaml_tree.hpp"

namespace toc {

namespace {

Diagnostic error_at(const LoaderCode& code, const std::string& file, int line, int column, std::string message) {
    return loader_error(code, {file, line, column}, std::move(message));
}

Diagnostic syntax_error(const std::string& file, int line, int column, std::string message) {
    return error_at(loader_code::yaml_syntax, file, line, column, std::move(message));
}

/// A file that cannot be read: one TOC000 without a line (exit status 2 in the CLI).
Diagnostic io_error(const std::string& path, std::string message) {
    return error_at(loader_code::io_error, path, 0, 0, std::move(message));
}

/// A UTF-16 or UTF-32 byte order mark or, without one, text that starts with two
/// ASCII characters written as UTF-16 ("t\0o\0", "\0t\0o") or one as UTF-32.
bool looks_like_utf16(std::string_view text) {
    auto at = [&](std::size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0x100u; };
    auto ascii = [](unsigned c) { return c == '\n' || c == '\r' || c == '\t' || (c >= 0x20 && c < 0x7F); };
    if ((at(0) == 0xFF && at(1) == 0xFE) || (at(0) == 0xFE && at(1) == 0xFF)) return true;  // UTF-16 (and UTF-32 LE)
    if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) return true;             // UTF-32 BE
    if (text.size() < 4) return false;
    return (at(0) == 0 && ascii(at(1)) && at(2) == 0 && ascii(at(3))) ||   // UTF-16 BE
           (ascii(at(0)) && at(1) == 0 && ascii(at(2)) && at(3) == 0) ||   // UTF-16 LE
           (at(0) == 0 && at(1) == 0 && at(2) == 0 && ascii(at(3))) ||     // UTF-32 BE
           (ascii(at(0)) && at(1) == 0 && at(2) == 0 && at(3) == 0);       // UTF-32 LE
}

/// The first byte that is not valid UTF-8 or is a NUL, with its line and column; false when all is well.
bool find_bad_byte(std::string_view text, const std::string& file, Diagnostic& out) {
    int line = 1, column = 1;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == 0) {
            out = syntax_error(file, line, column,
                               "the file contains a NUL byte; a model is UTF-8 text (is this a binary file?)");
            return true;
        }
        const std::size_t len = detail::utf8_length(text, i);
        if (len == 0) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", c);
            out = syntax_error(file, line, column,
                               std::string("the file is not valid UTF-8 here (byte ") + hex +
                                   "); save it as UTF-8 (it may be Latin-1 or Windows-1252)");
            return true;
        }
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;  // columns count characters (code points), as editors do
        }
        i += len;
    }
    return false;
}

/// Makes yaml-cpp's terse messages say what is wrong and how to fix it.
std::string explain(std::string_view text, int line, std::string message) {
    // the offending line
    std::size_t start = 0;
    for (int l = 1; l < line && start != std::string_view::npos; ++l) {
        start = text.find('\n', start);
        if (start != std::string_view::npos) ++start;
    }
    if (start != std::string_view::npos && start < text.size()) {
        const std::string_view row = text.substr(start, text.find('\n', start) - start);
        const auto first = row.find_first_not_of(' ');
        if (first != std::string_view::npos && row[first] == '\t')
            return message + " (the line is indented with a tab; YAML indents with spaces only)";
    }
    if (message == "illegal map value")
        return "a ':' is out of place (quote text that contains ': ', or check the indentation)";
    if (message == "end of map not found" || message == "end of sequence not found")
        return message + " (check the indentation and the closing brackets)";
    if (message == "end of map flow not found") return "a '{' is not closed by '}'";
    if (message == "end of sequence flow not found") return "a '[' is not closed by ']'";
    return message;
}

/// Where the flow collection that was never closed begins: the last '[' or '{'
/// left open, skipping quoted text and comments. Returns false when not found.
bool find_unclosed(std::string_view text, char open, int& line, int& column) {
    struct Open { char c; int line, column; };
    std::vector<Open> stack;
    int l = 1, c = 1;
    char quote = 0;
    bool comment = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (ch == '\n') {
            ++l;
            c = 1;
            comment = false;
            if (quote && stack.empty()) quote = 0;
            continue;
        }
        if (comment) { ++c; continue; }
        if (quote) {
            if (ch == quote) {
                if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') { ++i; c += 2; continue; }
                quote = 0;
            } else if (ch == '\\' && quote == '"') {
                ++i;
                ++c;
            }
            ++c;
            continue;
        }
        if (ch == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t')) comment = true;
        else if ((ch == '"' || ch == '\'') && (i == 0 || std::string_view(" \t[{,:").find(text[i - 1]) != std::string_view::npos)) quote = ch;
        else if (ch == '[' || ch == '{') stack.push_back({ch, l, c});
        else if ((ch == ']' || ch == '}') && !stack.empty()) stack.pop_back();
        ++c;
    }
    for (std::size_t k = stack.size(); k-- > 0;)  // the innermost first
        if (stack[k].c == open) {
            line = stack[k].line;
            column = stack[k].column;
            return true;
        }
    return false;
}

}  // namespace

LoadResult load_string(std::string_view text, const std::string& file_name) {
    LoadResult result;
    result.model.location = {file_name, 1, 1};
    auto& out = result.diagnostics;

    std::size_t skipped = 0;  // bytes before the YAML text: offsets in fix-its count them
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") {  // UTF-8 byte order mark
        text.remove_prefix(3);
        skipped = 3;
    }
    if (looks_like_utf16(text)) {
        out.push_back(syntax_error(file_name, 1, 1,
                                   "the file is UTF-16 (or UTF-32), not UTF-8; save it as UTF-8 "
                                   "(in most editors: Save As, encoding UTF-8)"));
        return result;
    }
    Diagnostic bad;
    if (find_bad_byte(text, file_name, bad)) {
        out.push_back(std::move(bad));
        return result;
    }

    yaml_detail::YParse parsed = yaml_detail::parse_yaml(text);
    for (const auto& e : parsed.errors) {
        const bool last_fatal = parsed.fatal && &e == &parsed.errors.back();
        int line = e.line, column = e.column;
        std::string message = last_fatal ? explain(text, e.line, e.message) : e.message;
        if (last_fatal && (e.message == "end of sequence flow not found" || e.message == "end of map flow not found")) {
            const char open = e.message == "end of map flow not found" ? '{' : '[';
            if (find_unclosed(text, open, line, column))
                message = std::string("this '") + open + "' is never closed by '" + (open == '[' ? ']' : '}') + "'";
            else {
                line = e.line;
                column = e.column;
            }
        }
        out.push_back(syntax_error(file_name, line, column, std::move(message)));
    }
    if (parsed.fatal) return result;
    if (parsed.documents.empty()) {
        out.push_back(error_at(loader_code::missing_required, file_name, 1, 1,
                               "the file is empty; a model needs at least 'toc: 1', 'id' and 'title'"));
        return result;
    }
    if (parsed.documents.size() > 1) {
        const auto& second = parsed.documents[1];
        int line = 1, column = 1;
        if (second.root != yaml_detail::no_node) {
            line = second.nodes[second.root].line;
            column = second.nodes[second.root].column;
        }
        out.push_back(syntax_error(file_name, line, column,
                                   "the file holds " + std::to_string(parsed.documents.size()) +
                                       " YAML documents; a model is one document (remove the '---' separator "
                                       "or split the file)"));
    }
    const yaml_detail::SourceText source(text, skipped);
    yaml_detail::Reader reader(parsed.documents.front(), source, file_name, out);
    reader.read_model(result.model);
    yaml_detail::resolve_references(result.model, source, out);
    constexpr std::size_t max_diagnostics = yaml_detail::Reader::max_diagnostics;
    std::size_t dropped = reader.dropped();
    if (out.size() > max_diagnostics) {
        dropped += out.size() - max_diagnostics;
        out.resize(max_diagnostics);
    }
    if (dropped > 0)
        out.push_back(syntax_error(file_name, 1, 1,
                                   "too many errors: " + std::to_string(dropped) +
                                       " more were not reported; fix the ones reported and check again"));
    return result;
}

SourceText read_source(std::istream& in, const std::string& name) {
    SourceText source{name, {}, std::nullopt};
    auto fail = [&](std::string message) {
        source.text.clear();
        source.error = io_error(name, std::move(message));
        return source;
    };
    char chunk[1 << 16];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
        source.text.append(chunk, static_cast<std::size_t>(in.gcount()));
        if (source.text.size() > max_input_bytes)
            return fail("the input is larger than 128 MiB; a model is far smaller (is this the right file?)");
    }
    if (in.bad()) return fail("cannot read the input (is it a directory?)");
    return source;
}

SourceText read_source(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return {path, {}, io_error(path, "cannot read the file: it is a directory")};
    std::ifstream in(path, std::ios::binary);
    if (!in) return {path, {}, io_error(path, std::string("cannot read the file: ") + std::strerror(errno))};
    return read_source(in, path);
}

namespace {
LoadResult load_source(const SourceText& source) {
    if (!source.ok()) {
        LoadResult r;
        r.model.location = {source.name, 0, 0};
        r.diagnostics.push_back(*source.error);
        return r;
    }
    return load_string(source.text, source.name);
}
}  // namespace

LoadResult load_stream(std::istream& in, const std::string& name) { return load_source(read_source(in, name)); }

LoadResult load_file(const std::string& path) { return load_source(read_source(path)); }

LoadResult Workspace::load(const std::string& name) const { return load_source(read(name)); }

}  // namespace toc
