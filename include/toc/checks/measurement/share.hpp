#pragma once
// The arithmetic of shares (TOC206 measurement-arithmetic), usable on its own:
// does a percent or ratio agree with its counts at the precision it is
// written in, and can any whole count of its denominator give it?

#include <algorithm>
#include <cmath>
#include <optional>

#include "toc/model/number.hpp"

namespace toc::checks {

/// How a share is written: as a percent (100·n/d) or a ratio (n/d).
enum class ShareScale { percent = 100, ratio = 1 };

namespace share_detail {
// __extension__ keeps -Wpedantic quiet about __int128; it applies to declarations, not to
// alias-declarations, hence typedef.
__extension__ typedef __int128 wide;  // NOLINT(modernize-use-using)

/// x = mantissa / 10^decimals exactly, when x was written with that many decimals
/// and is small enough for exact integer arithmetic.
struct Scaled {
    wide mantissa = 0;
    int decimals = 0;
};
inline std::optional<Scaled> scaled(const Number& x) {
    const int d = x.decimals < 0 ? 0 : x.decimals;
    if (d > 6 || !std::isfinite(x.value)) return std::nullopt;
    const double m = x.value * std::pow(10.0, d);
    if (std::fabs(m) > 1.0e12) return std::nullopt;
    const double r = std::round(m);
    if (std::fabs(r - m) > 1e-6 * std::max(1.0, std::fabs(m))) return std::nullopt;  // more decimals than said
    return Scaled{static_cast<wide>(static_cast<long long>(r)), d};
}
inline wide pow10(int n) {
    wide p = 1;
    while (n-- > 0) p *= 10;
    return p;
}
inline wide floor_div(wide a, wide b) {  // b > 0
    wide q = a / b;
    if ((a % b != 0) && (a < 0)) --q;
    return q;
}
inline wide ceil_div(wide a, wide b) {  // b > 0
    wide q = a / b;
    if ((a % b != 0) && (a > 0)) ++q;
    return q;
}
}  // namespace share_detail

/// Does `value`, rounded as written (Number::decimals), agree with
/// scale·numerator/denominator? An exact half may round either way. Exact
/// integer arithmetic for numbers as they are written; a relative tolerance
/// for anything too long for that. Requires denominator > 0.
[[nodiscard]] inline bool share_agrees(const Number& value, const Number& numerator, const Number& denominator,
                                       ShareScale scale) {
    using namespace share_detail;
    const wide s = static_cast<wide>(scale);
    auto v = scaled(value), n = scaled(numerator), d = scaled(denominator);
    if (v && n && d && d->mantissa > 0) {
        // |s·(a/10^p)/(b/10^q) − k/10^e| ≤ ½·10^−e
        //   ⇔ (2k−1)·b·10^p ≤ 2·s·a·10^q·10^e ≤ (2k+1)·b·10^p
        const wide k = v->mantissa, a = n->mantissa, b = d->mantissa;
        const wide lhs = 2 * s * a * pow10(d->decimals) * pow10(v->decimals);
        const wide unit = b * pow10(n->decimals);
        return (2 * k - 1) * unit <= lhs && lhs <= (2 * k + 1) * unit;
    }
    const long double q = static_cast<long double>(scale) * numerator.value / denominator.value;
    const long double half = 0.5L * std::pow(10.0L, -std::max(0, value.decimals));
    return std::fabs(q - static_cast<long double>(value.value)) <= half * (1 + 1e-9L) + 1e-12L;
}

/// Is there a whole numerator 0…denominator for which scale·n/denominator,
/// rounded as `value` is written, gives `value`? (14.8 % of 29: no; 31.6 % of
/// 95: yes, 30.) nullopt when the denominator is not a whole positive number.
[[nodiscard]] inline std::optional<bool> share_possible(const Number& value, const Number& denominator,
                                                        ShareScale scale) {
    using namespace share_detail;
    auto v = scaled(value), d = scaled(denominator);
    if (!v || !d || d->mantissa <= 0) return std::nullopt;
    const wide unit = pow10(d->decimals);
    if (d->mantissa % unit != 0) return std::nullopt;
    const wide den = d->mantissa / unit;
    // (2k−1)·D ≤ 2·s·N·10^e ≤ (2k+1)·D
    const wide k = v->mantissa, step = 2 * static_cast<wide>(scale) * pow10(v->decimals);
    wide lo = ceil_div((2 * k - 1) * den, step), hi = floor_div((2 * k + 1) * den, step);
    if (lo < 0) lo = 0;
    if (hi > den) hi = den;
    return lo <= hi;
}

}  // namespace toc::checks
