// `toc render FILE [-o OUT] [--format F] [--view theory|indicators] [--lang TAG]
//  [--focus ID] [--depth N] [--direction LR|TB] [--group-by none|level|actor|site]`

#include <algorithm>
#include <charconv>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "toc/detail/suggest.hpp"
#include "toc/checks/check.hpp"
#include "toc/diagnostics/format.hpp"
#include "toc/output/dot.hpp"
#include "toc/output/graphml.hpp"
#include "toc/output/json.hpp"
#include "toc/output/mermaid.hpp"
#include "toc/output/tables.hpp"
#include "toc/load/load.hpp"
#include "toc/render/render.hpp"

namespace toc::cli {

namespace {

constexpr const char* render_usage = R"(Usage: toc render FILE [options]

Draws a model as a program-theory diagram or an indicator map (Graphviz, in
process), or exports it. A model with errors is not rendered: its diagnostics
are printed and the exit status is 1.

Options:
  -o, --output OUT         write to OUT (default: standard output, text formats only)
  --format FORMAT          dot, svg, png, pdf, mermaid, graphml, json, md or csv
                           (default: from OUT's extension, else dot); md and csv
                           are the indicator table
  --view theory|indicators the program-theory diagram (default) or the indicator map
  --lang TAG               label language (default: the model's first language)
  --focus ID               draw only what leads to and from this element
  --depth N                with --focus: at most N links away
  --direction LR|TB        left to right (default) or top to bottom
  --group-by none|level|actor|site
                           draw lanes
  --mechanisms labels|nodes
                           mechanisms as link labels (default) or as small nodes
  --show LIST              what to draw besides the results chain, comma-separated:
                           mechanisms, assumptions, contexts, barriers, problems,
                           indicators, actors (default: the model's diagram.show,
                           else mechanisms, assumptions, contexts, barriers)
  --no-legend              leave out the title's legend
  -h, --help               show this help

Exit status: 0 rendered, 1 the model has errors, 2 could not run.
)";

enum class Format { dot, svg, png, pdf, mermaid, graphml, json, md, csv };

std::optional<Format> parse_format(std::string_view s) {
    if (s == "dot" || s == "gv") return Format::dot;
    if (s == "svg") return Format::svg;
    if (s == "png") return Format::png;
    if (s == "pdf") return Format::pdf;
    if (s == "mermaid" || s == "mmd") return Format::mermaid;
    if (s == "graphml") return Format::graphml;
    if (s == "json") return Format::json;
    if (s == "md" || s == "markdown") return Format::md;
    if (s == "csv") return Format::csv;
    return std::nullopt;
}

std::optional<Format> format_from_path(const std::string& path) {
    const auto dot = path.find_last_of('.');
    const auto slash = path.find_last_of('/');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return std::nullopt;
    std::string ext = path.substr(dot + 1);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == "mermaid") ext = "mmd";
    return parse_format(ext);
}

bool is_binary(Format f) { return f == Format::png || f == Format::pdf; }

}  // namespace

int run_render(const std::vector<std::string>& args, Streams io) {
    std::string file, output, format_name;
    DiagramOptions options;
    auto bad = [&](const std::string& message) {
        io.err << "toc render: " << message << " (see toc render --help)\n";
        return 2;
    };

    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string a = args[i];
        std::optional<std::string> inline_value;
        if (a.rfind("--", 0) == 0) {
            if (auto eq = a.find('='); eq != std::string::npos) {
                inline_value = a.substr(eq + 1);
                a.resize(eq);
            }
        }
        auto value = [&]() -> std::optional<std::string> {
            if (inline_value) return inline_value;
            if (i + 1 >= args.size()) return std::nullopt;
            return args[++i];
        };
        auto need = [&](std::optional<std::string>& v) {
            v = value();
            return v.has_value();
        };
        std::optional<std::string> v;
        if (a == "-h" || a == "--help") {
            io.out << render_usage;
            return 0;
        } else if (a == "-o" || a == "--output") {
            if (!need(v)) return bad(a + " needs a file name");
            output = *v;
        } else if (a == "--format") {
            if (!need(v)) return bad("--format needs a value");
            if (!parse_format(*v)) return bad("unknown format '" + *v + "'; use dot, svg, png, pdf, mermaid, graphml, json, md or csv");
            format_name = *v;
        } else if (a == "--view") {
            if (!need(v)) return bad("--view needs a value");
            if (*v == "theory") options.view = DiagramView::theory;
            else if (*v == "indicators") options.view = DiagramView::indicators;
            else return bad("unknown view '" + *v + "'; use theory or indicators");
        } else if (a == "--lang") {
            if (!need(v) || v->empty()) return bad("--lang needs a language tag");
            options.lang = *v;
        } else if (a == "--focus") {
            if (!need(v) || v->empty()) return bad("--focus needs an element id");
            options.focus = *v;
        } else if (a == "--depth") {
            if (!need(v)) return bad("--depth needs a number");
            int n = -1;
            const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
            if (ec != std::errc() || end != v->data() + v->size() || n < 0)
                return bad("--depth takes a whole number of 0 or more, not '" + *v + "'");
            options.depth = n;
        } else if (a == "--direction") {
            if (!need(v)) return bad("--direction needs a value");
            auto d = parse_enum<DiagramDirection>(*v);
            if (!d) return bad("unknown direction '" + *v + "'; use LR or TB");
            options.direction = d;
        } else if (a == "--group-by") {
            if (!need(v)) return bad("--group-by needs a value");
            auto g = parse_enum<GroupBy>(*v);
            if (!g) return bad("unknown grouping '" + *v + "'; use none, level, actor or site");
            options.group_by = g;
        } else if (a == "--mechanisms") {
            if (!need(v)) return bad("--mechanisms needs a value");
            if (*v == "labels") options.mechanisms = MechanismDisplay::labels;
            else if (*v == "nodes") options.mechanisms = MechanismDisplay::nodes;
            else return bad("unknown mechanism display '" + *v + "'; use labels or nodes");
        } else if (a == "--show") {
            if (!need(v)) return bad("--show needs a list");
            options.show_mechanisms = options.show_assumptions = options.show_contexts = options.show_barriers =
                options.show_problems = options.show_indicators = options.show_actors = false;
            std::string list = *v;
            std::size_t start = 0;
            while (start <= list.size()) {
                std::size_t end = list.find(',', start);
                if (end == std::string::npos) end = list.size();
                const std::string w = list.substr(start, end - start);
                if (w == "mechanisms") options.show_mechanisms = true;
                else if (w == "assumptions") options.show_assumptions = true;
                else if (w == "contexts") options.show_contexts = true;
                else if (w == "barriers") options.show_barriers = true;
                else if (w == "problems") options.show_problems = true;
                else if (w == "indicators") options.show_indicators = true;
                else if (w == "actors") options.show_actors = true;
                else if (!w.empty() && w != "none")
                    return bad("--show: '" + w + "' cannot be shown; use mechanisms, assumptions, contexts, "
                               "barriers, problems, indicators or actors");
                start = end + 1;
            }
        } else if (a == "--no-legend") {
            options.legend = false;
        } else if (a.size() > 1 && a[0] == '-') {
            return bad("unknown option '" + args[i] + "'");
        } else if (file.empty()) {
            file = a;
        } else {
            std::string message = "one model at a time: '";
            message.append(file).append("' and '").append(a).append("'");
            return bad(message);
        }
        if (inline_value && !v) return bad("'" + a + "' takes no value");
    }
    if (file.empty()) return bad("no model file given (usage: toc render FILE [-o OUT])");
    if (options.depth && options.focus.empty()) return bad("--depth needs --focus");

