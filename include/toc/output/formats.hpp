#pragma once
// The output formats, in one table: for each, its name, the other names and
// file extensions it goes by, whether it is binary, whether it needs Graphviz,
// and which view options it honours. A command that writes outputs takes its
// format names, its "use dot, svg, …" messages and its refusals from here, so
// no output ignores an option silently.
//
//     const toc::OutputFormat* f = toc::find_format(name);  // --format svg, SVG, mmd, .gv …
//     if (!f) f = toc::format_from_path(output);            // -o chart.mmd
//     if (!f) error("unknown format '" + name + "'; use " + toc::format_names());
//     toc::ViewRequest asked;                               // what the user asked for
//     asked.lang = !lang.empty();
//     if (auto message = toc::refused_options(*f, asked); !message.empty()) error(message);
//     switch (f->id) { case toc::OutputFormatId::svg: … }
//
// How each format honours a view option:
//   focus/depth  every format (OutputFormat::focus says how). dot, svg, png,
//                pdf: the DOT writer draws the neighbourhood and marks the focus
//                (DiagramOptions::focus, depth). Every other format: export
//                toc::focus_model(model, ids, depth).model (graph/neighbourhood.hpp),
//                the model cut down to the neighbourhood.
//   show         dot, svg, png, pdf: every word (DiagramOptions::show_*);
//                mermaid: mechanisms, contexts, barriers, problems
//                (MermaidOptions); the others refuse it.
//   lang         every format but json (which exports every language).
//   view         dot, svg, png, pdf: theory, indicators and overview (at most
//                about 40 boxes on one page, graph/overview.hpp); mermaid: theory;
//                md, csv (the indicator table): indicators; the others refuse it.
//   direction    dot, svg, png, pdf, mermaid.
//   layout       --group-by, --mechanisms, --no-legend, --page, --highlight,
//                --findings: dot, svg, png, pdf.

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace toc {

enum class OutputFormatId { dot, svg, png, pdf, mermaid, graphml, json, md, csv, tocmaker, iati };

/// How a format shows the neighbourhood of a focus (--focus, --depth).
enum class FocusSupport {
    drawn,      ///< the DOT writer draws it: DiagramOptions::focus and depth
    sub_model,  ///< export focus_model(model, ids, depth).model (graph/neighbourhood.hpp)
};

struct OutputFormat {
    OutputFormatId id;
    std::string_view name;                          ///< as --format takes it and messages say it
    std::span<const std::string_view> aliases;      ///< other names --format takes
    std::span<const std::string_view> extensions;   ///< lower case, no dot; the first is the one to write
    std::string_view what;                          ///< what it is, for help text
    bool binary;                                    ///< not text: write it to a file
    bool needs_graphviz;                            ///< drawn by toc::render (Graphviz)
    FocusSupport focus;
    std::span<const std::string_view> show;         ///< the --show words it honours; none: refuses --show
    bool lang;                                      ///< honours --lang
    std::span<const std::string_view> views;        ///< the --view values it honours; none: refuses --view
    bool direction;                                 ///< honours --direction
    bool layout;                                    ///< honours --group-by, --mechanisms and --no-legend
    std::string_view refusal;                       ///< why it takes no such option: "{name} {refusal}"
};

namespace detail::formats {

using Names = std::span<const std::string_view>;
inline constexpr std::array<std::string_view, 0> none{};
inline constexpr std::array<std::string_view, 1> gv{"gv"}, svg{"svg"}, png{"png"}, pdf{"pdf"}, mmd{"mmd"},
    graphml{"graphml"}, json{"json"}, markdown{"markdown"}, csv{"csv"}, theory{"theory"},
    indicators{"indicators"}, tocmaker{"tocmaker"}, xml{"xml"}, iati_xml{"iati-xml"};
inline constexpr std::array<std::string_view, 2> dot{"dot", "gv"}, mermaid{"mmd", "mermaid"}, md{"md", "markdown"};
inline constexpr std::array<std::string_view, 3> views{"theory", "indicators", "overview"};
inline constexpr std::array<std::string_view, 7> show_all{"mechanisms", "assumptions", "contexts", "barriers",
                                                          "problems",   "indicators",  "actors"};
inline constexpr std::array<std::string_view, 4> show_mermaid{"mechanisms", "contexts", "barriers", "problems"};

[[nodiscard]] constexpr OutputFormat diagram(OutputFormatId id, std::string_view name, Names aliases,
                                             Names extensions, std::string_view what, bool binary,
                                             bool graphviz) {
    return {id, name, aliases, extensions, what, binary, graphviz, FocusSupport::drawn, show_all, true, views, true,
            true, {}};
}

[[nodiscard]] inline bool same(std::string_view a, std::string_view b) noexcept {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
               return lower(x) == lower(y);
           });
}

