// Tests of the Reuters-21578 SGML reader: a fixture of two stories and, when
// NEWS_CORPORA names the corpora folder, the whole collection.
#include "common/readers/sgml_reader.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "common/text_normalize.h"

using news::Article;
using news::read_reuters_sgml;
using news::ReadCallbacks;

namespace {

struct Collected {
  std::vector<Article> articles;
  std::vector<std::pair<std::string, std::string>> errors;
  ReadCallbacks callbacks() {
    ReadCallbacks cb;
    cb.on_article = [this](Article&& a) { articles.push_back(std::move(a)); };
    cb.on_error = [this](const std::string& where, const std::string& why) {
      errors.emplace_back(where, why);
    };
    return cb;
  }
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Collected read(const std::string& text, const std::string& name = "wire.sgm") {
  Collected c;
  read_reuters_sgml(text, name, c.callbacks());
  return c;
}

}  // namespace

TEST_CASE("two Reuters stories with their facets", "[readers][sgml]") {
  const Collected c =
      read(slurp(NEWS_SOURCE_DIR "/tests/fixtures/readers/two_stories.sgm"), "two.sgm");
  CHECK(c.errors.empty());
  REQUIRE(c.articles.size() == 2);
  const Article& a = c.articles[0];
  CHECK(a.id == "reuters-101");
  CHECK(a.origin == "two.sgm:2");
  CHECK(a.title == "U.S. AND BONN DISCUSS GRAIN <TRADE> TERMS");
  CHECK(a.date == "1987-03-02T09:15:05");
  CHECK(a.source == "Reuters");
  CHECK(a.language == "en");
  CHECK(a.authors == std::vector<std::string>{"Jane Fixture"});
  CHECK(a.body ==
        "U.S. and West German officials met to discuss wheat exports, officials said.\n\n"
        "The talks covered prices & volumes for the coming season.");
  std::vector<std::pair<std::string, std::string>> facets;
  for (const auto& e : a.given_entities) {
    CHECK(e.id.empty());
    facets.emplace_back(e.kind, e.name);
  }
  CHECK(facets == std::vector<std::pair<std::string, std::string>>{{"country", "usa"},
                                                                   {"country", "west-germany"},
                                                                   {"person", "reagan"},
                                                                   {"org", "ec"},
                                                                   {"topic", "grain"},
                                                                   {"topic", "wheat"}});
  const Article& b = c.articles[1];
  CHECK(b.id == "reuters-102");
  CHECK(b.origin == "two.sgm:24");
  CHECK(b.title == "TOKYO STOCKS CLOSE HIGHER");
  CHECK(b.date == "1987-03-27T00:02:59");  // wire codes after the time ignored
  CHECK(b.body.empty());                   // the "Blah blah blah." placeholder
  REQUIRE(b.given_entities.size() == 1);
  CHECK(b.given_entities[0].name == "japan");
}

TEST_CASE("a stray Latin-1 byte is repaired; broken records are reported", "[readers][sgml]") {
  const std::string good =
      "<REUTERS NEWID=\"7\">\n<DATE>3-MAR-1987  09:15:05.40</DATE>\n<TEXT>\n<TITLE>M\xDC"
      "NCHEN</TITLE>\n<BODY>Gr\xFC\x65n growth.\nReuter\n&#3;</BODY></TEXT>\n</REUTERS>\n";
  const std::string no_id = "<REUTERS OLDID=\"1\">\n<TEXT><TITLE>X</TITLE></TEXT>\n</REUTERS>\n";
  const std::string unclosed = "<REUTERS NEWID=\"9\">\n<TEXT><TITLE>Y</TITLE></TEXT>\n";
  const Collected c = read(no_id + good + unclosed);
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].title == "M\u00dcNCHEN");
  CHECK(c.articles[0].body == "Gr\u00fcen growth.");
  CHECK(c.articles[0].date == "1987-03-03T09:15:05");
  CHECK(c.articles[0].origin == "wire.sgm:4");
  REQUIRE(c.errors.size() == 2);
  CHECK(c.errors[0] ==
        std::make_pair(std::string("wire.sgm:1"), std::string("record has no NEWID")));
  CHECK(c.errors[1] == std::make_pair(std::string("wire.sgm:12"),
                                      std::string("record has no closing </REUTERS>")));
  CHECK(read("no records here").errors.size() == 1);
}

TEST_CASE("all 21,578 stories of Reuters-21578", "[readers][sgml][corpus]") {
  const char* corpora = std::getenv("NEWS_CORPORA");
  const std::filesystem::path dir = corpora == nullptr
                                        ? std::filesystem::path()
                                        : std::filesystem::path(corpora) / "reuters21578";
  if (corpora == nullptr || !std::filesystem::is_directory(dir)) {
    WARN("NEWS_CORPORA is not set to a folder holding reuters21578/: corpus count skipped");
    return;
  }
  Collected c;
  size_t dated = 0, with_places = 0;
  std::set<std::string> ids;
  bool all_valid = true;
  ReadCallbacks cb = c.callbacks();
  cb.on_article = [&](Article&& a) {
    ids.insert(a.id);
    dated += a.date.empty() ? 0 : 1;
    for (const auto& e : a.given_entities) {
      if (e.kind == "country") {
        ++with_places;
        break;
      }
    }
    all_valid = all_valid && news::is_valid_utf8(a.title) && news::is_valid_utf8(a.body);
  };
  for (int i = 0; i <= 21; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "reut2-%03d.sgm", i);
    read_reuters_sgml(slurp((dir / name).string()), name, cb);
  }
  CHECK(c.errors.empty());
  CHECK(ids.size() == 21578);
  CHECK(dated == 21578);
  CHECK(with_places > 15000);
  CHECK(all_valid);
}
