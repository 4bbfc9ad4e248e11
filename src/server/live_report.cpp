#include "live_report.hpp"

#include <nlohmann/json.hpp>

#include "toc/diagnostics/format.hpp"
#include "toc/load/workspace.hpp"
#include "toc/output/report/assets.hpp"
#include "toc/render/render.hpp"

namespace toc::server {

std::string report_language(const Model& model) {
    for (const auto& l : model.languages)
        if (l == "sv" || l == "en") return l;
    return "en";
}

std::optional<std::vector<report::LanguageDiagrams>> report_diagrams(const Model& model, const std::string& lang,
                                                                    std::string& error) {
    std::vector<report::LanguageDiagrams> diagrams;
    for (const std::string& l : {lang, std::string(lang == "sv" ? "en" : "sv")}) {
        report::LanguageDiagrams d{l, {}, {}};
        DiagramOptions theory;
        theory.lang = l;
        // everything, so that every element can be opened and the page's toggles have something to hide
        theory.show_mechanisms = theory.show_assumptions = theory.show_contexts = theory.show_barriers =
            theory.show_problems = true;
        RenderResult r = render(model, ImageFormat::svg, theory);
        if (!r.ok()) {
            error = r.error;
            return std::nullopt;
        }
        d.theory = std::move(r.data);
        if (!model.indicators.empty()) {
            DiagramOptions map = theory;
            map.view = DiagramView::indicators;
            map.show_mechanisms = map.show_assumptions = map.show_contexts = map.show_barriers = map.show_problems =
                std::nullopt;
            RenderResult i = render(model, ImageFormat::svg, map);
            if (i.ok()) d.indicators = std::move(i.data);
        }
        diagrams.push_back(std::move(d));
    }
    return diagrams;
}

LiveReport::LiveReport(std::string file, const Catalogue& catalogue)
    : file_(std::move(file)), catalogue_(catalogue), rules_(all_rules(catalogue)) {}

namespace {

/// The stream's message: {"build", "version", "errors": [{"text"}], "page"?}, one line of JSON.
std::string message(std::uint64_t build, std::uint64_t version, const std::vector<std::string>& errors,
                    const std::string* page) {
    nlohmann::json m = {{"build", build}, {"version", version}, {"errors", nlohmann::json::array()}};
    for (const auto& e : errors) m["errors"].push_back({{"text", e}});
    if (page) m["page"] = *page;
    return m.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::optional<Rebuild> LiveReport::rebuild() {
    SourceText source = read_source(file_);
    std::optional<std::string> text;
    if (source.ok()) text = std::move(source.text);
    if (built_ && text == last_text_) return std::nullopt;
    built_ = true;
    last_text_ = text;
    ++build_;

    Rebuild out;
    std::vector<Diagnostic> errors;
    LoadResult loaded;
    std::vector<Diagnostic> findings;
    if (!text) {
        errors.push_back(*source.error);
    } else {
        Workspace workspace;
        workspace.open(file_, *text);
        loaded = workspace.load(file_);
        CheckOptions options;
        options.catalogue = &catalogue_;
        if (loaded.ok()) findings = check(loaded.model, options);
        for (const auto& d : loaded.diagnostics)
            if (d.severity == Severity::error) errors.push_back(d);
        for (const auto& d : findings)
            if (d.severity == Severity::error) errors.push_back(d);
    }
    sort_diagnostics(errors);
    for (const auto& d : errors) out.errors.push_back(format_diagnostic(d));
    if (errors.empty()) {
        std::string why;
        const std::string lang = report_language(loaded.model);
        if (auto diagrams = report_diagrams(loaded.model, lang, why)) {
            version_ = build_;
            page_ = report::report_html(loaded.model, findings, rules_, *diagrams, report::embedded_assets(),
                                        report::LivePage{version_});
            out.findings = findings.size();
        } else {
            out.errors.push_back(file_ + ": Graphviz could not draw the model: " + why);
        }
    }
    if (page_.empty())  // nothing built without errors yet: a page with the banner alone
        page_ = report::report_html(Model{}, {}, rules_, {}, report::embedded_assets(), report::LivePage{0});

    auto snapshot = std::make_shared<Snapshot>();
    snapshot->build = build_;
    snapshot->version = version_;
    snapshot->page = page_;
    snapshot->policy = report::content_security_policy(report::embedded_assets(), true);
    snapshot->message = message(build_, version_, out.errors, nullptr);
    snapshot->message_with_page = message(build_, version_, out.errors, &page_);
    out.snapshot = std::move(snapshot);
    return out;
}

}  // namespace toc::server
