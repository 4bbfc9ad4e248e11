// Add a project-specific check to the catalogue: every outcome must name
// whose change it is by an actor with the role target_group.

#include <iostream>

#include <toc/toc.hpp>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: custom_rule MODEL.yaml\n";
        return 2;
    }
    toc::LoadResult loaded = toc::load_file(argv[1]);
    if (!loaded.ok()) {
        toc::write_text(std::cerr, loaded.diagnostics);
        return 1;
    }

    toc::Catalogue catalogue = toc::default_catalogue();
    toc::Rule rule;
    rule.info.code = "X001";
    rule.info.name = "outcome-without-target-group";
    rule.info.default_severity = toc::Severity::warning;
    rule.info.summary = "An outcome concerns no actor of the target group.";
    rule.info.rationale = "Our funder asks whose change every outcome is.";
    rule.run = [](const toc::CheckContext& ctx, toc::Reporter& out) {
        const toc::Model& m = ctx.model();
        for (const toc::Element& e : m.elements) {
            if (e.kind != toc::Kind::outcome) continue;
            bool target_group = false;
            for (const toc::Ref& a : e.actors)
                for (const toc::Actor& actor : m.actors)
                    if (actor.id == a.id && actor.role == toc::ActorRole::target_group) target_group = true;
            if (!target_group)
                out.report(e.id, e.location, "outcome '" + e.id + "' (" + e.label.str() +
                                                 ") names no actor of the target group");
        }
    };
    catalogue.add(rule);

    toc::CheckOptions options;
    options.catalogue = &catalogue;
    options.disable = {"all"};
    options.enable = {"X001"};
    auto findings = toc::check(loaded.model, options);
    toc::sort_diagnostics(findings);
    toc::write_text(std::cout, findings);
    std::cout << toc::format_summary(toc::DiagnosticSummary::of(findings)) << '\n';
    return 0;
}
