// The semantic diff of two versions (model/diff.hpp, graph/status_diff.hpp,
// checks/findings_diff.hpp) on pairs made from a seed model (tests/fixtures/diff).

#include <catch2/catch.hpp>

#include "fixtures/diff/pairs.hpp"
#include "support/model_builder.hpp"
#include "toc/checks/check.hpp"
#include "toc/checks/findings_diff.hpp"
#include "toc/load/load.hpp"

using toc::Change;
using toc::Kind;

namespace {

using Compared = toc::test::ComparedPair;
const auto compare = toc::test::compared_pair;

const toc::FieldChange* field(const toc::ItemChange& c, const std::string& name) {
    for (const auto& f : c.fields)
        if (f.field == name) return &f;
    return nullptr;
}

}  // namespace

TEST_CASE("diff: identical versions have no changes", "[diff]") {
    const auto pair = toc::test::version_pair("reordered");
    const auto m = toc::load_string(pair.old_text, "a.yaml");
    const auto d = toc::diff_models(m.model, m.model);
    CHECK(d.empty());
    const auto f = toc::diff_findings(toc::check(m.model), toc::check(m.model));
    CHECK(f.empty());
}

TEST_CASE("diff: reordered YAML with the same content is no change", "[diff]") {
    const auto c = compare("reordered");
    INFO((c.diff.model.items.empty() ? std::string() : c.diff.model.items.front().id));
    CHECK(c.diff.empty());
}

TEST_CASE("diff: an element added, with its link", "[diff]") {
    const auto c = compare("element_added");
    const auto* e = c.diff.model.find(Kind::outcome, "o_ny_samsyn");
    REQUIRE(e);
    CHECK(e->change == Change::added);
    CHECK(e->kind == Kind::outcome);
    CHECK(e->label.in("en") == "A shared picture of the target group among all partners");
    const auto* l = c.diff.model.find(Kind::link, "o_ny_samsyn -> o_forankrat_process");
    REQUIRE(l);
    CHECK(l->change == Change::added);
    CHECK(l->from == "o_ny_samsyn");
    CHECK(l->to == "o_forankrat_process");
    CHECK(c.diff.model.items.size() == 2);
}

TEST_CASE("diff: an element removed, with the link to it", "[diff]") {
    const auto c = compare("element_removed");
    const auto* e = c.diff.model.find(Kind::outcome, "o_spridning");
    REQUIRE(e);
    CHECK(e->change == Change::removed);
    const auto* l = c.diff.model.find(Kind::link, "o_forankrat_process -> o_spridning");
    REQUIRE(l);
    CHECK(l->change == Change::removed);
    CHECK(c.diff.model.items.size() == 2);
}

TEST_CASE("diff: an element's fields changed, each language on its own", "[diff]") {
    const auto c = compare("element_changed");
    REQUIRE(c.diff.model.items.size() == 1);
    const auto& e = c.diff.model.items.front();
    CHECK(e.change == Change::changed);
    CHECK(e.id == "o_kannedom_forankring");
    REQUIRE(field(e, "label (sv)"));
    CHECK(field(e, "label (sv)")->after == "Berörd personal hos alla samverkansparter känner till och står bakom arbetssättet");
    CHECK_FALSE(field(e, "label (en)"));
    REQUIRE(field(e, "horizon"));
    CHECK(field(e, "horizon")->before == "short");
    CHECK(field(e, "horizon")->after == "intermediate");
    REQUIRE(field(e, "status"));
    CHECK(field(e, "status")->before == "partly_achieved");
    CHECK(field(e, "status")->after == "achieved");
    CHECK(e.fields.size() == 3);
}

TEST_CASE("diff: a renamed id is a rename, not a removal and an addition", "[diff]") {
    const auto c = compare("renamed");
    REQUIRE(c.diff.model.items.size() == 1);
    const auto& r = c.diff.model.items.front();
    CHECK(r.change == Change::renamed);
    CHECK(r.kind == Kind::assumption);
    CHECK(r.id == "as_brett_larande");
    CHECK(r.old_id == "as_bred_implementering");
    CHECK(r.fields.empty());
    CHECK(c.diff.model.new_id("as_bred_implementering") == "as_brett_larande");
    // the references to it changed their spelling only: no other change, no finding moved
    CHECK(c.diff.findings.empty());
}

