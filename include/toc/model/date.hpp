#pragma once
// A calendar date at the precision it was written: YYYY, YYYY-MM or YYYY-MM-DD.
// A date denotes the whole span it names ("2019" is all of 2019).

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace toc {

struct Date {
    int year = 0;
    int month = 0;  ///< 0 when written as YYYY
    int day = 0;    ///< 0 when written as YYYY or YYYY-MM

    enum class Precision { year, month, day };

    [[nodiscard]] Precision precision() const noexcept {
        return month == 0 ? Precision::year : day == 0 ? Precision::month : Precision::day;
    }

    [[nodiscard]] static constexpr bool leap_year(int y) noexcept {
        return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    }
    [[nodiscard]] static constexpr int days_in_month(int y, int m) noexcept {
        constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        return m == 2 && leap_year(y) ? 29 : days[(m - 1) % 12];
    }

    /// First and last day of the span, as comparable numbers (YYYYMMDD).
    [[nodiscard]] int first_day() const noexcept {
        return year * 10000 + (month ? month : 1) * 100 + (day ? day : 1);
    }
    [[nodiscard]] int last_day() const noexcept {
        const int m = month ? month : 12;
        return year * 10000 + m * 100 + (day ? day : days_in_month(year, m));
    }
    /// True when the two spans overlap.
    [[nodiscard]] bool overlaps(const Date& from, const Date& to) const noexcept {
        return last_day() >= from.first_day() && first_day() <= to.last_day();
    }

    [[nodiscard]] std::string str() const {
        std::string s = std::to_string(year);
        auto two = [](int v) { return (v < 10 ? "0" : "") + std::to_string(v); };
        if (month) s += "-" + two(month);
        if (day) s += "-" + two(day);
        return s;
    }

    /// Parses YYYY, YYYY-MM or YYYY-MM-DD; nullopt when malformed or not a real date.
    [[nodiscard]] static std::optional<Date> parse(std::string_view s) noexcept {
        auto digits = [&](std::size_t pos, std::size_t n, int& out) {
            if (pos + n > s.size()) return false;
            out = 0;
            for (std::size_t i = pos; i < pos + n; ++i) {
                if (s[i] < '0' || s[i] > '9') return false;
                out = out * 10 + (s[i] - '0');
            }
            return true;
        };
        Date d;
        if (!(s.size() == 4 || s.size() == 7 || s.size() == 10)) return std::nullopt;
        if (!digits(0, 4, d.year) || d.year < 1000) return std::nullopt;
        if (s.size() >= 7) {
            if (s[4] != '-' || !digits(5, 2, d.month) || d.month < 1 || d.month > 12) return std::nullopt;
        }
        if (s.size() == 10) {
            if (s[7] != '-' || !digits(8, 2, d.day) || d.day < 1 ||
                d.day > days_in_month(d.year, d.month))
                return std::nullopt;
        }
        return d;
    }

    friend auto operator<=>(const Date&, const Date&) = default;
};

}  // namespace toc
