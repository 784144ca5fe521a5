#include "searcher/column_spy.h"

#include <catch2/catch.hpp>
#include <initializer_list>

#include "common/index/index_schema.h"
#include "tests/e2e/process.h"

using namespace news;

namespace {

// A database whose documents carry countries and collapse keys; "story"
// has three copies.
struct Fixture {
  Fixture() {
    add(dir.path() + "/db", {{"RU\nUS", "story"},
                             {"RU", ""},
                             {"", "story"},
                             {"GB", "other"},
                             {"RU", "story"},
                             {"US", ""},
                             {"GB\nRU", "third"}});
    db = Xapian::Database(dir.path() + "/db");
  }
  static void add(const std::string& path,
                  const std::vector<std::pair<std::string, std::string>>& docs) {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
    for (const auto& [countries, key] : docs) {
      Xapian::Document doc;
      doc.add_term("all");
      if (countries.find("RU") != std::string::npos) doc.add_term("ru");
      if (!countries.empty()) doc.add_value(schema::kSlotCountry, countries);
      if (!key.empty()) doc.add_value(schema::kSlotCollapse, key);
      db.add_document(doc);
    }
    db.commit();
  }
  test::TempDir dir;
  Xapian::Database db;
};

// Runs `term` over every document of `db` with `spies` attached.
void match_all(const Xapian::Database& db, const char* term,
               std::initializer_list<Xapian::MatchSpy*> spies) {
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(term));
  for (Xapian::MatchSpy* spy : spies) enquire.add_matchspy(spy);
  enquire.get_mset(0, 10, db.get_doccount());
}

}  // namespace

TEST_CASE("ColumnFacetSpy counts as FacetSpy does", "[column_spy]") {
  Fixture f;
  DocValues values;
  for (const char* term : {"all", "ru"}) {
    FacetSpy slots(schema::kSlotCountry);
    ColumnFacetSpy columns(values.column(f.db, schema::kSlotCountry));
    match_all(f.db, term, {&slots, &columns});
    CHECK(columns.tally() == slots.tally());
  }
  ColumnFacetSpy spy(values.column(f.db, schema::kSlotCountry));
  match_all(f.db, "all", {&spy});
  const FacetTally tally = spy.tally();
  CHECK(tally.at("RU") == 4);
  CHECK(tally.at("US") == 2);
  CHECK(tally.at("GB") == 2);
}

TEST_CASE("CollapseCounter counts what Xapian's collapse leaves", "[column_spy]") {
  Fixture f;
  DocValues values;
  for (const char* term : {"all", "ru"}) {
    Xapian::Enquire collapsed(f.db);
    collapsed.set_query(Xapian::Query(term));
    collapsed.set_collapse_key(schema::kSlotCollapse);
    const Xapian::MSet mset = collapsed.get_mset(0, 100);

    CollapseCounter keys(values.column(f.db, schema::kSlotCollapse));
    match_all(f.db, term, {&keys});
    CHECK(keys.count() == mset.size());
  }
  // "all": two without a key, and the keys story (three copies), other and
  // third.
  CollapseCounter keys(values.column(f.db, schema::kSlotCollapse));
  match_all(f.db, "all", {&keys});
  CHECK(keys.count() == 2 + 3);
  CHECK(keys.matches() == 7);
  CHECK(keys.copies_of(f.db.get_document(1)) == 2);  // story: documents 1, 3 and 5
  CHECK(keys.copies_of(f.db.get_document(5)) == 2);
  CHECK(keys.copies_of(f.db.get_document(4)) == 0);  // other: alone
  CHECK(keys.copies_of(f.db.get_document(2)) == 0);  // no key

  // Reading the keys from the slot instead counts the same.
  CollapseCounter slot_keys(schema::kSlotCollapse);
  match_all(f.db, "all", {&slot_keys});
  CHECK(slot_keys.count() == keys.count());
  CHECK(slot_keys.matches() == 7);
  CHECK(slot_keys.copies_of(f.db.get_document(3)) == 2);
  CHECK(slot_keys.copies_of(f.db.get_document(2)) == 0);
}
