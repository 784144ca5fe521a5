// The query string of GET /api/search into a SearchRequest.
#include "searcher/http_params.h"

#include <catch2/catch.hpp>

using news::QueryError;
using news::QueryParams;
using news::search_request_from_params;
using news::SearchLimits;

TEST_CASE("http params: every parameter reaches the request", "[http_params]") {
  const QueryParams params = {{"q", "cyber security"},
                              {"filter", "person:Vladimir Putin"},
                              {"filter", "country:RU"},
                              {"facets", "person, country,,org"},
                              {"offset", "20"},
                              {"limit", "5"},
                              {"sort", "-date"},
                              {"since", "2017"},
                              {"until", "2018-06-30"},
                              {"facet_size", "25"},
                              {"similar", "a/b.txt"},
                              {"facet_prefix", "person:Ma"},
                              {"facet_prefix", "org:Fed"},
                              {"collapse", "false"},
                              {"recency", "2w"}};
  const news::SearchRequest r = search_request_from_params(params, SearchLimits());
  CHECK(r.query == "cyber security");
  REQUIRE(r.filters.size() == 2);
  CHECK(r.filters[0].kind == "person");
  CHECK(r.filters[0].value == "Vladimir Putin");
  CHECK(r.filters[1].value == "RU");
  CHECK(r.facets == std::vector<std::string>{"person", "country", "org"});
  CHECK(r.offset == 20);
  CHECK(r.limit == 5);
  CHECK(r.sort == news::SortOrder::kDateDescending);
  CHECK(r.since == "2017");
  CHECK(r.until == "2018-06-30");
  CHECK(r.facet_size == 25);
  CHECK(r.similar == "a/b.txt");
  REQUIRE(r.facet_prefixes.size() == 2);
  CHECK(r.facet_prefixes[0].kind == "person");
  CHECK(r.facet_prefixes[0].value == "Ma");
  CHECK(r.facet_prefixes[1].kind == "org");
  CHECK_FALSE(r.collapse);
  CHECK(r.recency_half_life_days == 14);
}

TEST_CASE("http params: defaults", "[http_params]") {
  const news::SearchRequest r = search_request_from_params({}, SearchLimits());
  CHECK(r.query.empty());
  CHECK(r.offset == 0);
  CHECK(r.limit == 10);
  CHECK(r.sort == news::SortOrder::kRelevance);
  CHECK(r.filters.empty());
  CHECK(r.collapse);
  CHECK(r.recency_half_life_days == 0);
}

TEST_CASE("http params: mistakes are QueryErrors naming the parameter", "[http_params]") {
  SearchLimits limits;
  limits.max_query_bytes = 8;
  limits.max_filters = 2;
  auto fails = [&](const QueryParams& p, const std::string& needle) {
    INFO(needle);
    CHECK_THROWS_WITH(search_request_from_params(p, limits), Catch::Contains(needle));
  };
  fails({{"qq", "x"}}, "unknown parameter 'qq'");
  fails({{"q", "a"}, {"q", "b"}}, "'q' is given more than once");
  fails({{"limit", "ten"}}, "limit 'ten' is not a whole number");
  fails({{"offset", "-1"}}, "offset '-1'");
  fails({{"offset", "99999999999999999999"}}, "offset");
  fails({{"limit", ""}}, "limit");
  fails({{"q", "123456789"}}, "query is too long (9 bytes, at most 8)");
  fails({{"filter", "a:1"}, {"filter", "b:2"}, {"filter", "c:3"}}, "too many filters");
  fails({{"filter", "novalue:"}}, "has no value");
  fails({{"filter", "nokind"}}, "KIND:VALUE");
  fails({{"sort", "size"}}, "sort 'size'");
  fails({{"facet_size", "1000"}}, "facet_size 1000 is too large");
  fails({{"similar", ""}}, "similar needs an article id");
  fails({{"collapse", "no"}}, "collapse 'no' must be true or false");
  fails({{"collapse", "true"}, {"collapse", "false"}}, "'collapse' is given more than once");
  fails({{"recency", "soon"}}, "soon");
  fails({{"facet_prefix", "person"}}, "KIND:VALUE");
  fails({{"facet_prefix", "a:1"}, {"facet_prefix", "b:2"}, {"facet_prefix", "c:3"}},
        "too many facet_prefix");
}
