// `toc render FILE [-o OUT] [--format F] [--view theory|indicators|overview] [--lang TAG]
//  [--focus ID] [--depth N] [--direction LR|TB] [--group-by none|level|actor|site]
//  [--page a4|a3|letter [--landscape]] ...`
//
// The overview (at most about 40 boxes) is fitted to an A4 landscape page unless
// --page says otherwise, and says on standard error what it folded away. A
// drawing fitted to a page warns when its box text ends up under 8 pt.
//
// The formats, what each honours and what it refuses: toc/output/formats.hpp.

#include <algorithm>
#include <charconv>
#include <fstream>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "../args.hpp"
#include "../command.hpp"
#include "../session.hpp"
#include "toc/detail/suggest.hpp"
#include "toc/graph/neighbourhood.hpp"
#include "toc/graph/overview.hpp"
#include "toc/model/numbering.hpp"
#include "toc/output/badges.hpp"
#include "toc/output/dot.hpp"
#include "toc/output/formats.hpp"
#include "toc/output/graphml.hpp"
#include "toc/output/iati.hpp"
#include "toc/output/json.hpp"
#include "toc/output/mermaid.hpp"
#include "toc/output/page.hpp"
#include "toc/output/tables.hpp"
#include "toc/output/tocmaker.hpp"
#include "toc/render/render.hpp"

namespace toc::cli {

namespace {

/// Every word --show takes (the diagram's; other formats take fewer: formats.hpp).
const std::vector<std::string> show_words(detail::formats::show_all.begin(), detail::formats::show_all.end());

/// "did you mean 'o_tillit'?" for an id no element has, or "".
std::string nearest_element(const Model& model, const std::string& id) {
    std::vector<std::string_view> ids;
    for (const auto& e : model.elements) ids.push_back(e.id);
    const std::string near = detail::nearest(id, ids);
    return near.empty() ? std::string() : "; did you mean '" + near + "'?";
}

class RenderCommand final : public Command {
public:
    std::string_view name() const override { return "render"; }
    std::string_view summary() const override {
        return "draw a model as a program-theory diagram or indicator map, or export it";
    }
    std::string_view synopsis() const override {
        return "FILE [-o OUT] [--format FORMAT] [--view theory|indicators|overview] [...]";
    }

    void define(CLI::App& app) override {
        app.description(
            "Draws a model as a program-theory diagram or an indicator map (Graphviz, in process), or exports it. "
            "A model with errors is not rendered: its diagnostics are printed and the exit status is 1. An option "
            "a format cannot honour is refused, never ignored.");
        add_model_files(app, files_, "the model file (YAML)");
        app.add_option("-o,--output", output_, "write to OUT (default: standard output, text formats only)")
            ->type_name("OUT");
        app.add_option("--format", format_name_,
                       format_names() + " (default: from OUT's extension, else dot); md and csv are the indicator table")
            ->type_name("FORMAT")
            ->check(CLI::Validator(
                [](std::string& v) -> std::string {
                    return find_format(v) ? std::string() : "unknown format '" + v + "'; use " + format_names();
                },
                ""));
        app.add_option("--view", view_,
                       "the program-theory diagram (default), the indicator map, or the one-page overview (at most "
                       "about 40 numbered boxes; authors steer it with part_of and overview keys)")
            ->type_name("theory|indicators|overview")
            ->check(one_of("view", {"theory", "indicators", "overview"}));
        app.add_option("--lang", lang_, "label language (default: the model's first language)")->type_name("TAG");
        app.add_option("--focus", focus_, "draw or export only what leads to and from this element (a link id: its two ends)")
            ->type_name("ID");
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
                       "what to draw besides the results chain, comma-separated: " + either(show_words) +
                           ", or none (default: the model's diagram.show, else mechanisms, assumptions, contexts, "
                           "barriers)")
            ->type_name("LIST");
        app.add_flag("--no-legend", no_legend_, "leave out the title's legend");
        app.add_option("--page", page_,
                       "fit the drawing to a page, warning when its text gets too small (default for the overview: "
                       "a4 --landscape)")
            ->type_name("a4|a3|letter")
            ->check(one_of("page", {"a4", "a3", "letter"}));
        app.add_flag("--landscape", landscape_, "with --page: the page held across");
        app.add_option("--highlight", highlight_,
                       "draw the whole model with every pathway through this element emphasised and the rest dimmed")
            ->type_name("ID");
        app.add_flag("--findings", findings_,
                     "the checks' most important findings as numbered badges on the boxes, with a key");
    }

    std::vector<std::string>* operands() override { return &files_; }
    int run(Streams io) override;

private:
    /// The words of --show, checked; nullopt with `error` set when one is unknown.
    std::optional<std::vector<std::string>> show_list(std::string& error) const;
    std::string write(const OutputFormat& format, const Model& model, const DiagramOptions& options,
                      std::string& error, std::ostream& warnings) const;

