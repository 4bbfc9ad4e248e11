// The six seed models: each loads clean, is built as the format asks, and
// toc reports the findings a careful reader of its evaluation report expects.
// Each expected finding cites the line of the seed report that justifies it
// (../shared/seeds/; for fa_n, lines of the reflowed copy).

#include <catch2/catch.hpp>

#include <set>

#include <toc/checks/check.hpp>
#include <toc/diagnostics/format.hpp>
#include <toc/load/load.hpp>

#include "support/support.hpp"

namespace {

struct Expected {
    const char* code;
    const char* subject;
    int report_line;
    const char* reason;
};

struct SeedModel {
    const char* file;
    const char* seed;
    std::vector<Expected> findings;
};

const std::vector<SeedModel>& seed_models() {
    static const std::vector<SeedModel> models = {
        {"models/hela_familjen.yaml", "000_f2fc88c570d90de7.txt", {
            {"TOC206", "i_sjalvforsorjning", 582,
             "Östra Göinge: \"4 av 29 hushåll (14,8%)\" but 4/29 = 13.8%"},
            {"TOC202", "i_sjalvforsorjning", 576,
             "no baseline or comparison for the share exited to self-sufficiency: the control-group development is declared outside the evaluation"},
            {"TOC401", "p_otydlig_politik", 107,
             "unclear political intention is named as a cause of lacking collaboration; no activity in the report addresses it (and Kristianstad lacks political support, line 430)"},
            {"TOC306", "as_chefer_agarskap", 430,
             "the theory relies on managers taking active ownership of implementation; none of the Kristianstad managers saw it as their role and only Östra Göinge worked strategically (line 474, 478)"},
            {"TOC306", "as_parter_finansierar", 478,
             "carrying the way of working on needs resources; all three municipalities judge they cannot set aside dedicated funds"},
            {"TOC306", "as_styrgrupp_larande", 488,
             "the cross-municipal steering group was to give learning between municipalities; managers say it gave no learning for their own municipality"},
            {"TOC305", "as_tid_tillracklig", 346,
             "whether one year in the programme is enough is raised as a challenge (other evaluations found 7 months-2 years too short, line 186) but no evaluation question examines it"},
            {"TOC201", "o_motstandskraft", 134,
             "evaluation question 1 asks about resilience but the report gives no measure or result for it (results: lines 325, 502)"},
            {"TOC201", "o_delaktighet", 134,
             "evaluation question 1 asks about participation but the report gives no measure or result for it (results: lines 325, 502)"},
            {"TOC201", "o_halsa", 325,
             "improved health is supported only qualitatively; the quantitative follow-up covers only exits to self-sufficiency (appendix, line 572)"},
        }},
        {"models/spira.yaml", "001_d063900c01f075bd.txt", {
            {"TOC306", "as_forutsattningar_impl", 1164,
             "The implementation steps (method support → implemented way of working, raised to higher levels → implemented) rest on the conditions for implementation existing; the steering group says the necessary conditions do not exist and the method support cannot be followed (line 973-974)."},
            {"TOC401", "p_inget_ansvar", 1168,
             "No party is responsible for funding pre-rehabilitation, named as the collaboration problem at national level (line 1536); no Spira activity addresses it and the report says individual-level interventions cannot change organisations and structures (line 1520)."},
            {"TOC401", "p_psykisk_ohalsa", 1535,
             "Growing mental ill-health is named as the underlying problem (line 34); no Spira activity addresses it: the report says its causes are complex and need action at several levels (line 1527)."},
            {"TOC401", "p_olika_styrning", 1626,
             "The partners' different governance, goals and ways of working make permanent integration nearly impossible, which is why pre-rehabilitation is placed outside regular services; Spira, run as a separate project, does not address it."},
            {"TOC402", "spira", 1519,
             "The report concludes that Nils uses temporary solutions, interventions for individuals, on a long-term problem rooted in system faults; people falling between the chairs are only a consequence (line 1525), and Spira's activities address only such consequences."},
            {"TOC106", "a_spira_20", 1190,
             "Spira 2.0, which replaces the planned implementation, has no implementation goals in its application and the report states no expected results for it; there is no plan or active measures for implementation (line 1193)."},
            {"TOC303", "m_forankring", 1161,
             "The implementation mechanism (anchoring at operational, managerial and political level) comes with no stated conditions: the road to implementation was never formulated and the report only says the necessary conditions are lacking (line 1165)."},
            {"TOC201", "o_minskad_depression", 297,
             "The theory of change expects less depression and anxiety and stronger self-esteem, but the report gives no measure or finding for it; the qualitative results (lines 773-790) concern well-being, isolation and future focus."},
            {"TOC201", "o_lyft_hogre_niva", 327,
             "The theory of change expects collaboration to be raised to senior management and political level, but the report gives no measure or finding for it; the steering group lacked mandate and was inactive in autumn 2019 (lines 1665-1678)."},
        }},
        {"models/pa_vag.yaml", "001_d063900c01f075bd.txt", {
            {"TOC201", "o_sedda_lyssnade", 1001,
             "The project is at too early a stage for the evaluation to say anything about results for the final target group; no measure of whether individuals meet case officers regularly and feel seen is given."},
            {"TOC201", "o_samordnad_rehab", 1001,
             "Access to coordinated rehabilitation for the final target group is not measured: too early to judge results (only the project managers' impression of \"very positive results\" in pilot cases, line 1033)."},
            {"TOC201", "o_ratt_plats", 1001,
             "The long-term result for the final target group (right place in the system, better health, shorter road to work) has no measure; too early to judge."},
            {"TOC201", "o_forankrat_process", 1702,
             "The project's many indicators are process indicators confirming that handling steps were done correctly rather than result indicators; the report gives no measure of whether case officers work to the agreed process and asks the steering group to formulate meaningful indicators (line 1704)."},
        }},
        {"models/familjeorienterat_arbetssatt.yaml", "002_1de00d6e4b2c4714.txt", {
            {"TOC207", "i_rev_helhetsintryck", 258,
             "five housing-support assignments were reviewed (line 256) but the overall ratings given (\"ett ... två ... ett\") cover only four"},
            {"TOC306", "as_team_vid_overlamning", 208,
             "handover-meeting teams rely on supervisors forming teams at handover; \"det har dock visat sig att arbetsledarna ... inte kan bilda team i överlämningsskedet\""},
            {"TOC306", "as_lov_accepterar", 374,
             "assignments written from the children's needs rely on providers accepting them; LOV providers \"ofta tackar nej\" (also line 264)"},
            {"TOC201", "o_forebyggande", 146,
             "the third aim (prevention, earlier detection; line 50) has no measure or result anywhere in the year-3 results"},
            {"TOC201", "o_insatser_traffsakra", 380,
             "whether services fit the problems was the year-3 question (line 152) but the review \"har vi inte kunnat få svar på\"; no indicator"},
            {"TOC201", "o_hemflytt", 202,
             "the placement forum aims at quick planning for return home (line 198) but no result is reported and the project \"har valt bort\" the related question"},
            {"TOC202", "i_foraldrar_tydlighet", 214,
             "parent survey asks the same questions as 2019 and 2020 but no earlier results are given, so there is no baseline"},
            {"TOC202", "i_foraldrar_helhet", 214,
             "parent survey asks the same questions as 2019 and 2020 but no earlier results are given, so there is no baseline"},
        }},
        {"models/utvagen.yaml", "003_c87995f005eb806a.txt", {
            {"TOC401", "p_regelverk", 335,
             "The report traces participants' exclusion to rules tightened and tied to work capacity (gaps in the welfare system); no Utvägen activity addresses this structural cause, and line 483 calls the hindrances structural."},
            {"TOC105", "o_resurseffektivitet", 59,
             "The resource-efficiency goal is stated once and never linked to anything else in the report (line 483 only supposes that it would be cost-effective)."},
            {"TOC201", "o_resurseffektivitet", 59,
             "The report says it examines how the cooperation goals were met (line 63) but gives no measure of resource use."},
            {"TOC201", "o_anstallning", 392,
             "Placement in internships, wage-subsidy jobs or adapted jobs is discussed only qualitatively (\"svårigheter att placera ut personer\"); no figures are given."},
            {"TOC202", "i_sjalvforsorjning", 308,
             "Self-sufficiency is reported only as \"flera av deltagare ... har uppnått någon form för självförsörjning\", with no baseline."},
            {"TOC203", "i_sjalvforsorjning", 39,
             "Self-sufficiency is the aim, but the report and application give no quantified target."},
            {"TOC211", "i_vantetid_af", 221,
             "Only the ordinary waiting time (1–2 months, line 302) is given; for Utvägen participants the report says only that they meet the authorities faster."},
            {"TOC303", "m_samlat_grepp", 298,
             "Trust growing when authorities take a joint approach is stated without any condition under which it works."},
            {"TOC303", "m_tillit_inkludering", 465,
             "Trust-building is named as a precondition for participants to feel included, with no context in which it works."},
        }},
        {"models/fa_n.yaml", "004_eeae7f99d53f74dd.reflowed.txt", {
            {"TOC212", "i_enkat_allmant", 259,
             "The survey went to the participating officials, 27 of whom had attended network meetings by year end (line 249), yet 28 people answered (lines 259-260)."},
            {"TOC212", "i_enkat_relevans", 259,
             "Same survey: 28 respondents against the 27 officials who had attended network meetings (line 249)."},
            {"TOC212", "i_enkat_nytt", 259,
             "Same survey: 28 respondents against the 27 officials who had attended network meetings (line 249)."},
            {"TOC306", "as_forankrat", 394,
             "The assumption that the project was well anchored underlies referral from the social assistance unit, but respondents say it was not anchored (\"Vi trodde och hoppades att det var bra förankrat, men det har visat sig att det ändå inte var så\")."},
            {"TOC306", "as_fsst_kapacitet", 467,
             "Referral rests on the social workers having capacity, but the report finds that introducing the development work under their caseload \"har visat sig vara övermäktigt\"."},
            {"TOC201", "out_utbildade", 550,
             "Många handläggare har också utbildats – the report gives no number of trained case workers."},
            {"TOC201", "o_resurseffektivitet", 88,
             "More efficient resource use (\"rätt parter och insatser kommer rätt i tid\") is central to the project idea and the evaluated goal (line 119), but the evaluation reports no measure of it."},
        }},
    };
    return models;
}

}  // namespace

