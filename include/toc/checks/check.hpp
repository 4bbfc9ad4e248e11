#pragma once
// Consistency checks of a theory of change, as a compiler checks a program:
// the rule catalogue TOC1xx–TOC4xx (docs/checks.md), header-only.
//
//     toc::Model model = ...;                       // loaded, or built in code
//     for (const toc::Diagnostic& d : toc::check(model))
//         std::cout << d.location.line << ": " << d.message << " [" << d.code << "]\n";
//
//     toc::CheckOptions options;
//     options.disable = {"TOC301", "untested-risk"};  // codes or names; "all" for every rule
//     auto findings = toc::check(model, options);
//
// The catalogue is open: copy default_catalogue(), add a Rule of your own
// and pass it in CheckOptions::catalogue.

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "toc/checks/catalogue.hpp"
#include "toc/checks/context.hpp"
#include "toc/checks/reporter.hpp"
#include "toc/checks/rules.hpp"
#include "toc/checks/stage.hpp"
#include "toc/diagnostics/import_codes.hpp"  // import_rules(): the importer's codes, for SARIF and the docs
#include "toc/diagnostics/loader_codes.hpp"  // loader_rules(): the loader's codes, for SARIF and the docs

namespace toc {

/// Every code a run can report, described: the loader's and the importer's
/// (TOC0xx), then the catalogue's rules in its order. What SARIF and `toc rules` list.
[[nodiscard]] inline std::vector<RuleInfo> all_rules(const Catalogue& catalogue) {
    std::vector<RuleInfo> rules = loader_rules();
    for (RuleInfo& r : import_rules()) rules.push_back(std::move(r));
    for (const Rule& r : catalogue.rules()) rules.push_back(r.info);
    return rules;
}

struct CheckOptions {
    std::vector<std::string> enable;   ///< codes or names (or "all"); win over the model's `checks:`
    std::vector<std::string> disable;  ///< codes or names (or "all"); enable wins over disable
    const Catalogue* catalogue = nullptr;  ///< default: default_catalogue()
};

/// How one rule runs in one check: on or off, and at which severity.
struct RuleSetting {
    const Rule* rule = nullptr;
    bool enabled = true;
    Severity severity = Severity::warning;
};

/// The settings of every rule for one model: the defaults, as the model's
/// `stage:` adjusts them (checks/stage.hpp), then the model's
/// `checks:` (disable, enable, severity; `off` disables), then the command
/// line's disable and enable. Unknown rules in the model's `checks:` are
/// reported into `problems` as TOC005 invalid-value; unknown ones in
/// `options` are ignored here (see validate_options).
[[nodiscard]] inline std::vector<RuleSetting> configure(const Model& model, const CheckOptions& options,
                                                        const Catalogue& catalogue,
                                                        std::vector<Diagnostic>* problems = nullptr) {
    std::vector<RuleSetting> settings;
    settings.reserve(catalogue.rules().size());
    for (const Rule& r : catalogue.rules()) settings.push_back({&r, r.info.enabled_by_default, r.info.default_severity});
    auto find = [&](std::string_view code_or_name) -> RuleSetting* {
        const Rule* r = catalogue.find(code_or_name);
        if (!r) return nullptr;
        return &settings[static_cast<std::size_t>(r - catalogue.rules().data())];
    };
    if (model.stage)
        for (const StageAdjustment& a : stage_adjustments) {
            if (a.stage != *model.stage) continue;
            RuleSetting* s = find(a.rule);
            if (!s) continue;  // a catalogue without the rule
            s->enabled = a.severity.has_value();
            if (a.severity) s->severity = *a.severity;
        }
    auto unknown = [&](std::string_view word, const SourceLocation& at) {
        if (!problems) return;
        std::string message = "'" + std::string(word) + "' is not a rule";
        const std::string near = catalogue.suggest(word);
        if (!near.empty()) message += "; did you mean '" + near.substr(0, near.find(' ')) + "' (" + near.substr(near.find(' ') + 1) + ")?";
        else message += "; docs/checks.md lists the rules.";
        problems->push_back({std::string(loader_code::invalid_value.code), std::string(loader_code::invalid_value.name),
                             Severity::error, at, std::move(message), model.id});
    };
    auto set_all = [&](bool on) { for (auto& s : settings) s.enabled = on; };
    auto apply = [&](std::string_view word, const SourceLocation* at, bool on) {
        if (detail::iequals(word, "all")) { set_all(on); return; }
        if (RuleSetting* s = find(word)) s->enabled = on;
        else if (at) unknown(word, *at);
    };
    const CheckSettings& cs = model.checks;
    for (const Ref& r : cs.disable) apply(r.id, &r.location, false);
    for (const Ref& r : cs.enable) apply(r.id, &r.location, true);
    for (const auto& o : cs.severity) {
        RuleSetting* s = find(o.rule);
        if (!s) { unknown(o.rule, o.location); continue; }
        if (!o.severity) s->enabled = false;
        else { s->enabled = true; s->severity = *o.severity; }
    }
    for (const std::string& w : options.disable) apply(w, nullptr, false);
    for (const std::string& w : options.enable) apply(w, nullptr, true);
    return settings;
}

/// Messages for the codes or names in `options` that are not rules of the
/// catalogue ("--disable TOC999: 'TOC999' is not a rule; did you mean ...").
[[nodiscard]] inline std::vector<std::string> validate_options(const CheckOptions& options, const Catalogue& catalogue) {
    std::vector<std::string> out;
    auto one = [&](const std::string& word, std::string_view flag) {
        if (detail::iequals(word, "all") || catalogue.find(word)) return;
        std::string m = std::string(flag) + " " + word + ": '" + word + "' is not a rule";
        const std::string near = catalogue.suggest(word);
        if (!near.empty()) m += "; did you mean '" + near.substr(0, near.find(' ')) + "' (" + near.substr(near.find(' ') + 1) + ")?";
        out.push_back(std::move(m));
    };
    for (const auto& w : options.enable) one(w, "--enable");
    for (const auto& w : options.disable) one(w, "--disable");
    return out;
}
[[nodiscard]] inline std::vector<std::string> validate_options(const CheckOptions& options) {
    return validate_options(options, options.catalogue ? *options.catalogue : default_catalogue());
}

/// Runs every enabled rule on the model; returns the findings ordered by
/// location (file, line, column), rules in catalogue order at one location.
/// Never throws for anything in the model.
[[nodiscard]] inline std::vector<Diagnostic> check(const Model& model, const CheckOptions& options = {}) {
    const Catalogue built_in = options.catalogue ? Catalogue() : default_catalogue();
    const Catalogue& catalogue = options.catalogue ? *options.catalogue : built_in;
    std::vector<Diagnostic> out;
    const std::vector<RuleSetting> settings = configure(model, options, catalogue, &out);
    auto enabled = [&](std::string_view code_or_name) {
        const Rule* r = catalogue.find(code_or_name);
        return r && settings[static_cast<std::size_t>(r - catalogue.rules().data())].enabled;
    };
    const CheckContext context(model, model.checks.ceiling.value_or(Ceiling::long_term), enabled);
    for (const RuleSetting& s : settings) {
        if (!s.enabled) continue;
        Reporter reporter(s.rule->info, s.severity, out);
        s.rule->run(context, reporter);
    }
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.location < b.location;
    });
    return out;
}

/// True when a finding should fail the run: an error, or with `werror` a warning.
[[nodiscard]] inline bool fails(const std::vector<Diagnostic>& diagnostics, bool werror = false) {
    return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& d) {
        return d.severity == Severity::error || (werror && d.severity == Severity::warning);
    });
}

}  // namespace toc