    std::vector<std::string> files_;
    std::string output_, format_name_, view_, lang_, focus_, direction_, group_by_, mechanisms_, page_, highlight_;
    std::optional<std::string> depth_, show_;
    bool no_legend_ = false, landscape_ = false, findings_ = false;
};

std::optional<std::vector<std::string>> RenderCommand::show_list(std::string& error) const {
    std::vector<std::string> words;
    const std::string& list = *show_;
    for (std::size_t start = 0; start <= list.size();) {
        std::size_t end = list.find(',', start);
        if (end == std::string::npos) end = list.size();
        std::string w = list.substr(start, end - start);
        start = end + 1;
        if (w.empty() || w == "none") continue;
        if (std::find(show_words.begin(), show_words.end(), w) == show_words.end()) {
            error = "--show: '" + w + "' cannot be shown; use " + either(show_words);
            return std::nullopt;
        }
        words.push_back(std::move(w));
    }
    return words;
}

int RenderCommand::run(Streams io) {
    auto bad = [&](const std::string& message) { return usage_error(io, name(), message); };
    if (files_.empty()) return bad("no model file given (usage: toc render FILE [-o OUT])");
    if (files_.size() > 1) return bad("one model at a time: '" + files_[0] + "' and '" + files_[1] + "'");
    const std::string& file = files_.front();

    // The options, as the diagram takes them and as the format table checks them.
    DiagramOptions options;
    ViewRequest asked;
    if (view_ == "indicators") options.view = DiagramView::indicators;
    if (view_ == "overview") options.view = DiagramView::overview;
    asked.view = view_;
    if (!page_.empty()) {
        options.page = find_page(page_, landscape_);
        asked.layout.emplace_back("--page");
    } else if (landscape_) {
        return bad("--landscape needs --page a4, a3 or letter");
    } else if (options.view == DiagramView::overview) {
        options.page = find_page("a4", true);
    }
    if (options.view == DiagramView::overview && !focus_.empty())
        return bad("--focus is not for the overview, which draws the whole model on one page; leave out --view overview");
    options.source = file;
    if (!highlight_.empty()) {
        options.highlight = highlight_;
        asked.layout.emplace_back("--highlight");
    }
    if (findings_) asked.layout.emplace_back("--findings");
    if (!lang_.empty()) options.lang = lang_;
    asked.lang = !lang_.empty();
    if (!direction_.empty()) options.direction = parse_enum<DiagramDirection>(direction_);
    asked.direction = !direction_.empty();
    if (!group_by_.empty()) {
        options.group_by = parse_enum<GroupBy>(group_by_);
        asked.layout.emplace_back("--group-by");
    }
    if (!mechanisms_.empty()) {
        options.mechanisms = mechanisms_ == "nodes" ? MechanismDisplay::nodes : MechanismDisplay::labels;
        asked.layout.emplace_back("--mechanisms");
    }
    if (no_legend_) {
        options.legend = false;
        asked.layout.emplace_back("--no-legend");
    }
    options.focus = focus_;
    if (depth_) {
        int n = -1;
        const std::string& v = *depth_;
        const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
        if (ec != std::errc() || end != v.data() + v.size() || n < 0)
            return bad("--depth takes a whole number of 0 or more, not '" + v + "'");
        if (focus_.empty()) return bad("--depth needs --focus");
        options.depth = n;
    }
    if (show_) {
        std::string error;
        asked.show = show_list(error);
        if (!asked.show) return bad(error);
        options.show_mechanisms = options.show_assumptions = options.show_contexts = options.show_barriers =
            options.show_problems = options.show_indicators = options.show_actors = false;
        for (const auto& w : *asked.show) {
            if (w == "mechanisms") options.show_mechanisms = true;
            else if (w == "assumptions") options.show_assumptions = true;
            else if (w == "contexts") options.show_contexts = true;
            else if (w == "barriers") options.show_barriers = true;
            else if (w == "problems") options.show_problems = true;
            else if (w == "indicators") options.show_indicators = true;
            else if (w == "actors") options.show_actors = true;
        }
    }

    const OutputFormat* format = &output_formats.front();  // dot
    if (!format_name_.empty()) {
        format = find_format(format_name_);
    } else if (!output_.empty() && output_ != "-") {
        format = format_from_path(output_);
        if (!format) return bad("cannot tell the format from '" + output_ + "'; add --format");
    }
    if (auto refusal = refused_options(*format, asked); !refusal.empty()) return bad(refusal);
    if ((output_.empty() || output_ == "-") && format->binary)
        return bad(std::string(format->name) + " is binary: write it to a file with -o OUT");

    Session session({}, &io.in);
    const SessionFile& loaded = session.add(file);
    if (const std::vector<Diagnostic> errors = loaded.errors(); !errors.empty()) {
        for (const auto& d : errors) io.err << format_diagnostic(d) << '\n';
        io.err << "toc render: " << loaded.name << " has " << plural(errors.size(), "error") << "; nothing was rendered\n";
        return session.exit_status();
    }
    const Model& model = loaded.loaded.model;
    if (!highlight_.empty() && !model.find_element(highlight_))
        return bad("--highlight: no element has the id '" + highlight_ + "'" + nearest_element(model, highlight_));
    if (findings_) show_findings(options, model);
    if (!focus_.empty() && focus_elements(model, focus_).empty())
        return bad("--focus: no element or link has the id '" + focus_ + "'" + nearest_element(model, focus_));
    // A link id focuses its two ends: every format then draws the cut-down model.
    if (!focus_.empty() && !model.find_element(focus_)) options.focus.clear();
    if (options.view == DiagramView::overview)
        if (const Overview o = overview(model, {options.overview_boxes}); !o.folded.empty())
            io.err << "toc render: " << overview_note(o, options.lang.empty() ? model.default_language() : options.lang)
                   << '\n';

    if (format->layout)
        if (const std::string note = lanes_note(model, options); !note.empty())
            io.err << "toc render: warning: " << note << '\n';

    std::string error;
    const std::string data = write(*format, model, options, error, io.err);
    if (!error.empty()) {
        io.err << "toc render: " << error << '\n';
        return 2;
    }
    if (output_.empty() || output_ == "-") {
        io.out << data;
        io.out.flush();
        return io.out ? 0 : 2;
    }
    std::ofstream out(output_, std::ios::binary | std::ios::trunc);
    if (!out) {
        io.err << "toc render: cannot write '" << output_ << "'\n";
        return 2;
    }
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    out.close();
    if (!out) {
        io.err << "toc render: could not finish writing '" << output_ << "'\n";
        return 2;
    }
    return 0;
}

std::string RenderCommand::write(const OutputFormat& format, const Model& whole, const DiagramOptions& options,
                                 std::string& error, std::ostream& warnings) const {
    // Formats the DOT writer does not draw show a focus by exporting the cut-down model.
    std::optional<FocusedModel> focused;
    const bool link_focus = !focus_.empty() && !whole.find_element(focus_);
    if (!focus_.empty() && (format.focus == FocusSupport::sub_model || link_focus))
        focused = focus_model(whole, {focus_}, options.depth);
    if (focused) keep_numbers(whole, focused->model);  // a box keeps its number in the cut-down model
    const Model& model = focused ? focused->model : whole;
    switch (format.id) {
        case OutputFormatId::dot: return to_dot(model, options);
        case OutputFormatId::svg:
        case OutputFormatId::png:
        case OutputFormatId::pdf: {
            const auto image = format.id == OutputFormatId::svg   ? ImageFormat::svg
                               : format.id == OutputFormatId::png ? ImageFormat::png
                                                                  : ImageFormat::pdf;
            RenderResult r = render(model, image, options);
            if (!r.ok()) error = "Graphviz could not draw " + files_.front() + ": " + r.error;
            if (r.too_large) error += " (--view overview, or --focus ID --depth 2)";
            for (const std::string& w : r.warnings) warnings << "toc render: warning: " << w << '\n';
            if (r.ok() && options.page)
                if (const PageFit fit = fit_on_page(r.width, r.height, *options.page); !fit.legible)
                    warnings << "toc render: warning: " << fit_message(fit, *options.page) << '\n';
            return std::move(r.data);
        }
        case OutputFormatId::mermaid: {
            MermaidOptions m;
            m.lang = options.lang;
            m.direction = options.direction;
            if (show_) {
                m.mechanisms = options.show_mechanisms.value_or(false);
                m.contexts = options.show_contexts.value_or(false);
                m.barriers = options.show_barriers.value_or(false);
                m.problems = options.show_problems.value_or(false);
            }
            return to_mermaid(model, m);
        }
        case OutputFormatId::graphml: {
            GraphmlOptions g;
            g.lang = options.lang;
            return to_graphml(model, g);
        }
        case OutputFormatId::json: return to_json(model);
        case OutputFormatId::md: return indicator_table_markdown(model, {options.lang});
        case OutputFormatId::csv: return indicator_table_csv(model, {options.lang});
        case OutputFormatId::tocmaker: return to_tocmaker(model, {options.lang});
        case OutputFormatId::iati: return to_iati(model);
    }
    return {};
}

}  // namespace

std::unique_ptr<Command> make_render_command() { return std::make_unique<RenderCommand>(); }

}  // namespace toc::cli
