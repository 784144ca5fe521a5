#include "searcher/search_engine.h"

#include <catch2/catch.hpp>
#include <map>
#include <random>

#include "tests/test_index.h"

using namespace news;
using news::test::make_article;
using news::test::TestIndex;

namespace {

const std::string kFiller =
    " Officials gave no further details and markets were little changed on the day, while analysts "
    "said they would watch the next round of data closely before drawing any conclusions about the "
    "outlook for the rest of the year and beyond.";

std::vector<Article> corpus() {
  return {
      make_article("a", "Central bank raises rates",
                   "The central bank raised interest rates in Frankfurt on Tuesday." + kFiller,
                   "2017-07-03"),
      make_article("b", "Floods hit the north",
                   "Heavy rain flooded roads and the central bank was closed." + kFiller,
                   "2017-08-10"),
      make_article(
          "c", "Election results",
          "Voters chose a new parliament; the interest in the election was high." + kFiller,
          "2016-11-08"),
      // A syndicated copy of "a" under another id.
      make_article("a-copy", "Central bank raises rates",
                   "The central bank raised interest rates in Frankfurt on Tuesday." + kFiller +
                       " (Reporting by a wire service)",
                   "2017-07-03"),
  };
}

std::vector<std::string> ids(const SearchResponse& r) {
  std::vector<std::string> out;
  for (const Hit& h : r.hits) out.push_back(h.id);
  return out;
}

}  // namespace

TEST_CASE("missing database is a DatabaseError naming the path", "[search_engine]") {
  EntityExtractor extractor;
  CHECK_THROWS_WITH(SearchEngine({"/nonexistent/db"}, extractor, SearchLimits()),
                    Catch::Contains("/nonexistent/db"));
}

TEST_CASE("words are ANDed; a short page is filled with partial matches", "[search_engine]") {
  TestIndex index(corpus());
  SearchEngine engine({index.path()}, index.extractor(), SearchLimits());
  SearchRequest r;
  r.query = "central bank";
  r.collapse = false;
  CHECK(engine.search(r).hits.size() == 3);
  r.query = "interest election";
  const SearchResponse filled = engine.search(r);
  REQUIRE(filled.hits.size() == 3);
  CHECK(filled.hits[0].id == "c");  // the only article with both words comes first
  r.limit = 1;                      // one article with all the words fills a page of one
  CHECK(engine.search(r).found == 1);
  r.query = "central";  // found does not depend on the page size
  r.collapse = false;
  CHECK(engine.search(r).found == 3);
  r.limit = 10;
  r.query = "frankfurt parliament";  // no article has both
  CHECK(engine.search(r).hits.size() == 3);
}

TEST_CASE("with no article having all the words, facets count the first words' matches",
          "[search_engine]") {
  TestIndex index(corpus());
  SearchEngine engine({index.path()}, index.extractor(), SearchLimits());
  SearchRequest r;
  r.collapse = false;
  r.facets = {"date"};
  // No article has all three words; "central bank" is in a, a-copy and b,
  // "zebra" in none: the facets count the articles with "central bank".
  r.query = "central bank zebra";
  const SearchResponse resp = engine.search(r);
  CHECK(resp.hits.size() == 3);  // the page is filled with partial matches
  REQUIRE(resp.facets.size() == 1);
  std::map<std::string, Xapian::doccount> counts;
  for (const FacetCount& v : resp.facets[0].values) counts[v.id] = v.count;
  CHECK(counts ==
        std::map<std::string, Xapian::doccount>{{"date:2017-07", 2}, {"date:2017-08", 1}});
  // Words are dropped from the end only: "election" alone matches c.
  r.query = "election central bank";
  const SearchResponse first_word = engine.search(r);
  REQUIRE(first_word.facets[0].values.size() == 1);
  CHECK(first_word.facets[0].values[0].id == "date:2016-11");
  // A query with operators is not shortened: its facets count its matches.
  r.query = "central AND zebra";
  CHECK(engine.search(r).facets[0].values.empty());
}

