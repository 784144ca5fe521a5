// Tests of the plain-text reader on the sample corpus and on small texts.
#include "common/readers/txt_reader.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "common/text_normalize.h"

using news::Article;
using news::parse_text_article;
using news::ParseError;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Article sample(const std::string& name) {
  return parse_text_article(slurp(NEWS_SOURCE_DIR "/sample_corpus/" + name), name);
}

bool contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("headline skips site chrome and image credits", "[readers][txt]") {
  const Article a = sample("001_9a62799bb253eeb4.txt");
  CHECK(a.id == "001_9a62799bb253eeb4.txt");
  CHECK(a.title == "Putin proposes joint Russia-US cybersecurity group");
  CHECK_FALSE(contains(a.body, "Skip to main content"));
  CHECK_FALSE(contains(a.body, "Image Credit"));
  CHECK_FALSE(contains(a.body, "Image credit"));
  CHECK(a.body.rfind("During a recent summit in Helsinki", 0) == 0);
  CHECK(contains(a.body, "approval necessary from the US Congress."));
  // The closing author box gives the author; its name line leaves the body,
  // its bio stays (readers search for the people and places it names).
  REQUIRE(a.authors.size() == 1);
  CHECK(a.authors[0] == "Anthony Spadafora");
  CHECK(contains(a.body, "South Korea"));
  CHECK_FALSE(contains(a.body, "\n\nAnthony Spadafora\n"));
}

TEST_CASE("byline at the end and trailing chrome", "[readers][txt]") {
  const Article a = sample("003_76536d54b82e6b70.txt");
  CHECK(a.title == "US And Russia \u2018Exploring\u2019 Joint Cyber Security Group");
  REQUIRE(a.authors.size() == 1);
  CHECK(a.authors[0] == "Tom Jowitt");
  CHECK_FALSE(contains(a.body, "Author:"));
  CHECK_FALSE(contains(a.body, "Click to read"));
  CHECK_FALSE(contains(a.body, "Read also"));
  CHECK_FALSE(contains(a.body, "CyberCrimeSecuritySecurity"));
  CHECK(contains(a.body, "Russian Hacking"));  // a real subheading stays
}

TEST_CASE("tags and comment links leave the body", "[readers][txt]") {
  const Article a = sample("002_d6e24422c1b5baaa.txt");
  CHECK(a.title == "Trump: Putin and I will form \u201cimpenetrable Cyber Security unit\u201d");
  CHECK_FALSE(contains(a.body, "Show Comments"));
  CHECK_FALSE(contains(a.body, "Tags cisco"));
  CHECK(a.authors.empty());
  const std::string tail = "burglarized your home\u201d.";
  CHECK(a.body.compare(a.body.size() - tail.size(), tail.size(), tail) == 0);
}

TEST_CASE("category lines, captions and URL debris are dropped", "[readers][txt]") {
  const Article a = sample("004_bf3c0d247e44f2ef.txt");
  CHECK(a.title ==
        "Trump and Putin unironically discussed forming a \u2018cyber security unit\u2019");
  CHECK_FALSE(contains(a.body, "CERT-LatestNews"));
  CHECK_FALSE(contains(a.body, "Getty Images"));
  CHECK_FALSE(contains(a.body, "%2f"));
  CHECK(contains(a.body, "the world\u2019s best idea."));
}

TEST_CASE("a file without a headline gets its first sentence as title", "[readers][txt]") {
  const Article a = sample("000_d99d6fceec54309a.txt");
  CHECK(a.title ==
        "Donald Trump and Vladimir Putin had a meeting on the sidelines of the G20 summit in "
        "Hamburg.");
  CHECK(a.body.rfind("Donald Trump and Vladimir Putin had a meeting", 0) == 0);
  CHECK(contains(a.body, "\n\nThe positives of the meeting\n\n"));
}

TEST_CASE("BBC layout: headline then paragraphs", "[readers][txt]") {
  const Article a = parse_text_article(
      "Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner "
      "jumped 76% to $1.13bn.\n\nThe firm benefited from sales.\n",
      "business/001.txt");
  CHECK(a.title == "Ad sales boost Time Warner profit");
  CHECK(a.body ==
        "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn.\n\nThe firm "
        "benefited from sales.");
}

TEST_CASE("a byline near the top gives the authors", "[readers][txt]") {
  const Article a = parse_text_article(
      "Menu\nSign in\n\nCity council approves new budget\n\nBy Jane Doe and John Roe\n\n"
      "The council voted on Monday.\n\nAdvertisement\n\nThe vote was close.\n\nShare this "
      "article\n",
      "x.txt");
  CHECK(a.title == "City council approves new budget");
  REQUIRE(a.authors.size() == 2);
  CHECK(a.authors[0] == "Jane Doe");
  CHECK(a.authors[1] == "John Roe");
  CHECK(a.body == "The council voted on Monday.\n\nThe vote was close.");
}

TEST_CASE("a date line and a dated byline give the date", "[readers][txt]") {
  const Article a =
      parse_text_article("July 9, 2017\n\nLeaders meet in Hamburg\n\nThe leaders met.\n", "d.txt");
  CHECK(a.date == "2017-07-09");
  CHECK(a.title == "Leaders meet in Hamburg");
  const Article b = parse_text_article(
      "Leaders meet in Hamburg\n\nBy Jane Doe | Sun, 09 Jul 2017 10:00:00 GMT\n\nThe leaders "
      "met.\n",
      "d.txt");
  CHECK(b.date == "2017-07-09T10:00:00");
  CHECK(b.authors == std::vector<std::string>{"Jane Doe"});
  CHECK(b.body == "The leaders met.");
}

TEST_CASE("a sentence starting with By is not a byline", "[readers][txt]") {
  const Article a = parse_text_article(
      "Prices rise again\n\nBy the end of the year prices had risen by 5%.\n", "x.txt");
  CHECK(a.authors.empty());
  CHECK(a.body == "By the end of the year prices had risen by 5%.");
}

TEST_CASE("one- and two-word menu lines before the headline are skipped", "[readers][txt]") {
  const Article a = parse_text_article(
      "World\nTech News\n\nMarkets fall on rate fears\n\nShares fell on Monday.\n", "m.txt");
  CHECK(a.title == "Markets fall on rate fears");
  CHECK(a.body == "Shares fell on Monday.");
}

TEST_CASE("empty and chrome-only files are parse errors", "[readers][txt]") {
  CHECK_THROWS_AS(parse_text_article("", "e.txt"), ParseError);
  CHECK_THROWS_WITH(parse_text_article(" \n\t\n  \n", "e.txt"), "empty file");
  CHECK_THROWS_AS(parse_text_article("Skip to main content\n\nAdvertisement\n", "e.txt"),
                  ParseError);
}

TEST_CASE("invalid UTF-8 and NUL bytes are repaired, not refused", "[readers][txt]") {
  const std::string raw = std::string("Caf\xE9 owners protest\n\nThe owners of a caf\xE9 met.") +
                          std::string(1, '\0') + " Then they left.\n";
  const Article a = parse_text_article(raw, "bad.txt");
  CHECK(news::is_valid_utf8(a.title));
  CHECK(a.title == "Caf\uFFFD owners protest");
  CHECK(news::is_valid_utf8(a.body));
  CHECK(a.body.find('\0') == std::string::npos);
}

TEST_CASE("output is NFC", "[readers][txt]") {
  const Article a =
      parse_text_article("Me\xCC\x81lenchon speaks\n\nHe spoke for an hour.\n", "n.txt");
  CHECK(a.title == "M\u00e9lenchon speaks");
}
