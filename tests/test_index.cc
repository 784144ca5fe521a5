// Test helper; see test_index.h.
#include "tests/test_index.h"

#include "common/index/index_schema.h"
#include "common/index/index_writer.h"
#include "common/index/sharded_writer.h"
#include "indexer/index_pipeline.h"

namespace news::test {

Article make_article(const std::string& id, const std::string& title, const std::string& body,
                     const std::string& date) {
  Article a;
  a.id = id;
  a.title = title;
  a.body = body;
  a.date = date;
  return a;
}

const std::string& wire_story() {
  static const std::string story =
      "The central bank raised its benchmark interest rate by a quarter point on Tuesday, "
      "citing persistent inflation in services and a labour market that remains tight. "
      "Officials said further increases were possible if price pressures did not ease, "
      "while markets had expected the move after last month's strong jobs report.";
  return story;
}

Article headline_article(const std::string& id, const std::string& body) {
  return make_article(id, "Headline of " + id, body);
}

std::vector<std::string> ids_in_distinct_shards(size_t n) {
  std::vector<std::string> ids(n);
  for (size_t i = 0, found = 0; found < n; ++i) {
    const std::string id = "copy-" + std::to_string(i);
    std::string& slot = ids[ShardedWriter::shard_of(schema::unique_id_term(id), n)];
    if (slot.empty()) {
      slot = id;
      ++found;
    }
  }
  return ids;
}

TestIndex::TestIndex(const std::vector<Article>& articles) : path_(dir_.path() + "/db") {
  IndexWriter writer(path_, IndexWriterOptions());
  DocumentBuilder builder;
  for (Article a : articles) {
    annotate_entities(extractor_, &a);
    writer.add(builder.build(a, true));
  }
  writer.commit();
}

}  // namespace news::test
