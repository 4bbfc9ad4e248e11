// Bad input never crashes, hangs or exhausts memory: each ends with a located
// error (or is accepted where legal). Large inputs are generated here.

#include <catch2/catch.hpp>

#include <fstream>
#include <random>

#include <toc/load/load.hpp>

#include "support/support.hpp"

using toc::test::describe;

namespace {

const toc::Diagnostic& first_error(const toc::LoadResult& r) {
    for (const auto& d : r.diagnostics)
        if (d.severity == toc::Severity::error) return d;
    FAIL("no error reported: " << describe(r.diagnostics));
    throw;
}

void require_located_error(const toc::LoadResult& r, const std::string& code) {
    INFO(describe(r.diagnostics));
    REQUIRE_FALSE(r.ok());
    const auto& d = first_error(r);
    CHECK(d.code == code);
    CHECK(d.location.line >= 1);
    CHECK(d.location.column >= 1);
    CHECK_FALSE(d.message.empty());
}

std::string header() { return "toc: 1\nid: hostile\ntitle: Hostile\n"; }

}  // namespace

TEST_CASE("empty and comment-only files", "[loader][hostile]") {
    require_located_error(toc::load_string("", "empty.yaml"), "TOC004");
    require_located_error(toc::load_string("# only a comment\n", "c.yaml"), "TOC004");
    require_located_error(toc::load_string("   \n\n", "blank.yaml"), "TOC004");
}

TEST_CASE("a scalar or a list at top level", "[loader][hostile]") {
    require_located_error(toc::load_string("hello\n", "s.yaml"), "TOC003");
    require_located_error(toc::load_string("- a\n- b\n", "l.yaml"), "TOC003");
    require_located_error(toc::load_string("42", "n.yaml"), "TOC003");
}

TEST_CASE("tabs used for indentation", "[loader][hostile]") {
    const auto r = toc::load_string(header() + "outcomes:\n\t- id: o\n", "tabs.yaml");
    require_located_error(r, "TOC001");
    CHECK(r.diagnostics[0].location.line == 5);
    CHECK_THAT(r.diagnostics[0].message, Catch::Contains("tab"));
}

TEST_CASE("deep nesting: 100 000 levels", "[loader][hostile]") {
    SECTION("flow sequences") {
        const auto r = toc::load_string(header() + "x-deep: " + std::string(100000, '[') + std::string(100000, ']'), "deep.yaml");
        require_located_error(r, "TOC001");
        CHECK_THAT(r.diagnostics[0].message, Catch::Contains("nests deeper"));
    }
    SECTION("flow mappings") {
        std::string text = header() + "x-deep: ";
        for (int i = 0; i < 100000; ++i) text += "{a: ";
        text += "1" + std::string(100000, '}');
        require_located_error(toc::load_string(text, "deep.yaml"), "TOC001");
    }
    SECTION("block sequences") {
        std::string text = header() + "x-deep:\n";
        for (int i = 0; i < 3000; ++i) text += std::string(static_cast<std::size_t>(i + 1), ' ') + "-\n";
        require_located_error(toc::load_string(text, "deep.yaml"), "TOC001");
    }
}

TEST_CASE("alias bombs (billion laughs)", "[loader][hostile]") {
    SECTION("in extension keys: aliases are kept, never expanded") {
        std::string text = header() + "x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; ++c) {
            text += std::string("x-") + c + ": &" + c + " [";
            for (int i = 0; i < 9; ++i) text += std::string(i ? ", " : "") + "*" + prev;
            text += "]\n";
            prev = c;
        }
        const auto r = toc::load_string(text, "lol.yaml");
        INFO(describe(r.diagnostics));
        CHECK(r.ok());
        CHECK(r.model.extensions.size() == 11);
        CHECK(r.model.extensions.back().nodes.size() == 10);  // 9 aliases + the list
    }
    SECTION("where the model is read: expansion is bounded") {
        std::string text = header() + "x-via: &v [m1, m1, m1, m1, m1, m1, m1, m1, m1, m1]\n"
                                      "x-link: &l {to: o1, via: *v}\nx-links: &ls [";
        for (int i = 0; i < 200; ++i) text += std::string(i ? ", " : "") + "*l";
        text += "]\nx-el: &e {id: o1, label: l, horizon: short, leads_to: *ls, enables: *ls, hinders: *ls}\noutcomes: [";
        for (int i = 0; i < 20000; ++i) text += std::string(i ? ", " : "") + "*e";
        text += "]\nmechanisms: [{id: m1, label: m}]\n";
        const auto r = toc::load_string(text, "bomb.yaml");
        INFO(describe({r.diagnostics.begin(), r.diagnostics.begin() + std::min<std::size_t>(3, r.diagnostics.size())}));
        REQUIRE_FALSE(r.ok());
        bool bomb = false;
        for (const auto& d : r.diagnostics) bomb = bomb || d.message.find("alias bomb") != std::string::npos;
        CHECK(bomb);
        CHECK(r.diagnostics.size() <= 10001);
    }
}