TEST_CASE("facets of every article come from term counts, equal to a full count",
          "[search_engine]") {
  TestIndex index(corpus());
  SearchEngine engine({index.path()}, index.extractor(), SearchLimits());
  SearchRequest every;
  every.facets = {"date", "country", "org"};
  SearchRequest filtered = every;
  filtered.since = "1900";  // matches every article too, but counted by visiting them
  const SearchResponse a = engine.search(every), b = engine.search(filtered);
  REQUIRE(a.facets.size() == 3);
  REQUIRE(b.facets.size() == 3);
  for (size_t k = 0; k < 3; ++k) {
    INFO(a.facets[k].kind);
    CHECK(a.facets[k].distinct == b.facets[k].distinct);
    REQUIRE(a.facets[k].values.size() == b.facets[k].values.size());
    for (size_t i = 0; i < a.facets[k].values.size(); ++i) {
      CHECK(a.facets[k].values[i].id == b.facets[k].values[i].id);
      CHECK(a.facets[k].values[i].value == b.facets[k].values[i].value);
      CHECK(a.facets[k].values[i].count == b.facets[k].values[i].count);
    }
  }
  CHECK(a.facets[0].values.size() == 3);  // 2016-11, 2017-07, 2017-08
  CHECK(a.facets[0].values[1].count == 2);
}

TEST_CASE("copies collapse into one hit with a count", "[search_engine]") {
  TestIndex index(corpus());
  SearchEngine engine({index.path()}, index.extractor(), SearchLimits());
  SearchRequest r;
  r.query = "frankfurt";
  const SearchResponse collapsed = engine.search(r);
  REQUIRE(collapsed.hits.size() == 1);
  CHECK(collapsed.hits[0].copies == 1);
  r.collapse = false;
  CHECK(engine.search(r).hits.size() == 2);
}

TEST_CASE("date range, sort and facets", "[search_engine]") {
  TestIndex index(corpus());
  SearchEngine engine({index.path()}, index.extractor(), SearchLimits());
  SearchRequest r;
  r.collapse = false;
  r.since = "2017";
  r.sort = SortOrder::kDateDescending;
  r.facets = {"date"};
  const SearchResponse resp = engine.search(r);
  CHECK(ids(resp) == std::vector<std::string>{"b", "a", "a-copy"});
  REQUIRE(resp.facets.size() == 1);
  REQUIRE(resp.facets[0].values.size() == 2);  // chronological buckets
  CHECK(resp.facets[0].values[0].id == "date:2017-07");
  CHECK(resp.facets[0].values[0].count == 2);
  CHECK(resp.facets[0].values[1].id == "date:2017-08");
  r.since = "2017-08-01";
  r.until = "2017-08-31";
  const SearchResponse august = engine.search(r);
  CHECK(ids(august) == std::vector<std::string>{"b"});
  REQUIRE(august.facets[0].values.size() == 1);
  CHECK(august.facets[0].values[0].id == "date:2017-08-10");  // a short range counts days
  r.since = "2017-13";
  CHECK_THROWS_AS(engine.search(r), QueryError);
}

TEST_CASE("similar articles exclude the article itself", "[search_engine]") {
  TestIndex index(corpus());
  SearchEngine engine({index.path()}, index.extractor(), SearchLimits());
  SearchRequest r;
  r.similar = "a";
  r.collapse = false;
  const SearchResponse resp = engine.search(r);
  REQUIRE_FALSE(resp.hits.empty());
  CHECK(resp.hits[0].id == "a-copy");
  for (const Hit& h : resp.hits) CHECK(h.id != "a");
  r.similar = "nope";
  CHECK_THROWS_AS(engine.search(r), QueryError);
}

TEST_CASE("limits are QueryErrors", "[search_engine]") {
  TestIndex index(corpus());
  SearchEngine engine({index.path()}, index.extractor(), SearchLimits());
  SearchRequest r;
  r.limit = 1000;
  CHECK_THROWS_AS(engine.search(r), QueryError);
  r.limit = 10;
  r.offset = 1000000;
  CHECK_THROWS_AS(engine.search(r), QueryError);
  r.offset = 0;
  r.facets = {"colour"};
  CHECK_THROWS_AS(engine.search(r), QueryError);
}

TEST_CASE("articles are found by id", "[search_engine]") {
  TestIndex index(corpus());
  SearchEngine engine({index.path()}, index.extractor(), SearchLimits());
  schema::StoredArticle a;
  REQUIRE(engine.find_article("b", &a));
  CHECK(a.title == "Floods hit the north");
  CHECK_FALSE(engine.find_article("zzz", &a));
}

