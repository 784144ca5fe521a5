// Tests of the JSON Lines / JSON document reader.
#include "common/readers/jsonl_reader.h"

#include <catch2/catch.hpp>
#include <sstream>
#include <streambuf>
#include <string>
#include <utility>
#include <vector>

using news::Article;
using news::JsonReadOptions;
using news::read_json_document;
using news::read_json_stream;
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

Collected read_lines(const std::string& text, JsonReadOptions options = JsonReadOptions()) {
  Collected c;
  std::istringstream in(text);
  read_json_stream(in, "feed.jsonl", c.callbacks(), options);
  return c;
}

}  // namespace

TEST_CASE("news-please records", "[readers][jsonl]") {
  const Collected c = read_lines(
      R"({"url": "https://www.example.com/a.html", "title": "Putin meets Trump", )"
      R"("maintext": "First paragraph.\nSecond  paragraph.", "date_publish": "2017-07-09 10:00:00", )"
      R"("authors": ["Jane Doe", "John Roe"], "source_domain": "example.com", "language": "en"})"
      "\n");
  REQUIRE(c.errors.empty());
  REQUIRE(c.articles.size() == 1);
  const Article& a = c.articles[0];
  CHECK(a.id == "https://www.example.com/a.html");
  CHECK(a.url == "https://www.example.com/a.html");
  CHECK(a.title == "Putin meets Trump");
  CHECK(a.body == "First paragraph.\n\nSecond paragraph.");
  CHECK(a.date == "2017-07-09T10:00:00");
  CHECK(a.authors == std::vector<std::string>{"Jane Doe", "John Roe"});
  CHECK(a.source == "example.com");
  CHECK(a.language == "en");
  CHECK(a.origin == "feed.jsonl:1");
}

TEST_CASE("crawler field variants", "[readers][jsonl]") {
  const Collected c = read_lines(
      R"({"id": 42, "title": "A", "body": "b", "published": "Sun, 09 Jul 2017 10:00:00 GMT", )"
      R"("author": "Jane Doe", "source": {"name": "Reuters"}})"
      "\n"
      R"({"title": "B", "text": "t", "pubDate": 1499594400, "source": "AP", "tags": ["Cyber", "Russia"]})"
      "\n"
      R"({"title": "C", "content": "c", "published_at": "July 9, 2017", "site_name": "Site", )"
      R"("url": "http://news.example.org:8080/x", "keywords": "a, b, a"})"
      "\n"
      R"({"title": "D", "description": "only a summary", "url": "https://www.host.example/y", )"
      R"("places": ["usa", "ussr"], "people": ["reagan"], "orgs": ["opec"]})"
      "\n");
  REQUIRE(c.errors.empty());
  REQUIRE(c.articles.size() == 4);
  CHECK(c.articles[0].id == "42");
  CHECK(c.articles[0].date == "2017-07-09T10:00:00");
  CHECK(c.articles[0].authors == std::vector<std::string>{"Jane Doe"});
  CHECK(c.articles[0].source == "Reuters");
  CHECK(c.articles[1].id == "feed.jsonl:2");
  CHECK(c.articles[1].date == "2017-07-09T10:00:00");
  CHECK(c.articles[1].body == "t");
  REQUIRE(c.articles[1].given_entities.size() == 2);
  CHECK(c.articles[1].given_entities[0].kind == "topic");
  CHECK(c.articles[1].given_entities[0].name == "Cyber");
  CHECK(c.articles[1].given_entities[0].id.empty());
  CHECK(c.articles[2].date == "2017-07-09");
  CHECK(c.articles[2].source == "Site");
  CHECK(c.articles[2].given_entities.size() == 2);  // "a, b, a": duplicates dropped
  CHECK(c.articles[3].body == "only a summary");
  CHECK(c.articles[3].source == "host.example");  // from the URL
  REQUIRE(c.articles[3].given_entities.size() == 4);
  CHECK(c.articles[3].given_entities[0].kind == "country");
  CHECK(c.articles[3].given_entities[2].kind == "person");
  CHECK(c.articles[3].given_entities[3].kind == "org");
}