[[nodiscard]] inline bool contains(Names names, std::string_view word) noexcept {
    return std::any_of(names.begin(), names.end(), [&](std::string_view n) { return same(n, word); });
}

}  // namespace detail::formats

/// Every output format, in the order help text and messages list them.
inline constexpr std::array<OutputFormat, 11> output_formats{{
    detail::formats::diagram(OutputFormatId::dot, "dot", detail::formats::gv, detail::formats::dot,
                             "Graphviz DOT text", false, false),
    detail::formats::diagram(OutputFormatId::svg, "svg", detail::formats::none, detail::formats::svg,
                             "the diagram as SVG", false, true),
    detail::formats::diagram(OutputFormatId::png, "png", detail::formats::none, detail::formats::png,
                             "the diagram as PNG", true, true),
    detail::formats::diagram(OutputFormatId::pdf, "pdf", detail::formats::none, detail::formats::pdf,
                             "the diagram as PDF", true, true),
    {OutputFormatId::mermaid, "mermaid", detail::formats::mmd, detail::formats::mermaid,
     "the results chain as a Mermaid flowchart", false, false, FocusSupport::sub_model,
     detail::formats::show_mermaid, true, detail::formats::theory, true, false,
     "draws the results chain as a flowchart"},
    {OutputFormatId::graphml, "graphml", detail::formats::none, detail::formats::graphml,
     "elements and links as GraphML, for network tools", false, false, FocusSupport::sub_model,
     detail::formats::none, true, detail::formats::none, false, false, "exports every element and link as data"},
    {OutputFormatId::json, "json", detail::formats::none, detail::formats::json, "the whole model as JSON", false,
     false, FocusSupport::sub_model, detail::formats::none, false, detail::formats::none, false, false,
     "exports the whole model, in every language"},
    {OutputFormatId::md, "md", detail::formats::markdown, detail::formats::md,
     "the indicator table as Markdown", false, false, FocusSupport::sub_model, detail::formats::none, true,
     detail::formats::indicators, false, false, "is the indicator table"},
    {OutputFormatId::csv, "csv", detail::formats::none, detail::formats::csv, "the indicator table as CSV", false,
     false, FocusSupport::sub_model, detail::formats::none, true, detail::formats::indicators, false, false,
     "is the indicator table"},
    {OutputFormatId::tocmaker, "tocmaker", detail::formats::none, detail::formats::tocmaker,
     "the theory as a ToC-Maker document (JSON)", false, false, FocusSupport::sub_model, detail::formats::none, true,
     detail::formats::none, false, false, "exports every element and link as data"},
    {OutputFormatId::iati, "iati", detail::formats::iati_xml, detail::formats::xml,
     "the results and their indicators as IATI 2.03 XML", false, false, FocusSupport::sub_model,
     detail::formats::none, false, detail::formats::none, false, false, "exports the results in every language"},
}};

