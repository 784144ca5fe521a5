// Tests of the HTML reader on fixtures with navigation, ads, comments,
// share widgets and JSON-LD.
#include "common/readers/html_reader.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "common/text_normalize.h"

using news::Article;
using news::parse_html_article;
using news::ParseError;

namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(NEWS_SOURCE_DIR "/tests/fixtures/readers/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

bool contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("JSON-LD NewsArticle metadata and the articleBody text", "[readers][html]") {
  const Article a = parse_html_article(fixture("news_jsonld.html"), "world/cyber.html");
  CHECK(a.id == "https://www.dailyfixture.example/world/cyber-group");  // its URL
  CHECK(a.title == "Leaders agree cyber working group");
  CHECK(a.date == "2017-07-09T10:30:00");  // JSON-LD first, converted to UTC
  CHECK(a.authors == std::vector<std::string>{"Jane Doe", "John Roe"});
  CHECK(a.source == "The Daily Fixture");  // og:site_name before publisher
  CHECK(a.url == "https://www.dailyfixture.example/world/cyber-group");
  CHECK(a.language == "en");
  std::vector<std::string> topics;
  for (const auto& e : a.given_entities) {
    CHECK(e.kind == "topic");
    topics.push_back(e.name);
  }
  CHECK(topics == std::vector<std::string>{"Cyber security", "Diplomacy", "G20"});
  CHECK(a.body ==
        "The two presidents agreed on Sunday to set up a joint cyber security working group, "
        "officials said.\n\n"
        "The proposal drew criticism from senators of both parties & from experts.\n\n"
        "Reaction\n\n"
        "Senators criticised the idea.\n\n"
        "Experts were doubtful.\n\n"
        "Talks are expected to continue next month.");
  for (const char* furniture :
       {"cookies", "World", "Share on", "Photo: Agency", "buy our product", "Hidden", "aside",
        "Another story", "comment", "newsletter", "Most read", "Copyright", "tracking"}) {
    CHECK_FALSE(contains(a.body, furniture));
  }
  CHECK(news::is_valid_utf8(a.body));
}

TEST_CASE("meta tags, title suffix and the densest block", "[readers][html]") {
  const Article a = parse_html_article(fixture("news_meta.html"), "m.html");
  CHECK(a.id == "m.html");  // no URL in the page: the id given
  CHECK(a.title == "Markets rally as rates hold");
  CHECK(a.date == "2017-07-09T10:00:00");
  CHECK(a.authors == std::vector<std::string>{"Jane Wire"});  // a URL is not a name
  CHECK(a.language == "de");
  CHECK(a.source.empty());
  CHECK(a.body ==
        "Stocks rallied on Sunday after the central bank kept interest rates on hold, traders "
        "said.\n\nThe benchmark index closed up two percent, its best day in a month.\n\n"
        "Analysts expect further gains this week as earnings season begins.");
}

TEST_CASE("<article> without itemprop, <time>, canonical host as source", "[readers][html]") {
  const Article a = parse_html_article(
      "<!doctype html><html><head><title>Site Name | Story title here</title>"
      "<link rel=canonical href='https://www.example.org/a/b'></head><body>"
      "<article><p>Short.</p></article>"
      "<article><h1>Story title here</h1><time datetime='2017-07-09'>9 July</time>"
      "<p>First paragraph of the story.</p><p>Second paragraph, which is longer.</p>"
      "<div class='share-tools'>Share</div></article></body></html>",
      "x.html");
  CHECK(a.source == "example.org");
  CHECK(a.date == "2017-07-09");
  CHECK(a.title == "Story title here");  // the <h1> picks the headline part
  CHECK(a.body ==
        "9 July\n\nFirst paragraph of the story.\n\nSecond paragraph, which "
        "is longer.");
}

TEST_CASE("broken and hostile HTML never throws anything but ParseError", "[readers][html]") {
  CHECK_THROWS_WITH(parse_html_article("", "e.html"), "empty file");
  CHECK_THROWS_AS(parse_html_article("<html><body><nav>Menu</nav></body></html>", "n.html"),
                  ParseError);
  // Unclosed tags, invalid UTF-8, NULs, bad JSON-LD of the wrong shape.
  const std::string messy =
      std::string(
          "<html><head><script type='application/ld+json'>[1, \"x\", {\"@type\": 5}]"
          "</script><title>Caf\xE9</title><body><p>Text with a NUL ") +
      '\0' + " and <b>unclosed <i>tags<p>Next";
  const Article a = parse_html_article(messy, "m.html");
  CHECK(a.title == "Caf\uFFFD");
  CHECK(news::is_valid_utf8(a.body));
  CHECK(contains(a.body, "Next"));
  // Deep nesting: our walk stops at 400 levels; past 5000 gumbo is not even
  // asked (its tree building is quadratic in the depth).
  std::string deep = "<html><body><p>Top text.</p>";
  for (int i = 0; i < 4000; ++i) deep += "<div>";
  const Article d = parse_html_article(deep + "deep text", "d.html");
  CHECK(d.body == "Top text.");
  for (int i = 0; i < 2000; ++i) deep += "<b>";
  CHECK_THROWS_WITH(parse_html_article(deep, "d.html"),
                    "HTML nested deeper than 5000 elements; not parsed");
}
