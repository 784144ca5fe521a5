// Test helper; see test_index.h.
#include "tests/test_index.h"

#include "common/index/index_writer.h"
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
