#pragma once
// The content of an `x-` extension key, kept as written: a small tree of
// scalars, sequences and maps stored flat, with aliases kept as aliases
// (never expanded, so an alias bomb costs nothing).

#include <cstddef>
#include <string>
#include <vector>

#include "toc/diagnostics/source_location.hpp"

namespace toc {

struct ExtensionNode {
    enum class Type { null, scalar, sequence, map, alias };
    Type type = Type::null;
    std::string value;                  ///< scalar text, or the anchor name an alias refers to
    std::string anchor;                 ///< anchor name defined on this node, if any
    std::vector<std::size_t> children;  ///< indices into Extension::nodes; maps alternate key, value
    SourceLocation location;
};

struct Extension {
    std::string key;                    ///< e.g. "x-notes"
    std::vector<ExtensionNode> nodes;   ///< nodes[0] is the value of the key
    SourceLocation location;            ///< of the key

    [[nodiscard]] const ExtensionNode& root() const { return nodes.front(); }
};

}  // namespace toc