TEST_CASE("a filtered facet kind is counted without its own filter", "[search_engine]") {
  TestIndex index({make_article("r", "Moscow talks", "Talks in Moscow on trade and gas prices."),
                   make_article("g", "London talks", "Talks in London on trade and fishing."),
                   make_article("f", "Paris talks", "Talks in Paris on trade and farming.")});
  SearchEngine engine({index.path()}, index.extractor(), SearchLimits());
  SearchRequest r;
  r.query = "talks";
  r.facets = {"country"};
  r.filters = {Filter{"country", "Russia"}};
  const SearchResponse resp = engine.search(r);
  CHECK(ids(resp) == std::vector<std::string>{"r"});
  REQUIRE(resp.facets.size() == 1);
  CHECK(resp.facets[0].values.size() == 3);  // Russia, UK and France are all offered
  CHECK(resp.facets[0].distinct == 3);
}

TEST_CASE("an entity alias in free text also matches the entity's articles", "[search_engine]") {
  TestIndex index({make_article("m", "Talks in Moscow", "Officials met in Moscow to discuss gas."),
                   make_article("k", "Kremlin denies", "The Kremlin denied the report on Monday."),
                   make_article("p", "Paris talks", "Officials met in Paris to discuss farming.")});
  SearchEngine engine({index.path()}, index.extractor(), SearchLimits());
  SearchRequest r;
  r.query = "kremlin";
  const SearchResponse resp = engine.search(r);
  // "k" says Kremlin; "m" is about Russia through Moscow; "p" is not.
  CHECK(ids(resp) == std::vector<std::string>{"k", "m"});
}

TEST_CASE("recency favours newer articles of similar relevance", "[search_engine]") {
  TestIndex index(
      {make_article("old", "Budget vote", "Parliament held a budget vote.", "2017-01-01"),
       make_article("new", "Budget vote", "Parliament held a budget vote.", "2017-06-01")});
  SearchEngine engine({index.path()}, index.extractor(), SearchLimits());
  SearchRequest r;
  r.query = "budget";
  r.collapse = false;
  r.recency_half_life_days = 30;
  const SearchResponse resp = engine.search(r);
  REQUIRE(resp.hits.size() == 2);
  CHECK(resp.hits[0].id == "new");
  CHECK(resp.hits[1].score < resp.hits[0].score / 8);  // 5 months old: 1/32 of the weight
}

namespace {

// What a request answers, in a form two engines' answers compare in.
std::string summary(const SearchResponse& r, bool with_found = true) {
  std::string out = with_found ? "found " + std::to_string(r.found) + "; hits" : "hits";
  for (const Hit& h : r.hits) out += " " + h.id + "+" + std::to_string(h.copies);
  for (const FacetResult& f : r.facets) {
    out += "; " + f.kind + " (" + std::to_string(f.distinct) + ")";
    for (const FacetCount& v : f.values) out += " " + v.id + "=" + std::to_string(v.count);
  }
  return out;
}

}  // namespace

TEST_CASE("engines counting from in-memory columns answer as engines reading the slots",
          "[search_engine]") {
  TestIndex index(corpus());
  SearchEngine slots({index.path()}, index.extractor(), SearchLimits());
  SearchEngine columns({index.path()}, index.extractor(), SearchLimits());
  const auto values = std::make_shared<DocValues>();
  columns.use_doc_values(values);
  std::vector<SearchRequest> requests;
  for (const char* q :
       {"central bank", "frankfurt", "central bank zebra", "interest election", "rates", ""}) {
    for (bool collapse : {true, false}) {
      SearchRequest r;
      r.query = q;
      r.collapse = collapse;
      r.facets = {"date", "country", "org"};
      requests.push_back(r);
      r.filters = {Filter{"date", "2017"}};  // the date kind counted without its filter
      requests.push_back(r);
      r.filters.clear();
      r.limit = 1;  // pages of one story: the collapsed window must skip copies
      requests.push_back(r);
      r.offset = 1;
      requests.push_back(r);
    }
  }
  for (const SearchRequest& r : requests) {
    INFO("query '" << r.query << "' collapse " << r.collapse << " filters " << r.filters.size()
                   << " limit " << r.limit << " offset " << r.offset);
    // A page of one filled with partial matches: Xapian's collapse
    // estimates the stories (3); the columns' window holds every match and
    // counts them (a, a-copy and b: 2).
    const bool estimate = r.query == "central bank zebra" && r.collapse && r.limit == 1;
    // Where the matches hold two copies per story ("frankfurt", "rates"),
    // the columns' page shows each story by its lead, the longest copy
    // (a-copy), and Xapian's collapse by its best one (a): the same story.
    auto story = [&](std::string text) {
      if (!r.collapse) return text;
      for (size_t at; (at = text.find(" a-copy+")) != std::string::npos;) {
        text.replace(at, 8, " a+");
      }
      return text;
    };
    CHECK(story(summary(columns.search(r), !estimate)) ==
          story(summary(slots.search(r), !estimate)));
  }
  CHECK(values->held() > 0);
  SearchRequest two_copies;
  two_copies.query = "frankfurt";
  two_copies.facets = {"date"};
  CHECK(columns.search(two_copies).hits.at(0).id == "a-copy");
  CHECK(slots.search(two_copies).hits.at(0).id == "a");
  two_copies.query = "central bank";  // 3 matches, 2 stories: the best copy
  CHECK(columns.search(two_copies).hits.at(0).id == "a");
  // Both count stories, not an estimate of Xapian's collapse.
  SearchRequest one;
  one.query = "frankfurt";  // a and a-copy: one story
  one.limit = 1;
  one.facets = {"date"};
  CHECK(columns.search(one).found == 1);
  CHECK(slots.search(one).found == 1);
}

