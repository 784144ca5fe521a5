// Tests of ShardedWriter: ids route to a stable shard, the stub lists the
// shards, and near-duplicate copies collapse across shards.
#include "common/index/sharded_writer.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "common/index/index_schema.h"
#include "tests/e2e/process.h"
#include "tests/test_index.h"

using news::DocumentBuilder;
using news::IndexWriterOptions;
using news::ShardedWriter;
using news::test::headline_article;
namespace schema = news::schema;

namespace {

const std::string kWire = news::test::wire_story();

}  // namespace

TEST_CASE("sharded writer: ids route to stable shards listed by the stub", "[sharded_writer]") {
  CHECK(ShardedWriter::shard_of("Qabc", 4) == ShardedWriter::shard_of("Qabc", 4));
  CHECK(ShardedWriter::shard_of("Qabc", 1) == 0);
  news::test::TempDir dir;
  const std::string db = dir.path() + "/db";
  {
    ShardedWriter writer(db, 3, IndexWriterOptions());
    CHECK(writer.shard_count() == 3);
  }
  CHECK(ShardedWriter::list_shards(db).size() == 3);
  CHECK_THROWS(ShardedWriter(db, 2, IndexWriterOptions()));
}

TEST_CASE("sharded writer: copies in different shards share one collapse key", "[sharded_writer]") {
  news::test::TempDir dir;
  const std::string db = dir.path() + "/db";
  const std::vector<std::string> ids = news::test::ids_in_distinct_shards(3);
  DocumentBuilder builder;
  {
    ShardedWriter writer(db, 3, IndexWriterOptions());
    writer.add(builder.build(headline_article(ids[0], kWire), false));
    writer.add(builder.build(headline_article(ids[1], "LONDON (Wire) - " + kWire), false));
    writer.commit();
    writer.add(builder.build(headline_article(ids[2], kWire + " Reporting by Jane Doe."), false));
    // The same id again replaces the article in its own shard.
    writer.add(builder.build(headline_article(ids[1], "PARIS (Wire) - " + kWire), false));
    writer.finish();
  }
  Xapian::Database all(db);  // the stub opens every shard
  CHECK(all.get_doccount() == 3);
  for (const std::string& id : ids) {
    INFO(id);
    Xapian::PostingIterator p = all.postlist_begin(schema::unique_id_term(id));
    REQUIRE(p != all.postlist_end(schema::unique_id_term(id)));
    CHECK(all.get_document(*p).get_value(schema::kSlotCollapse) == ids[0]);
  }
}

TEST_CASE("sharded writer: every facet name goes to the first shard", "[sharded_writer]") {
  news::test::TempDir dir;
  const std::string db = dir.path() + "/db";
  const std::vector<std::string> ids = news::test::ids_in_distinct_shards(3);
  DocumentBuilder builder;
  {
    ShardedWriter writer(db, 3, IndexWriterOptions());
    for (size_t i = 0; i < ids.size(); ++i) {
      news::Article a = headline_article(ids[i], "Story number " + std::to_string(i));
      a.entities = {{"person", "person:p" + std::to_string(i), "P " + std::to_string(i), 1}};
      writer.add(builder.build(a, false));
    }
  }
  const std::vector<std::string> shards = ShardedWriter::list_shards(db);
  REQUIRE(shards.size() == 3);
  const Xapian::Database first(shards[0]), combined(db);
  for (size_t i = 0; i < ids.size(); ++i) {
    const std::string key = schema::facet_name_key("person:p" + std::to_string(i));
    CHECK(first.get_metadata(key) == "P " + std::to_string(i));
    CHECK(combined.get_metadata(key) == "P " + std::to_string(i));
  }
}
