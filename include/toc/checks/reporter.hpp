#pragma once
// Where a rule writes its findings: the reporter turns a rule's subject,
// location and sentence into a Diagnostic with the rule's code and name and
// the configured severity.

#include <string>
#include <utility>
#include <vector>

#include "toc/diagnostics/diagnostic.hpp"
#include "toc/diagnostics/rule_info.hpp"
#include "toc/model/model.hpp"

namespace toc {

/// Where a rule writes its findings. The rule gives the subject (the id of
/// the item concerned), the location of the YAML node concerned, and a plain
/// sentence; code, name and severity come from the rule and the configuration.
class Reporter {
public:
    Reporter(const RuleInfo& rule, Severity severity, std::vector<Diagnostic>& out)
        : rule_(&rule), severity_(severity), out_(&out) {}

    void report(std::string subject, SourceLocation location, std::string message,
                std::vector<RelatedLocation> related = {}) {
        Diagnostic d;
        d.code = rule_->code;
        d.name = rule_->name;
        d.severity = severity_;
        d.location = std::move(location);
        d.message = std::move(message);
        d.subject = std::move(subject);
        d.related = std::move(related);
        out_->push_back(std::move(d));
    }

    /// A finding about a link: its subject and location are the link's, and the
    /// two ends are related locations (where the source and the target are written).
    template <class Context>
    void report_link(const Context& ctx, const Link& link, const Element& source, std::string&& message) {
        report(Context::link_subject(link, source), Context::link_location(link, source), std::move(message),
               ctx.link_ends(link, source));
    }
    [[nodiscard]] const RuleInfo& rule() const noexcept { return *rule_; }
    [[nodiscard]] Severity severity() const noexcept { return severity_; }

private:
    const RuleInfo* rule_;
    Severity severity_;
    std::vector<Diagnostic>* out_;
};

}  // namespace toc
