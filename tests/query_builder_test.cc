#include "searcher/query_builder.h"

#include <catch2/catch.hpp>

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
