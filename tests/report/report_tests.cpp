// The review report (toc report): its tables say what the model says, its page
// is self-contained and escapes every model text, and the hostile-label fixture
// comes back verbatim and inert in every format.

#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>
#include <set>
#include <string>

#include <toc/checks/check.hpp>
#include <toc/checks/rules.hpp>
#include <toc/load/load.hpp>
#include <toc/output/report/assets.hpp>
#include <toc/output/report/html.hpp>
#include <toc/output/report/markdown.hpp>
#include <toc/render/layout_effort.hpp>
#include <toc/render/render.hpp>
#include <toc/render/report_diagrams.hpp>

#include "support/support.hpp"
#include "support/tools.hpp"

using namespace toc;
using toc::test::count_of;
using toc::test::fixture;
using toc::test::read_file;
using toc::test::run_toc;
using toc::test::TempDir;

namespace {

struct Loaded {
    Model model;
    std::vector<Diagnostic> findings;
    std::vector<RuleInfo> rules = all_rules(default_catalogue());
};

Loaded load(const std::string& path) {
    LoadResult r = load_file(path);
    REQUIRE(r.ok());
    Loaded l{std::move(r.model), {}, all_rules(default_catalogue())};
    l.findings = check(l.model);
    return l;
}

const report::Table& table_named(const std::vector<report::Table>& tables, const std::string& id) {
    const auto it = std::find_if(tables.begin(), tables.end(), [&](const report::Table& t) { return t.id == id; });
    REQUIRE(it != tables.end());
    return *it;
}

std::string page_for(const Loaded& l) {
    // the theory view alone, in both languages: each element is drawn once per language
    std::vector<report::LanguageDiagrams> diagrams;
    for (const char* lang : {"sv", "en"}) {
        DiagramOptions o;
        o.lang = lang;
        const RenderResult r = render(l.model, ImageFormat::svg, o);
        REQUIRE(r.ok());
        diagrams.push_back({lang, r.data, {}});
    }
    return report::report_html(l.model, l.findings, l.rules, diagrams, report::embedded_assets());
}

}  // namespace

TEST_CASE("the report's tables carry every link, assumption, question and finding", "[report]") {
    const Loaded l = load(fixture("valid/full_model.yaml"));
    const report::Context ctx(l.model, l.findings, l.rules, "en");
    const auto tables = report::report_tables(ctx);

    std::size_t links = 0;
    for (const auto& e : l.model.elements) links += e.links.size();
    CHECK(table_named(tables, "pathways").rows.size() == links);
    CHECK(table_named(tables, "assumptions").rows.size() == l.model.assumptions.size());
    CHECK(table_named(tables, "evaluation").rows.size() == l.model.questions.size());
    CHECK(table_named(tables, "findings").rows.size() == l.findings.size());
    CHECK(table_named(tables, "sources").rows.size() == l.model.sources.size());

    // "If X, then Y, because Z": the coaching → trust link with its mechanism and rationale
    const auto& pathways = table_named(tables, "pathways").rows;
    const auto trust = std::find_if(pathways.begin(), pathways.end(), [](const auto& row) {
        return row[0].text.find("Relational family coaching") != std::string::npos &&
               row[2].text.find("litar på coachen") != std::string::npos;
    });
    REQUIRE(trust != pathways.end());
    CHECK((*trust)[3].text == "Tillit byggs genom tillgängliga, flexibla coacher");
    CHECK((*trust)[4].text == "Families who trust the coach dare to try new steps.");
    CHECK((*trust)[6].text == "moderate");
    CHECK((*trust)[8].text.find("(s. 18)") != std::string::npos);
    CHECK((*trust)[0].element == ctx.element("a_coaching"));

    // C-M-O: one row per mechanism on a link, with the mechanism's contexts
    const auto& cmo = table_named(tables, "cmo").rows;
    REQUIRE(!cmo.empty());
    CHECK(cmo[0][0].text.find("Få familjer per coach") != std::string::npos);

    // the high-risk assumption about employers: register row and, when no question covers it, the gap list
    const auto& reg = table_named(tables, "assumptions").rows;
    CHECK(std::any_of(reg.begin(), reg.end(), [](const auto& row) {
        return row[1].text == "Lokala arbetsgivare tar emot arbetstränande." && row[3].text == "high";
    }));
}

