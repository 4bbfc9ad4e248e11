// Load a model file, check it, and print the findings the way `toc check` does.
//   embed_basic models/hela_familjen.yaml

#include <iostream>

#include <toc/toc.hpp>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: embed_basic MODEL.yaml\n";
        return 2;
    }
    toc::LoadResult loaded = toc::load_file(argv[1]);  // never throws for bad input
    std::vector<toc::Diagnostic> findings = loaded.diagnostics;
    if (loaded.ok()) {
        auto checked = toc::check(loaded.model);
        findings.insert(findings.end(), checked.begin(), checked.end());
    }
    toc::sort_diagnostics(findings);
    toc::write_text(std::cout, findings);
    const auto summary = toc::DiagnosticSummary::of(findings);
    std::cout << toc::format_summary(summary) << '\n';
    return summary.errors > 0 ? 1 : 0;
}