TEST_CASE("diff: a link's mechanisms, evidence and rationale changed", "[diff]") {
    const auto c = compare("link_changed");
    REQUIRE(c.diff.model.items.size() == 1);
    const auto& l = c.diff.model.items.front();
    CHECK(l.kind == Kind::link);
    CHECK(l.change == Change::changed);
    CHECK(l.id == "o_kompetens_handlaggare -> o_samordnad_rehab");
    REQUIRE(field(l, "via"));
    CHECK(field(l, "via")->before == "m_kunskapsoverforing_fk");
    CHECK(field(l, "via")->after == "m_kunskap_forstaelse, m_kunskapsoverforing_fk");
    REQUIRE(field(l, "evidence"));
    CHECK(field(l, "evidence")->before.empty());
    CHECK(field(l, "evidence")->after == "weak");
    REQUIRE(field(l, "rationale (en)"));
    CHECK(field(l, "rationale (sv)"));
}

TEST_CASE("diff: a link moved to another target is one removed and one added", "[diff]") {
    const auto c = compare("link_moved");
    const auto* gone = c.diff.model.find(Kind::link, "o_kannedom_forankring -> o_forankrat_process");
    const auto* come = c.diff.model.find(Kind::link, "o_kannedom_forankring -> o_rollforstaelse");
    REQUIRE(gone);
    REQUIRE(come);
    CHECK(gone->change == Change::removed);
    CHECK(come->change == Change::added);
}

TEST_CASE("diff: an assumption found refuted stands out, and its finding is introduced", "[diff]") {
    const auto c = compare("assumption_refuted");
    const auto* a = c.diff.model.find(Kind::assumption, "as_beprovad_metod");
    REQUIRE(a);
    REQUIRE(field(*a, "status"));
    CHECK(field(*a, "status")->before == "open");
    CHECK(field(*a, "status")->after == "refuted");
    CHECK(field(*a, "status")->flag == "refuted");
    CHECK(a->flagged());
    bool refuted_in_use = false;
    for (const auto& d : c.diff.findings.introduced) refuted_in_use = refuted_in_use || d.name == "refuted-assumption-in-use";
    CHECK(refuted_in_use);
}

TEST_CASE("diff: a target lowered and moved later is flagged", "[diff]") {
    const auto c = compare("target_lowered");
    const auto* i = c.diff.model.find(Kind::indicator, "i_fk_tillfallen");
    REQUIRE(i);
    const auto* t = field(*i, "target");
    REQUIRE(t);
    CHECK_THAT(t->before, Catch::StartsWith("4 (2020)"));
    CHECK_THAT(t->after, Catch::StartsWith("3 (2021)"));
    CHECK(t->flag == "target lowered, target moved later");
    // the new target lies after the period: a finding the revision introduced
    REQUIRE_FALSE(c.diff.findings.introduced.empty());
    CHECK(c.diff.findings.introduced.front().subject == "i_fk_tillfallen");
    CHECK(c.diff.findings.fixed.empty());
}

TEST_CASE("diff: a measurement added changes the status against target", "[diff]") {
    const auto c = compare("measurement_added");
    const auto* i = c.diff.model.find(Kind::indicator, "i_fk_tillfallen");
    REQUIRE(i);
    const auto* m = field(*i, "measurement");
    REQUIRE(m);
    CHECK(m->before.empty());
    CHECK(m->after == "4 (2020-11)");
    const auto* s = field(*i, "status against target");
    REQUIRE(s);
    CHECK(s->before != s->after);
    CHECK(s->after == "achieved");
}

