// Tests of ParallelWriter: articles go to the database their id hashes to,
// copies are linked across databases, facet names go to the first database
// in input order, and spelling words are spread over the databases by word.
#include "indexer/parallel_writer.h"

#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

#include "common/index/index_schema.h"
#include "common/index/sharded_writer.h"
#include "tests/e2e/process.h"
#include "tests/test_index.h"

using news::DocumentBuilder;
using news::IndexWriterOptions;
using news::ParallelWriter;
using news::ShardedWriter;
using news::test::headline_article;
namespace schema = news::schema;

namespace {

const std::string kWire = news::test::wire_story();

std::vector<std::string> part_paths(const news::test::TempDir& dir, size_t n) {
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) out.push_back(dir.path() + "/part-" + std::to_string(i));
  return out;
}

std::string collapse_key(const Xapian::Database& db, const std::string& id) {
  Xapian::PostingIterator p = db.postlist_begin(schema::unique_id_term(id));
  if (p == db.postlist_end(schema::unique_id_term(id))) return "<missing>";
  return db.get_document(*p).get_value(schema::kSlotCollapse);
}

}  // namespace

TEST_CASE("parallel writer: each id goes to its part, a repeated id replaces",
          "[parallel_writer]") {
  news::test::TempDir dir;
  const std::vector<std::string> paths = part_paths(dir, 2);
  DocumentBuilder builder;
  {
    ParallelWriter writer(paths, IndexWriterOptions(), 3);
    for (int i = 0; i < 20; ++i) {
      writer.add(builder.build(headline_article("a" + std::to_string(i), "Story"), false));
    }
    writer.add(builder.build(headline_article("a7", "Story again, changed"), false));
    writer.finish();
  }
  size_t total = 0;
  for (size_t part = 0; part < paths.size(); ++part) {
    Xapian::Database db(paths[part]);
    total += db.get_doccount();
    for (int i = 0; i < 20; ++i) {
      const std::string term = schema::unique_id_term("a" + std::to_string(i));
      CHECK((db.get_termfreq(term) == 1) == (ShardedWriter::shard_of(term, 2) == part));
    }
  }
  CHECK(total == 20);
  Xapian::Database a7(paths[ShardedWriter::shard_of(schema::unique_id_term("a7"), 2)]);
  CHECK(a7.get_termfreq("changed") == 1);
}

TEST_CASE("parallel writer: copies in different parts share one collapse key",
          "[parallel_writer]") {
  news::test::TempDir dir;
  const std::vector<std::string> paths = part_paths(dir, 2);
  const std::vector<std::string> ids = news::test::ids_in_distinct_shards(2);
  DocumentBuilder builder;
  {
    ParallelWriter writer(paths, IndexWriterOptions(), 100);
    writer.add(builder.build(headline_article(ids[1], kWire), false));
    writer.add(builder.build(headline_article("other", "A different story entirely."), false));
    writer.add(builder.build(headline_article(ids[0], "LONDON (Wire) - " + kWire), false));
    writer.add(builder.build(headline_article("third", kWire + " Reporting by Jane Doe."), false));
    writer.finish();
  }
  Xapian::Database all;
  for (const std::string& p : paths) all.add_database(Xapian::Database(p));
  // The first copy in input order is the original, whatever its part.
  CHECK(collapse_key(all, ids[1]) == ids[1]);
  CHECK(collapse_key(all, ids[0]) == ids[1]);
  CHECK(collapse_key(all, "third") == ids[1]);
  CHECK(collapse_key(all, "other").empty());
}

TEST_CASE("parallel writer: names go to the first part, first name met stays",
          "[parallel_writer]") {
  news::test::TempDir dir;
  const std::vector<std::string> paths = part_paths(dir, 2);
  const std::vector<std::string> ids = news::test::ids_in_distinct_shards(2);
  DocumentBuilder builder;
  {
    ParallelWriter writer(paths, IndexWriterOptions(), 100);
    news::Article first = headline_article(ids[1], "Story one");
    first.entities = {{"person", "person:jane-doe", "Jane Doe", 1}};
    news::Article second = headline_article(ids[0], "Story two");
    second.entities = {{"person", "person:jane-doe", "JANE DOE", 1}};
    writer.add(builder.build(first, false));
    writer.add(builder.build(second, false));
    writer.finish();
  }
  const std::string key = schema::facet_name_key("person:jane-doe");
  CHECK(Xapian::Database(paths[0]).get_metadata(key) == "Jane Doe");
  CHECK(Xapian::Database(paths[1]).get_metadata(key).empty());
}

TEST_CASE("parallel writer: spelling words are spread over the parts by word",
          "[parallel_writer]") {
  news::test::TempDir dir;
  const std::vector<std::string> paths = part_paths(dir, 2);
  DocumentBuilder builder;
  std::vector<news::Article> articles;
  for (int i = 0; i < 12; ++i) {
    articles.push_back(headline_article("s" + std::to_string(i),
                                        "Markets rallied while bankers watched the currency."));
  }
  {
    ParallelWriter writer(paths, IndexWriterOptions(), 5);
    for (const news::Article& a : articles) writer.add(builder.build(a, true));
    writer.finish();
  }
  // Each word is in exactly one part, with the count of all articles.
  std::map<std::string, std::vector<Xapian::doccount>> freqs;
  for (const std::string& p : paths) {
    Xapian::Database db(p);
    for (auto it = db.spellings_begin(); it != db.spellings_end(); ++it) {
      freqs[*it].push_back(it.get_termfreq());
    }
  }
  REQUIRE(freqs.count("markets") == 1);
  for (const auto& [word, counts] : freqs) {
    INFO(word);
    CHECK(counts.size() == 1);
  }
  CHECK(freqs["markets"] == std::vector<Xapian::doccount>{12});
  CHECK(freqs["currency"] == std::vector<Xapian::doccount>{12});
}

TEST_CASE("parallel writer: refuses a database that holds documents", "[parallel_writer]") {
  news::test::TempDir dir;
  const std::vector<std::string> paths = part_paths(dir, 2);
  {
    Xapian::WritableDatabase db(paths[1], Xapian::DB_CREATE_OR_OPEN);
    db.add_document(Xapian::Document());
    db.commit();
  }
  CHECK_THROWS_AS(ParallelWriter(paths, IndexWriterOptions(), 10), news::IndexOpenError);
}
