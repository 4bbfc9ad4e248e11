#pragma once
// Rendering diagrams with the Graphviz library, in process (cgraph + gvc; no
// `dot` program is run). Link with toc::render. Graphviz's headers stay inside
// the library; errors come back as values, never as exceptions.
//
//   auto svg = toc::render(model, toc::ImageFormat::svg);
//   if (!svg.ok()) std::cerr << svg.error << '\n';
//
// Graphviz keeps global state; the calls here are serialized by a lock, so they
// are safe to make from several threads (they do not run in parallel).

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "toc/output/dot.hpp"
#include "toc/model/model.hpp"

namespace toc {

enum class ImageFormat { dot, svg, png, pdf };

[[nodiscard]] constexpr std::string_view to_string(ImageFormat f) noexcept {
    switch (f) {
        case ImageFormat::dot: return "dot";
        case ImageFormat::svg: return "svg";
        case ImageFormat::png: return "png";
        case ImageFormat::pdf: return "pdf";
    }
    return "dot";
}
[[nodiscard]] constexpr std::optional<ImageFormat> parse_image_format(std::string_view s) noexcept {
    if (s == "dot" || s == "gv") return ImageFormat::dot;
    if (s == "svg") return ImageFormat::svg;
    if (s == "png") return ImageFormat::png;
    if (s == "pdf") return ImageFormat::pdf;
    return std::nullopt;
}
/// True for formats whose output is not text (png, pdf).
[[nodiscard]] constexpr bool is_binary(ImageFormat f) noexcept {
    return f == ImageFormat::png || f == ImageFormat::pdf;
}

struct RenderResult {
    std::string data;                   ///< the rendered document (bytes for png and pdf)
    std::string error;                  ///< empty on success
    std::vector<std::string> warnings;  ///< what Graphviz warned about, if anything
    double width = 0, height = 0;       ///< the laid-out drawing's natural size in points (before any `size` scaling)
    bool too_large = false;             ///< not laid out: more nodes than layout_effort::max_nodes (`error` says so)
    [[nodiscard]] bool ok() const noexcept { return error.empty(); }
};

/// Lays out DOT text with Graphviz's dot layout and renders it. For ImageFormat::dot
/// the text is checked (it must parse) and returned as given. A large drawing is
/// laid out with bounded effort, a warning says so; one too large is an error
/// (render/layout_effort.hpp).
[[nodiscard]] RenderResult render_dot(std::string_view dot, ImageFormat format);

/// The model's diagram (toc::to_dot) rendered in one format.
[[nodiscard]] inline RenderResult render(const Model& model, ImageFormat format, const DiagramOptions& options = {}) {
    if (auto e = diagram_options_error(model, options); !e.empty()) return {{}, e, {}};
    return render_dot(to_dot(model, options), format);
}

/// DOT text read back with cgraph: what a Graphviz program sees in it. Used by the
/// tests and by tools that check a diagram's structure.
struct DotGraph {
    using Attributes = std::map<std::string, std::string>;
    struct Node {
        std::string name;
        Attributes attributes;              ///< every declared attribute, defaults included
        std::set<std::string> html;         ///< attributes whose value is an HTML-like label
        std::optional<std::pair<double, double>> position;  ///< centre in points (with layout)
        double width = 0, height = 0;       ///< in points (with layout)
    };
    struct Edge {
        std::string tail, head;
        Attributes attributes;
        std::set<std::string> html;
        std::optional<std::pair<double, double>> label_position;  ///< (with layout, labelled edges)
        double label_width = 0, label_height = 0;
    };
    struct Subgraph {
        std::string name;
        Attributes attributes;              ///< attributes set on the subgraph itself
        std::vector<std::string> nodes;     ///< names of its nodes (nested subgraphs' included)
        std::optional<std::array<double, 4>> box;  ///< cluster bounding box llx, lly, urx, ury (with layout)
    };

    bool directed = false;
    std::string name;
    Attributes attributes;
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    std::vector<Subgraph> subgraphs;        ///< every subgraph, depth first
    std::optional<std::array<double, 4>> box;  ///< the drawing's bounding box llx, lly, urx, ury (with layout)
    std::string error;                      ///< empty when the text parsed
    std::vector<std::string> warnings;

    [[nodiscard]] bool ok() const noexcept { return error.empty(); }
    [[nodiscard]] const Node* node(std::string_view n) const {
        for (const auto& x : nodes) if (x.name == n) return &x;
        return nullptr;
    }
    [[nodiscard]] const Subgraph* subgraph(std::string_view n) const {
        for (const auto& x : subgraphs) if (x.name == n) return &x;
        return nullptr;
    }
    [[nodiscard]] std::string attribute(const Node& n, const std::string& key) const {
        auto it = n.attributes.find(key);
        return it == n.attributes.end() ? std::string() : it->second;
    }
};

/// Parses DOT text with cgraph; with `layout`, also runs the dot layout and fills
/// in positions and sizes.
[[nodiscard]] DotGraph read_dot(std::string_view dot, bool layout = false);

}  // namespace toc
