// Related locations and fix-its in the text and JSON writers: the first line of a
// diagnostic stays as it was; the notes follow it, indented.

#include <catch2/catch.hpp>

#include <sstream>

#include <toc/diagnostics/format.hpp>

#include "support/support.hpp"

namespace {

toc::Diagnostic duplicate_with_fix() {
    toc::Diagnostic d{"TOC006", "duplicate-id", toc::Severity::error, {"model.yaml", 13, 9},
                      "the id 'o_a' is already used by an outcome at line 5, column 9; ids must be unique", "o_a"};
    d.related.push_back({{"model.yaml", 5, 9}, "first defined here"});
    toc::FixIt f;
    f.range = {"model.yaml", 13, 9, 13, 12, 210, 213};
    f.original = "o_a";
    f.replacement = "o_b";
    f.description = "replace 'o_a' with 'o_b'";
    d.fixes.push_back(f);
    return d;
}

}  // namespace

TEST_CASE("text: related locations and fix-its are indented lines under the diagnostic", "[diagnostics][format]") {
    const toc::Diagnostic d = duplicate_with_fix();
    toc::Diagnostic plain = d;
    plain.related.clear();
    plain.fixes.clear();
    std::ostringstream out;
    toc::write_text(out, {d, plain});
    const std::string first =
        "model.yaml:13:9: error: the id 'o_a' is already used by an outcome at line 5, column 9; ids must be unique "
        "[TOC006 duplicate-id]\n";
    CHECK(toc::format_diagnostic(d) + "\n" == first);  // the first line is as it always was
    CHECK(out.str() == first +
                           "  model.yaml:5:9: note: first defined here\n"
                           "  fix: replace 'o_a' with 'o_b'\n" +
                           first);
}

TEST_CASE("text: a note's control characters never start a new line", "[diagnostics][format]") {
    toc::Diagnostic d = duplicate_with_fix();
    d.related[0].message = "first\ndefined";
    d.fixes[0].description = "replace 'a\nb' with 'c'";
    const auto lines = toc::format_details(d);
    CHECK(lines == std::vector<std::string>{"  model.yaml:5:9: note: first defined", "  fix: replace 'a b' with 'c'"});
}

TEST_CASE("JSON: every diagnostic has related and fixes arrays", "[diagnostics][format][json]") {
    const toc::Diagnostic d = duplicate_with_fix();
    toc::Diagnostic plain{"TOC004", "missing-required", toc::Severity::error, {"model.yaml", 2, 1}, "needs an id", ""};
    std::ostringstream out;
    toc::write_json(out, {d, plain}, toc::DiagnosticSummary::of({d, plain}));
    // a real JSON parser reads it back
    const auto py = toc::test::run_process(
        {"/usr/bin/python3", "-c",
         "import json,sys\n"
         "d=json.load(sys.stdin)['diagnostics']\n"
         "r=d[0]['related'][0]\n"
         "print(r['file'], r['line'], r['column'], r['message'])\n"
         "f=d[0]['fixes'][0]\n"
         "print(f['description'])\n"
         "print(f['file'], f['line'], f['column'], f['end_line'], f['end_column'], f['offset'], f['end_offset'])\n"
         "print(f['original'], f['replacement'])\n"
         "print(d[1]['related'], d[1]['fixes'])\n"},
        out.str());
    INFO(out.str() << py.err);
    CHECK(py.status == 0);
    CHECK(py.out ==
          "model.yaml 5 9 first defined here\n"
          "replace 'o_a' with 'o_b'\n"
          "model.yaml 13 9 13 12 210 213\n"
          "o_a o_b\n"
          "[] []\n");
}