TEST_CASE("recursive aliases", "[loader][hostile]") {
    SECTION("a list that contains itself, in an extension") {
        const auto r = toc::load_string(header() + "x-r: &r [*r]\n", "r.yaml");
        INFO(describe(r.diagnostics));
        CHECK(r.ok());
    }
    SECTION("where the model is read") {
        const auto r = toc::load_string(header() + "outcomes: &o [*o]\nactivities: &m {a: *m}\n", "r.yaml");
        require_located_error(r, "TOC003");
    }
    SECTION("an element whose links are the list that holds it") {
        const auto r = toc::load_string(header() + "outcomes: &o\n  - id: o1\n    label: l\n    horizon: short\n    leads_to: *o\n",
                                        "r.yaml");
        require_located_error(r, "TOC002");
    }
}

TEST_CASE("invalid UTF-8 and NUL bytes", "[loader][hostile]") {
    auto r = toc::load_string(header() + "outcomes: [{id: o, label: \"Sj\xE4lv\", horizon: short}]\n", "latin1.yaml");
    require_located_error(r, "TOC001");
    CHECK(r.diagnostics[0].location.line == 4);
    CHECK(r.diagnostics[0].location.column == 30);
    CHECK_THAT(r.diagnostics[0].message, Catch::Contains("not valid UTF-8"));

    r = toc::load_string(std::string("toc: 1\nid: x\0y\ntitle: t\n", 23), "nul.yaml");
    require_located_error(r, "TOC001");
    CHECK(r.diagnostics[0].location.line == 2);
    CHECK(r.diagnostics[0].location.column == 6);

    // overlong encodings and UTF-16 surrogates are not UTF-8 either
    require_located_error(toc::load_string(header() + "x-a: \xC0\xAF\n", "overlong.yaml"), "TOC001");
    require_located_error(toc::load_string(header() + "x-a: \xED\xA0\x80\n", "surrogate.yaml"), "TOC001");
}

TEST_CASE("UTF-16 and UTF-32 files are named as such", "[loader][hostile]") {
    auto utf16 = [](std::string_view ascii, bool little, bool bom) {
        std::string out;
        if (bom) out += little ? "\xFF\xFE" : "\xFE\xFF";
        for (char c : ascii) {
            if (little) { out += c; out += '\0'; }
            else { out += '\0'; out += c; }
        }
        return out;
    };
    const std::string text = "toc: 1\nid: m\ntitle: t\n";
    for (bool little : {true, false})
        for (bool bom : {true, false}) {
            const auto r = toc::load_string(utf16(text, little, bom), "utf16.yaml");
            INFO("little-endian " << little << ", byte order mark " << bom);
            REQUIRE(r.diagnostics.size() == 1);
            CHECK(r.diagnostics[0].code == "TOC001");
            CHECK(r.diagnostics[0].location.line == 1);
            CHECK(r.diagnostics[0].location.column == 1);
            CHECK_THAT(r.diagnostics[0].message, Catch::Contains("UTF-16") && Catch::Contains("save it as UTF-8"));
        }
    for (const std::string& utf32 : {std::string("\0\0\xFE\xFF\0\0\0t", 8), std::string("\0\0\0t\0\0\0o", 8),
                                     std::string("t\0\0\0o\0\0\0", 8)}) {
        const auto r32 = toc::load_string(utf32, "utf32.yaml");
        REQUIRE_FALSE(r32.ok());
        CHECK_THAT(r32.diagnostics[0].message, Catch::Contains("UTF-32"));
    }
    // one ASCII byte beside a NUL is not enough to call a file UTF-16: it is a NUL byte
    const auto nul = toc::load_string(std::string("a\0\xFF\x01", 4), "binary.yaml");
    REQUIRE_FALSE(nul.ok());
    CHECK_THAT(nul.diagnostics[0].message, Catch::Contains("NUL byte"));
}