TEST_CASE("in-memory columns follow the indexer's commits", "[search_engine]") {
  TestIndex index(corpus());
  SearchEngine engine({index.path()}, index.extractor(), SearchLimits());
  engine.use_doc_values(std::make_shared<DocValues>());
  SearchRequest r;
  r.query = "central";
  r.collapse = false;
  r.facets = {"date"};
  CHECK(summary(engine.search(r)) ==
        "found 3; hits a+0 a-copy+0 b+0; date (2) date:2017-07=2 date:2017-08=1");
  {
    Xapian::WritableDatabase writer(index.path());
    writer.delete_document(schema::unique_id_term("b"));
    writer.commit();
  }
  CHECK(summary(engine.search(r)) == "found 2; hits a+0 a-copy+0; date (1) date:2017-07=2");
}

TEST_CASE("where stories have many copies, the page matches one copy of each story",
          "[search_engine]") {
  const std::string strike = "Dockers in Rotterdam began a strike over pay." + kFiller;
  const std::string port = "Traffic at the port of Rotterdam slowed as ships waited." + kFiller;
  TestIndex index({
      make_article("x1", "Harbour strike", strike, "2017-07-03"),
      make_article("x2", "Harbour strike", strike + " (Reporting by a wire service)", "2017-07-03"),
      make_article("x3", "Harbour strike", strike, "2017-07-03"),
      make_article("y1", "Port traffic slows", port, "2017-07-04"),
      make_article("y2", "Port traffic slows", port + " (Reporting by a wire service)",
                   "2017-07-04"),
      make_article("z", "Pay talks", "Unions and employers resumed pay talks." + kFiller,
                   "2017-07-05"),
  });
  SearchEngine columns({index.path()}, index.extractor(), SearchLimits());
  columns.use_doc_values(std::make_shared<DocValues>());
  SearchEngine slots({index.path()}, index.extractor(), SearchLimits());
  SearchRequest r;
  r.query = "rotterdam strike";
  r.facets = {"date"};
  // Three copies of the one story with both words: the page and its fill
  // match story leads, each story's longest copy (x2, y2), where Xapian's
  // collapse shows the best copy (x1, y1); copies are those in the index.
  CHECK(summary(columns.search(r)) == "found 2; hits x2+2 y2+1; date (1) date:2017-07=3");
  CHECK(summary(slots.search(r)) == "found 2; hits x1+2 y1+1; date (1) date:2017-07=3");
  r.limit = 1;
  r.offset = 1;
  CHECK(summary(columns.search(r), false) == "hits y2+1; date (1) date:2017-07=3");
  // A page of stories with all the words: their matching copies, counted.
  r.query = "harbour strike";
  r.offset = 0;
  CHECK(summary(columns.search(r)) == "found 1; hits x2+2; date (1) date:2017-07=3");
  // Without facets, the count of copies still decides: the same page.
  r.facets.clear();
  CHECK(summary(columns.search(r)) == "found 1; hits x2+2");
  r.query = "rotterdam strike";
  r.limit = 10;
  CHECK(summary(columns.search(r)) == "found 2; hits x2+2 y2+1");
  // Without collapse, every copy, as before.
  r.facets = {"date"};
  r.collapse = false;
  r.limit = 10;
  r.offset = 0;
  CHECK(columns.search(r).hits.size() == 5);
}

