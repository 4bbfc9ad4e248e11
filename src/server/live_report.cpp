#include "live_report.hpp"

#include <cstring>
#include <string_view>

#include <nlohmann/json.hpp>

#include "toc/diagnostics/format.hpp"
#include "toc/load/workspace.hpp"
#include "toc/output/report/assets.hpp"
#include "toc/render/report_diagrams.hpp"

namespace toc::server {

LiveReport::LiveReport(std::string file, const Catalogue& catalogue)
    : file_(std::move(file)), catalogue_(catalogue), rules_(all_rules(catalogue)) {
    const std::size_t languages = report::page_languages(report::default_language(Model{})).size();
    for (std::size_t i = 0; i < languages; ++i)
        workers_.push_back(std::make_unique<Worker>([this, i](std::string_view text) { return draw(text, i); }));
}

LiveReport::~LiveReport() = default;

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

namespace {


// Over a pipe: lengths as 8 bytes, then the bytes.
void put(std::string& to, const std::string& s) {
    const std::uint64_t n = s.size();
    to.append(reinterpret_cast<const char*>(&n), sizeof n);
    to += s;
}
bool take(std::string_view& from, std::string& s) {
    std::uint64_t n = 0;
    if (from.size() < sizeof n) return false;
    std::memcpy(&n, from.data(), sizeof n);
    from.remove_prefix(sizeof n);
    if (from.size() < n) return false;
    s.assign(from.substr(0, n));
    from.remove_prefix(n);
    return true;
}

/// One language's drawings, or why Graphviz could not make them.
std::string encode(const std::optional<report::LanguageDiagrams>& d, const std::string& why) {
    std::string s;
    put(s, d ? std::string() : why.empty() ? std::string("no reason given") : why);
    put(s, d ? d->theory : std::string());
    put(s, d ? d->indicators : std::string());
    put(s, d ? d->overview : std::string());
    put(s, d && d->left_out ? "left out" : "");
    return s;
}
bool decode(std::string_view s, report::LanguageDiagrams& d, std::string& why) {
    std::string left_out;
    const bool whole = take(s, why) && take(s, d.theory) && take(s, d.indicators) && take(s, d.overview) &&
                       take(s, left_out) && s.empty();
    d.left_out = !left_out.empty();
    return whole;
}

/// A text loaded and checked: the model, its findings, and its errors (one line each).
struct Checked {
    LoadResult loaded;
    std::vector<Diagnostic> findings;
    std::vector<std::string> errors;
};

Checked check_text(const std::string& file, const std::string& text, const Catalogue& catalogue) {
    Checked out;
    Workspace workspace;
    workspace.open(file, text);
    out.loaded = workspace.load(file);
    CheckOptions options;
    options.catalogue = &catalogue;
    if (out.loaded.ok()) out.findings = check(out.loaded.model, options);
    std::vector<Diagnostic> errors;
    for (const auto& d : out.loaded.diagnostics)
        if (d.severity == Severity::error) errors.push_back(d);
    for (const auto& d : out.findings)
        if (d.severity == Severity::error) errors.push_back(d);
    sort_diagnostics(errors);
    for (const auto& d : errors) out.errors.push_back(format_diagnostic(d));
    return out;
}

}  // namespace

/// In a worker process: loads and checks the text it is sent, and draws the
/// page's diagrams in the page's `index`th language (report::page_languages).
/// A text with errors is not drawn: the server shows its errors instead.
std::string LiveReport::draw(std::string_view text, std::size_t index) const {
    const Checked c = check_text(file_, std::string(text), catalogue_);
    if (!c.errors.empty()) return encode(std::nullopt, "the model has errors");
    const std::string lang = report::page_languages(report::default_language(c.loaded.model)).at(index);
    std::string why;
    const auto d = report::draw_language_diagrams(c.loaded.model, c.findings, lang, why);
    return encode(d, why);
}

/// Sends `text` to the workers, which draw each language of the page in a
/// process of its own, at the same time (on a machine with two cores the page
/// is ready in about half the time); meanwhile loads and checks it here, then
/// composes the page from what the workers drew.
LiveReport::Built LiveReport::build_text(const std::string& text, std::uint64_t version) {
    for (auto& w : workers_) w->send(text);
    Built out;
    Checked checked = check_text(file_, text, catalogue_);
    out.errors = std::move(checked.errors);
    const std::vector<std::string> languages =
        report::page_languages(report::default_language(checked.loaded.model));
    std::vector<report::LanguageDiagrams> diagrams;
    for (std::size_t i = 0; i < workers_.size(); ++i) {
        std::string why;
        const std::optional<std::string> answer = workers_[i]->answer(why);  // every worker's, to keep step
        if (!out.errors.empty()) continue;
        report::LanguageDiagrams d{languages.at(i), {}, {}};
        if (!answer) {
            out.errors.push_back(file_ + ": the drawing stopped " + why + " (Graphviz could not draw the model?)");
        } else if (!decode(*answer, d, why)) {
            out.errors.push_back(file_ + ": the drawing came back incomplete");
        } else if (!why.empty()) {
            std::string message = file_;
            message.append(": Graphviz could not draw the model: ").append(why);
            out.errors.push_back(std::move(message));
        } else {
            diagrams.push_back(std::move(d));
        }
    }
    if (!out.errors.empty()) return out;
    out.page = report::report_html(checked.loaded.model, checked.findings, rules_, diagrams,
                                   report::embedded_assets(), report::LivePage{version});
    out.findings = checked.findings.size();
    return out;
}

std::optional<Rebuild> LiveReport::rebuild() {
    SourceText source = read_source(file_);
    std::optional<std::string> text;
    if (source.ok()) text = std::move(source.text);
    if (built_ && text == last_text_) return std::nullopt;
    built_ = true;
    last_text_ = text;
    ++build_;

    Rebuild out;
    if (!text) {
        out.errors.push_back(format_diagnostic(*source.error));
    } else {
        Built built = build_text(*text, build_);
        out.errors = std::move(built.errors);
        out.findings = built.findings;
        if (out.errors.empty()) {
            version_ = build_;
            page_ = std::move(built.page);
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
