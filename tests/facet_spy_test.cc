#include "searcher/facet_spy.h"

#include <catch2/catch.hpp>

#include "common/index/index_schema.h"

using namespace news;

namespace {

Xapian::Database facet_db() {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const char* const values[] = {"RU\nUS", "RU", "GB\nRU", ""};
  for (const char* v : values) {
    Xapian::Document doc;
    doc.add_term("all");
    if (*v) doc.add_value(schema::kSlotCountry, v);
    db.add_document(doc);
  }
  return db;
}

// Display names as the searcher finds them in the database's metadata.
std::string country_name(const std::string& id) {
  if (id == "country:RU") return "Russia";
  if (id == "country:GB") return "United Kingdom";
  return "";
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
  const auto top = select_facet_values("country", spy.tally(), top2, country_name, &distinct);
  CHECK(distinct == 3);
  REQUIRE(top.size() == 2);
  CHECK(top[0].id == "country:RU");
  CHECK(top[0].value == "Russia");
  CHECK(top[0].count == 3);
  CHECK(top[1].id == "country:GB");  // ties break by id
  CHECK(top[1].value == "United Kingdom");
  CHECK(top[1].count == 1);
  // A value the metadata does not name shows its id's key.
  FacetSelection all;
  const auto every = select_facet_values("country", spy.tally(), all, country_name, nullptr);
  REQUIRE(every.size() == 3);
  CHECK(every[2].id == "country:US");
  CHECK(every[2].value == "US");
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
  CHECK(tally["RU"] == 3);
  CHECK(tally["US"] == 1);
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
  CHECK(merged.tally().at("RU") == 6);
  Xapian::Registry registry;
  std::unique_ptr<Xapian::MatchSpy> copy(a.unserialise(a.serialise(), registry));
  CHECK(copy->name() == "news::FacetSpy");
  CHECK_THROWS_AS(merged.merge_results("\x05"), Xapian::NetworkError);
}

TEST_CASE("FacetSpy counts runs of equal values and mixes local and merged counts", "[facet_spy]") {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  // Runs of one value, as documents indexed together share a month.
  for (const char* v : {"2017-07", "2017-07", "2017-08", "2017-07", "2017-08"}) {
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
  FacetTally expected = {{"2017-07", 3}, {"2017-08", 2}};
  CHECK(spy.tally() == expected);
  FacetSpy other(schema::kSlotMonth);
  other.merge_results(spy.serialise_results());
  spy.merge_results(other.serialise_results());
  expected = {{"2017-07", 6}, {"2017-08", 4}};
  CHECK(spy.tally() == expected);
  const auto months = select_facet_values("date", spy.tally(), FacetSelection(), nullptr, nullptr);
  REQUIRE(months.size() == 2);
  CHECK(months[0].id == "date:2017-07");
  CHECK(months[0].value == "2017-07");
}

TEST_CASE("an old index's entries with names: one value per id, names summed", "[facet_spy]") {
  // Indexes written before the compact form hold "id<TAB>name" entries.
  const FacetTally tally = {{"org:co\tCo.", 2}, {"org:co\tCo", 3}, {"org:fed\tFed", 4}};
  size_t distinct = 0;
  const auto values = select_facet_values("org", tally, FacetSelection(), nullptr, &distinct);
  CHECK(distinct == 2);
  REQUIRE(values.size() == 2);
  CHECK(values[0].id == "org:co");
  CHECK(values[0].value == "Co");  // the most frequent name
  CHECK(values[0].count == 5);
  CHECK(values[1].id == "org:fed");
}

TEST_CASE("facet value search by prefix and chronological dates", "[facet_spy]") {
  const FacetTally people = {{"marco-rubio", 2}, {"emmanuel-macron", 5}, {"angela-merkel", 9}};
  size_t lookups = 0;
  auto names = [&lookups](const std::string& id) {
    ++lookups;
    return id == "person:marco-rubio" ? "Marco Rubio" : "";
  };
  FacetSelection sel;
  sel.prefix = "Ma";
  size_t distinct = 0;
  const auto ma = select_facet_values("person", people, sel, names, &distinct);
  CHECK(distinct == 3);
  REQUIRE(ma.size() == 2);
  CHECK(ma[0].id == "person:emmanuel-macron");  // a word of the name starts with "ma"
  CHECK(ma[0].value == "Emmanuel Macron");      // no metadata name: made from the id
  CHECK(ma[1].value == "Marco Rubio");
  CHECK(lookups == 2);  // names of the selected values only
  sel.prefix = "marco r";
  CHECK(select_facet_values("person", people, sel, names, nullptr).size() == 1);

  // Country ids are codes: the prefix is matched against the names.
  const FacetTally countries = {{"RU", 3}, {"GB", 2}, {"US", 1}};
  sel.prefix = "uni";
  const auto uni = select_facet_values("country", countries, sel, country_name, nullptr);
  REQUIRE(uni.size() == 1);
  CHECK(uni[0].id == "country:GB");

  // Old entries with names: the prefix is matched against them.
  const FacetTally old = {{"person:marco-rubio\tMarco Rubio", 2},
                          {"person:angela-merkel\tAngela Merkel", 9}};
  sel.prefix = "ma";
  const auto old_ma = select_facet_values("person", old, sel, nullptr, nullptr);
  REQUIRE(old_ma.size() == 1);
  CHECK(old_ma[0].value == "Marco Rubio");

  const FacetTally days = {{"20170709", 1}, {"20170701", 4}, {"20170630", 2}};
  FacetSelection by_date;
  by_date.chronological = true;
  const auto buckets = select_facet_values("date", days, by_date, nullptr, nullptr);
  REQUIRE(buckets.size() == 3);
  CHECK(buckets[0].id == "date:2017-06-30");
  CHECK(buckets[2].value == "2017-07-09");
}
