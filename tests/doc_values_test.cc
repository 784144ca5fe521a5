#include "searcher/doc_values.h"

#include <catch2/catch.hpp>

#include "tests/e2e/process.h"

using namespace news;

namespace {

constexpr Xapian::valueno kSlot = 3;

// Adds one document per value ("" adds one without the slot).
void add_docs(Xapian::WritableDatabase* db, const std::vector<std::string>& values) {
  for (const std::string& v : values) {
    Xapian::Document doc;
    doc.add_term("all");
    if (!v.empty()) doc.add_value(kSlot, v);
    db->add_document(doc);
  }
  db->commit();
}

}  // namespace

TEST_CASE("SlotColumn gives each document the ordinal of its value", "[doc_values]") {
  test::TempDir dir;
  Xapian::WritableDatabase db(dir.path() + "/db", Xapian::DB_CREATE);
  add_docs(&db, {"RU\nUS", "", "RU", "RU\nUS", "GB"});
  db.delete_document(5);
  db.commit();
  const SlotColumn column(Xapian::Database(dir.path() + "/db"), kSlot);
  CHECK(column.distinct() == 2);  // GB went with its document
  REQUIRE(column.ord(1) != 0);
  CHECK(column.value(column.ord(1)) == "RU\nUS");
  CHECK(column.ord(2) == 0);
  CHECK(column.value(column.ord(3)) == "RU");
  CHECK(column.ord(4) == column.ord(1));
  CHECK(column.ord(5) == 0);
  CHECK(column.ord(99) == 0);  // newer than the column
  CHECK(column.memory() > 0);
}

TEST_CASE("SlotColumn splits its values into numbered entries once", "[doc_values]") {
  test::TempDir dir;
  Xapian::WritableDatabase db(dir.path() + "/db", Xapian::DB_CREATE);
  add_docs(&db, {"RU\nUS", "RU", "GB\n\nRU", ""});
  const SlotColumn column(Xapian::Database(dir.path() + "/db"), kSlot);
  const size_t before = column.memory();
  const SlotColumn::Entries& entries = column.entries();
  CHECK(&column.entries() == &entries);  // split once
  CHECK(column.memory() > before);
  auto texts = [&](uint32_t ord) {
    std::string out;
    for (uint32_t i = entries.starts[ord - 1]; i < entries.starts[ord]; ++i) {
      out += entries.text[entries.ids[i]] + ";";
    }
    return out;
  };
  REQUIRE(entries.starts.size() == column.distinct() + 1);
  CHECK(texts(column.ord(1)) == "RU;US;");
  CHECK(texts(column.ord(2)) == "RU;");
  CHECK(texts(column.ord(3)) == "GB;RU;");  // empty lines are no entry
  CHECK(entries.text.size() == 3);          // RU, US, GB: each once
}

TEST_CASE("DocValues keeps a column per revision and reloads after a commit", "[doc_values]") {
  test::TempDir dir;
  Xapian::WritableDatabase writer(dir.path() + "/db", Xapian::DB_CREATE);
  add_docs(&writer, {"a", "b"});
  Xapian::Database reader(dir.path() + "/db");
  DocValues values;
  const auto first = values.column(reader, kSlot);
  CHECK(first->distinct() == 2);
  // The same revision: the same column, not a second load.
  CHECK(values.column(reader, kSlot) == first);
  CHECK(values.held() == 1);

  // A commit that replaces a document and adds one: the reopened reader
  // gets a new column with both changes.
  Xapian::Document changed;
  changed.add_value(kSlot, "c");
  writer.replace_document(1, changed);
  add_docs(&writer, {"d"});
  reader.reopen();
  const auto after = values.column(reader, kSlot);
  CHECK(after->value(after->ord(1)) == "c");
  CHECK(after->value(after->ord(3)) == "d");
  CHECK(values.held() == 1);  // the old revision's column is dropped
  // The column handed out before stays valid for the search holding it.
  CHECK(first->value(first->ord(1)) == "a");

  // Another slot is another column.
  values.column(reader, kSlot + 1);
  CHECK(values.held() == 2);
}

TEST_CASE("DocValues drops the columns of a database replaced by another", "[doc_values]") {
  test::TempDir dir;
  Xapian::WritableDatabase first(dir.path() + "/a", Xapian::DB_CREATE);
  Xapian::WritableDatabase second(dir.path() + "/b", Xapian::DB_CREATE);
  add_docs(&first, {"a"});
  add_docs(&second, {"b"});
  DocValues values;
  values.column(Xapian::Database(dir.path() + "/a"), kSlot);
  values.column(Xapian::Database(dir.path() + "/a"), kSlot + 1);
  CHECK(values.held() == 2);
  const auto b = values.column(Xapian::Database(dir.path() + "/b"), kSlot);
  CHECK(b->value(b->ord(1)) == "b");
  CHECK(values.held() == 1);
}
