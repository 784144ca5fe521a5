#include "searcher/text_output.h"

#include <catch2/catch.hpp>
#include <sstream>

using namespace news;

TEST_CASE("snippets lose their HTML for the terminal", "[text_output]") {
  CHECK(snippet_to_text("a <mark>cyber</mark> &amp; &lt;b&gt;", false) == "a *cyber* & <b>");
  CHECK(snippet_to_text("<mark>x</mark>", true) == "\033[1mx\033[0m");
}

TEST_CASE("text output shows rank, title, date, source and facets", "[text_output]") {
  SearchResponse r;
  r.found = 1;
  r.suggestion = "putin";
  Hit h;
  h.rank = 1;
  h.id = "a";
  h.title = "Title";
  h.date = "2017-07-09";
  h.source = "example.com";
  h.snippet = "<mark>Putin</mark> said";
  r.hits.push_back(h);
  r.facets.push_back({"person", {FacetCount{"person:vladimir-putin", "Vladimir Putin", 5}}, 3});
  std::ostringstream out;
  print_text_response(r, false, out);
  const std::string s = out.str();
  CHECK(s.find("Did you mean: putin") != std::string::npos);
  CHECK(s.find("1. Title") != std::string::npos);
  CHECK(s.find("2017-07-09 | example.com | a") != std::string::npos);
  CHECK(s.find("*Putin* said") != std::string::npos);
  CHECK(s.find("person (3 distinct):  Vladimir Putin (5)") != std::string::npos);
}