TEST_CASE("findings are grouped by evaluability criterion and the worst come first", "[report]") {
    const Loaded l = load(fixture("report/hostile.yaml"));
    const report::Context ctx(l.model, l.findings, l.rules, "en");
    const auto rows = report::findings_table(ctx).rows;
    REQUIRE(rows.size() == l.findings.size());
    int last = -1;
    for (const auto& row : rows) {
        const auto at = std::find(ctx.w().criteria.begin(), ctx.w().criteria.end(), row[0].text);
        REQUIRE(at != ctx.w().criteria.end());
        const int c = static_cast<int>(at - ctx.w().criteria.begin());
        CHECK(c >= last);
        last = c;
    }
    // a finding about an assumption names it by its number and text, not its id
    CHECK(std::any_of(rows.begin(), rows.end(), [](const auto& row) {
        return row[3].text.rfind("A1 AS1 <a href=\"javascript:alert(9)\">click</a>", 0) == 0;
    }));
    const auto first = report::worth_discussing(l.findings);
    REQUIRE(first.size() == 5);
    for (std::size_t i = 1; i < first.size(); ++i) CHECK(first[i - 1]->severity >= first[i]->severity);
    CHECK(first.front()->severity == Severity::warning);
    const auto card = report::scorecard(ctx);
    CHECK(card.size() == evaluability_criteria.size());
    CHECK(std::any_of(card.begin(), card.end(), [](const auto& s) { return s.rating == 1 && s.top; }));
}

TEST_CASE("every fixed word of the report exists in Swedish and English", "[report][words]") {
    for (const char* lang : {"sv", "en"}) {
        const ReportWords& w = report_words_for(lang);
        const auto* first = &w.report;
        const auto* last = &w.print_note;
        for (const auto* p = first; p <= last; ++p) CHECK(!p->empty());
        for (auto s : w.criteria) CHECK(!s.empty());
    }
    CHECK(report_words_for("sv").pathways != report_words_for("en").pathways);
    for (const char* lang : {"sv", "en"}) {
        const ReportWords& w = report_words_for(lang);
        CHECK(!w.dac_heading.empty());
        for (auto s : w.dac) CHECK(!s.empty());
        for (auto s : w.evidence_levels) CHECK(!s.empty());
        for (auto s : w.assumption_types) CHECK(!s.empty());
        for (auto s : w.assumption_statuses) CHECK(!s.empty());
        for (auto s : w.question_statuses) CHECK(!s.empty());
    }
}

TEST_CASE("the assumption register and the evaluation matrix say types and statuses in the report's language", "[report][words]") {
    const Loaded l = load(fixture("valid/full_model.yaml"));
    for (const auto& [lang, causal, supported, contested, partly] :
         {std::tuple{"en", "causal", "supported", "contested", "partly supported"},
          std::tuple{"sv", "kausalt", "stött", "omstritt", "delvis stött"}}) {
        INFO(lang);
        const report::Context ctx(l.model, l.findings, l.rules, lang);
        const auto reg = report::assumptions_table(ctx);
        REQUIRE(reg.rows.size() == l.model.assumptions.size());
        const auto row = [&](const std::string& text) {
            const auto it = std::find_if(reg.rows.begin(), reg.rows.end(),
                                         [&](const auto& r) { return r[1].text.find(text) != std::string::npos; });
            REQUIRE(it != reg.rows.end());
            return *it;
        };
        const auto employers = row("Lokala arbetsgivare");
        CHECK(employers[2].text == (lang == std::string("sv") ? "kontextuellt" : "contextual"));
        CHECK(employers[4].text == contested);
        std::set<std::string> types, statuses;
        for (const auto& r : reg.rows) {
            types.insert(r[2].text);
            statuses.insert(r[4].text);
        }
        CHECK(types.count(causal) == 1);
        CHECK(statuses.count(supported) == 1);
        CHECK(statuses.count(partly) == 1);
        // no file spelling (partly_supported) reaches the reader
        for (const auto& s : statuses) CHECK(s.find('_') == std::string::npos);
    }
}

