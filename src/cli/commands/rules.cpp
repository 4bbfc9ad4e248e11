// `toc rules [--format text|json|md]`: the catalogue — the loader's codes and
// every rule, with code, name, severity, family, criterion, source and summary.

#include <ostream>

#include "../args.hpp"
#include "../command.hpp"
#include "toc/checks/check.hpp"
#include "toc/checks/rules.hpp"
#include "toc/output/rules.hpp"

namespace toc::cli {

namespace {

const std::vector<std::string> rules_formats = {"text", "json", "md"};

class RulesCommand final : public Command {
public:
    std::string_view name() const override { return "rules"; }
    std::string_view summary() const override {
        return "list the loader's codes and the rules of the checks (code, name, severity, family, criterion)";
    }
    std::string_view synopsis() const override { return "[--format text|json|md]"; }

    void define(CLI::App& app) override {
        app.description(
            "Lists the catalogue: the loader's codes (TOC000-TOC009) and every rule of the checks, with its code, "
            "name, default severity, family, the evaluability criterion it serves, its source and a summary. "
            "docs/checks.md explains each.");
        app.add_option("--format", format_, "text (default), json (for tools) or md (a Markdown table)")
            ->type_name(alternatives(rules_formats))
            ->check(one_of("format", rules_formats));
    }

    int run(Streams io) override {
        const Catalogue catalogue = default_catalogue();
        const std::vector<RuleInfo> rules = all_rules(catalogue);
        if (format_ == "json") write_rules_json(io.out, rules);
        else if (format_ == "md") write_rules_markdown(io.out, rules);
        else write_rules_text(io.out, rules);
        io.out.flush();
        if (!io.out) {
            io.err << "toc rules: could not write the output\n";
            return 2;
        }
        return 0;
    }

private:
    std::string format_ = "text";
};

}  // namespace

std::unique_ptr<Command> make_rules_command() { return std::make_unique<RulesCommand>(); }

}  // namespace toc::cli
