#pragma once
// Models built in code for the rendering tests: a small Swedish program theory
// with every kind, link type and indicator status, and a model of hostile labels.

#include <string>

#include <toc/model/model.hpp>

#include "support/model_builder.hpp"

namespace toc::test {

inline Measurement measured(double value, const char* date = nullptr, const std::string& site = {}) {
    Measurement m;
    m.value = Number(value);
    if (date) m.date = Date::parse(date);
    if (!site.empty()) m.site = Ref(site);
    return m;
}

/// "Hela familjen" in miniature: two languages, two sites, every element kind,
/// every link type, a link acted on by a barrier, an AND package, mechanisms,
/// assumptions, and one indicator of every status.
inline Model swedish_model() {
    Model m;
    m.id = "hela_familjen";
    m.title = Text{{"sv", "Hela familjen – förändringsteori"}, {"en", "The whole family – theory of change"}};
    m.languages = {"sv", "en"};
    m.sites.push_back({});
    m.sites.back().id = "kristianstad";
    m.sites.back().label = "Kristianstad";
    m.sites.push_back({});
    m.sites.back().id = "ostra_goinge";
    m.sites.back().label = "Östra Göinge";
    Actor families;
    families.id = "families";
    families.label = Text{{"sv", "Familjer med försörjningsstöd"}, {"en", "Families on income support"}};
    families.level = Level::individual;
    m.actors.push_back(families);
    Actor advisors;
    advisors.id = "advisors";
    advisors.label = Text{{"sv", "Sociala rådgivare"}, {"en", "Social advisors"}};
    advisors.level = Level::staff;
    m.actors.push_back(advisors);

    auto r_adv = make_element(Kind::resource, "r_advisors", Text{{"sv", "Sociala rådgivare på heltid"}, {"en", "Full-time social advisors"}});
    auto r_fund = make_element(Kind::resource, "r_funding", Text{{"sv", "Medel från samordningsförbundet"}, {"en", "Funding from the coordination association"}});
    r_fund.links.push_back(make_link(LinkType::enables, "r_funding", "a_coordination"));

    auto a_sup = make_element(Kind::activity, "a_support", Text{{"sv", "Relationellt stöd i vardagen"}, {"en", "Relational support in everyday life"}});
    a_sup.uses = {Ref("r_advisors")};
    a_sup.actors = {Ref("advisors")};
    a_sup.level = Level::staff;
    a_sup.activity_status = ActivityStatus::done;
    {
        Link l = make_link(LinkType::leads_to, "a_support", "o_trust");
        l.via = {Ref("m_trust")};
        l.assumptions = {Ref("as_engage")};
        a_sup.links.push_back(l);
    }
    auto a_coord = make_element(Kind::activity, "a_coordination", Text{{"sv", "Samordning mellan myndigheterna kring varje familj"}, {"en", "Coordination between the agencies around each family"}});
    a_coord.uses = {Ref("r_advisors")};
    a_coord.level = Level::organisation;
    a_coord.links.push_back(make_link(LinkType::leads_to, "a_coordination", "out_plans"));

    auto out_plans = make_element(Kind::output, "out_plans", Text{{"sv", "Gemensamma planer för familjen"}, {"en", "Joint plans for the family"}});
    out_plans.level = Level::organisation;
    out_plans.links.push_back(make_link(LinkType::leads_to, "out_plans", "o_collab"));
    out_plans.links.push_back(make_link(LinkType::leads_to, "out_plans", "o_work"));

    auto o_trust = make_element(Kind::outcome, "o_trust", Text{{"sv", "Ökad tillit till rådgivaren"}, {"en", "More trust in the advisor"}});
    o_trust.horizon = Horizon::short_term;
    o_trust.level = Level::individual;
    o_trust.result_status = ResultStatus::achieved;
    o_trust.links.push_back(make_link(LinkType::leads_to, "o_trust", "o_self_efficacy"));
    o_trust.links.push_back(make_link(LinkType::feedback, "o_trust", "a_support"));
    auto o_collab = make_element(Kind::outcome, "o_collab", Text{{"sv", "Ökad samverkan mellan parterna"}, {"en", "More collaboration between the parties"}});
    o_collab.horizon = Horizon::short_term;
    o_collab.level = Level::organisation;
    auto o_self = make_element(Kind::outcome, "o_self_efficacy", Text{{"sv", "Ökad tilltro till den egna förmågan"}, {"en", "Greater self-efficacy"}});
    o_self.horizon = Horizon::intermediate;
    o_self.level = Level::individual;
    {
        Link l = make_link(LinkType::leads_to, "o_self_efficacy", "o_work");
        l.id = "l_work";
        o_self.links.push_back(l);
    }
    auto o_work = make_element(Kind::outcome, "o_work", Text{{"sv", "Ökad självförsörjning"}, {"en", "More self-sufficiency"}});
    o_work.horizon = Horizon::long_term;
    o_work.combine = Combine::all;
    o_work.level = Level::individual;
    o_work.assumptions = {Ref("as_jobs")};
    o_work.links.push_back(make_link(LinkType::leads_to, "o_work", "i_exclusion"));
    auto imp = make_element(Kind::impact, "i_exclusion", Text{{"sv", "Minskat utanförskap"}, {"en", "Less social exclusion"}});
    imp.level = Level::system;

    auto ctx = make_element(Kind::context, "c_small_caseload", Text{{"sv", "Få familjer per rådgivare"}, {"en", "Few families per advisor"}});
    ctx.links.push_back(make_link(LinkType::enables, "c_small_caseload", "o_trust"));
    auto bar = make_element(Kind::barrier, "b_no_jobs", Text{{"sv", "Ingen anpassad arbetsmarknad"}, {"en", "No adapted labour market"}});
    bar.links.push_back(make_link(LinkType::hinders, "b_no_jobs", "l_work"));

    for (auto* e : {&r_adv, &r_fund, &a_sup, &a_coord, &out_plans, &o_trust, &o_collab, &o_self, &o_work, &imp, &ctx, &bar})
        m.elements.push_back(*e);

    Mechanism mech;
    mech.id = "m_trust";
    mech.label = Text{{"sv", "Tillit byggs genom tillgängliga, flexibla rådgivare"}, {"en", "Trust grows through available, flexible advisors"}};
    mech.contexts = {Ref("c_small_caseload")};
    m.mechanisms.push_back(mech);
    Assumption engage;
    engage.id = "as_engage";
    engage.text = Text{{"sv", "Familjerna vill och kan delta i förändringsarbetet."}, {"en", "Families want to and can take part."}};
    engage.risk = Risk::medium;
    m.assumptions.push_back(engage);
    Assumption jobs;
    jobs.id = "as_jobs";
    jobs.text = Text{{"sv", "Det finns arbeten att söka."}, {"en", "There are jobs to apply for."}};
    jobs.risk = Risk::high;
    m.assumptions.push_back(jobs);

    // Indicators: one per status.
    Indicator work;  // per site: Kristianstad achieved, Östra Göinge behind → behind
    work.id = "ind_self_sufficiency";
    work.label = Text{{"sv", "Andel hushåll avslutade mot självförsörjning"}, {"en", "Share of households leaving for self-sufficiency"}};
    work.measures = {Ref("o_work")};
    work.unit = Unit::percent;
    work.direction = Direction::increase;
    work.controllable = false;
    work.baseline = {measured(0, "2019-08")};
    work.targets = {measured(30, "2021-11")};
    work.measurements = {measured(31.6, "2021-11", "kristianstad"), measured(14.8, "2021-11", "ostra_goinge")};
    m.indicators.push_back(work);

    Indicator collab;  // on track: halfway in time, more than halfway in value
    collab.id = "ind_collaboration";
    collab.label = Text{{"sv", "Parter som upplever god samverkan"}, {"en", "Parties reporting good collaboration"}};
    collab.measures = {Ref("o_collab")};
    collab.unit = Unit::percent;
    collab.controllable = true;
    collab.baseline = {measured(50, "2019")};
    collab.targets = {measured(80, "2023")};
    collab.measurements = {measured(70, "2021")};
    m.indicators.push_back(collab);

    Indicator trust;  // no target
    trust.id = "ind_trust";
    trust.label = Text{{"sv", "Tillit till rådgivaren (skala 1–5)"}, {"en", "Trust in the advisor (1–5)"}};
    trust.measures = {Ref("o_trust")};
    trust.unit = Unit::score;
    trust.measurements = {measured(4.4, "2021-06")};
    m.indicators.push_back(trust);

    Indicator plans;  // no data
    plans.id = "ind_plans";
    plans.label = Text{{"sv", "Antal gemensamma planer"}, {"en", "Number of joint plans"}};
    plans.measures = {Ref("out_plans")};
    plans.unit = Unit::count;
    plans.targets = {measured(100, "2021")};
    m.indicators.push_back(plans);

    Indicator self;  // achieved (decrease)
    self.id = "ind_months_on_support";
    self.label = Text{{"sv", "Månader med försörjningsstöd"}, {"en", "Months on income support"}};
    self.measures = {Ref("o_self_efficacy")};
    self.unit = Unit::months;
    self.direction = Direction::decrease;
    self.baseline = {measured(24, "2019")};
    self.targets = {measured(12, "2021")};
    self.measurements = {measured(18, "2020"), measured(11, "2021")};
    m.indicators.push_back(self);
    return m;
}

/// Every kind of label text that could break an output if written unescaped.
inline std::string hostile_text(const std::string& tag) {
    return tag + " \"quoted\" 'single' \\back\\slash\\ <b>bold</b> & &amp; &lt; {brace} [bracket] (paren) |pipe| "
                 "--> -.-> end %% #quot; `tick` ]]> <!-- x --> \\N \\G \\n <script>alert(1)</script>\n"
                 "second line 🎉 åäö ÅÄÖ";
}

/// Every element, mechanism, assumption, indicator and site labelled with hostile text.
inline Model hostile_model() {
    Model m;
    m.id = "hostile";
    m.title = hostile_text("TITLE");
    m.sites.push_back({});
    m.sites.back().id = "s1";
    m.sites.back().label = hostile_text("SITE");
    auto r = make_element(Kind::resource, "r1", hostile_text("R1"));
    auto a = make_element(Kind::activity, "a1", hostile_text("A1"));
    a.uses = {Ref("r1")};
    {
        Link l = make_link(LinkType::leads_to, "a1", "out1");
        l.via = {Ref("m1")};
        l.assumptions = {Ref("as1")};
        l.id = "l1";
        a.links.push_back(l);
    }
    auto o = make_element(Kind::output, "out1", hostile_text("OUT1"));
    o.links.push_back(make_link(LinkType::leads_to, "out1", "oc1"));
    auto oc = make_element(Kind::outcome, "oc1", hostile_text("OC1"));
    oc.horizon = Horizon::short_term;
    oc.links.push_back(make_link(LinkType::leads_to, "oc1", "im1"));
    oc.links.push_back(make_link(LinkType::feedback, "oc1", "a1"));
    auto im = make_element(Kind::impact, "im1", hostile_text("IM1"));
    auto c = make_element(Kind::context, "c1", hostile_text("C1"));
    c.links.push_back(make_link(LinkType::enables, "c1", "oc1"));
    auto b = make_element(Kind::barrier, "b--1", hostile_text("B1"));
    b.links.push_back(make_link(LinkType::hinders, "b--1", "l1"));
    for (auto* e : {&r, &a, &o, &oc, &im, &c, &b}) m.elements.push_back(*e);
    Mechanism mech;
    mech.id = "m1";
    mech.label = hostile_text("M1");
    m.mechanisms.push_back(mech);
    Assumption as;
    as.id = "as1";
    as.text = hostile_text("AS1");
    m.assumptions.push_back(as);
    Indicator ind;
    ind.id = "ind1";
    ind.label = hostile_text("IND1");
    ind.measures = {Ref("oc1")};
    ind.unit = Unit::percent;
    ind.baseline = {measured(1, "2020")};
    ind.targets = {measured(2, "2022")};
    ind.measurements = {measured(3, "2021", "s1")};
    m.indicators.push_back(ind);
    return m;
}

}  // namespace toc::test
