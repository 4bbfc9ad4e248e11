#pragma once
// A number as it was written: its value and the decimals it was written with,
// so that "14.8" means one decimal (the measurement-arithmetic check needs it).

#include <algorithm>
#include <cmath>
#include <cstdio>
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
        if (!std::isfinite(value)) return std::isnan(value) ? "nan" : (value < 0 ? "-inf" : "inf");
        char buf[400];
        std::snprintf(buf, sizeof buf, "%.*f", std::clamp(decimals, 0, 30), value);  // rounds
        return buf;
    }

private:
    static int guess_decimals(double v) noexcept {
        if (!std::isfinite(v)) return 0;
        for (int d = 0; d < 15; ++d) {
            const double scaled = v * std::pow(10.0, d);
            if (std::fabs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, std::fabs(scaled))) return d;
        }
        return 15;
    }
};

}  // namespace toc