TEST_CASE("columns count characters, not bytes", "[loader]") {
    // 'Å', 'ä' and 'ö' take two bytes each in UTF-8; the column of the bad key counts them once
    const auto r = toc::load_string("toc: 1\nid: m\ntitle: {sv: Åäö, en: x}\noutcomes: [{id: ö, label: Ökad, horizon: long, hörizon: x}]\n",
                                    "cols.yaml");
    INFO(describe(r.diagnostics));
    const auto* key = toc::test::find_code(r.diagnostics, "TOC002");
    REQUIRE(key);
    CHECK(key->location.line == 4);
    CHECK(key->location.column == 48);
    const auto* id = toc::test::find_code(r.diagnostics, "TOC005");
    REQUIRE(id);
    CHECK(id->location.column == 17);
    const auto bad = toc::load_string("x-a: åäö \xFF\n", "bad.yaml");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.diagnostics[0].location.column == 10);
}

TEST_CASE("a byte order mark is accepted", "[loader][hostile]") {
    const auto r = toc::load_string("\xEF\xBB\xBF" + header(), "bom.yaml");
    INFO(describe(r.diagnostics));
    CHECK(r.ok());
}

TEST_CASE("a 50 MB scalar", "[loader][hostile]") {
    const std::string big(50'000'000, 'a');
    const auto r = toc::load_string("toc: 1\nid: big\ntitle: \"" + big + "\"\n", "big.yaml");
    INFO(describe(r.diagnostics));
    CHECK(r.ok());
    CHECK(r.model.title.str().size() == big.size());
}

TEST_CASE("a 200 000-element chain loads", "[loader][hostile]") {
    constexpr int n = 200000;
    std::string text = "toc: 1\nid: chain\ntitle: Chain\noutcomes:\n";
    text.reserve(static_cast<std::size_t>(n) * 80);
    for (int i = 0; i < n; ++i) {
        text += "  - {id: o" + std::to_string(i) + ", label: Outcome, horizon: long";
        if (i + 1 < n) text += ", leads_to: [o" + std::to_string(i + 1) + "]";
        text += "}\n";
    }
    const auto r = toc::load_string(text, "chain.yaml");
    INFO(describe(r.diagnostics));
    CHECK(r.ok());
    CHECK(r.model.elements.size() == static_cast<std::size_t>(n));
    CHECK(r.model.elements[n - 2].links.at(0).to.id == "o" + std::to_string(n - 1));
}

TEST_CASE("duplicate map keys", "[loader][hostile]") {
    const auto r = toc::load_string("toc: 1\nid: a\nid: b\ntitle: t\n", "dup.yaml");
    require_located_error(r, "TOC001");
    CHECK(r.diagnostics[0].location.line == 3);
    CHECK_THAT(r.diagnostics[0].message, Catch::Contains("first at line 2"));
    // many keys (the hashed path)
    std::string many = header();
    for (int i = 0; i < 40; ++i) many += "x-k" + std::to_string(i) + ": v\n";
    many += "x-k7: again\n";
    const auto r2 = toc::load_string(many, "dup2.yaml");
    require_located_error(r2, "TOC001");
    CHECK(r2.diagnostics[0].location.line == 44);
}

TEST_CASE("binary garbage", "[loader][hostile]") {
    std::mt19937 rng(12345);
    for (int round = 0; round < 20; ++round) {
        std::string junk(4096, '\0');
        for (auto& c : junk) c = static_cast<char>(rng() & 0xFF);
        const auto r = toc::load_string(junk, "junk.bin");
        require_located_error(r, "TOC001");
    }
    // printable garbage goes through the YAML parser itself
    const std::string alphabet = "[]{}:,-?&*!|>'\"%@` #\n\tabc123";
    for (int round = 0; round < 200; ++round) {
        std::string junk(512, ' ');
        for (auto& c : junk) c = alphabet[rng() % alphabet.size()];
        const auto r = toc::load_string(junk, "junk.yaml");
        CHECK_FALSE(r.ok());  // whatever it is, it is not a model
    }
}

