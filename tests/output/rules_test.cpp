// The catalogue as `toc rules` writes it: text, JSON (what
// scripts/gen-rule-tables.py reads) and Markdown.

#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include <toc/checks/check.hpp>
#include <toc/output/rules.hpp>

namespace {

toc::RuleInfo sample() {
    toc::RuleInfo r;
    r.code = "X001";
    r.name = "label-too-short";
    r.family = "structure";
    r.criterion = "clarity";
    r.default_severity = toc::Severity::note;
    r.summary = "A label of \"one\" | two characters.";
    r.rationale = "Short labels say little.";
    r.source = "";
    r.fix = "Write a longer label.";
    r.enabled_by_default = false;
    return r;
}

std::vector<toc::RuleInfo> everything() { return toc::all_rules(toc::default_catalogue()); }

std::size_t count(const std::string& text, const std::string& word) {
    std::size_t n = 0;
    for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("write_rules_json writes every field of a rule, escaped", "[output][rules]") {
    std::ostringstream out;
    toc::write_rules_json(out, {sample()});
    CHECK(out.str() == R"({
  "rules": [
    {
      "code": "X001",
      "name": "label-too-short",
      "severity": "note",
      "family": "structure",
      "criterion": "clarity",
      "source": "",
      "summary": "A label of \"one\" | two characters.",
      "rationale": "Short labels say little.",
      "fix": "Write a longer label.",
      "enabled_by_default": false
    }
  ]
}
)");
}

TEST_CASE("write_rules_json lists the loader's codes and every rule of the catalogue, in order", "[output][rules]") {
    const auto rules = everything();
    std::ostringstream out;
    toc::write_rules_json(out, rules);
    const std::string json = out.str();
    CHECK(count(json, "\"code\": ") == rules.size());
    std::size_t at = 0;
    for (const toc::RuleInfo& r : rules) {
        INFO(r.code);
        const auto here = json.find("\"code\": \"" + r.code + "\"", at);
        REQUIRE(here != std::string::npos);
        CHECK(json.find("\"name\": \"" + r.name + "\"", here) != std::string::npos);
        at = here;
    }
    CHECK(json.find("\"family\": \"loader\"") != std::string::npos);
}

TEST_CASE("write_rules_text gives one paragraph per rule", "[output][rules]") {
    toc::RuleInfo sourced = sample();
    sourced.source = "Davies (2013)";
    sourced.enabled_by_default = true;
    std::ostringstream out;
    toc::write_rules_text(out, {sample(), sourced});
    CHECK(out.str() == "X001 label-too-short (note; structure; clarity; off by default)\n"
                       "    A label of \"one\" | two characters.\n"
                       "X001 label-too-short (note; structure; clarity)\n"
                       "    A label of \"one\" | two characters.\n"
                       "    Source: Davies (2013)\n");
}

TEST_CASE("write_rules_markdown keeps a | inside its cell", "[output][rules]") {
    std::ostringstream out;
    toc::write_rules_markdown(out, {sample()});
    CHECK(out.str() == "| code | name | severity | family | criterion | source | detects |\n"
                       "|---|---|---|---|---|---|---|\n"
                       "| [X001](checks.md#x001) | label-too-short | note | structure | clarity |  | "
                       "A label of \"one\" \\| two characters. |\n");
    std::ostringstream all;
    toc::write_rules_markdown(all, everything());
    CHECK(count(all.str(), "\n| [TOC") == everything().size());
}
