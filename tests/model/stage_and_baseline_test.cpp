// An element's stage and the applicable baseline, decided once (toc/model/stage.hpp,
// toc/model/baseline.hpp). Each test shows a case where two copies used to disagree.

#include <catch2/catch.hpp>

#include <set>
#include <string>

#include <toc/checks/check.hpp>
#include <toc/model/baseline.hpp>
#include <toc/model/stage.hpp>
#include <toc/output/tables.hpp>

#include "support/model_builder.hpp"
#include "support/sample_models.hpp"

namespace {

std::set<std::string> subjects(const std::vector<toc::Diagnostic>& ds, const std::string& code) {
    std::set<std::string> out;
    for (const auto& d : ds)
        if (d.code == code) out.insert(d.subject);
    return out;
}

}  // namespace

TEST_CASE("an outcome without horizon is intermediate in the diagram and for the ceiling alike", "[model][stage]") {
    toc::Model m;
    m.id = "m";
    m.title = "M";
    toc::test::add(m, toc::Kind::activity, "a");
    toc::test::add(m, toc::Kind::output, "out");
    toc::test::add(m, toc::Kind::outcome, "o_open").horizon.reset();
    toc::test::link(m, "a", "out");
    toc::test::link(m, "out", "o_open");

    // one indicator (on the activity), so that TOC201 reports each unmeasured
    // result, not the model's lack of any indicator (one root cause, one finding)
    toc::Indicator on_activity;
    on_activity.id = "i_a";
    on_activity.label = "Sessions held";
    toc::Ref measured;
    measured.id = "a";
    on_activity.measures.push_back(measured);
    m.indicators.push_back(on_activity);

    const toc::Element& o = toc::test::element(m, "o_open");
    CHECK(toc::effective_horizon(o) == toc::Horizon::intermediate);
    CHECK(toc::stage_of(o) == static_cast<int>(toc::Stage::intermediate));

    // TOC201 reports results at or below the ceiling that no indicator measures.
    // The check took an outcome without horizon as short-term, the diagram as intermediate.
    m.checks.ceiling = toc::Ceiling::short_term;
    CHECK(subjects(toc::check(m), "TOC201") == std::set<std::string>{"out"});
    m.checks.ceiling = toc::Ceiling::intermediate;
    CHECK(subjects(toc::check(m), "TOC201") == std::set<std::string>{"out", "o_open"});
}

TEST_CASE("a baseline written for a group does not apply to the figures of the whole population",
          "[model][baseline]") {
    toc::Indicator ind;
    ind.id = "i";
    ind.unit = toc::Unit::percent;
    toc::Measurement women = toc::test::measured(20);
    women.group = "women";
    ind.baseline.push_back(women);                         // written first
    ind.baseline.push_back(toc::test::measured(30));       // the whole population
    ind.targets.push_back(toc::test::measured(50, "2030"));
    ind.measurements.push_back(toc::test::measured(40, "2025"));

    const toc::Measurement* b = toc::applicable_baseline(ind, ind.measurements.front());
    REQUIRE(b == &ind.baseline[1]);
    toc::Measurement grouped = toc::test::measured(25, "2025");
    grouped.group = "women";
    CHECK(toc::applicable_baseline(ind, grouped) == &ind.baseline[0]);

    // The indicator table took the first baseline written (the women's).
    const toc::IndicatorAssessment a = toc::assess_indicator(ind);
    REQUIRE(a.sites.size() == 1);
    CHECK(a.sites.front().baseline == &ind.baseline[1]);
}

TEST_CASE("a baseline of one site never applies to another site", "[model][baseline]") {
    toc::Indicator ind;
    ind.id = "i";
    ind.baseline.push_back(toc::test::measured(10, nullptr, "north"));
    toc::Measurement south = toc::test::measured(12, "2025", "south");
    CHECK(toc::applicable_baseline(ind, south) == nullptr);
    // ... while a figure with neither site nor group takes the only baseline there is.
    CHECK(toc::applicable_baseline(ind, toc::test::measured(12, "2025")) == &ind.baseline[0]);
}