TEST_CASE("over more matches than the rescore window, the phrase still ranks first",
          "[search_engine]") {
  // 330 articles with "oil" and "prices" apart, 100 of them shorter than the
  // two with "oil prices", which by their words alone rank about 101st.
  std::vector<Article> articles;
  for (int i = 0; i < 330; ++i) {
    std::string body =
        "Prices of grain rose while oil stayed calm, in report number " + std::to_string(i) + ".";
    if (i >= 100) body += " Traders watched the market all day long and went home late.";
    // Dates from 2017-01-01 on, one day apart per ten articles.
    const int day = i / 10;
    const std::string date = "2017-" + std::string(day < 31 ? "01-" : "02-") +
                             (day % 31 + 1 < 10 ? "0" : "") + std::to_string(day % 31 + 1);
    articles.push_back(make_article("s" + std::to_string(i), "Market report", body, date));
  }
  for (const char* id : {"p1", "p2"}) {
    articles.push_back(make_article(
        id, "Market report",
        std::string("Oil prices rose while grain stayed calm, traders said in note ") + id + "."));
  }
  TestIndex index(articles);
  SearchEngine engine({index.path()}, index.extractor(), SearchLimits());
  engine.use_doc_values(std::make_shared<DocValues>());
  SearchRequest r;
  r.query = "oil prices";
  r.facets = {"date"};
  const SearchResponse response = engine.search(r);
  CHECK(response.found == 332);
  REQUIRE(response.hits.size() == 10);
  std::vector<std::string> top = {response.hits[0].id, response.hits[1].id};
  std::sort(top.begin(), top.end());
  CHECK(top == std::vector<std::string>{"p1", "p2"});
  CHECK(response.hits[1].score > 1.5 * response.hits[2].score);
  // Sorted by date, the page is in date order (rescoring applies to
  // relevance only).
  r.sort = SortOrder::kDateDescending;
  const SearchResponse by_date = engine.search(r);
  REQUIRE(by_date.hits.size() == 10);
  CHECK(by_date.hits[0].date == "2017-02-02");
  for (size_t i = 1; i < by_date.hits.size(); ++i) {
    CHECK(by_date.hits[i - 1].date >= by_date.hits[i].date);
  }
}

TEST_CASE("a one-off search counts the stories exactly, facets or not", "[search_engine]") {
  // 150 stories with "harbour" (of different lengths), the first 80 with
  // one copy and the others with four: more matches than a page checks,
  // where Xapian's collapse estimates the stories from those it saw first
  // (it said 200).
  const char* kWords[] = {"cargo",  "vessel", "tariff", "crane", "union",  "quay",   "freight",
                          "dredge", "pilot",  "berth",  "ferry", "tanker", "sluice", "levy",
                          "barge",  "tug",    "winch",  "hull",  "keel",   "mooring"};
  std::vector<Article> articles;
  for (int story = 0; story < 150; ++story) {
    std::string text = "The harbour authority reported";
    std::mt19937 pick(static_cast<unsigned>(story));
    for (int w = 0; w < 60 + story % 40; ++w) text += std::string(" ") + kWords[pick() % 20];
    text += " story" + std::to_string(story) + ".";
    const std::string id = "s" + std::to_string(story);
    for (int copy = 0; copy < (story < 80 ? 1 : 4); ++copy) {
      const std::string tail = copy == 0 ? "" : " (Reporting by desk " + std::to_string(copy) + ")";
      articles.push_back(make_article(id + "-" + std::to_string(copy), "Harbour news " + id,
                                      text + tail, "2017-07-03"));
    }
  }
  TestIndex index(articles);
  SearchEngine engine({index.path()}, index.extractor(), SearchLimits());
  SearchRequest r;
  r.query = "harbour";
  r.facets = {"date"};
  const SearchResponse counted = engine.search(r);  // every match visited: exact
  REQUIRE(counted.found >= 145);  // a copy the fingerprints miss is a story of its own
  REQUIRE(counted.found <= 155);
  r.facets.clear();
  const SearchResponse plain = engine.search(r);
  CHECK(plain.found == counted.found);
  REQUIRE(plain.hits.size() == counted.hits.size());
  for (size_t i = 0; i < plain.hits.size(); ++i) {
    CHECK(plain.hits[i].id == counted.hits[i].id);
    CHECK(plain.hits[i].copies == counted.hits[i].copies);
  }
}
