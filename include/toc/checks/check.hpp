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

#include "toc/checks/coverage.hpp"
#include "toc/checks/explanation.hpp"
#include "toc/checks/measurement.hpp"
#include "toc/checks/rule.hpp"
#include "toc/checks/structure.hpp"

namespace toc {

/// Every built-in rule, TOC101–TOC406, in code order. A new catalogue each
/// call: there is no global state to change.
[[nodiscard]] inline Catalogue default_catalogue() {
    Catalogue c;
    checks::add_structure_rules(c);
    checks::add_measurement_rules(c);
    checks::add_explanation_rules(c);
    checks::add_coverage_rules(c);
    return c;
}

/// The loader's codes (TOC000–TOC009): the file itself is wrong. They are
/// reported by toc::load_file, not by check(); listed here for SARIF and the
/// documentation.
[[nodiscard]] inline std::vector<RuleInfo> loader_rules() {
    auto rule = [](std::string code, std::string name, std::string summary, std::string rationale,
                   std::string fix) {
        RuleInfo r;
        r.code = std::move(code);
        r.name = std::move(name);
        r.default_severity = Severity::error;
        r.summary = std::move(summary);
        r.rationale = std::move(rationale);
        r.fix = std::move(fix);
        return r;
    };
    return {
        rule("TOC000", "io-error", "The model file cannot be read.",
             "Nothing can be checked in a file that cannot be opened.",
             "Check the path and the file's permissions."),
        rule("TOC001", "yaml-syntax", "The YAML does not parse (with the line and column of the fault).",
             "A model must be valid YAML 1.2 before anything in it can be read; a duplicate key in one mapping "
             "is a YAML error too.",
             "Fix the YAML at the position given: indentation, a missing colon, an unclosed quote or bracket."),
        rule("TOC002", "unknown-key", "A key the format does not define (the nearest known key is suggested).",
             "An unknown key is almost always a typo, and a typo silently drops what it was meant to say.",
             "Correct the key as suggested; keys starting with `x-` are extension keys and never reported."),
        rule("TOC003", "wrong-type", "A value of the wrong type: a list where a map is due, text where a number is due, …",
             "The format gives every key one type; a value of another type cannot be read as meant.",
             "Write the value in the form docs/format.md gives for the key."),
        rule("TOC004", "missing-required",
             "A required key is missing (`id`, `label`, `horizon`, `toc`, …), or a required text (a label, a title) "
             "is empty.",
             "Some keys are needed to make sense of an item at all: its id to refer to it, its label to show it.",
             "Add the missing key, or write the empty text."),
        rule("TOC005", "invalid-value",
             "A bad value: an unknown enumeration value, a bad date, a bad id, a non-finite number, an unknown rule "
             "in `checks:`, an empty text in one language of a required text.",
             "A value outside the ones the format defines cannot be interpreted.",
             "Use one of the values the message lists."),
        rule("TOC006", "duplicate-id", "An id defined twice anywhere in the model (both places are named).",
             "Ids are unique across the whole model, so that every reference names exactly one item.",
             "Rename one of the two items and update the references to it."),
        rule("TOC007", "unresolved-reference", "A reference to an id that does not exist (the nearest id is suggested).",
             "A reference that resolves to nothing leaves a link or a measure dangling.",
             "Correct the id as suggested, or add the item it names."),
        rule("TOC008", "wrong-reference-kind", "A reference to an item of the wrong kind, e.g. `uses` naming an outcome.",
             "Each reference key expects items of certain kinds: `uses` expects resources, `via` mechanisms.",
             "Name an item of the kind the key expects."),
        rule("TOC009", "unsupported-version", "`toc:` is not a format version this release reads.",
             "Files of a later format version may mean things this release does not know.",
             "Write `toc: 1`, or use a release of toc that reads the file's version."),
    };
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

/// The settings of every rule for one model: the defaults, then the model's
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
    auto unknown = [&](std::string_view word, const SourceLocation& at) {
        if (!problems) return;
        std::string message = "'" + std::string(word) + "' is not a rule";
        const std::string near = catalogue.suggest(word);
        if (!near.empty()) message += "; did you mean '" + near.substr(0, near.find(' ')) + "' (" + near.substr(near.find(' ') + 1) + ")?";
        else message += "; docs/checks.md lists the rules.";
        problems->push_back({"TOC005", "invalid-value", Severity::error, at, std::move(message), model.id});
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
