// Indicator status, computed from baseline, targets, latest measurement and direction.

#include <catch2/catch.hpp>

#include <toc/graph/indicator_status.hpp>

#include "support/sample_models.hpp"

using namespace toc;
using test::measured;

namespace {
Indicator make(std::optional<Direction> d = Direction::increase) {
    Indicator i;
    i.id = "i";
    i.label = "i";
    i.direction = d;
    i.unit = Unit::percent;
    return i;
}
IndicatorStatus status(const Indicator& i) { return assess_indicator(i).status; }
}  // namespace

TEST_CASE("no data: no measurement with a value", "[status]") {
    Indicator i = make();
    i.targets = {measured(30, "2021")};
    CHECK(status(i) == IndicatorStatus::no_data);
    Measurement only_distribution;
    only_distribution.date = Date::parse("2021");
    only_distribution.distribution.push_back({"ja", Number(4), {}});
    i.measurements = {only_distribution};
    CHECK(status(i) == IndicatorStatus::no_data);
    CHECK(status(make()) == IndicatorStatus::no_data);
}

TEST_CASE("no target: measured, but nothing to compare with", "[status]") {
    Indicator i = make();
    i.baseline = {measured(1, "2019")};
    i.measurements = {measured(5, "2021")};
    CHECK(status(i) == IndicatorStatus::no_target);
}

TEST_CASE("achieved: the target is reached in the indicator's direction", "[status]") {
    Indicator up = make(Direction::increase);
    up.targets = {measured(30, "2021-11")};
    up.measurements = {measured(30, "2021-11")};
    CHECK(status(up) == IndicatorStatus::achieved);
    Indicator down = make(Direction::decrease);
    down.targets = {measured(12, "2021")};
    down.measurements = {measured(11, "2021")};
    CHECK(status(down) == IndicatorStatus::achieved);
    Indicator keep = make(Direction::maintain);
    keep.targets = {measured(100, "2021")};
    keep.measurements = {measured(97, "2021")};
    CHECK(status(keep) == IndicatorStatus::achieved);
    // direction inferred from baseline → target when not written
    Indicator inferred = make(std::nullopt);
    inferred.baseline = {measured(24, "2019")};
    inferred.targets = {measured(12, "2021")};
    inferred.measurements = {measured(10, "2020")};
    CHECK(status(inferred) == IndicatorStatus::achieved);
    CHECK(assess_indicator(inferred).direction == Direction::decrease);
}

TEST_CASE("behind: the deadline has passed, or progress lags the line from baseline to target", "[status]") {
    Indicator due = make();
    due.targets = {measured(30, "2021-11")};
    due.measurements = {measured(14.8, "2021-11")};
    CHECK(status(due) == IndicatorStatus::behind);
    Indicator lagging = make();
    lagging.baseline = {measured(50, "2019")};
    lagging.targets = {measured(80, "2023")};
    lagging.measurements = {measured(55, "2021")};  // halfway in time, a sixth of the way
    CHECK(status(lagging) == IndicatorStatus::behind);
    Indicator worse = make();
    worse.baseline = {measured(50)};  // undated: compared with the baseline
    worse.targets = {measured(80)};
    worse.measurements = {measured(45, "2021")};
    CHECK(status(worse) == IndicatorStatus::behind);
    Indicator keep = make(Direction::maintain);
    keep.targets = {measured(100, "2030")};
    keep.measurements = {measured(80, "2021")};
    CHECK(status(keep) == IndicatorStatus::behind);
}

TEST_CASE("on track: not yet reached, still time, progress at or above the line", "[status]") {
    Indicator i = make();
    i.baseline = {measured(50, "2019")};
    i.targets = {measured(80, "2023")};
    i.measurements = {measured(70, "2021")};
    CHECK(status(i) == IndicatorStatus::on_track);
    Indicator no_baseline = make();
    no_baseline.targets = {measured(80, "2030")};
    no_baseline.measurements = {measured(40, "2020"), measured(60, "2021")};
    CHECK(status(no_baseline) == IndicatorStatus::on_track);
    no_baseline.measurements = {measured(60, "2020"), measured(40, "2021")};
    CHECK(status(no_baseline) == IndicatorStatus::behind);
}

TEST_CASE("milestones: the first target not yet due applies", "[status]") {
    Indicator i = make();
    i.baseline = {measured(0, "2019")};
    i.targets = {measured(30, "2022"), measured(10, "2020")};
    i.measurements = {measured(12, "2020")};
    const auto a = assess_indicator(i);
    CHECK(a.status == IndicatorStatus::achieved);
    REQUIRE(a.sites.front().target);
    CHECK(a.sites.front().target->value->value == 10);
}

TEST_CASE("per site: each site judged with its own baseline and target, and overall the worst", "[status]") {
    const Model m = test::swedish_model();
    const auto a = assess_indicator(m.indicators[0], m.sites);
    REQUIRE(a.sites.size() == 2);
    CHECK(a.sites[0].site == "kristianstad");
    CHECK(a.sites[0].status == IndicatorStatus::achieved);
    CHECK(a.sites[1].site == "ostra_goinge");
    CHECK(a.sites[1].status == IndicatorStatus::behind);
    CHECK(a.status == IndicatorStatus::behind);

    Indicator own = make();
    own.targets = {measured(10, "2021", "x"), measured(50, "2021")};
    own.measurements = {measured(12, "2021", "x"), measured(40, "2020", "y")};
    const auto b = assess_indicator(own);
    REQUIRE(b.sites.size() == 2);
    CHECK(b.sites[0].status == IndicatorStatus::achieved);  // x's own target
    CHECK(b.sites[1].status == IndicatorStatus::on_track);  // the general target, not yet due
    CHECK(b.status == IndicatorStatus::on_track);
}
