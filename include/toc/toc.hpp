#pragma once
// The whole public API of toc in one include.
//
//   toc::LoadResult r = toc::load_file("models/hela_familjen.yaml");   // link toc::yaml
//   auto findings = toc::check(r.model);                              // header-only
//   std::string dot = toc::to_dot(r.model);                           // header-only
//   auto svg = toc::render(r.model, ...);                             // link toc::render

#include "toc/version.hpp"
#include "toc/source_location.hpp"
#include "toc/diagnostic.hpp"
#include "toc/diagnostic_output.hpp"
#include "toc/text.hpp"
#include "toc/date.hpp"
#include "toc/number.hpp"
#include "toc/kind.hpp"
#include "toc/extension.hpp"
#include "toc/model.hpp"
#include "toc/model_index.hpp"
#include "toc/load.hpp"
#include "toc/graph.hpp"
#include "toc/analysis.hpp"
#include "toc/check.hpp"
#include "toc/sarif.hpp"
#include "toc/dot.hpp"
#include "toc/render.hpp"
#include "toc/indicator_table.hpp"
#include "toc/export_json.hpp"
#include "toc/export_mermaid.hpp"
#include "toc/export_graphml.hpp"
