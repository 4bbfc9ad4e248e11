// `toc render FILE [-o OUT] [--format F] [--view theory|indicators] [--lang TAG]
//  [--focus ID] [--depth N] [--direction LR|TB] [--group-by none|level|actor|site]`

#include <algorithm>
#include <charconv>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "../args.hpp"
#include "../command.hpp"
#include "../session.hpp"
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

class RenderCommand final : public Command {
public:
    std::string_view name() const override { return "render"; }
    std::string_view summary() const override {
        return "draw a model as a program-theory diagram or indicator map, or export it";
    }
    std::string_view synopsis() const override { return "FILE [-o OUT] [--format FORMAT] [--view theory|indicators] [...]"; }

    void define(CLI::App& app) override {
        app.description(
            "Draws a model as a program-theory diagram or an indicator map (Graphviz, in process), or exports it. "
            "A model with errors is not rendered: its diagnostics are printed and the exit status is 1.");
        add_model_files(app, files_, "the model file (YAML)");
        app.add_option("-o,--output", output_, "write to OUT (default: standard output, text formats only)")
            ->type_name("OUT");
        app.add_option("--format", format_name_,
                       "dot, svg, png, pdf, mermaid, graphml, json, md or csv (default: from OUT's extension, "
                       "else dot); md and csv are the indicator table")
            ->type_name("FORMAT")
            ->check(CLI::Validator(
                [](std::string& v) -> std::string {
                    return parse_format(v) ? std::string()
                                           : "unknown format '" + v +
                                                 "'; use dot, svg, png, pdf, mermaid, graphml, json, md or csv";
                },
                ""));
        app.add_option("--view", view_, "the program-theory diagram (default) or the indicator map")
            ->type_name("theory|indicators")
            ->check(one_of("view", {"theory", "indicators"}));
        app.add_option("--lang", lang_, "label language (default: the model's first language)")->type_name("TAG");
        app.add_option("--focus", focus_, "draw only what leads to and from this element")->type_name("ID");
        app.add_option("--depth", depth_, "with --focus: at most N links away")->type_name("N");
        app.add_option("--direction", direction_, "left to right (default) or top to bottom")
            ->type_name("LR|TB")
            ->check(one_of("direction", {"LR", "TB"}));
        app.add_option("--group-by", group_by_, "draw lanes")
            ->type_name("none|level|actor|site")
            ->check(one_of("grouping", {"none", "level", "actor", "site"}));
        app.add_option("--mechanisms", mechanisms_, "mechanisms as link labels (default) or as small nodes")
            ->type_name("labels|nodes")
            ->check(one_of("mechanism display", {"labels", "nodes"}));
        app.add_option("--show", show_,
                       "what to draw besides the results chain, comma-separated: mechanisms, assumptions, "
                       "contexts, barriers, problems, indicators, actors (default: the model's diagram.show, "
                       "else mechanisms, assumptions, contexts, barriers)")
            ->type_name("LIST");
        app.add_flag("--no-legend", no_legend_, "leave out the title's legend");
    }

    std::vector<std::string>* operands() override { return &files_; }
    int run(Streams io) override;

private:
    std::vector<std::string> files_;
    std::string output_, format_name_, view_, lang_, focus_, direction_, group_by_, mechanisms_;
    std::optional<std::string> depth_, show_;
    bool no_legend_ = false;
};

int RenderCommand::run(Streams io) {
    auto bad = [&](const std::string& message) { return usage_error(io, name(), message); };
    DiagramOptions options;
    if (view_ == "indicators") options.view = DiagramView::indicators;
    if (!lang_.empty()) options.lang = lang_;
    options.focus = focus_;
    if (!direction_.empty()) options.direction = parse_enum<DiagramDirection>(direction_);
    if (!group_by_.empty()) options.group_by = parse_enum<GroupBy>(group_by_);
    if (mechanisms_ == "nodes") options.mechanisms = MechanismDisplay::nodes;
    else if (mechanisms_ == "labels") options.mechanisms = MechanismDisplay::labels;
    options.legend = !no_legend_;
    if (depth_) {
        int n = -1;
        const std::string& v = *depth_;
        const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
        if (ec != std::errc() || end != v.data() + v.size() || n < 0)
            return bad("--depth takes a whole number of 0 or more, not '" + v + "'");
        options.depth = n;
    }
    if (show_) {
        options.show_mechanisms = options.show_assumptions = options.show_contexts = options.show_barriers =
            options.show_problems = options.show_indicators = options.show_actors = false;
        const std::string& list = *show_;
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
    }
    if (files_.empty()) return bad("no model file given (usage: toc render FILE [-o OUT])");
    if (files_.size() > 1) return bad("one model at a time: '" + files_[0] + "' and '" + files_[1] + "'");
    const std::string& file = files_.front();
    const std::string& output = output_;
    const std::string& format_name = format_name_;
    if (focus_.empty() && depth_) return bad("--depth needs --focus");

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

    Session session({}, &io.in);
    const SessionFile& loaded = session.add(file);
    if (const std::vector<Diagnostic> errors = loaded.errors(); !errors.empty()) {
        for (const auto& d : errors) io.err << format_diagnostic(d) << '\n';
        io.err << "toc render: " << loaded.name << " has " << plural(errors.size(), "error") << "; nothing was rendered\n";
        return session.exit_status();
    }
    const Model& model = loaded.loaded.model;
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

}  // namespace

std::unique_ptr<Command> make_render_command() { return std::make_unique<RenderCommand>(); }

}  // namespace toc::cli
