// TOC206's arithmetic: a share against its counts, at the precision written.

#include <catch2/catch.hpp>

#include <toc/checks/measurement/share.hpp>

using toc::Number;
using toc::checks::share_agrees;
using toc::checks::share_possible;
using toc::checks::ShareScale;

namespace {
Number written(double v, int decimals) { return Number(v, decimals); }
}  // namespace

TEST_CASE("a percent agrees with its counts at the precision written", "[checks][arithmetic]") {
    const Number four(4), twenty_nine(29);
    CHECK(share_agrees(written(13.8, 1), four, twenty_nine, ShareScale::percent));
    CHECK(share_agrees(written(14, 0), four, twenty_nine, ShareScale::percent));
    CHECK(share_agrees(written(13.79, 2), four, twenty_nine, ShareScale::percent));
    CHECK_FALSE(share_agrees(written(14.8, 1), four, twenty_nine, ShareScale::percent));
    CHECK_FALSE(share_agrees(written(13.80, 2), four, twenty_nine, ShareScale::percent));
    CHECK_FALSE(share_agrees(written(13.7, 1), four, twenty_nine, ShareScale::percent));
    CHECK(share_agrees(written(100, 0), twenty_nine, twenty_nine, ShareScale::percent));
    CHECK(share_agrees(written(0, 0), Number(0), twenty_nine, ShareScale::percent));
}

TEST_CASE("an exact half may round either way", "[checks][arithmetic]") {
    const Number one(1), eight(8);
    // 1/8 = 12.5 %: written as 12.5, 12 or 13 — all fine; 11 and 14 are not.
    CHECK(share_agrees(written(12.5, 1), one, eight, ShareScale::percent));
    CHECK(share_agrees(written(12, 0), one, eight, ShareScale::percent));
    CHECK(share_agrees(written(13, 0), one, eight, ShareScale::percent));
    CHECK_FALSE(share_agrees(written(11, 0), one, eight, ShareScale::percent));
    CHECK_FALSE(share_agrees(written(14, 0), one, eight, ShareScale::percent));
    // 0.125: as a ratio to two decimals both 0.12 and 0.13; 0.125 exactly.
    CHECK(share_agrees(written(0.12, 2), one, eight, ShareScale::ratio));
    CHECK(share_agrees(written(0.13, 2), one, eight, ShareScale::ratio));
    CHECK(share_agrees(written(0.125, 3), one, eight, ShareScale::ratio));
    CHECK_FALSE(share_agrees(written(0.14, 2), one, eight, ShareScale::ratio));
    // Halves that binary floating point cannot hold exactly: 1/40 = 2.5 %, 3/40 = 7.5 %, 0.0145 = 29/2000.
    CHECK(share_agrees(written(3, 0), Number(1), Number(40), ShareScale::percent));
    CHECK(share_agrees(written(2, 0), Number(1), Number(40), ShareScale::percent));
    CHECK(share_agrees(written(8, 0), Number(3), Number(40), ShareScale::percent));
    CHECK(share_agrees(written(7, 0), Number(3), Number(40), ShareScale::percent));
    CHECK(share_agrees(written(1.45, 2), Number(29), Number(2000), ShareScale::percent));
    CHECK(share_agrees(written(1.4, 1), Number(29), Number(2000), ShareScale::percent));
    CHECK(share_agrees(written(1.5, 1), Number(29), Number(2000), ShareScale::percent));
    CHECK_FALSE(share_agrees(written(1.6, 1), Number(29), Number(2000), ShareScale::percent));
}

TEST_CASE("counts written with decimals", "[checks][arithmetic]") {
    // 12.5 of 50.0 = 25 %
    CHECK(share_agrees(written(25, 0), written(12.5, 1), written(50.0, 1), ShareScale::percent));
    CHECK_FALSE(share_agrees(written(26, 0), written(12.5, 1), written(50.0, 1), ShareScale::percent));
    // very long numbers fall back to a tolerance
    CHECK(share_agrees(written(50, 0), Number(5e14), Number(1e15), ShareScale::percent));
}

TEST_CASE("a percent of a known denominator must be a whole count of it", "[checks][arithmetic]") {
    CHECK(share_possible(written(14.8, 1), Number(29), ShareScale::percent) == false);
    CHECK(share_possible(written(13.8, 1), Number(29), ShareScale::percent) == true);
    CHECK(share_possible(written(31.6, 1), Number(95), ShareScale::percent) == true);  // 30/95
    CHECK(share_possible(written(31.5, 1), Number(95), ShareScale::percent) == false);
    CHECK(share_possible(written(0, 0), Number(95), ShareScale::percent) == true);
    CHECK(share_possible(written(100, 0), Number(95), ShareScale::percent) == true);
    CHECK(share_possible(written(12.5, 1), Number(8), ShareScale::percent) == true);
    CHECK(share_possible(written(13, 0), Number(8), ShareScale::percent) == true);   // 1/8 rounded up
    CHECK(share_possible(written(12, 0), Number(8), ShareScale::percent) == true);   // … or down
    CHECK(share_possible(written(20, 0), Number(8), ShareScale::percent) == false);  // 12.5 or 25
    CHECK(share_possible(written(0.33, 2), Number(3), ShareScale::ratio) == true);
    CHECK(share_possible(written(0.5, 1), Number(3), ShareScale::ratio) == false);
    CHECK_FALSE(share_possible(written(10, 0), written(29.5, 1), ShareScale::percent).has_value());
    CHECK_FALSE(share_possible(written(10, 0), Number(0), ShareScale::percent).has_value());
}