TEST_CASE("the evaluation matrix names the DAC criteria each question serves, in the report's language", "[report]") {
    const Loaded l = load(fixture("valid/full_model.yaml"));
    for (const auto& [lang, heading, trust, placement, answered, partly] :
         {std::tuple{"en", "DAC criteria", "effectiveness; impact", "effectiveness", "answered", "partly answered"},
          std::tuple{"sv", "DAC-kriterier", "måluppfyllelse; effekt", "måluppfyllelse", "besvarad",
                     "delvis besvarad"}}) {
        const report::Context ctx(l.model, l.findings, l.rules, lang);
        const auto table = report::evaluation_table(ctx);
        REQUIRE(table.columns.size() == 7);
        CHECK(table.columns[2] == heading);
        REQUIRE(table.rows.size() == 2);
        CHECK(table.rows[0][2].text == trust);
        CHECK(table.rows[1][2].text == placement);
        CHECK(table.rows[0][5].text == answered);
        CHECK(table.rows[1][5].text == partly);
    }
}

TEST_CASE("the page is self-contained with a CSP that loads nothing and runs the one script by its hash", "[report][html]") {
    const Loaded l = load(fixture("valid/full_model.yaml"));
    const std::string page = page_for(l);
    const report::Assets a = report::embedded_assets();
    CHECK(count_of(page, "http-equiv=\"Content-Security-Policy\"") == 1);
    CHECK(page.find("default-src &#39;none&#39;;") != std::string::npos);
    CHECK(page.find("script-src &#39;sha256-" + std::string(a.script_sha256) + "&#39;") != std::string::npos);
    CHECK(page.find("<script>" + std::string(a.script) + "</script>") != std::string::npos);
    CHECK(count_of(page, "<script") == 3);  // the script and one data block per language
    CHECK(page.find(" src=\"") == std::string::npos);
    CHECK(std::regex_search(page, std::regex(R"(<link[^>]+stylesheet)")) == false);
    CHECK(page.find("<?xml") == std::string::npos);
    // every element's node carries its index, in both languages
    for (std::size_t i = 0; i < l.model.elements.size(); ++i)
        CHECK(count_of(page, "class=\"node\" data-element=\"" + std::to_string(i) + "\"") == 2);
}

TEST_CASE("hostile model text is escaped in the page, the data block and the Markdown", "[report][hostile]") {
    const Loaded l = load(fixture("report/hostile.yaml"));
    const std::string page = page_for(l);
    // markup from the model never appears as markup
    CHECK(page.find("<script>alert") == std::string::npos);
    CHECK(page.find("<img src=x") == std::string::npos);
    CHECK(page.find("<iframe") == std::string::npos);
    CHECK(page.find("<style>*{") == std::string::npos);
    CHECK(page.find("</style><style>") == std::string::npos);
    CHECK(page.find("onclick=\"alert") == std::string::npos);
    CHECK(page.find("href=\"javascript:") == std::string::npos);
    CHECK_FALSE(std::regex_search(page, std::regex(R"(<[a-zA-Z][^<>]*\son[a-z]+\s*=)")));  // no inline handler
    // it appears as text: escaped in the HTML, \u003c-escaped in the JSON data block
    CHECK(page.find("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;") != std::string::npos);
    CHECK(page.find("R1 \\u003c/script\\u003e\\u003cscript\\u003ealert('r1')\\u003c/script\\u003e") != std::string::npos);
    CHECK(page.find("&amp;amp;") != std::string::npos);
    CHECK(page.find("🎉") != std::string::npos);
    // the http(s) source is a link, the javascript: one only text
    CHECK(page.find("<a href=\"https://example.org/?a=1&amp;b=&lt;2&gt;\"") != std::string::npos);
    CHECK(page.find("<td>javascript:alert(&#39;url&#39;)</td>") != std::string::npos);
    // the only </script> end tags are the page's own three
    CHECK(count_of(page, "</script>") == 3);
    CHECK(count_of(page, "</style>") == 1);

    const report::Context ctx(l.model, l.findings, l.rules, "sv");
    const std::string md = report::report_markdown(ctx);
    CHECK(md.find("<script>") == std::string::npos);
    CHECK(md.find("\\<script\\>alert('title')\\</script\\>") != std::string::npos);
}