TEST_CASE("bad lines are reported with their line numbers and skipped", "[readers][jsonl]") {
  const Collected c = read_lines(
      "{\"title\": \"ok 1\", \"body\": \"x\"}\n"
      "\n"
      "not json at all\n"
      "[1, 2]\n"
      "{\"url\": \"u\"}\n"
      "{\"title\": 7, \"body\": \"x\"}\n"
      "{\"title\": \"bad date\", \"date\": \"yesterday\"}\n"
      "   \n"
      "{\"title\": \"ok 2\", \"body\": \"y\"}\n"
      "{\"title\": \"truncated\", \"bo");
  REQUIRE(c.articles.size() == 3);
  CHECK(c.articles[0].title == "ok 1");
  CHECK(c.articles[1].title == "bad date");
  CHECK(c.articles[1].date.empty());
  CHECK(c.articles[2].title == "ok 2");
  CHECK(c.articles[2].origin == "feed.jsonl:9");
  REQUIRE(c.errors.size() == 6);
  CHECK(c.errors[0].first == "feed.jsonl:3");
  CHECK(c.errors[0].second.rfind("line is not valid JSON: ", 0) == 0);
  CHECK(c.errors[1] ==
        std::make_pair(std::string("feed.jsonl:4"), std::string("record is not a JSON object")));
  CHECK(c.errors[2] ==
        std::make_pair(std::string("feed.jsonl:5"), std::string("record has no title or text")));
  CHECK(c.errors[3] ==
        std::make_pair(std::string("feed.jsonl:6"), std::string("\"title\" is not a string")));
  CHECK(c.errors[4] == std::make_pair(std::string("feed.jsonl:7"),
                                      std::string("\"date\" is not a date: \"yesterday\"")));
  CHECK(c.errors[5].first == "feed.jsonl:10");
  CHECK(c.errors[5].second.rfind("line is not valid JSON: ", 0) == 0);
}

TEST_CASE("an over-long line is skipped without stopping the stream", "[readers][jsonl]") {
  JsonReadOptions o;
  o.max_line_bytes = 100;
  const std::string long_line = "{\"title\": \"" + std::string(1000, 'x') + "\"}";
  const Collected c = read_lines(long_line + "\n{\"title\": \"next\"}\n", o);
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].title == "next");
  CHECK(c.articles[0].origin == "feed.jsonl:2");
  REQUIRE(c.errors.size() == 1);
  CHECK(c.errors[0].first == "feed.jsonl:1");
  CHECK(c.errors[0].second.find("longer than") != std::string::npos);
}

TEST_CASE("invalid UTF-8 and NULs in a line are repaired and reported once", "[readers][jsonl]") {
  const Collected c = read_lines(
      "{\"title\": \"caf\xE9 \xFF\xFE\", \"body\": \"a\\u0000b\"}\n"
      "{\"title\": \"clean\", \"body\": \"fine\"}\n" +
      std::string("{\"title\": \"nul\", \"body\": \"a\0b\0c\"}\n", 34) +
      "{\"title\": \"both\xE9\", \"body\": \"x\", \"date\": \"someday\"}\n");
  REQUIRE(c.articles.size() == 4);
  CHECK(c.articles[0].title == "caf\uFFFD \uFFFD\uFFFD");
  CHECK(c.articles[0].body == "a b");  // an escaped NUL is no bad byte
  CHECK(c.articles[2].body == "a b c");
  REQUIRE(c.errors.size() == 3);
  CHECK(c.errors[0] == std::make_pair(std::string("feed.jsonl:1"),
                                      std::string("invalid UTF-8 replaced (3 bytes)")));
  CHECK(c.errors[1] == std::make_pair(std::string("feed.jsonl:3"),
                                      std::string("NUL bytes replaced by spaces (2)")));
  CHECK(c.errors[2].first == "feed.jsonl:4");
  INFO(c.errors[2].second);
  CHECK(c.errors[2].second.rfind("invalid UTF-8 replaced (1 byte); \"date\" is not a date", 0) ==
        0);
}