TEST_CASE("diff: mechanisms, contexts, principles, questions and recommendations", "[diff]") {
    const auto c = compare("supporting_changed");
    const auto* m = c.diff.model.find(Kind::mechanism, "m_larforum");
    REQUIRE(m);
    REQUIRE(field(*m, "status"));
    CHECK(field(*m, "status")->flag == "refuted");
    const auto* ctx = c.diff.model.find(Kind::context, "c_af_fk_positiva");
    REQUIRE(ctx);
    CHECK(ctx->kind == Kind::context);
    CHECK(field(*ctx, "label (sv)"));
    CHECK(c.diff.model.find(Kind::principle, "pr_kommunen_driver"));
    const auto* q = c.diff.model.find(Kind::question, "q_forutsattningar");
    REQUIRE(q);
    REQUIRE(field(*q, "status"));
    CHECK(field(*q, "status")->after == "partly_answered");
    const auto* r = c.diff.model.find(Kind::recommendation, "rec_36_agarskap");
    REQUIRE(r);
    CHECK(field(*r, "text (sv)"));
    CHECK(c.diff.model.items.size() == 5);
    // ordered like the model: by kind, then id
    for (std::size_t k = 1; k < c.diff.model.items.size(); ++k)
        CHECK(static_cast<int>(c.diff.model.items[k - 1].kind) <= static_cast<int>(c.diff.model.items[k].kind));
}

TEST_CASE("diff: the model's own fields", "[diff]") {
    const auto c = compare("model_changed");
    CHECK(c.diff.model.items.empty());
    REQUIRE(c.diff.model.model.size() == 2);
    CHECK(c.diff.model.model[0].field == "period");
    CHECK(c.diff.model.model[0].after == "2019-05 – 2021-06");
    CHECK(c.diff.model.model[1].field == "version");
    CHECK(c.diff.model.model[1].after == "2");
}

TEST_CASE("diff: findings matched by rule and subject, not by line", "[diff]") {
    toc::Diagnostic a{"TOC201", "result-without-indicator", toc::Severity::warning, {"x.yaml", 10, 3}, "m", "o1"};
    toc::Diagnostic moved = a;
    moved.location.line = 40;
    toc::Diagnostic other = a;
    other.subject = "o2";
    const auto d = toc::diff_findings({a, other}, {moved});
    CHECK(d.introduced.empty());
    REQUIRE(d.fixed.size() == 1);
    CHECK(d.fixed.front().subject == "o2");
    toc::ModelDiff renamed;
    renamed.renamed["o2"] = "o3";
    toc::Diagnostic renamed_finding = other;
    renamed_finding.subject = "o3";
    CHECK(toc::diff_findings({other}, {renamed_finding}, renamed).empty());
}

TEST_CASE("diff: a link's confidence lowered is flagged, its evidence note compared per language", "[diff]") {
    const std::string old_text = toc::test::read_file(toc::test::fixture("valid/link_confidence.yaml"));
    std::string new_text = old_text;
    const auto replace = [&](const std::string& from, const std::string& to) {
        const auto at = new_text.find(from);
        REQUIRE(at != std::string::npos);
        new_text.replace(at, from.size(), to);
    };
    replace("confidence: 80", "confidence: 40");
    replace("Three earlier cohorts finished the course.", "Two earlier cohorts finished the course.");
    replace("confidence: 0", "confidence: 60");
    const auto before = toc::load_string(old_text, "old.yaml");
    const auto after = toc::load_string(new_text, "new.yaml");
    REQUIRE(before.ok());
    REQUIRE(after.ok());
    const auto d = toc::diff_models(before.model, after.model);
    const auto link = [&](const std::string& id) -> const toc::ItemChange& {
        const auto it = std::find_if(d.items.begin(), d.items.end(), [&](const auto& c) { return c.id == id; });
        REQUIRE(it != d.items.end());
        return *it;
    };
    const auto& lowered = link("train -> trained");
    REQUIRE(field(lowered, "confidence"));
    CHECK(field(lowered, "confidence")->before == "80");
    CHECK(field(lowered, "confidence")->after == "40");
    CHECK(field(lowered, "confidence")->flag == "confidence lowered");
    REQUIRE(field(lowered, "evidence_note (en)"));
    CHECK(field(lowered, "evidence_note (en)")->after == "Two earlier cohorts finished the course.");
    CHECK_FALSE(field(lowered, "evidence_note (sv)"));
    // raised: compared, not flagged
    const auto& raised = link("trained -> practice_long");
    REQUIRE(field(raised, "confidence"));
    CHECK(field(raised, "confidence")->after == "60");
    CHECK(field(raised, "confidence")->flag.empty());
    CHECK(d.items.size() == 2);
}
