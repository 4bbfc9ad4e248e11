// docs/checks.md cannot drift from the catalogue: every rule (and every loader
// code) has its entry, with the same name, severity, criterion, source, description,
// rationale and fix; no entry names a rule that does not exist; and every
// example is a model on which its rule reports (failing) or stays silent (passing).

#include <catch2/catch.hpp>

#include <map>
#include <regex>
#include <sstream>

#include <toc/checks/check.hpp>
#include <toc/load/load.hpp>

#include "support/support.hpp"

namespace {

struct Entry {
    std::string code, name, anchor_line;
    int line = 0;
    std::vector<std::string> lines;
    std::vector<std::pair<std::string, std::string>> examples;  // label ("Failing"/"Passing"), YAML
};

std::map<std::string, Entry> parse(const std::string& text, std::vector<std::string>& errors) {
    std::map<std::string, Entry> entries;
    std::istringstream in(text);
    std::vector<std::string> all;
    for (std::string l; std::getline(in, l);) all.push_back(l);
    const std::regex heading(R"(^### (\S+) (\S+)$)");
    Entry* current = nullptr;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const std::string& l = all[i];
        std::smatch m;
        if (std::regex_match(l, m, heading)) {
            Entry e;
            e.code = m[1];
            e.name = m[2];
            e.line = static_cast<int>(i) + 1;
            e.anchor_line = i >= 2 ? all[i - 2] : "";
            if (!entries.emplace(e.code, e).second) errors.push_back("two entries for " + e.code);
            current = &entries[e.code];
            continue;
        }
        if (l.rfind("## ", 0) == 0) { current = nullptr; continue; }
        if (!current) continue;
        if ((l == "**Failing:**" || l == "**Passing:**") && i + 2 < all.size() && all[i + 2] == "```yaml") {
            std::string yaml;
            std::size_t k = i + 3;
            for (; k < all.size() && all[k] != "```"; ++k) yaml += all[k] + "\n";
            current->examples.emplace_back(l.substr(2, 7), yaml);
            i = k;
            continue;
        }
        current->lines.push_back(l);
    }
    return entries;
}

bool has_line(const Entry& e, const std::string& line) {
    return std::find(e.lines.begin(), e.lines.end(), line) != e.lines.end();
}

void check_entry(const Entry& e, const toc::RuleInfo& r) {
    INFO("docs/checks.md:" << e.line << ": entry " << e.code);
    CHECK(e.name == r.name);
    CHECK(e.anchor_line == "<a id=\"" + [&] {
              std::string a = r.code;
              for (char& c : a) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
              return a;
          }() + "\"></a>");
    CHECK(has_line(e, "- **Severity:** " + std::string(toc::to_string(r.default_severity))));
    CHECK(has_line(e, "- **Criterion:** " + r.criterion));
    if (!r.source.empty()) CHECK(has_line(e, "- **Source:** " + r.source));
    CHECK(has_line(e, "**Detects:** " + r.summary));
    CHECK(has_line(e, "**Why:** " + r.rationale));
    CHECK(has_line(e, "**How to fix:** " + r.fix));
}

}  // namespace

TEST_CASE("docs/checks.md has one entry per rule, matching the catalogue", "[checks][docs]") {
    const std::string text = toc::test::read_file(toc::test::source_path("docs/checks.md"));
    REQUIRE_FALSE(text.empty());
    std::vector<std::string> errors;
    const auto entries = parse(text, errors);
    CHECK(errors.empty());

    const toc::Catalogue catalogue = toc::default_catalogue();
    std::size_t expected = 0;
    auto loader = toc::loader_rules();
    for (toc::RuleInfo& r : toc::import_rules()) loader.push_back(std::move(r));
    for (const toc::RuleInfo& r : loader) {
        ++expected;
        auto it = entries.find(r.code);
        INFO("loader or importer code " << r.code);
        REQUIRE(it != entries.end());
        check_entry(it->second, r);
    }
    for (const toc::Rule& rule : catalogue.rules()) {
        ++expected;
        auto it = entries.find(rule.info.code);
        INFO("rule " << rule.info.code);
        REQUIRE(it != entries.end());
        check_entry(it->second, rule.info);
    }
    for (const auto& [code, e] : entries) {
        INFO("docs/checks.md:" << e.line << ": " << code << " is not a rule of the catalogue");
        const bool known = catalogue.find(code) != nullptr ||
                           std::any_of(loader.begin(), loader.end(),
                                       [&](const toc::RuleInfo& r) { return r.code == code; });
        CHECK(known);
    }
    CHECK(entries.size() == expected);
}

TEST_CASE("the examples in docs/checks.md do what they say", "[checks][docs]") {
    const std::string text = toc::test::read_file(toc::test::source_path("docs/checks.md"));
    std::vector<std::string> errors;
    const auto entries = parse(text, errors);
    const toc::Catalogue catalogue = toc::default_catalogue();
    for (const toc::Rule& rule : catalogue.rules()) {
        const std::string& code = rule.info.code;
        DYNAMIC_SECTION(code) {
            auto it = entries.find(code);
            REQUIRE(it != entries.end());
            const Entry& e = it->second;
            REQUIRE(e.examples.size() == 2);
            CHECK(e.examples[0].first == "Failing");
            CHECK(e.examples[1].first == "Passing");
            for (const auto& [label, yaml] : e.examples) {
                INFO(label << " example of " << code << ":\n" << yaml);
                const toc::LoadResult r = toc::load_string(yaml, "example.yaml");
                INFO(toc::test::describe(r.diagnostics));
                REQUIRE(r.ok());
                REQUIRE(r.diagnostics.empty());
                const auto findings = toc::check(r.model);
                INFO(toc::test::describe(findings));
                if (label == "Failing")
                    CHECK_FALSE(toc::test::all_with_code(findings, code).empty());
                else
                    CHECK(toc::test::all_with_code(findings, code).empty());
            }
        }
    }
}

TEST_CASE("the SARIF help links point at anchors that exist", "[checks][docs][sarif]") {
    const std::string text = toc::test::read_file(toc::test::source_path("docs/checks.md"));
    const toc::Catalogue catalogue = toc::default_catalogue();
    for (const toc::Rule& rule : catalogue.rules()) {
        std::string a = rule.info.code;
        for (char& c : a) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        CHECK_THAT(text, Catch::Contains("<a id=\"" + a + "\"></a>"));
    }
}
