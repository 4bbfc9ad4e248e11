#pragma once
// A YAML document read into a flat tree of nodes through yaml-cpp's event
// parser. Aliases stay alias nodes (never expanded here); duplicate keys and
// parse faults become located problems. Internal to toc::yaml.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace toc::yaml_detail {

using NodeIndex = std::uint32_t;
inline constexpr NodeIndex no_node = 0xffffffffu;

struct YNode {
    enum class Type : std::uint8_t { null, scalar, sequence, map, alias };
    Type type = Type::null;
    bool plain = false;          ///< scalar written plain and untagged (its type is resolved by the core schema)
    int line = 0;                ///< 1-based
    int column = 0;              ///< 1-based
    NodeIndex target = no_node;  ///< for an alias: the anchored node
    std::string value;           ///< scalar text
    std::string anchor;          ///< anchor name on this node, or for an alias the name it refers to
    std::vector<NodeIndex> children;  ///< sequence items; for maps key, value, key, value, ...
};

struct YProblem {
    int line = 0;
    int column = 0;
    std::string message;
};

struct YDocument {
    std::vector<YNode> nodes;
    NodeIndex root = no_node;
};

struct YParse {
    std::vector<YDocument> documents;  ///< every complete document
    std::vector<YProblem> errors;      ///< parse faults (fatal: at most one) and duplicate keys
    bool fatal = false;                ///< the text could not be read to the end
};

/// Reads YAML text. Never throws.
YParse parse_yaml(std::string_view text);

}  // namespace toc::yaml_detail
