#include "searcher/query_builder.h"

#include <catch2/catch.hpp>

#include "common/index/index_schema.h"
#include "tests/test_index.h"

using namespace news;
using news::test::make_article;
using news::test::TestIndex;

TEST_CASE("date bounds", "[query_builder]") {
  CHECK(date_bound("2017", false, "x") == "20170101");
  CHECK(date_bound("2017", true, "x") == "20171231");
  CHECK(date_bound("2016-02", true, "x") == "20160229");
  CHECK(date_bound("2017-02", true, "x") == "20170228");
  CHECK(date_bound("2017-07-09", false, "x") == "20170709");
  CHECK_THROWS_AS(date_bound("2017-02-30", false, "x"), QueryError);
  CHECK_THROWS_AS(date_bound("July", false, "x"), QueryError);
  CHECK_THROWS_WITH(date_bound("17-1", false, "--since"), Catch::Contains("--since"));
}

TEST_CASE("syntax errors and limits", "[query_builder]") {
  TestIndex index({make_article("a", "Putin meets Trump", "Vladimir Putin met Donald Trump.")});
  Xapian::Database db(index.path());
  QueryBuilder qb(db, index.extractor(), SearchLimits());
  std::string suggestion;
  CHECK_THROWS_WITH(qb.parse("\"open quote", true, &suggestion), Catch::Contains("quote"));
  CHECK_THROWS_WITH(qb.parse("*", true, &suggestion), Catch::Contains("wildcard"));
  CHECK_THROWS_WITH(qb.parse("p*", true, &suggestion), Catch::Contains("wildcard"));
  CHECK_THROWS_WITH(qb.parse(std::string(2000, 'a'), true, &suggestion), Catch::Contains("long"));
  CHECK_THROWS_WITH(qb.parse("bad \xff", true, &suggestion), Catch::Contains("UTF-8"));
  std::string many;
  for (int i = 0; i < 70; ++i) many += "w" + std::to_string(i) + " ";
  CHECK_THROWS_WITH(qb.parse(many, true, &suggestion), Catch::Contains("too many terms"));
  CHECK_NOTHROW(qb.parse("pu*", true, &suggestion));
  CHECK(qb.parse("", true, &suggestion).get_type() == Xapian::Query::LEAF_MATCH_ALL);
}

TEST_CASE("entity values resolve to ids present in the index", "[query_builder]") {
  TestIndex index({make_article("a", "Putin meets Trump",
                                "Russian President Vladimir Putin met Donald Trump in Moscow.")});
  Xapian::Database db(index.path());
  QueryBuilder qb(db, index.extractor(), SearchLimits());
  CHECK(qb.resolve("person", "Vladimir Putin") ==
        std::vector<std::string>{"person:vladimir-putin"});
  CHECK(qb.resolve("person", "person:vladimir-putin") ==
        std::vector<std::string>{"person:vladimir-putin"});
  CHECK(qb.resolve("person", "putin") == std::vector<std::string>{"person:vladimir-putin"});
  CHECK(qb.resolve("country", "Russia") == std::vector<std::string>{"country:RU"});
  CHECK(qb.resolve("country", "RU") == std::vector<std::string>{"country:RU"});
  CHECK(qb.resolve("person", "nobody").empty());
  CHECK_THROWS_AS(qb.filters({Filter{"colour", "red"}}, "", ""), QueryError);
  CHECK(qb.filters({}, "", "").empty());
  const FilterSet fs =
      qb.filters({Filter{"country", "Russia"}, Filter{"person", "putin"}}, "2017", "");
  CHECK(fs.by_kind.size() == 2);
  CHECK_FALSE(fs.date_range.empty());
  CHECK(fs.combined("country").get_description().find("XFcountry") == std::string::npos);
  CHECK(fs.combined().get_description().find("XFcountry:RU") != std::string::npos);
}

TEST_CASE("plain words: the phrase boost is on the all-words form only", "[query_builder]") {
  TestIndex index({make_article("a", "Rates rise", "The central bank raised interest rates.")});
  Xapian::Database db(index.path());
  QueryBuilder qb(db, index.extractor(), SearchLimits());
  const std::string all = qb.parse("central bank", true, nullptr).get_description();
  const std::string any = qb.parse("central bank", false, nullptr).get_description();
  CHECK(all.find("PHRASE") != std::string::npos);
  CHECK(all.find(" AND ") != std::string::npos);
  CHECK(any.find("PHRASE") == std::string::npos);
  CHECK(any.find(" OR ") != std::string::npos);
  CHECK(QueryBuilder::plain_words(" central  bank ") ==
        std::vector<std::string>{"central", "bank"});
  CHECK(QueryBuilder::plain_words("central AND bank").empty());
  CHECK(QueryBuilder::plain_words("\"central bank\"").empty());
  CHECK(QueryBuilder::plain_words("title:bank").empty());
}

TEST_CASE("leading words: words are dropped from the end until some article has them all",
          "[query_builder]") {
  TestIndex index({make_article("a", "Rates rise", "The central bank raised interest rates."),
                   make_article("b", "Floods", "Heavy rain closed the central station.")});
  Xapian::Database db(index.path());
  QueryBuilder qb(db, index.extractor(), SearchLimits());
  auto matches = [&](const Xapian::Query& q) {
    Xapian::Enquire e(db);
    e.set_query(q);
    return e.get_mset(0, 10, 10).get_matches_estimated();
  };
  const Xapian::Query q = qb.leading_words_query("central bank zebra", Xapian::Query());
  REQUIRE_FALSE(q.empty());
  CHECK(matches(q) == 1);  // "central bank": article a
  CHECK(matches(qb.leading_words_query("central zebra bank", Xapian::Query())) == 2);
  CHECK(qb.leading_words_query("zebra central bank", Xapian::Query()).empty());
  // The longest matching run of a long query: "central bank raised interest rates".
  const Xapian::Query five =
      qb.leading_words_query("central bank raised interest rates zebra lion tiger owl", {});
  CHECK(matches(five) == 1);
  CHECK(five.get_description().find("rate") != std::string::npos);
  CHECK(five.get_description().find("zebra") == std::string::npos);
  CHECK(qb.leading_words_query("central AND zebra", Xapian::Query()).empty());
  // The filter applies: with only b allowed, "central bank" does not match.
  const Xapian::Query only_b(schema::unique_id_term("b"));
  CHECK(matches(Xapian::Query(Xapian::Query::OP_FILTER,
                              qb.leading_words_query("central bank zebra", only_b), only_b)) == 1);
}
