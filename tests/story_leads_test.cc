#include "searcher/story_leads.h"

#include <catch2/catch.hpp>

#include "tests/e2e/process.h"

using namespace news;

namespace {

constexpr Xapian::valueno kKey = 5;

// One document per key ("" has none), each with the term "w" `wdf[i]` times
// (default once) so that a match can rank them, and "pad" 5 times: its
// length is wdf[i] + 5.
void add_docs(Xapian::WritableDatabase* db, const std::vector<std::string>& keys,
              const std::vector<unsigned>& wdf = {}) {
  for (size_t i = 0; i < keys.size(); ++i) {
    Xapian::Document doc;
    doc.add_term("w", i < wdf.size() ? wdf[i] : 1);
    doc.add_term("pad", 5);
    if (!keys[i].empty()) doc.add_value(kKey, keys[i]);
    db->add_document(doc);
  }
  db->commit();
}

std::vector<Xapian::docid> leads_of(const StoryLeads& leads) {
  std::vector<Xapian::docid> out;
  for (Xapian::docid did = leads.next_lead(1); did != 0; did = leads.next_lead(did + 1)) {
    out.push_back(did);
  }
  return out;
}

}  // namespace

TEST_CASE("StoryLeads keeps the longest copy of each story and every article without a key",
          "[story_leads]") {
  test::TempDir dir;
  Xapian::WritableDatabase db(dir.path() + "/db", Xapian::DB_CREATE);
  // Of equally long copies, the first.
  add_docs(&db, {"a", "", "a", "b", "", "b", "a"});
  const Xapian::Database reader(dir.path() + "/db");
  const SlotColumn column(reader, kKey);
  const StoryLeads leads(reader, column);
  CHECK(leads_of(leads) == std::vector<Xapian::docid>{1, 2, 4, 5});
  CHECK(leads.count() == 4);
  CHECK(leads.is_lead(1));
  CHECK_FALSE(leads.is_lead(3));
  CHECK_FALSE(leads.is_lead(8));  // past the last document
  CHECK(leads.copies(column.ord(1)) == 3);
  CHECK(leads.copies(column.ord(4)) == 2);
  CHECK(leads.copies(0) == 0);
  CHECK(leads.next_lead(6) == 0);
  CHECK(leads.memory() > 0);

  // The longest copy, wherever it is; a deleted document is no lead.
  add_docs(&db, {"c", "c", "c", "d"}, {1, 3, 2, 1});  // 8 to 11
  db.delete_document(11);
  db.commit();
  const Xapian::Database later(dir.path() + "/db");
  const StoryLeads more(later, SlotColumn(later, kKey));
  CHECK(leads_of(more) == std::vector<Xapian::docid>{1, 2, 4, 5, 9});
}

TEST_CASE("StoryLeads finds leads across 64-document words", "[story_leads]") {
  test::TempDir dir;
  Xapian::WritableDatabase db(dir.path() + "/db", Xapian::DB_CREATE);
  // 150 copies of one story, then one article without a key.
  std::vector<std::string> keys(150, "k");
  keys.push_back("");
  add_docs(&db, keys);
  const Xapian::Database reader(dir.path() + "/db");
  const StoryLeads leads(reader, SlotColumn(reader, kKey));
  CHECK(leads_of(leads) == std::vector<Xapian::docid>{1, 151});
  CHECK(leads.next_lead(2) == 151);
  CHECK(leads.next_lead(0) == 1);
}

TEST_CASE("A match filtered by LeadsSource gives each story once, by its lead's weight",
          "[story_leads]") {
  test::TempDir dir;
  Xapian::WritableDatabase db(dir.path() + "/db", Xapian::DB_CREATE);
  // Story a: 1 and 3 (lead 3); story b: 4 and 6 (lead 6); 2 and 5 alone.
  add_docs(&db, {"a", "", "a", "b", "", "b"}, {1, 2, 9, 3, 1, 4});
  const Xapian::Database reader(dir.path() + "/db");
  DocValues values;
  const auto leads = values.leads(reader, kKey);
  CHECK(values.leads(reader, kKey) == leads);  // kept with its column
  Xapian::Enquire enquire(reader);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query("w"),
                                  Xapian::Query((new LeadsSource(leads))->release())));
  const Xapian::MSet mset = enquire.get_mset(0, 10);
  std::vector<Xapian::docid> got;
  for (auto it = mset.begin(); it != mset.end(); ++it) got.push_back(*it);
  // By weight: 3 (wdf 9), 6 (wdf 4), 2 (wdf 2), 5 (wdf 1); not 1 or 4.
  CHECK(got == std::vector<Xapian::docid>{3, 6, 2, 5});

  // As the filter of a conjunction that checks each candidate.
  enquire.set_query(Xapian::Query(Xapian::Query::OP_AND, Xapian::Query("pad"),
                                  Xapian::Query((new LeadsSource(leads))->release())));
  CHECK(enquire.get_mset(0, 10).size() == 4);
}

TEST_CASE("LeadsSource steps, skips and checks as a posting list", "[story_leads]") {
  test::TempDir dir;
  Xapian::WritableDatabase db(dir.path() + "/db", Xapian::DB_CREATE);
  add_docs(&db, {"a", "a", "", "a", "b", "b", ""});  // leads 1, 3, 5, 7
  const Xapian::Database reader(dir.path() + "/db");
  DocValues values;
  LeadsSource source(values.leads(reader, kKey));
  source.init(reader);
  source.next(0);
  CHECK(source.get_docid() == 1);
  source.skip_to(2, 0);
  CHECK(source.get_docid() == 3);
  source.skip_to(3, 0);  // already there
  CHECK(source.get_docid() == 3);
  CHECK_FALSE(source.check(4, 0));  // a later copy
  source.next(0);
  CHECK(source.get_docid() == 5);
  CHECK(source.check(7, 0));
  CHECK(source.get_docid() == 7);
  CHECK_FALSE(source.at_end());
  source.next(0);
  CHECK(source.at_end());

  source.init(reader);
  CHECK_FALSE(source.check(6, 0));
  source.skip_to(6, 0);
  CHECK(source.get_docid() == 7);
}
