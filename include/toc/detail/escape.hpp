#pragma once
// Escaping for markup (XML, GraphML, Graphviz HTML-like labels, SVG), decided once.

#include <string>
#include <string_view>

namespace toc::detail {

/// The entity for a character markup must not carry literally (& < > " '), or
/// an empty view. &#39; rather than &apos;: it is valid in XML and HTML alike.
[[nodiscard]] constexpr std::string_view markup_entity(char c) noexcept {
    switch (c) {
        case '&': return "&amp;";
        case '<': return "&lt;";
        case '>': return "&gt;";
        case '"': return "&quot;";
        case '\'': return "&#39;";
        default: return {};
    }
}

/// Text as XML character data or attribute value. The text should be clean
/// (detail::clean): escaping does not repair invalid UTF-8 or control characters.
[[nodiscard]] inline std::string xml_escape(std::string_view s) {
    std::string r;
    r.reserve(s.size() + 8);
    for (char c : s) {
        const std::string_view entity = markup_entity(c);
        if (entity.empty()) r += c;
        else r += entity;
    }
    return r;
}

/// Text as HTML character data or a quoted attribute value: the same five
/// entities as XML (HTML's one escaper; named for the readers of HTML writers).
[[nodiscard]] inline std::string html_escape(std::string_view s) { return xml_escape(s); }

/// JSON text made safe to stand inside an HTML <script> element: '<', '>' and '&'
/// become \u003c, \u003e and \u0026 (they can only occur inside JSON strings, where
/// the escapes mean the same), so no "</script>" or "<!--" can end or change the element.
[[nodiscard]] inline std::string json_for_script(std::string_view json) {
    std::string r;
    r.reserve(json.size() + 16);
    for (char c : json) {
        if (c == '<') r += "\\u003c";
        else if (c == '>') r += "\\u003e";
        else if (c == '&') r += "\\u0026";
        else r += c;
    }
    return r;
}

}  // namespace toc::detail
