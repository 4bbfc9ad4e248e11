#pragma once
// A number as it was written: its value and the decimals it was written with,
// so that "14.8" means one decimal (the measurement-arithmetic check needs it).

#include <algorithm>
#include <cmath>
#include <string>

namespace toc {

struct Number {
    double value = 0.0;
    int decimals = 0;   ///< digits written after the decimal point (after applying an exponent)
    std::string text;   ///< the number as written; empty for numbers made in code

    Number() = default;
    Number(double v, int d = -1) : value(v), decimals(d >= 0 ? d : guess_decimals(v)) {}

    [[nodiscard]] bool is_integer() const noexcept { return decimals == 0 && std::floor(value) == value; }
    [[nodiscard]] std::string str() const {
        if (!text.empty()) return text;
        std::string s = std::to_string(value);  // fixed, 6 decimals
        if (decimals < 6) s.erase(s.size() - static_cast<std::size_t>(6 - decimals) - (decimals == 0 ? 1 : 0));
        return s;
    }

private:
    static int guess_decimals(double v) noexcept {
        for (int d = 0; d < 6; ++d) {
            const double scaled = v * std::pow(10.0, d);
            if (std::fabs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, std::fabs(scaled))) return d;
        }
        return 6;
    }
};

}  // namespace toc
