#pragma once
// Paper pages a drawing is fitted to (`toc render --page a4|a3|letter
// [--landscape]`), and whether its text stays legible once fitted.
//
//     const auto page = toc::find_page("a4", true);             // 11.69 × 8.27 in
//     const auto fit = toc::fit_on_page(1400, 900, *page);       // the layout's size in points
//     if (!fit.legible) warn(toc::fit_message(fit, *page));      // "… box text 6.1 pt …"
//
// The DOT writer sets the drawing's `size` to the page less its margins, so
// Graphviz scales a larger drawing down (never up); the text then shrinks by
// the same factor.

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace toc {

struct Page {
    std::string_view name;      ///< "a4"
    double width = 0, height = 0;  ///< inches, as held (landscape: the long side across)
    bool landscape = false;
};

/// The text size boxes are written in (DOT node fontsize), and the smallest size
/// read comfortably on paper.
inline constexpr double box_text_pt = 11;
inline constexpr double legible_text_pt = 8;
/// The white margin left around the drawing on every side, in inches.
inline constexpr double page_margin = 0.3;

inline constexpr std::array<Page, 3> pages{{{"a4", 8.27, 11.69}, {"a3", 11.69, 16.54}, {"letter", 8.5, 11.0}}};

/// "a4, a3 or letter".
[[nodiscard]] inline std::string page_names() {
    std::string s;
    for (std::size_t i = 0; i < pages.size(); ++i)
        s += (i == 0 ? "" : i + 1 == pages.size() ? " or " : ", ") + std::string(pages[i].name);
    return s;
}

/// The page with this name (lower case), held upright or across; nullopt for
/// a name no page has.
[[nodiscard]] inline std::optional<Page> find_page(std::string_view name, bool landscape = false) {
    for (Page p : pages)
        if (p.name == name) {
            if (landscape) std::swap(p.width, p.height);
            p.landscape = landscape;
            return p;
        }
    return std::nullopt;
}

/// The area a drawing may fill, in inches: the page less its margins.
[[nodiscard]] constexpr std::pair<double, double> drawable(const Page& p) noexcept {
    return {p.width - 2 * page_margin, p.height - 2 * page_margin};
}

struct PageFit {
    double scale = 1;          ///< ≤ 1: how much the drawing shrinks to fit
    double text_pt = box_text_pt;  ///< the box text's size on paper
    bool legible = true;       ///< text_pt ≥ legible_text_pt
};

/// How a drawing of `width` × `height` points fits on `page`.
[[nodiscard]] inline PageFit fit_on_page(double width, double height, const Page& page) {
    PageFit f;
    const auto [w, h] = drawable(page);
    if (width > 0 && height > 0) f.scale = std::min({1.0, w * 72 / width, h * 72 / height});
    f.text_pt = box_text_pt * f.scale;
    f.legible = f.text_pt + 1e-9 >= legible_text_pt;
    return f;
}

/// "1.0"-style: one decimal.
[[nodiscard]] inline std::string one_decimal(double v) {
    std::array<char, 32> buf{};
    std::snprintf(buf.data(), buf.size(), "%.1f", v);
    return buf.data();
}

/// A sentence for a drawing that is not legible once fitted.
[[nodiscard]] inline std::string fit_message(const PageFit& fit, const Page& page) {
    return "fitted to " + std::string(page.name) + (page.landscape ? " landscape" : "") + ", the box text is " +
           one_decimal(fit.text_pt) + " pt (under " + one_decimal(legible_text_pt) +
           " pt, hard to read); try --view overview, --focus ID, a larger --page or --landscape";
}

}  // namespace toc