TEST_CASE("a stray ',' at document level does not loop forever", "[loader][hostile]") {
    // yaml-cpp 0.7 keeps reporting empty documents at the same place here
    for (const char* text : {",", "toc: 1\n---\n,\n", ", , ,"}) {
        const auto r = toc::load_string(text, "comma.yaml");
        require_located_error(r, "TOC001");
    }
}

TEST_CASE("several documents in one file", "[loader][hostile]") {
    const auto r = toc::load_string(header() + "---\n" + header(), "multi.yaml");
    require_located_error(r, "TOC001");
    CHECK(r.diagnostics[0].location.line == 5);
    CHECK_THAT(r.diagnostics[0].message, Catch::Contains("2 YAML documents"));
}

TEST_CASE("the command line ends cleanly on hostile files", "[loader][hostile][cli]") {
    toc::test::TempDir dir;
    struct Case { const char* name; std::string content; };
    std::string deep = header() + "x-d: " + std::string(100000, '[') + std::string(100000, ']');
    std::string bomb = header() + "x-a: &a [a, a, a, a, a, a, a, a, a, a]\nx-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                                  "questions: [{id: q, text: t, about: *b}]\n";
    const Case cases[] = {
        {"empty.yaml", ""},
        {"list.yaml", "- 1\n"},
        {"deep.yaml", deep},
        {"bomb.yaml", bomb},
        {"nul.yaml", std::string("toc: 1\0", 7)},
        {"multi.yaml", header() + "---\n" + header()},
        {"recursive.yaml", header() + "outcomes: &o [*o]\n"},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION(c.name) {
            const std::string path = dir.write(c.name, c.content);
            const auto r = toc::test::run_toc({"check", path}, {}, 2048);
            INFO(r.out << r.err);
            CHECK(r.status == 1);
            CHECK_THAT(r.out, Catch::Contains(path + ":"));
            CHECK_THAT(r.out, Catch::Contains("error:"));
        }
    }
}

TEST_CASE("an endless or huge input stops at 128 MiB with a message", "[loader][hostile]") {
    // /dev/zero never ends: without the cap, reading it would take all memory
    std::ifstream zero("/dev/zero", std::ios::binary);
    REQUIRE(zero);
    const auto r = toc::load_stream(zero, "<stdin>");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "TOC000");
    CHECK(r.diagnostics[0].location.file == "<stdin>");
    CHECK_THAT(r.diagnostics[0].message, Catch::Contains("larger than 128 MiB"));

    const auto f = toc::load_file("/dev/zero");
    REQUIRE(f.diagnostics.size() == 1);
    CHECK(f.diagnostics[0].code == "TOC000");

    // the command line, on standard input and as a file: exit 2, under a 2 GB limit
    for (const bool as_stdin : {true, false}) {
        const auto p = as_stdin ? toc::test::run_process({TOC_EXE, "check", "-"}, {}, 2048, "/dev/zero")
                                : toc::test::run_process({TOC_EXE, "check", "/dev/zero"}, {}, 2048);
        INFO(p.out << p.err);
        CHECK(p.status == 2);
        CHECK_THAT(p.out + p.err, Catch::Contains("larger than 128 MiB"));
    }
}

TEST_CASE("after 10 000 diagnostics the rest are counted, not listed", "[loader][hostile]") {
    std::string text = header() + "outcomes:\n";
    for (int i = 0; i < 12000; ++i) text += "  - {id: o" + std::to_string(i) + ", label: O, horizon: short, colour: red}\n";
    const auto r = toc::load_string(text, "many.yaml");
    REQUIRE(r.diagnostics.size() == 10001);
    for (std::size_t i = 0; i < 10000; ++i) REQUIRE(r.diagnostics[i].code == "TOC002");
    const auto& last = r.diagnostics.back();
    CHECK(last.code == "TOC001");
    CHECK_THAT(last.message, Catch::Contains("too many errors: 2000 more were not reported"));
}
