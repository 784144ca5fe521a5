// Test helper: a small on-disk index built from articles written in the
// test, through the real DocumentBuilder, IndexWriter and EntityExtractor.
#ifndef NEWS_TESTS_TEST_INDEX_H_
#define NEWS_TESTS_TEST_INDEX_H_

#include <string>
#include <vector>

#include "common/article.h"
#include "common/entities/entity_extractor.h"
#include "tests/e2e/process.h"

namespace news::test {

// An article with the given id, title, body and date (others empty).
Article make_article(const std::string& id, const std::string& title, const std::string& body,
                     const std::string& date = "");

// A wire story of about 50 words: long enough for a near-duplicate
// signature, so that edited copies of it are found as copies.
const std::string& wire_story();

// An article with this id and body, titled "Headline of <id>".
Article headline_article(const std::string& id, const std::string& body);

// `n` ids ("copy-K"), the i-th of which hashes to shard i of `n`
// (ShardedWriter::shard_of of its id term), for tests of cross-shard work.
std::vector<std::string> ids_in_distinct_shards(size_t n);

class TestIndex {
 public:
  // Indexes `articles` (entities extracted) into a fresh database.
  explicit TestIndex(const std::vector<Article>& articles);
  const std::string& path() const { return path_; }
  const EntityExtractor& extractor() const { return extractor_; }

 private:
  TempDir dir_;
  std::string path_;
  EntityExtractor extractor_;
};

}  // namespace news::test

#endif  // NEWS_TESTS_TEST_INDEX_H_
