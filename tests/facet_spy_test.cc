#include "searcher/facet_spy.h"

#include <catch2/catch.hpp>

#include "common/index/index_schema.h"

using namespace news;

namespace {

Xapian::Database facet_db() {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const char* const values[] = {"country:RU\tRussia\ncountry:US\tUnited States", "country:RU\tRussia",
                                "country:GB\tUnited Kingdom\ncountry:RU\tRussia", ""};
  for (const char* v : values) {
    Xapian::Document doc;
    doc.add_term("all");
    if (*v) doc.add_value(schema::kSlotCountry, v);
    db.add_document(doc);
  }
  return db;
}

}  // namespace

TEST_CASE("FacetSpy counts each value of a multi-valued slot", "[facet_spy]") {
  Xapian::Database db = facet_db();
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query("all"));
  FacetSpy spy(schema::kSlotCountry);
  enquire.add_matchspy(&spy);
  enquire.get_mset(0, 1, db.get_doccount());
  size_t distinct = 0;
  const auto top = top_facet_values(spy.tally(), 2, &distinct);
  CHECK(distinct == 3);
  REQUIRE(top.size() == 2);
  CHECK(top[0].id == "country:RU");
  CHECK(top[0].value == "Russia");
  CHECK(top[0].count == 3);
  CHECK(top[1].id == "country:GB");  // ties break by entry text
  CHECK(top[1].count == 1);
}

TEST_CASE("ValueCountMatchSpy sums split into the same counts", "[facet_spy]") {
  Xapian::Database db = facet_db();
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query("all"));
  Xapian::ValueCountMatchSpy spy(schema::kSlotCountry);
  enquire.add_matchspy(&spy);
  enquire.get_mset(0, 1, db.get_doccount());
  FacetTally tally;
  add_value_counts(spy, &tally);
  CHECK(tally["country:RU\tRussia"] == 3);
  CHECK(tally["country:US\tUnited States"] == 1);
  CHECK(tally.size() == 3);
}

TEST_CASE("FacetSpy results serialise and merge", "[facet_spy]") {
  Xapian::Database db = facet_db();
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query("all"));
  FacetSpy a(schema::kSlotCountry);
  enquire.add_matchspy(&a);
  enquire.get_mset(0, 1, db.get_doccount());
  FacetSpy merged(schema::kSlotCountry);
  merged.merge_results(a.serialise_results());
  merged.merge_results(a.serialise_results());
  CHECK(merged.tally().at("country:RU\tRussia") == 6);
  Xapian::Registry registry;
  std::unique_ptr<Xapian::MatchSpy> copy(a.unserialise(a.serialise(), registry));
  CHECK(copy->name() == "news::FacetSpy");
  CHECK_THROWS_AS(merged.merge_results("\x05"), Xapian::NetworkError);
}
