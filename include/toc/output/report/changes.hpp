#pragma once
// The report's "changes since" section (`toc report --previous OLD`): what
// changed since an earlier version of the theory, drawn (output/diff/dot.hpp,
// rendered by the caller) and tabled (output/diff/html.hpp), or as Markdown.

#include <string>

#include "toc/output/diff/html.hpp"
#include "toc/output/diff/markdown.hpp"

namespace toc::report {

/// The section as HTML for one language; `svg` is the drawn diff (may be empty).
[[nodiscard]] inline std::string changes_section_html(const DiffDocument& doc, const std::string& svg) {
    using detail::html_escape;
    const std::string id = html_escape(doc.lang) + "-changes";
    std::string s = "<section class=\"changes\" id=\"" + id + "\" aria-labelledby=\"" + id + "-h\"><h2 id=\"" + id +
                    "-h\">" + html_escape(std::string(doc.words().changes_since) + " " + doc.old_name) + "</h2>\n";
    if (const auto at = svg.find("<svg"); at != std::string::npos && !doc.diff.empty())
        s += "<div class=\"figure\">" + svg.substr(at) + "</div>\n";
    return s + diff_html_tables(doc, "h3") + "</section>\n";
}

/// The section as Markdown.
[[nodiscard]] inline std::string changes_section_markdown(const DiffDocument& doc) { return diff_markdown(doc, "##"); }

}  // namespace toc::report
