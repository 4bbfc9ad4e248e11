#pragma once
// A table of the review report: a heading, column names and rows of cells. The
// sections (sections.hpp) build them once from the model; the HTML page, the
// Markdown file and the workbook each only lay them out, so every format says
// the same thing.

#include <string>
#include <vector>

namespace toc::report {

/// One cell: plain text (never markup), and, when the cell names an element,
/// that element's index in Model::elements (the HTML page links it to the diagram).
struct Cell {
    std::string text;
    int element = -1;

    Cell() = default;
    Cell(std::string t, int e = -1) : text(std::move(t)), element(e) {}
    Cell(const char* t) : text(t) {}
};

struct Table {
    std::string id;                      ///< stable, for anchors and sheet names: "pathways"
    std::string title;                   ///< in the report's language
    std::vector<std::string> columns;
    std::vector<std::vector<Cell>> rows;
    std::string empty_note;              ///< said instead of an empty table, may be empty
};

}  // namespace toc::report
