#include "searcher/response_json.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace news;

TEST_CASE("the JSON body has PRODUCT.md's fields in order", "[response_json]") {
  SearchResponse r;
  r.query = "putin";
  r.found = 1;
  r.limit = 10;
  r.took_ms = 1.234;
  Hit h;
  h.id = "a";
  h.rank = 1;
  h.score = 12.345;
  h.title = "T <b>";
  h.snippet = "<mark>Putin</mark>";
  h.entities = {{"person", "person:vladimir-putin", "Vladimir Putin", 7}};
  r.hits.push_back(h);
  r.facets.push_back({"person", {FacetCount{"person:vladimir-putin", "Vladimir Putin", 5}}, 12});
  const std::string body = response_to_json(r);
  CHECK(body.rfind("{\"query\":\"putin\",\"found\":1,\"offset\":0,\"limit\":10,\"took_ms\":1.23,"
                   "\"suggestion\":null,\"hits\":[{\"id\":\"a\",\"rank\":1,\"score\":12.35,",
                   0) == 0);
  const auto j = nlohmann::json::parse(body);
  CHECK(j["hits"][0]["url"].is_null());
  CHECK(j["hits"][0]["entities"][0]["count"] == 7);
  CHECK(j["facets"]["person"][0]["value"] == "Vladimir Putin");
  CHECK(j["facet_distinct"]["person"] == 12);
}

TEST_CASE("invalid UTF-8 never breaks the JSON", "[response_json]") {
  const std::string body = error_to_json("bad \xff byte");
  CHECK(nlohmann::json::parse(body)["error"].get<std::string>().find("bad") == 0);
}