TEST_CASE("every seed model loads with no error and is built as the format asks", "[models]") {
    for (const auto& sm : seed_models()) {
        DYNAMIC_SECTION(sm.file) {
            const auto r = toc::load_file(toc::test::source_path(sm.file));
            INFO(toc::test::describe(r.diagnostics));
            REQUIRE(r.ok());
            CHECK(r.diagnostics.empty());
            const toc::Model& m = r.model;
            CHECK(m.languages == std::vector<std::string>{"sv", "en"});
            CHECK(m.elements.size() >= 25);
            CHECK_FALSE(m.sources.empty());
            CHECK_FALSE(m.actors.empty());
            CHECK_FALSE(m.elements_of(toc::Kind::problem).empty());
            CHECK_FALSE(m.elements_of(toc::Kind::activity).empty());
            CHECK_FALSE(m.elements_of(toc::Kind::outcome).empty());
            CHECK_FALSE(m.mechanisms.empty());
            CHECK_FALSE(m.indicators.empty());
            CHECK_FALSE(m.questions.empty());
            // Swedish labels with English translations on every element
            for (const auto& e : m.elements) {
                INFO(e.id);
                CHECK_FALSE(e.label.in("sv").empty());
                CHECK_FALSE(e.label.in("en").empty());
                CHECK(e.label.in("sv") != e.label.in("en"));
            }
            // sources with locators on elements and links
            std::size_t cited = 0, located = 0;
            for (const auto& e : m.elements)
                for (const auto& c : e.sources) {
                    ++cited;
                    located += !c.locator.empty();
                }
            CHECK(cited > 0);
            CHECK(located > 0);
        }
    }
}

