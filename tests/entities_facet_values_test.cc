// Tests of canonicalize() and resolve_query_value() (common/entities/facet_values.h).
#include <catch2/catch.hpp>

#include "common/entities/entity_extractor.h"

namespace {

const news::EntityExtractor& ex() {
  static const news::EntityExtractor kExtractor;
  return kExtractor;
}

std::string canon(const std::string& kind, const std::string& value) {
  news::Entity e;
  return ex().canonicalize(kind, value, &e) ? e.id + "|" + e.name : "";
}

}  // namespace

TEST_CASE("Reuters places become ISO country ids", "[entities]") {
  CHECK(canon("country", "usa") == "country:US|United States");
  CHECK(canon("country", "uk") == "country:GB|United Kingdom");
  CHECK(canon("country", "ussr") == "country:RU|Russia");
  CHECK(canon("country", "west-germany") == "country:DE|Germany");
  CHECK(canon("country", "south-korea") == "country:KR|South Korea");
  CHECK(canon("country", "new-zealand") == "country:NZ|New Zealand");
  CHECK(canon("country", "atlantis").empty());
  CHECK(canon("country", "  ").empty());
}

TEST_CASE("Reuters people, orgs and topics get ids and names", "[entities]") {
  CHECK(canon("person", "james-baker") == "person:james-baker|James Baker");
  CHECK(canon("person", "reagan") == "person:ronald-reagan|Ronald Reagan");
  CHECK(canon("org", "opec") ==
        "org:organization-of-the-petroleum-exporting-countries|Organization of the Petroleum "
        "Exporting Countries");
  CHECK(canon("org", "ec") == "org:european-community|European Community");
  CHECK(canon("topic", "acq") == "topic:acq|Mergers and acquisitions");
  CHECK(canon("topic", "coconut-oil") == "topic:coconut-oil|Coconut Oil");
  CHECK(canon("colour", "red").empty());
}

TEST_CASE("query values resolve to ids", "[entities]") {
  for (const char* v : {"Russia", "RU", "ru", "Kremlin", "russian", "country:RU"}) {
    INFO(v);
    const auto ids = ex().resolve_query_value("country", v);
    REQUIRE_FALSE(ids.empty());
    CHECK(ids[0] == "country:RU");
  }
  CHECK(ex().resolve_query_value("person", "Vladimir Putin")[0] == "person:vladimir-putin");
  CHECK(ex().resolve_query_value("person", "person:vladimir-putin")[0] == "person:vladimir-putin");
  CHECK(ex().resolve_query_value("person", "putin")[0] == "person:vladimir-putin");
  CHECK(ex().resolve_query_value("org", "FBI")[0] == "org:federal-bureau-of-investigation");
  CHECK(ex().resolve_query_value("event", "G20 summit")[0] == "event:g20-summit");
  CHECK_FALSE(ex().resolve_query_value("country", "Narnia").empty());
}
