// The loader's fix-its and related locations: exact ranges on real YAML, fixes
// only where they are certain, and a fixture that the fixes turn into its
// fixed form byte for byte.

#include <catch2/catch.hpp>

#include <toc/diagnostics/fix.hpp>
#include <toc/load/load.hpp>

#include "support/support.hpp"

using toc::test::describe;
using toc::test::fixture;

namespace {

const toc::Diagnostic* find(const std::vector<toc::Diagnostic>& ds, std::string_view code, int line) {
    for (const auto& d : ds)
        if (d.code == code && d.location.line == line) return &d;
    return nullptr;
}

/// The one fix-it of the diagnostic `code` on `line`, checked to hold its original text in `text`.
toc::FixIt only_fix(const toc::LoadResult& r, std::string_view text, std::string_view code, int line) {
    INFO(describe(r.diagnostics));
    const toc::Diagnostic* d = find(r.diagnostics, code, line);
    REQUIRE(d != nullptr);
    REQUIRE(d->fixes.size() == 1);
    const toc::FixIt& f = d->fixes[0];
    CHECK(text.substr(f.range.offset, f.range.end_offset - f.range.offset) == f.original);
    CHECK(f.range.file == d->location.file);
    return f;
}

const char* model_head = "toc: 1\nid: m\ntitle: M\n";

}  // namespace

TEST_CASE("fix: the did-you-mean fixture becomes its fixed form, and nothing else changes", "[loader][fix]") {
    const std::string path = fixture("fix/did_you_mean.yaml");
    const std::string text = toc::test::read_file(path);
    const std::string fixed = toc::test::read_file(fixture("fix/did_you_mean.fixed.yaml"));
    const auto r = toc::load_file(path);
    INFO(describe(r.diagnostics));

    const auto made = toc::fix_text(text, r.diagnostics, path);
    CHECK(made.text == fixed);  // byte for byte: comments, quotes, spacing and order kept
    CHECK(made.changed == std::vector<std::string>{
                              path + ":10:16: replaced 'ongoign' with 'ongoing' [TOC005]",
                              path + ":11:28: replaced 'o_arbte' with 'o_arbete' [TOC007]",
                              path + ":16:5: replaced 'horizn' with 'horizon' [TOC002]",
                              path + ":17:58: replaced 'lnog' with 'long' [TOC005]",
                          });
    CHECK(made.skipped.empty());

    // the fixed form loads without a loader error; fixing it again changes nothing
    const auto again = toc::load_string(fixed, "fixed.yaml");
    INFO(describe(again.diagnostics));
    CHECK(again.ok());
    CHECK(toc::fix_text(fixed, again.diagnostics, "fixed.yaml").text == fixed);
}

TEST_CASE("fix: ranges of a quoted value, a flow item, a key before a comment, a flow mapping value", "[loader][fix]") {
    const std::string path = fixture("fix/did_you_mean.yaml");
    const std::string text = toc::test::read_file(path);
    const auto r = toc::load_file(path);

    // status:   'ongoign'  -- inside the quotes only; the node starts at the quote
    auto f = only_fix(r, text, "TOC005", 10);
    CHECK(find(r.diagnostics, "TOC005", 10)->location.column == 15);
    CHECK(f.range.line == 10);
    CHECK(f.range.column == 16);
    CHECK(f.range.end_line == 10);
    CHECK(f.range.end_column == 23);
    CHECK(text.substr(f.range.offset - 1, 9) == "'ongoign'");
    CHECK(f.replacement == "ongoing");
    CHECK(f.description == "replace 'ongoign' with 'ongoing'");

    // leads_to: [ o_tillit,  o_arbte ]  -- the second item of a flow sequence
    f = only_fix(r, text, "TOC007", 11);
    CHECK(f.range.column == 28);
    CHECK(f.range.end_column == 35);
    CHECK(text.substr(f.range.end_offset, 2) == " ]");
    CHECK(f.replacement == "o_arbete");

    // horizn: short   # ...  -- a key, with its value and comment after it
    f = only_fix(r, text, "TOC002", 16);
    CHECK(f.range.column == 5);
    CHECK(f.range.end_column == 11);
    CHECK(text.substr(f.range.end_offset, 2) == ": ");
    CHECK(f.replacement == "horizon");

    // {id: o_arbete, label: Arbete eller studier, horizon: lnog}  -- the last value of a flow mapping
    f = only_fix(r, text, "TOC005", 17);
    CHECK(f.range.column == 58);
    CHECK(f.range.end_column == 62);
    CHECK(text[f.range.end_offset] == '}');
}

