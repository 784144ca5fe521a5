// Tests of IndexWriter: replacement by id, near-duplicate collapse keys
// within one run and across runs, and the spelling data it gathers.
#include "common/index/index_writer.h"

#include <catch2/catch.hpp>
#include <string>

#include "common/index/index_schema.h"
#include "tests/e2e/process.h"
#include "tests/test_index.h"

using news::DocumentBuilder;
using news::IndexWriter;
using news::IndexWriterOptions;
using news::test::headline_article;
namespace schema = news::schema;

namespace {

const std::string kWire = news::test::wire_story();
const std::string kOther =
    "Heavy rain flooded roads across the northern province overnight, forcing schools to "
    "close and cutting power to thousands of homes, while emergency crews worked through "
    "the night to clear fallen trees and rescue drivers stranded by rising water in 2024.";

// The collapse key of the article with this id ("" if none).
std::string collapse_key(const std::string& db, const std::string& id) {
  Xapian::Database d(db);
  Xapian::PostingIterator p = d.postlist_begin(schema::unique_id_term(id));
  REQUIRE(p != d.postlist_end(schema::unique_id_term(id)));
  return d.get_document(*p).get_value(schema::kSlotCollapse);
}

// The spelling table's frequency of `word` (0 if absent).
Xapian::doccount spelling_frequency(const std::string& db, const std::string& word) {
  Xapian::Database d(db);
  for (auto it = d.spellings_begin(); it != d.spellings_end(); ++it) {
    if (*it == word) return it.get_termfreq();
  }
  return 0;
}

}  // namespace

TEST_CASE("copies in one run share the first copy's collapse key", "[index_writer]") {
  news::test::TempDir dir;
  const std::string db = dir.path() + "/db";
  {
    IndexWriter writer(db, IndexWriterOptions());
    DocumentBuilder builder;
    writer.add(builder.build(headline_article("first", kWire), true));
    writer.add(builder.build(headline_article("other", kOther), true));
    writer.commit();
    writer.add(builder.build(headline_article("copy", "LONDON (Wire) - " + kWire), true));
    writer.add(builder.build(headline_article("copy2", kWire + " Reporting by Jane Doe."), true));
  }
  CHECK(collapse_key(db, "first") == "first");
  CHECK(collapse_key(db, "copy") == "first");
  CHECK(collapse_key(db, "copy2") == "first");
  CHECK(collapse_key(db, "other").empty());
}

TEST_CASE("a copy in a later run finds the original; re-adding replaces", "[index_writer]") {
  news::test::TempDir dir;
  const std::string db = dir.path() + "/db";
  DocumentBuilder builder;
  {
    IndexWriter writer(db, IndexWriterOptions());
    writer.add(builder.build(headline_article("first", kWire), true));
    writer.add(builder.build(headline_article("other", kOther), true));
  }
  {
    IndexWriter writer(db, IndexWriterOptions());
    // The same id again is the same article, not a copy of itself.
    writer.add(builder.build(headline_article("other", kOther + " Updated."), true));
    writer.add(builder.build(headline_article("copy", "LONDON (Wire) - " + kWire), true));
    writer.add(builder.build(headline_article("copy", "PARIS (Wire) - " + kWire), true));
  }
  CHECK(Xapian::Database(db).get_doccount() == 3);
  CHECK(collapse_key(db, "copy") == "first");
  CHECK(collapse_key(db, "first") == "first");
  CHECK(collapse_key(db, "other").empty());
}

TEST_CASE("spelling data: words without digits, written by the last commit", "[index_writer]") {
  news::test::TempDir dir;
  const std::string db = dir.path() + "/db";
  IndexWriterOptions options;
  options.spelling_every = 1000;  // more than this test adds: only finish() writes it
  {
    IndexWriter writer(db, options);
    DocumentBuilder builder;
    writer.add(builder.build(headline_article("flood", kOther), true));
    writer.commit();
    CHECK(spelling_frequency(db, "flooded") == 0);
    writer.finish();
    CHECK(spelling_frequency(db, "flooded") == 1);
  }
  CHECK(spelling_frequency(db, "emergency") == 1);
  CHECK(spelling_frequency(db, "2024") == 0);
  CHECK(news::is_spelling_word("province"));
  CHECK_FALSE(news::is_spelling_word("q3"));
  CHECK_FALSE(news::is_spelling_word("Zflood"));
  CHECK_FALSE(news::is_spelling_word("of"));
}

TEST_CASE("facet names: the first name written stays, across runs", "[index_writer]") {
  news::test::TempDir dir;
  const std::string db = dir.path() + "/db";
  auto with_org = [](const std::string& id, const std::string& name) {
    news::Article a = headline_article(id, kOther);
    a.entities = {{"org", "org:acme-co", name, 1}};
    return a;
  };
  DocumentBuilder builder;
  {
    IndexWriter writer(db, IndexWriterOptions());
    writer.add(builder.build(with_org("a", "Acme Co."), false));
    writer.add(builder.build(with_org("b", "ACME Co"), false));
  }
  {
    IndexWriter writer(db, IndexWriterOptions());  // a later run: the name is in the database
    writer.add(builder.build(with_org("c", "Acme Co"), false));
  }
  Xapian::Database d(db);
  CHECK(d.get_metadata(schema::facet_name_key("org:acme-co")) == "Acme Co.");
  CHECK(d.get_document(1).get_value(schema::kSlotOrg) == "acme-co");
}