TEST_CASE("a flood of bad lines is summarized", "[readers][jsonl]") {
  JsonReadOptions o;
  o.max_errors_per_stream = 3;
  std::string text;
  for (int i = 0; i < 10; ++i) text += "garbage\n";
  const Collected c = read_lines(text + "{\"title\": \"t\"}\n", o);
  CHECK(c.articles.size() == 1);
  REQUIRE(c.errors.size() == 4);
  CHECK(c.errors[3].first == "feed.jsonl");
}

namespace {

// Serves one line per underflow and records how many articles had arrived
// before each refill: a streaming reader delivers line 1 before asking for
// line 2.
class LineByLineBuf : public std::streambuf {
 public:
  LineByLineBuf(std::vector<std::string> lines, const size_t& delivered)
      : lines_(std::move(lines)), delivered_(delivered) {}
  std::vector<size_t> seen;

 protected:
  int_type underflow() override {
    if (next_ >= lines_.size()) return traits_type::eof();
    seen.push_back(delivered_);
    current_ = lines_[next_++];
    setg(&current_[0], &current_[0], &current_[0] + current_.size());
    return traits_type::to_int_type(current_[0]);
  }

 private:
  std::vector<std::string> lines_;
  const size_t& delivered_;
  std::string current_;
  size_t next_ = 0;
};

}  // namespace

TEST_CASE("articles are delivered as their lines arrive", "[readers][jsonl]") {
  Collected c;
  size_t delivered = 0;
  LineByLineBuf buf({"{\"title\": \"a\"}\n", "{\"title\": \"b\"}\n", "{\"title\": \"c\"}\n"},
                    delivered);
  std::istream in(&buf);
  ReadCallbacks cb = c.callbacks();
  cb.on_article = [&](Article&& a) {
    ++delivered;
    c.articles.push_back(std::move(a));
  };
  read_json_stream(in, "stdin", cb);
  CHECK(c.articles.size() == 3);
  CHECK(buf.seen == std::vector<size_t>{0, 1, 2});
}

TEST_CASE(".json documents: object, array, JSON Lines, garbage", "[readers][jsonl]") {
  {
    Collected c;
    read_json_document(R"({"title": "one", "body": "b"})", "a.json", c.callbacks());
    REQUIRE(c.articles.size() == 1);
    CHECK(c.articles[0].id == "a.json");
    CHECK(c.articles[0].origin == "a.json");
  }
  {
    Collected c;
    read_json_document("[\n {\"title\": \"one\"},\n 5,\n {\"title\": \"three\", \"id\": \"x\"}\n]",
                       "b.json", c.callbacks());
    REQUIRE(c.articles.size() == 2);
    CHECK(c.articles[0].id == "b.json#1");
    CHECK(c.articles[1].id == "x");
    REQUIRE(c.errors.size() == 1);
    CHECK(c.errors[0].first == "b.json#2");
  }
  {
    Collected c;
    read_json_document("{\"title\": \"one\"}\n{\"title\": \"two\"}\n", "c.json", c.callbacks());
    REQUIRE(c.articles.size() == 2);
    CHECK(c.articles[1].origin == "c.json:2");
  }
  {
    Collected c;
    read_json_document("{\"title\": \"one\", \"body\": \"trunc", "d.json", c.callbacks());
    CHECK(c.articles.empty());
    REQUIRE(c.errors.size() == 1);
    CHECK(c.errors[0].first == "d.json");
    CHECK(c.errors[0].second.rfind("not valid JSON: ", 0) == 0);
  }
}