TEST_CASE("toc report writes html and md and xlsx and refuses a model with errors", "[report][cli]") {
    TempDir tmp;
    const std::string model = toc::test::source_path("models/spira.yaml");
    const std::string html = (tmp.path / "spira.html").string();
    auto r = run_toc({"report", model, "-o", html});
    REQUIRE(r.status == 0);
    CHECK(r.out == html + "\n");
    const std::string page = read_file(html);
    CHECK(page.find("<html lang=\"sv\">") != std::string::npos);
    CHECK(page.size() < 3u * 1024 * 1024);

    r = run_toc({"report", model, "--lang", "en", "--format", "md", "-o", "-"});
    REQUIRE(r.status == 0);
    CHECK(r.out.rfind("# Spira – theory of change for developing collaboration\n", 0) == 0);
    CHECK(r.out.find("## Assumptions register") != std::string::npos);

    const std::string book = (tmp.path / "spira.xlsx").string();
    r = run_toc({"report", model, "--format", "xlsx", "-o", book});
    REQUIRE(r.status == 0);
    CHECK(read_file(book).rfind("PK", 0) == 0);

    r = run_toc({"report", fixture("loader/many_problems.yaml"), "-o", (tmp.path / "x.html").string()});
    CHECK(r.status == 1);
    CHECK(r.err.find("no report was written") != std::string::npos);
    CHECK(!std::filesystem::exists(tmp.path / "x.html"));

    r = run_toc({"--help"});
    CHECK(r.out.find("  toc report FILE [-o OUT] [--lang sv|en] [--format html|xlsx|md]") != std::string::npos);
    CHECK(run_toc({"report", "--help"}).status == 0);

    r = run_toc({"report", model, "--format", "pdf"});
    CHECK(r.status == 2);
    CHECK(r.err.find("unknown format 'pdf'; use html, xlsx or md") != std::string::npos);
}

TEST_CASE("the pathways show each link's confidence and its evidence in words, in the report's language", "[report]") {
    const Loaded l = load(fixture("valid/link_confidence.yaml"));
    for (const auto& [lang, heading, high, low, note] :
         {std::tuple{"en", "Confidence", "high (80)", "low (25)", "strong: Three earlier cohorts finished the course."},
          std::tuple{"sv", "Säkerhet", "hög (80)", "låg (25)", "stark: Tre tidigare grupper gick kursen till slut."}}) {
        const report::Context ctx(l.model, l.findings, l.rules, lang);
        const auto table = report::pathways_table(ctx);
        REQUIRE(table.columns.size() == 9);
        CHECK(table.columns[7] == heading);
        REQUIRE(table.rows.size() == 3);
        CHECK(table.rows[0][6].text == note);
        CHECK(table.rows[0][7].text == high);
        CHECK(table.rows[1][7].text == low);
        CHECK(table.rows[2][7].text == std::string(lang == std::string("sv") ? "låg" : "low") + " (0)");
    }
}

