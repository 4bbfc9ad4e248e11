// The indicator table in Markdown and CSV (output/tables.hpp); the statuses in
// it are decided by graph/indicator_status.hpp (tests/graph).

#include <catch2/catch.hpp>

#include <string>

#include <toc/output/tables.hpp>

#include "support/sample_models.hpp"

using namespace toc;

TEST_CASE("the indicator table in Markdown and CSV", "[status][table]") {
    const Model m = test::swedish_model();
    const std::string md = indicator_table_markdown(m);
    CHECK(md.rfind("| Indikator | Resultat | Enhet | Plats | Utgångsvärde | Mål | Senaste värde | Status |\n", 0) == 0);
    CHECK(md.find("| Östra Göinge | 0 (2019-08) | 30 (2021-11) | 14.8 (2021-11) | efter plan |") != std::string::npos);
    CHECK(md.find("| inga data |") != std::string::npos);
    CHECK(md.find("| inget mål |") != std::string::npos);
    CHECK(md.find("| i fas |") != std::string::npos);
    CHECK(md.find("| uppnått |") != std::string::npos);
    const std::string csv = indicator_table_csv(m, {"en"});
    CHECK(csv.rfind("indicator_id,indicator,element,unit,site,baseline,target,latest,status,controllable\r\n", 0) == 0);
    CHECK(csv.find("ind_self_sufficiency,Share of households leaving for self-sufficiency,L1 More self-sufficiency,percent,Kristianstad,0 (2019-08),30 (2021-11),31.6 (2021-11),achieved,false\r\n") != std::string::npos);
    CHECK(csv.find(",behind,") != std::string::npos);
    CHECK(csv.find(",no_data,") != std::string::npos);
    CHECK(csv.find(",no_target,") != std::string::npos);
    CHECK(csv.find(",on_track,") != std::string::npos);
}