TEST_CASE("each seed model reports the findings its report justifies", "[models][checks]") {
    for (const auto& sm : seed_models()) {
        DYNAMIC_SECTION(sm.file) {
            const auto r = toc::load_file(toc::test::source_path(sm.file));
            REQUIRE(r.ok());
            const auto findings = toc::check(r.model);
            std::set<std::pair<std::string, std::string>> got;
            for (const auto& d : findings) {
                got.emplace(d.code, d.subject);
                CHECK(d.location.line > 0);  // every finding is located in the file
                CHECK(d.location.file == toc::test::source_path(sm.file));
            }
            for (const auto& e : sm.findings) {
                INFO(sm.file << ": " << e.code << " on '" << e.subject << "' (" << sm.seed << " line "
                              << e.report_line << "): " << e.reason);
                CHECK(got.count({e.code, e.subject}) == 1);
            }
        }
    }
}

TEST_CASE("no seed model has a check error", "[models][checks]") {
    for (const auto& sm : seed_models()) {
        const auto r = toc::load_file(toc::test::source_path(sm.file));
        REQUIRE(r.ok());
        for (const auto& d : toc::check(r.model)) {
            INFO(toc::format_diagnostic(d));
            CHECK(d.severity != toc::Severity::error);
        }
    }
}

TEST_CASE("Spira and På väg share Samordningsförbundet Nils' overarching purpose", "[models]") {
    const auto spira = toc::load_file(toc::test::source_path("models/spira.yaml"));
    const auto pa_vag = toc::load_file(toc::test::source_path("models/pa_vag.yaml"));
    REQUIRE(spira.ok());
    REQUIRE(pa_vag.ok());
    const toc::Element* a = spira.model.find_element("imp_nils_purpose");
    const toc::Element* b = pa_vag.model.find_element("imp_nils_purpose");
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->kind == toc::Kind::impact);
    CHECK(a->label == b->label);
}