TEST_CASE("fix: columns count characters, offsets count bytes (non-ASCII before the fix)", "[loader][fix]") {
    // a flow mapping whose value follows non-ASCII text on the same line
    const std::string model = std::string(model_head) +
                              "outcomes:\n"
                              "  - {label: \"Stöd åt Åsa\", id: o_x, horizon: shrot}  # ÅÄÖ\n";
    const auto r = toc::load_string(model, "m.yaml");
    const toc::FixIt f = only_fix(r, model, "TOC005", 5);
    CHECK(f.range.column == 46);  // "  - {label: \"Stöd åt Åsa\", id: o_x, horizon: " is 45 characters
    CHECK(f.range.end_column == 51);
    CHECK(f.range.offset == std::string(model_head).size() + 10 + 48);  // ... and 48 bytes
    CHECK(toc::fix_text(model, r.diagnostics, "m.yaml").text ==
          std::string(model_head) + "outcomes:\n  - {label: \"Stöd åt Åsa\", id: o_x, horizon: short}  # ÅÄÖ\n");

    // a misspelt key with a non-ASCII character: its end counts characters too
    const std::string keyed = std::string(model_head) + "outcomes:\n  - id: o_x\n    label: Å\n    hörizon: short\n";
    const auto r2 = toc::load_string(keyed, "m.yaml");
    const toc::FixIt k = only_fix(r2, keyed, "TOC002", 7);
    CHECK(k.range.column == 5);
    CHECK(k.range.end_column == 12);  // seven characters, eight bytes
    CHECK(k.range.end_offset - k.range.offset == 8);
    CHECK(k.replacement == "horizon");
}

TEST_CASE("fix: CRLF line endings and a byte order mark", "[loader][fix]") {
    const std::string model = "\xEF\xBB\xBFtoc: 1\r\nid: m\r\ntitle: Ö\r\noutcomes:\r\n  - id: o1\r\n"
                              "    label: Ett\r\n    horizon: lnog\r\n";
    const auto r = toc::load_string(model, "m.yaml");
    const toc::FixIt f = only_fix(r, model, "TOC005", 7);
    CHECK(f.range.column == 14);
    CHECK(f.range.end_column == 18);
    CHECK(model.substr(f.range.offset, 4) == "lnog");  // the offset counts the byte order mark
    CHECK(toc::fix_text(model, r.diagnostics, "m.yaml").text ==
          "\xEF\xBB\xBFtoc: 1\r\nid: m\r\ntitle: Ö\r\noutcomes:\r\n  - id: o1\r\n    label: Ett\r\n    horizon: long\r\n");
}

TEST_CASE("fix: after an anchor the range starts at the value, and an alias gets no fix", "[loader][fix]") {
    const std::string model = std::string(model_head) +
                              "outcomes:\n"
                              "  - {id: o1, label: A, horizon: &h lnog}\n"
                              "  - {id: o2, label: B, horizon: *h}\n";
    const auto r = toc::load_string(model, "m.yaml");
    INFO(describe(r.diagnostics));
    const toc::FixIt f = only_fix(r, model, "TOC005", 5);
    CHECK(f.range.column == 36);
    const toc::Diagnostic* alias = find(r.diagnostics, "TOC005", 6);
    REQUIRE(alias != nullptr);
    CHECK(alias->fixes.empty());
}

TEST_CASE("fix: none where the fix is not certain", "[loader][fix]") {
    struct Case {
        const char* why;
        const char* body;  ///< the model after its head
        const char* code;
        const char* suggestion;  ///< the message still says "did you mean"
    };
    const Case cases[] = {
        {"two ids are equally near",
         "activities:\n  - {id: a1, label: A, leads_to: [o_ac]}\n"
         "outcomes:\n  - {id: o_ab, label: B, horizon: short}\n  - {id: o_ad, label: C, horizon: short}\n",
         "TOC007", "o_ab"},
        {"the nearest id is of a kind the key does not take",
         "actors:\n  - {id: p_coach, label: Coach}\nactivities:\n  - {id: a1, label: A, leads_to: [p_coch]}\n",
         "TOC007", "p_coach"},
        {"the right key is in the mapping already",
         "outcomes:\n  - id: o1\n    label: A\n    labl: B\n    horizon: short\n", "TOC002", "label"},
        {"an escape sequence in a double-quoted value",
         "outcomes:\n  - {id: o1, label: A, horizon: \"l\\x6Eog\"}\n", "TOC005", "long"},
        {"a block scalar",
         "activities:\n  - id: a1\n    label: A\n    leads_to:\n      - >-\n        o_tust\n"
         "outcomes:\n  - {id: o_trust, label: B, horizon: short}\n",
         "TOC007", "o_trust"},
    };
    for (const auto& c : cases) {
        const auto r = toc::load_string(std::string(model_head) + c.body, "m.yaml");
        INFO(c.why << "\n" << describe(r.diagnostics));
        const auto* d = toc::test::find_code(r.diagnostics, c.code);
        REQUIRE(d != nullptr);
        CHECK_THAT(d->message, Catch::Contains(std::string("did you mean '") + c.suggestion + "'?"));
        CHECK(d->fixes.empty());
    }
}

TEST_CASE("a duplicate id notes where it was first defined", "[loader][related]") {
    const std::string path = fixture("loader/toc006_duplicate_id.yaml");
    const auto r = toc::load_file(path);
    const auto* d = toc::test::find_code(r.diagnostics, "TOC006");
    REQUIRE(d);
    REQUIRE(d->related.size() == 1);
    CHECK(d->related[0].message == "first defined here");
    CHECK(d->related[0].location.file == path);
    CHECK(d->related[0].location < d->location);
    CHECK_THAT(d->message, Catch::Contains("at line " + std::to_string(d->related[0].location.line) + ", column " +
                                          std::to_string(d->related[0].location.column)));
    CHECK(d->fixes.empty());
}
