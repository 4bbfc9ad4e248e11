#pragma once
// The review report as a workbook (`toc report --format xlsx`): the logframe,
// the indicators with every measurement, the assumptions register, the
// pathways and the evaluation matrix, one sheet each (the tables of
// sections.hpp). Written with libxlsxwriter inside toc::report; this header
// includes none of it.

#include <string>

#include "toc/output/report/context.hpp"

namespace toc::report {

/// Writes the workbook to `path`; returns an empty string, or what went wrong in a sentence.
[[nodiscard]] std::string write_workbook(const Context& ctx, const std::string& path);

}  // namespace toc::report
