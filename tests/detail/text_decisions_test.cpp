// The decisions of toc/detail, written once: UTF-8 validity, markup escaping and
// "did you mean". Each test names the copy that used to disagree.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <toc/checks/check.hpp>
#include <toc/detail/escape.hpp>
#include <toc/detail/json_writer.hpp>
#include <toc/detail/suggest.hpp>
#include <toc/detail/utf8.hpp>
#include <toc/output/dot.hpp>

#include "support/model_builder.hpp"

TEST_CASE("utf8_length rejects overlong forms, surrogates and code points above U+10FFFF", "[detail][utf8]") {
    using toc::detail::utf8_length;
    CHECK(utf8_length("a", 0) == 1);
    CHECK(utf8_length("\xC3\xA5", 0) == 2);          // å
    CHECK(utf8_length("\xE2\x82\xAC", 0) == 3);      // €
    CHECK(utf8_length("\xF0\x9F\x98\x80", 0) == 4);  // 😀
    CHECK(utf8_length("\xC0\xAF", 0) == 0);          // overlong '/'
    CHECK(utf8_length("\xE0\x80\xAF", 0) == 0);      // overlong three-byte '/'
    CHECK(utf8_length("\xED\xA0\x80", 0) == 0);      // surrogate U+D800
    CHECK(utf8_length("\xF4\x90\x80\x80", 0) == 0);  // U+110000
    CHECK(utf8_length("\xE2\x82", 0) == 0);          // cut short
    CHECK(utf8_length("\x80", 0) == 0);              // stray continuation byte
    CHECK(utf8_length("", 0) == 0);
}

TEST_CASE("a label with a surrogate or an overlong form is drawn with U+FFFD, as the JSON writer writes it",
          "[detail][utf8]") {
    // The DOT writer had its own, lax validator that let both through into the DOT text.
    toc::Model m;
    m.id = "m";
    m.title = "M";
    toc::test::add(m, toc::Kind::activity, "a").label = "bad \xED\xA0\x80 and \xE0\x80\xAF here";
    const std::string dot = toc::to_dot(m);
    CHECK(dot.find("\xED\xA0\x80") == std::string::npos);
    CHECK(dot.find("\xE0\x80\xAF") == std::string::npos);
    // Each byte that starts no valid sequence becomes one U+FFFD, in DOT and JSON alike.
    const std::string fffd3 = "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD";
    CHECK(dot.find("bad " + fffd3 + " and " + fffd3 + " here") != std::string::npos);
    CHECK(toc::JsonWriter::quote("\xED\xA0\x80") == "\"\\ufffd\\ufffd\\ufffd\"");
}

TEST_CASE("markup is escaped the same way for GraphML and DOT labels", "[detail][escape]") {
    CHECK(toc::detail::xml_escape("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &#39; f");
    CHECK(toc::detail::xml_escape("plain åäö") == "plain åäö");
    CHECK(toc::detail::dot::html("<b>'x'</b>\nnext \\N") == "&lt;b&gt;&#39;x&#39;&lt;/b&gt;<BR/>next \\\\N");
}

TEST_CASE("did you mean: one distance and one threshold for every caller", "[detail][suggest]") {
    using toc::detail::nearest;
    const std::vector<std::string> ids{"o_trust", "o_trusted_adult", "a_visit"};
    CHECK(nearest("o_trst", ids) == "o_trust");
    CHECK(nearest("a_vsiit", ids) == "a_visit");         // a transposition is one edit
    CHECK(nearest("o_trust", ids).empty());              // an exact match is no correction
    CHECK(toc::detail::typo_limit("abcd") == 1);
    CHECK(toc::detail::typo_limit("a_much_longer_identifier") == 3);
    // Two edits in a four-letter word are no typo. `toc render --focus` had its own
    // copy that allowed two edits for any word, so it suggested this.
    CHECK(nearest("abxy", std::vector<std::string>{"abcd"}).empty());
    CHECK(nearest("TOC2O1", std::vector<std::string>{"toc201"}, /*fold_case=*/true) == "toc201");
    CHECK(nearest("TOC2O1", std::vector<std::string>{"toc201"}).empty());  // case counts unless folded
    // The catalogue took a quarter of the word as its limit; it now uses the same third.
    const toc::Catalogue c = toc::default_catalogue();
    CHECK(c.suggest("unexplained-links") == "TOC301 unexplained-link");
    CHECK(c.suggest("TOC2O1") == "TOC201 result-without-indicator");
    CHECK(c.suggest("completely-unrelated-words").empty());
}
