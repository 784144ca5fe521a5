// Tests of the helpers shared by the readers.
#include "common/readers/reader_util.h"

#include <catch2/catch.hpp>
#include <string>

using news::clean_line;
using news::clean_paragraphs;
using news::count_repairs;
using news::decode_entities;
using news::latin1_repair;
using news::repair_reason;
using news::truncate_text;
using news::url_host;

TEST_CASE("clean_line and clean_paragraphs", "[readers][util]") {
  CHECK(clean_line("  A\n title\t with   spaces ") == "A title with spaces");
  CHECK(clean_paragraphs("First line.\nSecond line.\n\n\nThird.") ==
        "First line.\n\nSecond line.\n\nThird.");
  CHECK(clean_line("caf\xE9") == "caf\uFFFD");
}

TEST_CASE("url_host", "[readers][util]") {
  CHECK(url_host("https://www.Example.com:8080/a?b#c") == "example.com");
  CHECK(url_host("http://user@news.example.org") == "news.example.org");
  CHECK(url_host("not a url") == "");
  CHECK(url_host("/relative/path") == "");
}

TEST_CASE("truncate_text cuts at a boundary, never inside UTF-8", "[readers][util]") {
  std::string t = "one two three four five six seven eight";
  CHECK(truncate_text(t, 20));
  CHECK(t == "one two three four");
  std::string u = std::string(9, 'x') + "\u00e9\u00e9";  // no space: cut inside the word
  CHECK(truncate_text(u, 10));
  CHECK(u == std::string(9, 'x'));
  std::string short_text = "short";
  CHECK_FALSE(truncate_text(short_text, 10));
}

TEST_CASE("latin1_repair keeps UTF-8 and reads other bytes as Latin-1", "[readers][util]") {
  CHECK(latin1_repair("gr\xFCn \u00e9t\u00e9") == "gr\u00fcn \u00e9t\u00e9");
  CHECK(latin1_repair("\xE2\x82") == "\u00e2\u0082");
}

TEST_CASE("count_repairs counts invalid UTF-8 and NUL bytes and finds the first line",
          "[readers][util]") {
  const auto none = count_repairs("caf\u00e9 \U0001F600\nplain");
  CHECK_FALSE(none.any());
  CHECK(none.first_line == 0);
  const auto bad = count_repairs(std::string("line one\nok \xE9t\xE9\n\xE2\x82 a\0b", 22));
  CHECK(bad.invalid_bytes == 4);  // two Latin-1 bytes and a cut 3-byte sequence
  CHECK(bad.nul_bytes == 1);
  CHECK(bad.first_line == 2);
  CHECK(count_repairs("\xC0\xAF").invalid_bytes == 2);  // an overlong '/'
  CHECK(repair_reason(bad, false) ==
        "invalid UTF-8 replaced (4 bytes); NUL bytes replaced by spaces (1)");
  CHECK(repair_reason(count_repairs("\xFC"), true) == "invalid UTF-8 read as Latin-1 (1 byte)");
  CHECK(repair_reason(none, false).empty());
}

TEST_CASE("decode_entities", "[readers][util]") {
  CHECK(decode_entities("a &lt;b&gt; &amp; &quot;c&quot; &#65;&#x42;") == "a <b> & \"c\" AB");
  CHECK(decode_entities("wire&#3; codes&#2;\n") == "wire codes\n");
  CHECK(decode_entities("AT&T &unknown; &#xZZ; &") == "AT&T &unknown; &#xZZ; &");
  CHECK(decode_entities("&#1114112; &#xD800;") == "&#1114112; &#xD800;");
}