/// The format with this name, alias or file extension (a leading dot allowed),
/// compared without regard to ASCII case; nullptr when none has it.
[[nodiscard]] inline const OutputFormat* find_format(std::string_view name) noexcept {
    if (!name.empty() && name.front() == '.') name.remove_prefix(1);
    if (name.empty()) return nullptr;
    for (const auto& f : output_formats)
        if (detail::formats::same(f.name, name)) return &f;
    for (const auto& f : output_formats)
        if (detail::formats::contains(f.aliases, name) || detail::formats::contains(f.extensions, name)) return &f;
    return nullptr;
}

/// The format a file name's extension says ("out/chart.MMD": mermaid), or
/// nullptr when it has no extension or one no format has.
[[nodiscard]] inline const OutputFormat* format_from_path(std::string_view path) noexcept {
    const auto slash = path.find_last_of("/\\");
    const std::string_view file = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const auto dot = file.find_last_of('.');
    if (dot == std::string_view::npos || dot == 0) return nullptr;
    const std::string_view ext = file.substr(dot + 1);
    for (const auto& f : output_formats)
        if (detail::formats::contains(f.extensions, ext)) return &f;
    return nullptr;
}

namespace detail::formats {

/// "dot, svg, png or pdf": the names of the formats for which `honours` holds.
template <class Honours>
[[nodiscard]] std::string names_of(Honours honours) {
    std::vector<std::string_view> names;
    for (const auto& f : output_formats)
        if (honours(f)) names.push_back(f.name);
    std::string s;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i) s += i + 1 == names.size() ? " or " : ", ";
        s += names[i];
    }
    return s;
}

}  // namespace detail::formats

/// The formats' names for a message: "dot, svg, png, pdf, mermaid, graphml, json, md or csv".
[[nodiscard]] inline std::string format_names() {
    return detail::formats::names_of([](const OutputFormat&) { return true; });
}

/// The view options a user gave, to be checked against a format. (--focus and
/// --depth are not here: every format honours them, see OutputFormat::focus.)
struct ViewRequest {
    std::optional<std::vector<std::string>> show;  ///< the words of --show, when given ("none": no words)
    bool lang = false;                             ///< --lang
    std::string view;                              ///< the value of --view; empty: not given
    bool direction = false;                        ///< --direction
    std::vector<std::string> layout;               ///< those of the drawing's options given ("--group-by", "--page", …)
};

namespace detail::formats {

/// "use dot, svg, png or pdf." for the formats that have what one lacks.
template <class Honours>
[[nodiscard]] std::string use_instead(Honours honours) {
    const std::string names = names_of(honours);
    return names.empty() ? "no format has it." : "use " + names + ".";
}

[[nodiscard]] inline std::string not_for(std::string_view option, const OutputFormat& f) {
    return std::string(option) + " is not for " + std::string(f.name) + ", which " + std::string(f.refusal) + ".";
}

}  // namespace detail::formats

/// Why `format` cannot honour what was asked, as a sentence for the user
/// ("--show indicators is not for mermaid; use dot, svg, png or pdf."), or
/// empty when it honours all of it.
[[nodiscard]] inline std::string refused_options(const OutputFormat& format, const ViewRequest& asked) {
    namespace d = detail::formats;
    if (asked.show) {
        if (format.show.empty()) return d::not_for("--show", format);
        for (const auto& word : *asked.show)
            if (word != "none" && !d::contains(format.show, word))
                return "--show " + word + " is not for " + std::string(format.name) + "; " +
                       d::use_instead([&](const OutputFormat& f) { return d::contains(f.show, word); });
    }
    if (asked.lang && !format.lang) return d::not_for("--lang", format);
    if (!asked.view.empty()) {
        if (format.views.empty()) return d::not_for("--view", format);
        if (!d::contains(format.views, asked.view))
            return "--view " + asked.view + " is not for " + std::string(format.name) + "; " +
                   d::use_instead([&](const OutputFormat& f) { return d::contains(f.views, asked.view); });
    }
    if (asked.direction && !format.direction) return d::not_for("--direction", format);
    if (!asked.layout.empty() && !format.layout) return d::not_for(asked.layout.front(), format);
    return {};
}

}  // namespace toc
