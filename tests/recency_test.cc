#include "searcher/recency.h"

#include <catch2/catch.hpp>

#include "searcher/search_types.h"

using namespace news;

TEST_CASE("half-lives parse with units", "[recency]") {
  CHECK(parse_half_life("30d") == 30);
  CHECK(parse_half_life("12h") == 0.5);
  CHECK(parse_half_life("2w") == 14);
  CHECK(parse_half_life("1.5") == 1.5);
  CHECK_THROWS_AS(parse_half_life("0"), QueryError);
  CHECK_THROWS_AS(parse_half_life("-3d"), QueryError);
  CHECK_THROWS_AS(parse_half_life("soon"), QueryError);
  CHECK_THROWS_AS(parse_half_life("3y"), QueryError);
}

TEST_CASE("day numbers and decay", "[recency]") {
  long d = 0;
  REQUIRE(day_number("19700101", &d));
  CHECK(d == 0);
  REQUIRE(day_number("20000301", &d));
  CHECK(d == 11017);
  CHECK_FALSE(day_number("2017-07-09", &d));
  const RecencyDecay decay("20170731", 10);
  CHECK(decay.factor("20170731") == 1.0);
  CHECK(decay.factor("20170721") == Approx(0.5));
  CHECK(decay.factor("20170711") == Approx(0.25));
  CHECK(decay.factor("") == 0.5);
}
