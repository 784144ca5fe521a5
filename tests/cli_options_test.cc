#include "searcher/cli_options.h"

#include <catch2/catch.hpp>

using namespace news;

TEST_CASE("search flags become a request", "[cli_options]") {
  const CliSearch cli =
      parse_search_args({"--db", "a.db", "--db", "b.db", "--json", "--limit", "5", "--offset", "10",
                         "--facets", "person, country", "--filter", "person:\"Vladimir Putin\"",
                         "--sort", "-date", "cyber", "security"});
  CHECK(cli.dbs == std::vector<std::string>{"a.db", "b.db"});
  CHECK(cli.json);
  CHECK(cli.request.query == "cyber security");
  CHECK(cli.request.limit == 5);
  CHECK(cli.request.offset == 10);
  CHECK(cli.request.facets == std::vector<std::string>{"person", "country"});
  REQUIRE(cli.request.filters.size() == 1);
  CHECK(cli.request.filters[0].kind == "person");
  CHECK(cli.request.filters[0].value == "Vladimir Putin");
  CHECK(cli.request.sort == SortOrder::kDateDescending);
}

TEST_CASE("bad flags are QueryErrors", "[cli_options]") {
  CHECK_THROWS_AS(parse_search_args({"--limit", "many"}), QueryError);
  CHECK_THROWS_AS(parse_search_args({"--bogus"}), QueryError);
  CHECK_THROWS_AS(parse_search_args({"--sort", "size"}), QueryError);
  CHECK_THROWS_AS(parse_filter("putin"), QueryError);
  CHECK_THROWS_AS(parse_filter("person:"), QueryError);
}
