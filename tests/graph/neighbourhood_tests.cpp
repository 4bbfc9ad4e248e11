// The neighbourhood of a focus, and the model cut down to it (graph/neighbourhood.hpp),
// on a real fixture: two strands that meet in one outcome.

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include <toc/detail/suggest.hpp>
#include <toc/graph/neighbourhood.hpp>
#include <toc/load/load.hpp>
#include <toc/output/json.hpp>

#include "graph/two_strands.hpp"
#include "support/support.hpp"
#include "support/tools.hpp"

using namespace toc;
using toc::test::two_strands;

namespace {

/// The ids of the elements in a neighbourhood, in file order.
std::vector<std::string> ids_in(const Model& m, const std::vector<std::string>& focus, std::optional<int> depth = {}) {
    const ModelGraph g(m);
    std::vector<ElementVertexId> vs;
    for (const auto& id : focus) vs.push_back(*g.vertex(id));
    const std::vector<bool> in = neighbourhood(g, vs, depth);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < in.size(); ++i)
        if (in[i]) out.push_back(m.elements[i].id);
    return out;
}

template <class T>
std::vector<std::string> ids_of(const std::vector<T>& items) {
    std::vector<std::string> out;
    for (const auto& x : items) out.push_back(x.id);
    return out;
}

bool has(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

TEST_CASE("neighbourhood: causes and effects of the focus, not what only shares an effect", "[neighbourhood]") {
    const Model m = two_strands();
    // backward: a_stod (leads_to), r_tid (uses), c_fa_familjer (enables); forward: o_arbete, i_utanforskap;
    // b_inga_jobb acts on o_tillit → o_arbete, both in
    CHECK(ids_in(m, {"o_tillit"}) == std::vector<std::string>{"r_tid", "a_stod", "o_tillit", "o_arbete",
                                                                "i_utanforskap", "c_fa_familjer", "b_inga_jobb"});
    // o_ekonomi leads to o_arbete too, but is neither a cause nor an effect of o_tillit
    CHECK_FALSE(has(ids_in(m, {"o_tillit"}), "o_ekonomi"));
}

TEST_CASE("neighbourhood: depth counts steps from the focus, and feedback is not followed", "[neighbourhood]") {
    const Model m = two_strands();
    CHECK(ids_in(m, {"o_tillit"}, 1) ==
          std::vector<std::string>{"a_stod", "o_tillit", "o_arbete", "c_fa_familjer", "b_inga_jobb"});
    CHECK(ids_in(m, {"o_tillit"}, 0) == std::vector<std::string>{"o_tillit"});
    // an impact has only causes
    CHECK(ids_in(m, {"i_utanforskap"}, 1) == std::vector<std::string>{"o_arbete", "i_utanforskap"});
    // from a_stod: its effects and the resource it uses; c_fa_familjer is a cause of o_tillit, not of a_stod,
    // and o_tillit's feedback to a_stod is not followed back
    CHECK(ids_in(m, {"a_stod"}) ==
          std::vector<std::string>{"r_tid", "a_stod", "o_tillit", "o_arbete", "i_utanforskap", "b_inga_jobb"});
}

TEST_CASE("neighbourhood: several focus ids, each with its own neighbourhood", "[neighbourhood]") {
    const Model m = two_strands();
    CHECK(ids_in(m, {"o_tillit", "o_ekonomi"}, 0) == std::vector<std::string>{"o_tillit", "o_ekonomi"});
    CHECK(ids_in(m, {"a_stod", "a_kurs"}, 1) ==
          std::vector<std::string>{"r_tid", "r_lokal", "a_stod", "a_kurs", "o_tillit", "o_ekonomi"});
}

TEST_CASE("focus_model keeps the neighbourhood and what is attached to it", "[neighbourhood][focus_model]") {
    const Model m = two_strands();
    const FocusedModel f = focus_model(m, {"o_tillit"});
    CHECK(f.unknown.empty());
    const Model& s = f.model;
    CHECK(ids_of(s.elements) == std::vector<std::string>{"r_tid", "a_stod", "o_tillit", "o_arbete", "i_utanforskap",
                                                         "c_fa_familjer", "b_inga_jobb"});
    CHECK(ids_of(s.mechanisms) == std::vector<std::string>{"m_tillit"});
    CHECK(ids_of(s.assumptions) == std::vector<std::string>{"as_delta"});
    CHECK(ids_of(s.indicators) == std::vector<std::string>{"ind_tillit", "ind_bada"});
    REQUIRE(s.indicators.size() == 2);
    CHECK(s.indicators[1].measures == std::vector<Ref>{"o_tillit"});  // o_ekonomi is left out
    CHECK(ids_of(s.questions) == std::vector<std::string>{"q_tillit"});
    REQUIRE(s.questions.size() == 1);
    CHECK(s.questions[0].about == std::vector<Ref>{"o_tillit", "familjer"});
    // tables of reference and the model's own keys, whole
    CHECK(ids_of(s.sites) == ids_of(m.sites));
    CHECK(ids_of(s.actors) == ids_of(m.actors));
    CHECK(s.id == m.id);
    CHECK(s.title.in("en", s.languages) == "Two strands");
    CHECK(s.languages == m.languages);
    // links among kept elements: o_arbete keeps its link to i_utanforskap, the feedback stays
    const Element* tillit = s.find_element("o_tillit");
    REQUIRE(tillit);
    CHECK(tillit->links.size() == 2);  // leads_to o_arbete (l_arbete) and the feedback to a_stod
    const Element* barrier = s.find_element("b_inga_jobb");
    REQUIRE(barrier);
    CHECK(barrier->links.size() == 1);  // still hinders l_arbete
}

TEST_CASE("focus_model: the cut model stands on its own (it loads again without errors)", "[neighbourhood][focus_model]") {
    const Model m = two_strands();
    for (const std::optional<int> depth : {std::optional<int>(), std::optional<int>(0), std::optional<int>(1)}) {
        const FocusedModel f = focus_model(m, {"o_arbete"}, depth);
        const LoadResult back = load_string(to_json(f.model), "focused.json");
        INFO(test::describe(back.diagnostics));
        CHECK(back.ok());
        CHECK(back.model.elements.size() == f.model.elements.size());
    }
    // depth 0 on o_arbete: its links to everything else are gone, and with them o_ekonomi's strand
    const FocusedModel only = focus_model(m, {"o_arbete"}, 0);
    CHECK(ids_of(only.model.elements) == std::vector<std::string>{"o_arbete"});
    CHECK(only.model.elements[0].links.empty());
    CHECK(only.model.mechanisms.empty());
    CHECK(only.model.assumptions.empty());
    CHECK(only.model.indicators.empty());
}

TEST_CASE("focus_model: unknown focus ids come back for a did-you-mean", "[neighbourhood][focus_model]") {
    const Model m = two_strands();
    const FocusedModel f = focus_model(m, {"o_tilit", "o_tillit", "nowhere"}, 0);
    CHECK(f.unknown == std::vector<std::string>{"o_tilit", "nowhere"});
    CHECK(ids_of(f.model.elements) == std::vector<std::string>{"o_tillit"});
    std::vector<std::string_view> ids;
    for (const auto& e : m.elements) ids.push_back(e.id);
    CHECK(detail::nearest(f.unknown[0], ids) == "o_tillit");
    // nothing known: an empty results chain, the model's own keys kept
    const FocusedModel none = focus_model(m, {"nowhere"});
    CHECK(none.model.elements.empty());
    CHECK(none.model.id == m.id);
}

TEST_CASE("focus_model: on every seed model, the cut model loads again without errors", "[neighbourhood][focus_model]") {
    REQUIRE_FALSE(test::seed_models().empty());
    for (const auto& path : test::seed_models()) {
        const LoadResult whole = load_file(path);
        REQUIRE(whole.ok());
        for (std::size_t i = 0; i < whole.model.elements.size(); i += 7) {
            const std::string& focus = whole.model.elements[i].id;
            for (const std::optional<int> depth : {std::optional<int>(), std::optional<int>(1)}) {
                const FocusedModel f = focus_model(whole.model, {focus}, depth);
                const LoadResult back = load_string(to_json(f.model), "focused.json");
                INFO(path << " focus " << focus << ": " << test::describe(back.diagnostics));
                CHECK(back.ok());
                CHECK(f.model.find_element(focus));
            }
        }
    }
}

TEST_CASE("focus_model: a link id focuses its two ends", "[neighbourhood][focus_model]") {
    const LoadResult r = load_file(toc::test::fixture("checks/combine_all_reached.yaml"));
    REQUIRE(r.ok());
    CHECK(focus_elements(r.model, "l_skills") == std::vector<std::string>{"o_skills", "o_kept"});
    CHECK(focus_elements(r.model, "o_care") == std::vector<std::string>{"o_care"});
    CHECK(focus_elements(r.model, "l_nothing").empty());
    const FocusedModel by_link = focus_model(r.model, {"l_skills"}, 0);
    CHECK(by_link.unknown.empty());
    CHECK(ids_of(by_link.model.elements) == std::vector<std::string>{"o_skills", "o_kept"});
    const FocusedModel by_ends = focus_model(r.model, {"o_skills", "o_kept"}, 1);
    CHECK(ids_of(focus_model(r.model, {"l_skills"}, 1).model.elements) == ids_of(by_ends.model.elements));
    CHECK(focus_model(r.model, {"l_nothing"}).unknown == std::vector<std::string>{"l_nothing"});
}
