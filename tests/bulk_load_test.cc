// Tests of BulkLoad: only an empty target is bulk loaded, the merged
// database takes the target's place with every article, the temporary
// folder goes away (also one a killed run left), and the target stays
// locked against a second indexer meanwhile.
#include "indexer/bulk_load.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "common/index/index_schema.h"
#include "common/index/sharded_writer.h"
#include "tests/e2e/process.h"
#include "tests/test_index.h"

using news::BulkLoad;
using news::DocumentBuilder;
using news::IndexWriterOptions;
using news::test::headline_article;
namespace fs = std::filesystem;
namespace schema = news::schema;

TEST_CASE("bulk load: a new target gets every article, merged", "[bulk_load]") {
  news::test::TempDir dir;
  const std::string db = dir.path() + "/db";
  DocumentBuilder builder;
  {
    auto load = BulkLoad::open_if_empty(db, 2, IndexWriterOptions(), 4);
    REQUIRE(load != nullptr);
    CHECK(fs::is_directory(BulkLoad::temp_folder(db)));
    // The target is locked while the load runs.
    CHECK_THROWS_WITH(news::IndexWriter(db, IndexWriterOptions()),
                      Catch::Contains("locked by another indexer"));
    for (int i = 0; i < 30; ++i) {
      load->writer().add(
          builder.build(headline_article("b" + std::to_string(i), "Grain exports rose."), true));
    }
    // Nothing is visible before the merge.
    CHECK(Xapian::Database(db).get_doccount() == 0);
    load->finish();
  }
  CHECK_FALSE(fs::exists(BulkLoad::temp_folder(db)));
  Xapian::Database merged(db);
  CHECK(merged.get_doccount() == 30);
  for (int i = 0; i < 30; ++i) {
    CHECK(merged.term_exists(schema::unique_id_term("b" + std::to_string(i))));
  }
  CHECK(merged.get_spelling_suggestion("graim") == "grain");
  // Later runs write to it directly.
  CHECK(BulkLoad::open_if_empty(db, 2, IndexWriterOptions(), 4) == nullptr);
  news::IndexWriter again(db, IndexWriterOptions());
  CHECK(again.database().get_doccount() == 30);
}

TEST_CASE("bulk load: a target that holds articles is left to direct writes", "[bulk_load]") {
  news::test::TempDir dir;
  const std::string db = dir.path() + "/db";
  DocumentBuilder builder;
  {
    news::IndexWriter writer(db, IndexWriterOptions());
    writer.add(builder.build(headline_article("old", "An older story."), false));
  }
  CHECK(BulkLoad::open_if_empty(db, 2, IndexWriterOptions(), 4) == nullptr);
  CHECK_FALSE(fs::exists(BulkLoad::temp_folder(db)));
  // It closed the database again: a direct writer opens it.
  news::IndexWriter writer(db, IndexWriterOptions());
  CHECK(writer.database().get_doccount() == 1);
}

TEST_CASE("bulk load: an abandoned load leaves the empty target and no parts", "[bulk_load]") {
  news::test::TempDir dir;
  const std::string db = dir.path() + "/db";
  // A folder a killed run left behind.
  fs::create_directories(BulkLoad::temp_folder(db) + "/part-0");
  std::ofstream(BulkLoad::temp_folder(db) + "/part-0/junk") << "x";
  DocumentBuilder builder;
  {
    auto load = BulkLoad::open_if_empty(db, 2, IndexWriterOptions(), 4);
    REQUIRE(load != nullptr);
    CHECK_FALSE(fs::exists(BulkLoad::temp_folder(db) + "/part-0/junk"));
    load->writer().add(builder.build(headline_article("lost", "Never merged."), false));
    // destroyed without finish(), as when the run fails
  }
  CHECK_FALSE(fs::exists(BulkLoad::temp_folder(db)));
  CHECK(Xapian::Database(db).get_doccount() == 0);
}

TEST_CASE("bulk load: a run without articles leaves the target empty", "[bulk_load]") {
  news::test::TempDir dir;
  const std::string db = dir.path() + "/db";
  {
    auto load = BulkLoad::open_if_empty(db, 2, IndexWriterOptions(), 4);
    REQUIRE(load != nullptr);
    load->finish();
  }
  CHECK_FALSE(fs::exists(BulkLoad::temp_folder(db)));
  CHECK(Xapian::Database(db).get_doccount() == 0);
}

TEST_CASE("bulk load: a target given through a symlink is loaded where it points", "[bulk_load]") {
  news::test::TempDir dir;
  const std::string real = dir.path() + "/real", link = dir.path() + "/link";
  fs::create_directory(real);
  fs::create_directory_symlink(real, link);
  DocumentBuilder builder;
  {
    auto load = BulkLoad::open_if_empty(link, 2, IndexWriterOptions(), 4);
    REQUIRE(load != nullptr);
    load->writer().add(builder.build(headline_article("s1", "Through a link."), false));
    load->finish();
  }
  CHECK(fs::is_symlink(link));
  CHECK(Xapian::Database(real).get_doccount() == 1);
  CHECK_FALSE(fs::exists(real + ".bulk"));
}