TEST_CASE("the report's theory view carries the most important findings as numbered badges with their key", "[report]") {
    const Loaded l = load(fixture("valid/full_model.yaml"));
    REQUIRE(!l.findings.empty());
    std::string why;
    const auto diagrams = report::draw_diagrams(l.model, l.findings, "en", why);
    REQUIRE(diagrams);
    REQUIRE(diagrams->size() == 2);
    CHECK((*diagrams)[0].lang == "en");
    CHECK((*diagrams)[0].theory.find("Findings (") != std::string::npos);
    CHECK((*diagrams)[1].lang == "sv");
    CHECK((*diagrams)[1].theory.find("Fynd (") != std::string::npos);
    // a model the checks find nothing in has no key
    const Loaded clean = load(fixture("valid/minimal.yaml"));
    REQUIRE(clean.findings.empty());
    const auto plain = report::draw_diagrams(clean.model, clean.findings, "en", why);
    REQUIRE(plain);
    CHECK((*plain)[0].theory.find("Findings (") == std::string::npos);
}

TEST_CASE("the cover names the program's stage and the logframe each indicator's threshold, in the report's language", "[report][words]") {
    const Loaded l = load(fixture("valid/full_model.yaml"));
    for (const auto& [lang, stage_word, stage, heading, threshold] :
         {std::tuple{"en", "Stage", "implementation", "Threshold", "Self-supporting for at least six months"},
          std::tuple{"sv", "Skede", "genomförande", "Tröskel", "Egen försörjning i minst sex månader"}}) {
        INFO(lang);
        const report::Context ctx(l.model, l.findings, l.rules, lang);
        const std::string cover = report::html::cover(ctx);
        CHECK_THAT(cover, Catch::Contains(std::string("<dt>") + stage_word + "</dt><dd>" + stage + "</dd>"));
        const auto logframe = report::logframe_table(ctx);
        REQUIRE(logframe.columns.size() == 12);
        CHECK(logframe.columns[4] == heading);
        CHECK(std::any_of(logframe.rows.begin(), logframe.rows.end(), [&](const auto& row) {
            return row[2].text.find("självförsörjning") != std::string::npos && row[4].text == threshold;
        }));
    }
    // a model without them: no stage on the cover, empty threshold cells
    const Loaded plain = load(fixture("valid/link_confidence.yaml"));
    const report::Context ctx(plain.model, plain.findings, plain.rules, "en");
    CHECK_THAT(report::html::cover(ctx), !Catch::Contains("<dt>Stage</dt>"));
}

TEST_CASE("a model too large to draw whole gets its page with the overview, the tables and a note, not an error", "[report][large]") {
    // more elements than Graphviz is asked to lay out (render/layout_effort.hpp): the theory view is left out
    Model m;
    m.id = "big";
    m.title = Text("Big");
    for (int i = 0; i <= layout_effort::max_nodes; ++i) {
        Element e;
        e.kind = Kind::output;
        e.id = "o" + std::to_string(i);
        e.label = Text("Output " + std::to_string(i));
        e.links.push_back({.type = LinkType::leads_to, .from = Ref(e.id), .to = Ref("g")});
        m.elements.push_back(std::move(e));
    }
    Element goal;
    goal.kind = Kind::impact;
    goal.id = "g";
    goal.label = Text("Goal");
    m.elements.push_back(std::move(goal));
    const std::vector<Diagnostic> findings = check(m);
    std::string why;
    const auto diagrams = report::draw_diagrams(m, findings, "en", why);
    INFO(why);
    REQUIRE(diagrams);
    for (const auto& d : *diagrams) {
        INFO(d.lang);
        CHECK(d.left_out);
        CHECK(d.theory.empty());
        CHECK(d.overview.find("<svg") != std::string::npos);
    }
    // find, not Contains: a failure would print the whole page
    const std::string page =
        report::report_html(m, findings, all_rules(default_catalogue()), *diagrams, report::embedded_assets());
    CHECK(page.find("A view with thousands of boxes is left out") != std::string::npos);
    CHECK(page.find("En vy med tusentals rutor är utelämnad") != std::string::npos);
    CHECK(page.find("data-view=\"overview\"") != std::string::npos);
    CHECK(page.find("<div class=\"figure\" data-view=\"theory\"") == std::string::npos);
    CHECK(page.find("Output 4000") != std::string::npos);  // every element is in the tables
}
