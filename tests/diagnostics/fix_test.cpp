// apply_fixes and fix_text: each fix replaces exactly its range; every other
// byte of the text stays as it was.

#include <catch2/catch.hpp>

#include <toc/diagnostics/fix.hpp>

namespace {

/// A fix of `original` at byte `offset` of `text` (line and column are for messages only).
toc::FixIt fix_at(std::string_view text, std::string_view original, std::string replacement, int line = 1,
                  int column = 1) {
    const std::size_t offset = text.find(original);
    REQUIRE(offset != std::string_view::npos);
    toc::FixIt f;
    f.range.file = "model.yaml";
    f.range.line = f.range.end_line = line;
    f.range.column = column;
    f.range.end_column = column + static_cast<int>(original.size());
    f.range.offset = offset;
    f.range.end_offset = offset + original.size();
    f.original = std::string(original);
    f.replacement = std::move(replacement);
    f.description = "replace '" + f.original + "' with '" + f.replacement + "'";
    return f;
}

}  // namespace

TEST_CASE("apply_fixes: replaces the range and nothing else, comments and spacing kept", "[diagnostics][fix]") {
    const std::string text = "# a comment: horizn stays here\noutcomes:\n  - id: o1   # trailing\n    horizn:   short  # why\n";
    const std::size_t at = text.find("horizn:");
    toc::FixIt f = fix_at(text.substr(at), "horizn", "horizon", 4, 5);
    f.range.offset += at;
    f.range.end_offset += at;
    const auto r = toc::apply_fixes(text, {f});
    CHECK(r.text == "# a comment: horizn stays here\noutcomes:\n  - id: o1   # trailing\n    horizon:   short  # why\n");
    CHECK(r.applied == std::vector<std::size_t>{0});
    CHECK(r.skipped.empty());
}

TEST_CASE("apply_fixes: CRLF line endings and a byte order mark stay", "[diagnostics][fix]") {
    const std::string text = "\xEF\xBB\xBFtoc: 1\r\nid: m\r\nitems: [a_one, a_tow]\r\n# end\r\n";
    const auto r = toc::apply_fixes(text, {fix_at(text, "a_tow", "a_two", 3)});
    CHECK(r.text == "\xEF\xBB\xBFtoc: 1\r\nid: m\r\nitems: [a_one, a_two]\r\n# end\r\n");
}

TEST_CASE("apply_fixes: several fixes in any order, a longer or shorter replacement", "[diagnostics][fix]") {
    const std::string text = "a: lnog\nb: [xx, yyyy]\nc: z\n";
    const std::vector<toc::FixIt> fixes = {fix_at(text, "z", "zzz"), fix_at(text, "lnog", "long"),
                                           fix_at(text, "yyyy", "y"), fix_at(text, "xx", "")};
    const auto r = toc::apply_fixes(text, fixes);
    CHECK(r.text == "a: long\nb: [, y]\nc: zzz\n");
    CHECK(r.applied == std::vector<std::size_t>{1, 3, 2, 0});  // file order
}

TEST_CASE("apply_fixes: of overlapping fixes the first is made, the other skipped and reported", "[diagnostics][fix]") {
    const std::string text = "key: abcdef\n";
    toc::FixIt whole = fix_at(text, "abcdef", "ABCDEF");
    toc::FixIt inner = fix_at(text, "cde", "CDE");
    toc::FixIt at_end = fix_at(text, "\n", ";\n");  // touches the end of `whole`: no overlap
    const auto r = toc::apply_fixes(text, {inner, whole, at_end});
    CHECK(r.text == "key: ABCDEF;\n");
    CHECK(r.applied == std::vector<std::size_t>{1, 2});
    REQUIRE(r.skipped.size() == 1);
    CHECK(r.skipped[0].index == 0);
    CHECK(r.skipped[0].reason == "it overlaps another fix, which was made instead");

    // two insertions at one place: their order would be a guess
    toc::FixIt first = fix_at(text, "", "<");
    toc::FixIt second = first;
    second.replacement = ">";
    const auto r2 = toc::apply_fixes(text, {first, second});
    CHECK(r2.text == "<key: abcdef\n");
    CHECK(r2.skipped.size() == 1);
}

TEST_CASE("apply_fixes: the same fix twice is made once, a stale fix not at all", "[diagnostics][fix]") {
    const std::string text = "leads_to: [o_trst]\n";
    const toc::FixIt f = fix_at(text, "o_trst", "o_trust");
    auto r = toc::apply_fixes(text, {f, f});
    CHECK(r.text == "leads_to: [o_trust]\n");
    CHECK(r.applied.size() == 1);
    CHECK(r.skipped.empty());

    // the file changed since it was checked: the range no longer holds the text
    const std::string edited = "leads_to: [o_rest]\n";
    r = toc::apply_fixes(edited, {f});
    CHECK(r.text == edited);
    CHECK(r.applied.empty());
    REQUIRE(r.skipped.size() == 1);
    CHECK(r.skipped[0].reason == "the text at its place is no longer 'o_trst'");

    toc::FixIt beyond = f;
    beyond.range.offset = 100;
    beyond.range.end_offset = 106;
    r = toc::apply_fixes(text, {beyond});
    CHECK(r.text == text);
    CHECK(r.skipped.size() == 1);
}

TEST_CASE("fix_text: the fixes of one file, with a line per change", "[diagnostics][fix]") {
    const std::string text = "outcomes:\n  - id: o1\n    horizn: short\n    level: staf\n";
    std::vector<toc::Diagnostic> ds;
    ds.push_back({"TOC002", "unknown-key", toc::Severity::error, {"model.yaml", 3, 5}, "unknown key", "o1"});
    ds.back().fixes.push_back(fix_at(text, "horizn", "horizon", 3, 5));
    ds.push_back({"TOC005", "invalid-value", toc::Severity::error, {"model.yaml", 4, 12}, "bad value", "o1"});
    ds.back().fixes.push_back(fix_at(text, "staf", "staff", 4, 12));
    ds.push_back({"TOC007", "unresolved-reference", toc::Severity::error, {"other.yaml", 1, 1}, "elsewhere", ""});
    ds.back().fixes.push_back(fix_at(text, "id", "XX"));
    ds.back().fixes.back().range.file = "other.yaml";
    ds.push_back({"TOC004", "missing-required", toc::Severity::error, {"model.yaml", 2, 5}, "no fix", "o1"});

    const auto r = toc::fix_text(text, ds, "model.yaml");
    CHECK(r.text == "outcomes:\n  - id: o1\n    horizon: short\n    level: staff\n");
    CHECK(r.changed == std::vector<std::string>{"model.yaml:3:5: replaced 'horizn' with 'horizon' [TOC002]",
                                                "model.yaml:4:12: replaced 'staf' with 'staff' [TOC005]"});
    CHECK(r.skipped.empty());

    const auto none = toc::fix_text(text, {}, "model.yaml");
    CHECK(none.text == text);
    CHECK(none.changed.empty());
}
