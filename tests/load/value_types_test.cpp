// Dates, numbers with their written precision, localized text.

#include <catch2/catch.hpp>

#include <toc/model/date.hpp>
#include <toc/load/load.hpp>
#include <toc/model/number.hpp>
#include <toc/model/text.hpp>

#include "support/support.hpp"

TEST_CASE("dates at three precisions denote spans", "[model][date]") {
    const auto y = toc::Date::parse("2019");
    const auto ym = toc::Date::parse("2019-08");
    const auto ymd = toc::Date::parse("2020-02-29");
    REQUIRE(y);
    REQUIRE(ym);
    REQUIRE(ymd);
    CHECK(y->precision() == toc::Date::Precision::year);
    CHECK(ym->precision() == toc::Date::Precision::month);
    CHECK(ymd->precision() == toc::Date::Precision::day);
    CHECK(y->first_day() == 20190101);
    CHECK(y->last_day() == 20191231);
    CHECK(ym->last_day() == 20190831);
    CHECK(toc::Date::parse("2019-02")->last_day() == 20190228);
    CHECK(ym->overlaps(*toc::Date::parse("2019-08-31"), *toc::Date::parse("2020")));
    CHECK_FALSE(y->overlaps(*toc::Date::parse("2020-01-01"), *toc::Date::parse("2020")));
    CHECK(ymd->str() == "2020-02-29");
    CHECK(ym->str() == "2019-08");
    for (const char* bad : {"2019-13", "2019-02-29", "19", "2019-8", "2019/08", "abcd", "2019-08-01T10", "0999"})
        CHECK_FALSE(toc::Date::parse(bad).has_value());
}

TEST_CASE("numbers keep the decimals they were written with", "[model][number]") {
    const auto r = toc::load_string(R"(toc: 1
id: n
title: n
outcomes: [{id: o, label: o, horizon: short}]
indicators:
  - id: i
    label: i
    measures: o
    measurements:
      - {date: 2021, value: 14.8}
      - {date: 2021, value: 14.80}
      - {date: 2021, value: 15}
      - {date: 2021, value: 1.5e1}
      - {date: 2021, value: 1.25e-1}
      - {date: 2021, value: -3}
      - {date: 2021, value: 0x1F}
      - {date: 2021, value: .5}
)", "n.yaml");
    INFO(toc::test::describe(r.diagnostics));
    REQUIRE(r.ok());
    const auto& ms = r.model.indicators.at(0).measurements;
    REQUIRE(ms.size() == 8);
    CHECK(ms[0].value->decimals == 1);
    CHECK(ms[0].value->text == "14.8");
    CHECK(ms[1].value->decimals == 2);
    CHECK(ms[2].value->decimals == 0);
    CHECK(ms[2].value->is_integer());
    CHECK(ms[3].value->value == 15);
    CHECK(ms[3].value->decimals == 0);
    CHECK(ms[4].value->value == Approx(0.125));
    CHECK(ms[4].value->decimals == 3);
    CHECK(ms[5].value->value == -3);
    CHECK(ms[6].value->value == 31);
    CHECK(ms[7].value->value == 0.5);
    CHECK(ms[7].value->decimals == 1);

    CHECK(toc::Number(14.8).decimals == 1);
    CHECK(toc::Number(14.8).str() == "14.8");
    CHECK(toc::Number(30).str() == "30");
    CHECK(toc::Number(2.25, 2).str() == "2.25");
}

TEST_CASE("text in one language falls back sensibly", "[model][text]") {
    toc::Text t{{"sv", "Ökad självförsörjning"}, {"en", "Increased self-sufficiency"}};
    CHECK(t.in("en") == "Increased self-sufficiency");
    CHECK(t.in("de", {"sv"}) == "Ökad självförsörjning");
    CHECK(t.in("de") == "Ökad självförsörjning");  // the first entry
    toc::Text plain("Tillit");
    CHECK(plain.in("en") == "Tillit");
    CHECK_FALSE(plain.localized());
    CHECK(toc::Text().empty());
}

TEST_CASE("bad language tags are reported", "[loader][text]") {
    const auto r = toc::load_string("toc: 1\nid: m\ntitle: {sv: Titel, 'english language': Title}\n", "t.yaml");
    const auto* d = toc::test::find_code(r.diagnostics, "TOC005");
    REQUIRE(d);
    CHECK(d->location.line == 3);
    CHECK_THAT(d->message, Catch::Contains("is not a language tag"));
}

TEST_CASE("a question's DAC criteria: a list, one alone, and a misspelt one with its fix", "[loader][question]") {
    const auto r = toc::load_string(R"(toc: 1
id: q
title: q
outcomes: [{id: o, label: o, horizon: short}]
questions:
  - {id: q1, text: "Does it work?", about: [o], criteria: [relevance, sustainability]}
  - {id: q2, text: "At what cost?", criteria: efficiency}
)", "q.yaml");
    REQUIRE(r.diagnostics.empty());
    REQUIRE(r.model.questions.size() == 2);
    CHECK(r.model.questions[0].criteria ==
          std::vector<toc::DacCriterion>{toc::DacCriterion::relevance, toc::DacCriterion::sustainability});
    CHECK(r.model.questions[1].criteria == std::vector<toc::DacCriterion>{toc::DacCriterion::efficiency});

    const auto bad = toc::load_string(R"(toc: 1
id: q
title: q
questions:
  - {id: q3, text: "Does it last?", criteria: [sustainabilty]}
)", "q.yaml");
    REQUIRE(bad.diagnostics.size() == 1);
    const auto& d = bad.diagnostics[0];
    CHECK(d.code == "TOC005");
    CHECK(d.location.line == 5);
    CHECK(d.message.find("did you mean 'sustainability'") != std::string::npos);
    REQUIRE(d.fixes.size() == 1);
    CHECK(d.fixes[0].replacement == "sustainability");
}
