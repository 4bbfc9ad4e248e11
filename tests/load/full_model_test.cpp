// The full-featured fixture uses every key of the format: every field must arrive.

#include <catch2/catch.hpp>

#include <toc/load/load.hpp>
#include <toc/model/index.hpp>

#include "support/support.hpp"

using namespace toc;

namespace {

const Element& element(const Model& m, const std::string& id) {
    const Element* e = m.find_element(id);
    REQUIRE(e != nullptr);
    return *e;
}

template <class T>
const T& item(const std::vector<T>& items, const std::string& id) {
    for (const auto& i : items)
        if (i.id == id) return i;
    FAIL("no item " << id);
    throw;
}

std::vector<std::string> ids(const std::vector<Ref>& refs) {
    std::vector<std::string> out;
    for (const auto& r : refs) out.push_back(r.id);
    return out;
}

}  // namespace

TEST_CASE("every key of the full model arrives in the model", "[loader][full]") {
    const std::string path = test::fixture("valid/full_model.yaml");
    const LoadResult r = load_file(path);
    INFO(test::describe(r.diagnostics));
    REQUIRE(r.ok());
    REQUIRE(r.diagnostics.empty());
    const Model& m = r.model;

    SECTION("top level") {
        CHECK(m.format_version == 1);
        CHECK(m.id == "familjelyftet");
        CHECK(m.title.localized());
        CHECK(m.title.in("en") == "Family Lift – coordinated support for families on long-term social assistance");
        CHECK(m.title.in("sv").rfind("Familjelyftet", 0) == 0);
        CHECK(m.summary.in("en").find("Family coaches") == 0);
        CHECK(m.owner.str() == "Socialförvaltningen i Kristianstad");
        CHECK_FALSE(m.owner.localized());
        CHECK(m.funder.in("en") == "Skåne Nordost Coordination Association");
        CHECK(m.languages == std::vector<std::string>{"sv", "en"});
        CHECK(m.default_language() == "sv");
        REQUIRE(m.period);
        CHECK(m.period->from == Date{2019, 8, 0});
        CHECK(m.period->to == Date{2021, 12, 31});
        CHECK(m.version == "2.1");
        REQUIRE(m.stage);
        CHECK(*m.stage == ProgramStage::implementation);
        REQUIRE(m.date);
        CHECK(m.date->precision() == Date::Precision::year);
        CHECK(m.date->year == 2022);
        REQUIRE(m.extensions.size() == 1);
        CHECK(m.extensions[0].key == "x-projekt");
        CHECK(m.extensions[0].root().type == ExtensionNode::Type::map);
    }
    SECTION("sources, sites, actors") {
        REQUIRE(m.sources.size() == 2);
        const auto& s = item(m.sources, "slutrapport_2021");
        CHECK(s.title.str() == "Utvärdering av Familjelyftet. Slutrapport");
        CHECK(s.author.str() == "Exempel Utvärdering AB");
        CHECK(s.year == 2021);
        CHECK(s.url == "https://example.org/familjelyftet/slutrapport.pdf");
        CHECK(s.publisher.str() == "Samordningsförbundet Skåne Nordost");
        CHECK(s.type.str() == "report");
        CHECK(s.description.str() == "Extern lärande utvärdering 2019–2021.");
        REQUIRE(s.sources.size() == 1);
        CHECK(s.sources[0].source.id == "ansokan_2019");
        CHECK(item(m.sources, "ansokan_2019").title.in("en") == "Family Lift project application");

        REQUIRE(m.sites.size() == 2);
        const auto& og = item(m.sites, "ostra_goinge");
        CHECK(og.label.str() == "Östra Göinge");
        CHECK(og.description.in("en") == "Smaller municipality with fewer families");
        CHECK(og.sources.size() == 1);

        REQUIRE(m.actors.size() == 7);
        const auto& coaches = item(m.actors, "familjecoacher");
        CHECK(coaches.role == ActorRole::implementer);
        CHECK(coaches.level == Level::staff);
        CHECK(coaches.part_of.id == "kommunen");
        CHECK(item(m.actors, "familjer").role == ActorRole::target_group);
        CHECK(item(m.actors, "forbundet").role == ActorRole::funder);
        CHECK(item(m.actors, "styrgrupp").role == ActorRole::decision_maker);
        CHECK(item(m.actors, "arbetsformedlingen").role == ActorRole::partner);
        const auto& ev = item(m.actors, "utvarderare");
        CHECK(ev.role == ActorRole::evaluator);
        CHECK(ev.description.str() == "Följde projektet under hela perioden.");
    }
    SECTION("elements of every kind") {
        CHECK(m.elements_of(Kind::problem).size() == 3);
        CHECK(m.elements_of(Kind::resource).size() == 2);
        CHECK(m.elements_of(Kind::activity).size() == 5);
        CHECK(m.elements_of(Kind::output).size() == 2);
        CHECK(m.elements_of(Kind::outcome).size() == 5);
        CHECK(m.elements_of(Kind::impact).size() == 1);
        CHECK(m.elements_of(Kind::context).size() == 2);
        CHECK(m.elements_of(Kind::barrier).size() == 3);

        CHECK(element(m, "pr_fragmented").role == ProblemRole::cause);
        CHECK(element(m, "pr_fragmented").level == Level::system);
        CHECK(element(m, "pr_long_term").role == ProblemRole::main);
        CHECK(element(m, "pr_child_poverty").role == ProblemRole::consequence);

        const auto& a = element(m, "a_coaching");
        CHECK(a.kind == Kind::activity);
        CHECK(a.label.in("en") == "Relational family coaching");
        CHECK(a.description.str() == "Coachen träffar familjen hemma, flexibelt och utan tidsgräns.");
        CHECK(a.level == Level::staff);
        CHECK(ids(a.actors) == std::vector<std::string>{"familjecoacher", "familjer"});
        CHECK(ids(a.sites) == std::vector<std::string>{"kristianstad", "ostra_goinge"});
        REQUIRE(a.sources.size() == 1);
        CHECK(a.sources[0].source.id == "ansokan_2019");
        CHECK(a.sources[0].locator == "avsnitt 3");
        CHECK(ids(a.uses) == std::vector<std::string>{"r_coaches"});
        CHECK(ids(a.principles) == std::vector<std::string>{"p_whole_family", "p_voluntary"});
        CHECK(ids(a.addresses) == std::vector<std::string>{"pr_long_term"});
        CHECK(a.activity_status == ActivityStatus::done);
        CHECK(ids(a.assumptions) == std::vector<std::string>{"as_staffing"});
        REQUIRE(a.extensions.size() == 1);
        CHECK(a.extensions[0].key == "x-kostnad");
        CHECK(a.location.line > 0);
        CHECK(a.location_of("uses").line > a.location.line);

        const auto& replaced = element(m, "a_joint_meetings");
        CHECK(replaced.activity_status == ActivityStatus::replaced);
        CHECK(replaced.replaced_by.id == "a_joint_planning");
        CHECK(element(m, "a_joint_planning").activity_status == ActivityStatus::ongoing);
        CHECK(element(m, "a_employer_contacts").activity_status == ActivityStatus::postponed);

        const auto& placement = element(m, "o_placement");
        CHECK(placement.horizon == Horizon::intermediate);
        CHECK(placement.combine == Combine::all);
        CHECK(placement.result_status == ResultStatus::partly_achieved);
        REQUIRE(placement.status_by_site.size() == 2);  // E9
        CHECK(placement.status_by_site[0].site.id == "kristianstad");
        CHECK(placement.status_by_site[0].status == ResultStatus::achieved);
        CHECK(placement.status_by_site[1].status == ResultStatus::not_achieved);
        CHECK(element(m, "o_trust").result_status == ResultStatus::achieved);
        CHECK(element(m, "o_trust").horizon == Horizon::short_term);
        CHECK(element(m, "o_collaboration").result_status == ResultStatus::contested);
        CHECK(element(m, "o_collaboration").level == Level::organisation);
        CHECK(element(m, "o_self_sufficiency").horizon == Horizon::long_term);

        const auto& impact = element(m, "im_child_poverty");
        CHECK(impact.combine == Combine::any);
        CHECK(impact.result_status == ResultStatus::too_early);
        CHECK_FALSE(impact.evaluated);
        CHECK(element(m, "o_trust").evaluated);
    }
    SECTION("links in short and map form, of every type") {
        const auto& a = element(m, "a_coaching");
        REQUIRE(a.links.size() == 2);
        CHECK(a.links[0].type == LinkType::leads_to);
        CHECK(a.links[0].to.id == "op_plans");
        CHECK(a.links[0].from.id == "a_coaching");
        const Link& l = a.links[1];
        CHECK(l.id == "l_coaching_trust");
        CHECK(l.to.id == "o_trust");
        CHECK(ids(l.via) == std::vector<std::string>{"m_trust"});
        CHECK(ids(l.assumptions) == std::vector<std::string>{"as_engage"});
        CHECK(l.rationale.in("en") == "Families who trust the coach dare to try new steps.");
        CHECK(l.evidence == Evidence::moderate);
        REQUIRE(l.sources.size() == 2);
        CHECK(l.sources[0].locator.empty());
        CHECK(l.sources[1].locator == "s. 18");
        CHECK(l.description.str() == "Utvärderarens tolkning; inte uttalad i ansökan.");
        CHECK(l.location.line > a.location.line);
        CHECK(l.to.location.line == l.location.line);

        const auto& funding = element(m, "r_funding");
        REQUIRE(funding.links.size() == 1);
        CHECK(funding.links[0].type == LinkType::enables);
        CHECK(funding.links[0].rationale.str() == "Extern finansiering ger arbetssättet legitimitet hos parterna.");
        CHECK_FALSE(funding.links[0].evidence.has_value());  // unknown, not none

        const auto& training = element(m, "op_training");
        REQUIRE(training.links.size() == 2);
        CHECK(training.links[0].evidence == Evidence::weak);
        CHECK(training.links[1].type == LinkType::feedback);
        CHECK(training.links[1].to.id == "a_employer_contacts");

        const auto& contacts = element(m, "a_employer_contacts");
        int enables = 0, hinders = 0;
        for (const auto& link : contacts.links) {
            enables += link.type == LinkType::enables;
            hinders += link.type == LinkType::hinders;
        }
        CHECK(enables == 1);
        CHECK(hinders == 1);

        const auto& barrier = element(m, "b_no_adapted_jobs");
        REQUIRE(barrier.links.size() == 1);
        CHECK(barrier.links[0].type == LinkType::hinders);
        ModelIndex index(m);
        const auto* target = index.find(barrier.links[0].to.id);
        REQUIRE(target);
        CHECK(target->kind == Kind::link);  // a barrier hinders one step of the chain
        CHECK(index.link("l_training_placement")->to.id == "o_placement");

        const auto& turf = element(m, "b_turf");
        REQUIRE(turf.links.size() == 1);
        CHECK(turf.links[0].evidence == Evidence::moderate);
        CHECK(element(m, "b_fragmentation").links[0].to.id == "b_turf");
        CHECK(element(m, "o_self_sufficiency").links[1].type == LinkType::feedback);
    }
    SECTION("mechanisms, assumptions, principles") {
        REQUIRE(m.mechanisms.size() == 2);
        const auto& mt = item(m.mechanisms, "m_trust");
        CHECK(mt.label.str() == "Tillit byggs genom tillgängliga, flexibla coacher");
        CHECK(mt.description.str() == "Realistisk C-M-O; utlöses när coachen har tid.");
        CHECK(mt.sources.size() == 1);
        CHECK(ids(mt.contexts) == std::vector<std::string>{"c_small_caseload"});
        CHECK(mt.status == MechanismStatus::supported);
        CHECK(item(m.mechanisms, "m_work_identity").status == MechanismStatus::open);

        REQUIRE(m.assumptions.size() == 3);
        const auto& engage = item(m.assumptions, "as_engage");
        CHECK(engage.text.in("en") == "Families want to and can take part in the change.");
        CHECK(engage.type == AssumptionType::causal);
        CHECK(engage.risk == Risk::medium);
        CHECK(engage.status == AssumptionStatus::supported);
        CHECK(engage.evidence.str() == "Tidigare utvärderingar av relationella insatser.");
        const auto& employers = item(m.assumptions, "as_employers");
        CHECK(employers.type == AssumptionType::contextual);
        CHECK(employers.risk == Risk::high);
        CHECK(employers.status == AssumptionStatus::contested);
        const auto& staffing = item(m.assumptions, "as_staffing");
        CHECK(staffing.type == AssumptionType::implementation);
        CHECK(staffing.risk == Risk::low);
        CHECK(staffing.status == AssumptionStatus::partly_supported);
        CHECK(staffing.description.str() == "Antagande om genomförandet.");
        CHECK(staffing.sources.size() == 1);

        REQUIRE(m.principles.size() == 2);
        CHECK(item(m.principles, "p_whole_family").label.in("en") == "Start from the whole family's needs");
        CHECK(item(m.principles, "p_voluntary").description.str() == "Familjen väljer själv att delta.");
        CHECK(item(m.principles, "p_voluntary").sources.size() == 1);
    }
    SECTION("indicators with baselines, targets and measurements") {
        REQUIRE(m.indicators.size() == 5);
        const auto& i = item(m.indicators, "i_self_sufficiency");
        CHECK(i.label.str() == "Andel hushåll avslutade mot självförsörjning");
        CHECK(ids(i.measures) == std::vector<std::string>{"o_self_sufficiency"});
        CHECK(i.unit == Unit::percent);
        CHECK(i.direction == Direction::increase);
        CHECK(i.population.str() == "Hushåll inskrivna i projektet");
        CHECK(i.threshold.in("en") == "Self-supporting for at least six months");
        CHECK(i.threshold.in("sv") == "Egen försörjning i minst sex månader");
        CHECK(i.source.str() == "Projektets uppföljning");
        CHECK(i.frequency.str() == "yearly");
        CHECK(i.controllable == false);
        REQUIRE(i.baseline.size() == 2);  // per site (E1)
        CHECK(i.baseline[0].site.id == "kristianstad");
        CHECK(i.baseline[1].note.str() == "Projektstart.");
        REQUIRE(i.targets.size() == 2);
        CHECK(i.targets[0].value->value == 30);
        CHECK(i.targets[0].date == Date{2021, 11, 0});
        CHECK(i.targets[1].numerator->value == 29);
        CHECK(i.targets[1].denominator->value == 95);
        CHECK(i.targets[1].value->decimals == 1);
        REQUIRE(i.measurements.size() == 2);
        const auto& og = i.measurements[1];
        CHECK(og.site.id == "ostra_goinge");
        CHECK(og.value->value == Approx(13.8));
        CHECK(og.value->decimals == 1);
        CHECK(og.value->text == "13.8");
        CHECK(og.numerator->value == 4);
        CHECK(og.denominator->value == 29);
        CHECK(og.source.str() == "Verksamhetssystemet");
        CHECK(og.note.str() == "Få hushåll.");
        CHECK(og.location.line > i.location.line);
        CHECK(og.location_of("numerator").column > og.location.column);

        const auto& t = item(m.indicators, "i_trust");
        CHECK(t.description.str() == "Samma enkät före och efter.");
        CHECK(t.sources.size() == 1);
        CHECK(ids(t.measures) == std::vector<std::string>{"o_trust", "o_self_efficacy"});
        CHECK(t.unit == Unit::score);
        CHECK(t.controllable == true);
        REQUIRE(t.baseline.size() == 1);
        const auto& b = t.baseline[0];
        CHECK(b.value->value == Approx(1.8));
        CHECK(b.date == Date{2019, 10, 15});
        CHECK(b.n->value == 40);
        CHECK(b.eligible->value == 60);
        REQUIRE(b.distribution.size() == 3);
        CHECK(b.distribution[0].answer == "instämmer helt");
        CHECK(b.distribution[0].count.value == 8);
        CHECK(b.source.str() == "Startenkät");
        CHECK(b.note.str() == "Första mätningen.");
        REQUIRE(t.targets.size() == 1);
        CHECK_FALSE(t.targets[0].date.has_value());  // no deadline stated
        REQUIRE(t.measurements.size() == 2);
        CHECK_FALSE(t.measurements[0].has_value());  // distribution only (E4)
        CHECK(t.measurements[0].distribution.size() == 3);
        CHECK(t.measurements[1].value->value == Approx(2.3));

        const auto& plans = item(m.indicators, "i_plans");
        CHECK(plans.unit == Unit::count);
        CHECK(plans.baseline[0].date == Date{2019, 0, 0});  // "2019" as a string
        CHECK(plans.measurements[0].date == Date{2021, 6, 30});
        REQUIRE(plans.measurements.size() == 3);
        CHECK(plans.measurements[1].group.str() == "barnfamiljer");  // E6
        REQUIRE(plans.measurements[1].period);                         // E8
        CHECK(plans.measurements[1].period->from == Date{2019, 9, 0});
        CHECK(plans.measurements[1].period->to == Date{2021, 6, 30});
        CHECK(plans.measurements[2].group.in("en") == "single parents");
        CHECK(plans.measurements[2].value->value == 40);               // E7: a range 40-45
        CHECK(plans.measurements[2].value_max->value == 45);

        const auto& cost = item(m.indicators, "i_cost");
        CHECK(cost.unit == Unit::currency);
        CHECK(cost.currency == "SEK");
        CHECK(cost.direction == Direction::decrease);
        CHECK(cost.baseline[0].value->value == 11200);

        const auto& voice = item(m.indicators, "i_voice");
        CHECK(voice.unit == Unit::text);
        CHECK(voice.baseline[0].text_value.str() == "Många handläggare och oklart ansvar.");
        CHECK_FALSE(voice.baseline[0].value.has_value());
        CHECK(voice.measurements[0].text_value.in("sv") == "En kontaktperson och färre möten.");
        CHECK(voice.measurements[0].text_value.in("en") == "One contact person and fewer meetings.");
        CHECK(voice.measures.size() == 3);
    }
    SECTION("questions, recommendations, diagram, checks") {
        REQUIRE(m.questions.size() == 2);
        const auto& q = item(m.questions, "q_trust");
        CHECK(q.text.in("en") == "Does coaching build trust, and if so how?");
        CHECK(ids(q.about) == std::vector<std::string>{"l_coaching_trust", "m_trust"});
        CHECK(q.methods == std::vector<std::string>{"interviews", "survey"});
        CHECK(q.criteria == std::vector<DacCriterion>{DacCriterion::effectiveness, DacCriterion::impact});
        CHECK(q.status == QuestionStatus::answered);
        CHECK(q.finding.str() == "Tillit byggs när coachen är tillgänglig och flexibel.");
        const auto& q2 = item(m.questions, "q_placement");
        CHECK(q2.criteria == std::vector<DacCriterion>{DacCriterion::effectiveness});  // one, written alone
        CHECK(q2.status == QuestionStatus::partly_answered);
        CHECK(q2.description.str() == "Frågan ställdes av styrgruppen 2020.");
        CHECK(q2.sources.size() == 1);

        REQUIRE(m.recommendations.size() == 1);
        const auto& rec = m.recommendations[0];
        CHECK(rec.id == "rec_anchor");
        CHECK(rec.text.in("en") == "Anchor the way of working with all managers concerned.");
        CHECK(rec.description.str() == "Gäller båda kommunerna.");
        CHECK(rec.sources.size() == 1);
        CHECK(ids(rec.about) == std::vector<std::string>{"a_joint_planning", "o_collaboration"});
        CHECK(ids(rec.addressed_to) == std::vector<std::string>{"styrgrupp", "kommunen"});

        CHECK(m.diagram.direction == DiagramDirection::LR);
        CHECK(m.diagram.group_by == GroupBy::level);
        CHECK(m.diagram.show.size() == 7);

        CHECK(ids(m.checks.disable) == std::vector<std::string>{"whose-change", "TOC303"});
        CHECK(ids(m.checks.enable) == std::vector<std::string>{"TOC110"});
        REQUIRE(m.checks.severity.size() == 2);
        CHECK(m.checks.severity[0].rule == "TOC201");
        CHECK(m.checks.severity[0].severity == Severity::error);
        CHECK(m.checks.severity[1].rule == "TOC301");
        CHECK_FALSE(m.checks.severity[1].severity.has_value());  // off
        CHECK(m.checks.ceiling == Ceiling::intermediate);
    }
    SECTION("every id is unique and indexed") {
        ModelIndex index(m);
        CHECK(index.find("familjelyftet") == nullptr);  // the model's own id is not an item
        CHECK(index.find("kristianstad")->kind == Kind::site);
        CHECK(index.find("q_trust")->kind == Kind::question);
        CHECK(index.find("l_coaching_trust")->kind == Kind::link);
        CHECK(index.element("o_trust")->label.str() == "Familjen litar på coachen");
    }
}

TEST_CASE("the minimal model loads", "[loader]") {
    const LoadResult r = load_file(test::fixture("valid/minimal.yaml"));
    INFO(test::describe(r.diagnostics));
    CHECK(r.ok());
    CHECK(r.diagnostics.empty());
    CHECK_FALSE(r.model.id.empty());
}
