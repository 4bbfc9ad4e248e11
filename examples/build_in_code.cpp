// Build a theory of change in C++ (no YAML), check it and write DOT.

#include <iostream>

#include <toc/checks/check.hpp>
#include <toc/diagnostics/format.hpp>
#include <toc/output/dot.hpp>
#include <toc/model/model.hpp>

int main() {
    toc::Model m;
    m.id = "family_support";
    m.title = toc::Text{{"sv", "Familjestöd"}, {"en", "Family support"}};
    m.languages = {"sv", "en"};

    toc::Element coaching;
    coaching.kind = toc::Kind::activity;
    coaching.id = "a_coaching";
    coaching.label = toc::Text{{"sv", "Familjecoachning"}, {"en", "Family coaching"}};
    coaching.links.push_back({.type = toc::LinkType::leads_to, .from = "a_coaching", .to = "o_trust"});

    toc::Element trust;
    trust.kind = toc::Kind::outcome;
    trust.id = "o_trust";
    trust.label = toc::Text{{"sv", "Tillit"}, {"en", "Trust"}};
    trust.horizon = toc::Horizon::short_term;
    trust.links.push_back({.type = toc::LinkType::leads_to, .from = "o_trust", .to = "o_work"});

    toc::Element work;
    work.kind = toc::Kind::outcome;
    work.id = "o_work";
    work.label = toc::Text{{"sv", "Arbete eller studier"}, {"en", "Work or studies"}};
    work.horizon = toc::Horizon::long_term;

    m.elements = {coaching, trust, work};

    for (const auto& d : toc::check(m)) std::cerr << toc::format_diagnostic(d) << '\n';
    toc::DiagramOptions options;
    options.lang = "en";
    std::cout << toc::to_dot(m, options);
    return 0;
}
