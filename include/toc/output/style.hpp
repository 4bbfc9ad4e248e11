#pragma once
// How outputs look: one shape, fill and border per kind of element (Okabe–Ito
// hues, safe for colour-blind readers; fills are light tints so black text stays
// readable), one line style per link type, and one fill and border per indicator
// status. The DOT diagram, the Mermaid chart and GraphML's yEd graphics all
// take their colours from here.
//
//     const toc::KindStyle s = toc::kind_style(element);  // s.fill == "#DDF2EA" for a short-term outcome
//
// Colours are "#RRGGBB"; shapes and styles are Graphviz names (other outputs
// map them to their own).

#include <string_view>

#include "toc/graph/indicator_status.hpp"
#include "toc/model/kind.hpp"
#include "toc/model/model.hpp"
#include "toc/model/stage.hpp"

namespace toc {

struct KindStyle {
    std::string_view shape, style, fill, border;
};

/// The shape, style, fill and border of an element (an outcome's by its horizon).
[[nodiscard]] inline KindStyle kind_style(const Element& e) {
    switch (e.kind) {
        case Kind::resource: return {"cylinder", "filled", "#FBF3BD", "#9A8C00"};
        case Kind::activity: return {"box", "filled,rounded", "#FBE3B3", "#B07A00"};
        case Kind::output: return {"box", "filled", "#D3EBF9", "#2B7DB5"};
        case Kind::outcome:
            switch (effective_horizon(e)) {
                case Horizon::short_term: return {"box", "filled,rounded", "#DDF2EA", "#007A5A"};
                case Horizon::intermediate: return {"box", "filled,rounded", "#B9E5D4", "#007A5A"};
                case Horizon::long_term: return {"box", "filled,rounded", "#8FD4BB", "#005C44"};
            }
            break;
        case Kind::impact: return {"box", "filled,rounded", "#F2D5E6", "#A24F82"};  // drawn with a double border
        case Kind::context: return {"box", "filled,dashed", "#EDEDED", "#666666"};
        case Kind::barrier: return {"box", "filled,diagonals", "#F8D5BF", "#B84A00"};  // cut corners: compact
        case Kind::problem: return {"box", "filled", "#E6E0F0", "#5E4B8B"};
        default: break;
    }
    return {"box", "filled", "#FFFFFF", "#333333"};
}

struct LinkStyle {
    std::string_view style, color, arrowhead;
    double penwidth;
};

/// The line style, colour, arrowhead and width of a link type.
[[nodiscard]] inline LinkStyle link_style(LinkType t) {
    switch (t) {
        case LinkType::leads_to: return {"solid", "#333333", "normal", 1.2};
        case LinkType::enables: return {"dashed", "#0072B2", "normal", 1.2};
        case LinkType::hinders: return {"solid", "#D55E00", "tee", 1.6};
        case LinkType::feedback: return {"dotted", "#CC79A7", "normal", 1.4};
    }
    return {"solid", "#333333", "normal", 1.0};
}

/// The colour of `uses` (resource → activity) and `addresses` lines.
inline constexpr std::string_view uses_color = "#8C8C8C";

/// The fill and the border of an indicator with this status.
[[nodiscard]] inline std::string_view status_fill(IndicatorStatus s) {
    switch (s) {
        case IndicatorStatus::achieved: return "#BDE6D5";   // bluish green tint
        case IndicatorStatus::on_track: return "#CFE6F6";   // sky blue tint
        case IndicatorStatus::behind: return "#F8CFA9";     // orange / vermillion tint
        case IndicatorStatus::no_data: return "#E4E4E4";
        case IndicatorStatus::no_target: return "#FFFFFF";
    }
    return "#FFFFFF";
}
[[nodiscard]] inline std::string_view status_border(IndicatorStatus s) {
    switch (s) {
        case IndicatorStatus::achieved: return "#007A5A";
        case IndicatorStatus::on_track: return "#0072B2";
        case IndicatorStatus::behind: return "#C04A00";
        case IndicatorStatus::no_data:
        case IndicatorStatus::no_target: return "#888888";
    }
    return "#888888";
}

/// How a finding is marked on a box: a symbol (never colour alone) and an
/// Okabe–Ito colour for the symbol, the word and the box's border.
struct StatusMark {
    std::string_view symbol, color;
};

/// The mark of a result's status (outcomes and impacts); `expected` has none.
[[nodiscard]] inline StatusMark status_mark(ResultStatus s) {
    switch (s) {
        case ResultStatus::expected: return {"", ""};
        case ResultStatus::achieved: return {"✔", "#007A5A"};         // bluish green
        case ResultStatus::partly_achieved: return {"◐", "#B07A00"};  // orange
        case ResultStatus::not_achieved: return {"✘", "#C04A00"};     // vermillion
        case ResultStatus::too_early: return {"◌", "#0072B2"};        // blue
        case ResultStatus::contested: return {"±", "#A24F82"};        // reddish purple
    }
    return {"", ""};
}

/// The mark of an assumption's status; `open` is a question mark in grey.
[[nodiscard]] inline StatusMark status_mark(AssumptionStatus s) {
    switch (s) {
        case AssumptionStatus::open: return {"?", "#666666"};
        case AssumptionStatus::supported: return {"✔", "#007A5A"};
        case AssumptionStatus::partly_supported: return {"◐", "#B07A00"};
        case AssumptionStatus::refuted: return {"✘", "#C04A00"};
        case AssumptionStatus::contested: return {"±", "#A24F82"};
    }
    return {"?", "#666666"};
}

}  // namespace toc
