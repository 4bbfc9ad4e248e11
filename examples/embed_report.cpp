// Load a model, check it, and write the review report a steering group reads
// (one self-contained HTML page, its drawings by Graphviz), as `toc report` does.
//   embed_report models/hela_familjen.yaml report.html

#include <fstream>
#include <iostream>

#include <toc/output/report/html.hpp>
#include <toc/render/report_diagrams.hpp>
#include <toc/toc.hpp>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: embed_report MODEL.yaml REPORT.html\n";
        return 2;
    }
    const toc::LoadResult loaded = toc::load_file(argv[1]);
    if (!loaded.ok()) {  // the page is for a model that loads; the loader says why not
        toc::write_text(std::cerr, loaded.diagnostics);
        return 1;
    }
    const std::vector<toc::Diagnostic> findings = toc::check(loaded.model);
    std::string why;
    const auto diagrams =
        toc::report::draw_diagrams(loaded.model, findings, toc::report::default_language(loaded.model), why);
    if (!diagrams) {
        std::cerr << "Graphviz could not draw the model: " << why << '\n';
        return 1;
    }
    const std::string page = toc::report::report_html(loaded.model, findings, toc::all_rules(toc::default_catalogue()),
                                                      *diagrams, toc::report::embedded_assets());
    std::ofstream out(argv[2], std::ios::binary);
    out << page;
    if (!out) {
        std::cerr << "cannot write " << argv[2] << '\n';
        return 2;
    }
    std::cout << "wrote " << argv[2] << " (" << page.size() << " bytes, " << findings.size() << " findings)\n";
    return 0;
}