    Format format = Format::dot;
    if (!format_name.empty()) {
        format = *parse_format(format_name);
    } else if (!output.empty()) {
        auto f = format_from_path(output);
        if (!f) return bad("cannot tell the format from '" + output + "'; add --format");
        format = *f;
    }
    if (output.empty() && is_binary(format))
        return bad(std::string(format == Format::png ? "png" : "pdf") + " is binary: write it to a file with -o OUT");

    LoadResult loaded = file == "-" ? load_stream(std::cin, "<stdin>") : load_file(file);
    bool unreadable = false;
    for (const auto& d : loaded.diagnostics) unreadable = unreadable || d.code == "TOC000";
    std::vector<Diagnostic> errors;
    for (const auto& d : loaded.diagnostics)
        if (d.severity == Severity::error) errors.push_back(d);
    if (errors.empty()) {
        for (auto& d : check(loaded.model))
            if (d.severity == Severity::error) errors.push_back(std::move(d));
    }
    if (!errors.empty()) {
        sort_diagnostics(errors);
        for (const auto& d : errors) io.err << format_diagnostic(d) << '\n';
        io.err << "toc render: " << file << " has " << plural(errors.size(), "error") << "; nothing was rendered\n";
        return unreadable ? 2 : 1;
    }
    const Model& model = loaded.model;
    if (auto e = diagram_options_error(model, options); !e.empty()) {
        std::string hint;
        if (!options.focus.empty()) {
            // the nearest id, for a typo
            std::vector<std::string_view> ids;
            for (const auto& el : model.elements) ids.push_back(el.id);
            const std::string near = detail::nearest(options.focus, ids);
            if (!near.empty()) hint = "; did you mean '" + near + "'?";
        }
        return bad(e + hint);
    }

    std::string data;
    switch (format) {
        case Format::dot: data = to_dot(model, options); break;
        case Format::svg:
        case Format::png:
        case Format::pdf: {
            const auto image = format == Format::svg ? ImageFormat::svg : format == Format::png ? ImageFormat::png : ImageFormat::pdf;
            RenderResult r = render(model, image, options);
            if (!r.ok()) {
                io.err << "toc render: Graphviz could not draw " << file << ": " << r.error << '\n';
                return 2;
            }
            data = std::move(r.data);
            break;
        }
        case Format::mermaid: {
            MermaidOptions m;
            m.lang = options.lang;
            m.direction = options.direction;
            data = to_mermaid(model, m);
            break;
        }
        case Format::graphml: {
            GraphmlOptions g;
            g.lang = options.lang;
            data = to_graphml(model, g);
            break;
        }
        case Format::json: data = to_json(model); break;
        case Format::md: data = indicator_table_markdown(model, {options.lang}); break;
        case Format::csv: data = indicator_table_csv(model, {options.lang}); break;
    }

    if (output.empty() || output == "-") {
        io.out << data;
        io.out.flush();
        return io.out ? 0 : 2;
    }
    std::ofstream out(output, std::ios::binary | std::ios::trunc);
    if (!out) {
        io.err << "toc render: cannot write '" << output << "'\n";
        return 2;
    }
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    out.close();
    if (!out) {
        io.err << "toc render: could not finish writing '" << output << "'\n";
        return 2;
    }
    return 0;
}

}  // namespace toc::cli
