#pragma once
// The whole public API of toc in one include.
//
//   toc::LoadResult r = toc::load_file("models/hela_familjen.yaml");   // link toc::yaml
//   auto findings = toc::check(r.model);                              // header-only
//   std::string dot = toc::to_dot(r.model);                           // header-only
//   auto svg = toc::render(r.model, ...);                             // link toc::render

#include "toc/version.hpp"
#include "toc/diagnostics/source_location.hpp"
#include "toc/diagnostics/diagnostic.hpp"
#include "toc/diagnostics/format.hpp"
#include "toc/diagnostics/rule_info.hpp"
#include "toc/diagnostics/loader_codes.hpp"
#include "toc/model/text.hpp"
#include "toc/model/date.hpp"
#include "toc/model/number.hpp"
#include "toc/model/kind.hpp"
#include "toc/model/extension.hpp"
#include "toc/model/model.hpp"
#include "toc/model/index.hpp"
#include "toc/load/load.hpp"
#include "toc/graph/graph.hpp"
#include "toc/graph/analysis.hpp"
#include "toc/checks/check.hpp"
#include "toc/output/sarif.hpp"
#include "toc/output/dot.hpp"
#include "toc/render/render.hpp"
#include "toc/output/tables.hpp"
#include "toc/output/json.hpp"
#include "toc/output/mermaid.hpp"
#include "toc/output/graphml.hpp"
#include "toc/output/rules.hpp"
