#pragma once
// Where a rule writes its findings: the reporter turns a rule's subject,
// location and sentence into a Diagnostic with the rule's code and name and
// the configured severity.

#include <string>
#include <utility>
#include <vector>

#include "toc/diagnostics/diagnostic.hpp"
#include "toc/diagnostics/rule_info.hpp"

namespace toc {

/// Where a rule writes its findings. The rule gives the subject (the id of
/// the item concerned), the location of the YAML node concerned, and a plain
/// sentence; code, name and severity come from the rule and the configuration.
class Reporter {
public:
    Reporter(const RuleInfo& rule, Severity severity, std::vector<Diagnostic>& out)
        : rule_(&rule), severity_(severity), out_(&out) {}

    void report(std::string subject, SourceLocation location, std::string message) {
        Diagnostic d;
        d.code = rule_->code;
        d.name = rule_->name;
        d.severity = severity_;
        d.location = std::move(location);
        d.message = std::move(message);
        d.subject = std::move(subject);
        out_->push_back(std::move(d));
    }
    [[nodiscard]] const RuleInfo& rule() const noexcept { return *rule_; }
    [[nodiscard]] Severity severity() const noexcept { return severity_; }

private:
    const RuleInfo* rule_;
    Severity severity_;
    std::vector<Diagnostic>* out_;
};

}  // namespace toc
