#include "searcher/facet_spy.h"

#include <catch2/catch.hpp>

#include "common/index/index_schema.h"

using namespace news;

namespace {

Xapian::Database facet_db() {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const char* const values[] = {"country:RU\tRussia\ncountry:US\tUnited States",
                                "country:RU\tRussia",
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
  FacetSelection top2;
  top2.size = 2;
  const auto top = select_facet_values(spy.tally(), top2, &distinct);
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

TEST_CASE("FacetSpy counts runs of equal values and mixes local and merged counts", "[facet_spy]") {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  // Runs of one value, as documents indexed together share a month.
  for (const char* v : {"date:2017-07\t2017-07", "date:2017-07\t2017-07", "date:2017-08\t2017-08",
                        "date:2017-07\t2017-07", "date:2017-08\t2017-08"}) {
    Xapian::Document doc;
    doc.add_term("all");
    doc.add_value(schema::kSlotMonth, v);
    db.add_document(doc);
  }
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query("all"));
  FacetSpy spy(schema::kSlotMonth);
  enquire.add_matchspy(&spy);
  enquire.get_mset(0, 0, db.get_doccount());
  FacetTally expected = {{"date:2017-07\t2017-07", 3}, {"date:2017-08\t2017-08", 2}};
  CHECK(spy.tally() == expected);
  FacetSpy other(schema::kSlotMonth);
  other.merge_results(spy.serialise_results());
  spy.merge_results(other.serialise_results());
  expected = {{"date:2017-07\t2017-07", 6}, {"date:2017-08\t2017-08", 4}};
  CHECK(spy.tally() == expected);
}

TEST_CASE("one value per id: names written differently are summed", "[facet_spy]") {
  const FacetTally tally = {{"org:co\tCo.", 2}, {"org:co\tCo", 3}, {"org:fed\tFed", 4}};
  size_t distinct = 0;
  const auto values = select_facet_values(tally, FacetSelection(), &distinct);
  CHECK(distinct == 2);
  REQUIRE(values.size() == 2);
  CHECK(values[0].id == "org:co");
  CHECK(values[0].value == "Co");  // the most frequent name
  CHECK(values[0].count == 5);
  CHECK(values[1].id == "org:fed");
}

TEST_CASE("facet value search by prefix and chronological dates", "[facet_spy]") {
  const FacetTally people = {{"person:marco-rubio\tMarco Rubio", 2},
                             {"person:emmanuel-macron\tEmmanuel Macron", 5},
                             {"person:angela-merkel\tAngela Merkel", 9}};
  FacetSelection sel;
  sel.prefix = "ma";
  size_t distinct = 0;
  const auto ma = select_facet_values(people, sel, &distinct);
  CHECK(distinct == 3);
  REQUIRE(ma.size() == 2);
  CHECK(ma[0].value == "Emmanuel Macron");  // a word of the name starts with "ma"
  CHECK(ma[1].value == "Marco Rubio");

  const FacetTally days = {{"20170709", 1}, {"20170701", 4}, {"20170630", 2}};
  FacetSelection by_date;
  by_date.chronological = true;
  const auto buckets = select_facet_values(days, by_date, nullptr);
  REQUIRE(buckets.size() == 3);
  CHECK(buckets[0].id == "date:2017-06-30");
  CHECK(buckets[2].value == "2017-07-09");
}
