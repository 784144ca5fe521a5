// Writes articles into one database or into N shards, each article to the
// shard chosen by a stable hash of its id (so indexing it again lands in the
// same shard and replaces it).
//
// Facet display names (metadata) are all written to the first shard, where
// a combined database reads metadata. Near duplicates are looked up in every shard, so that
// syndicated copies collapse as they would in one database.
//
// A sharded database is a directory holding shard-00 ... shard-NN and a
// Xapian stub file XAPIANDB that lists them, so that anything opening the
// directory with Xapian (news-searcher --db DIR, xapian-delve) sees all
// shards as one database. Commits go shard by shard: a crash between two of
// them leaves each shard consistent, at most one batch apart.
#ifndef NEWS_COMMON_INDEX_SHARDED_WRITER_H_
#define NEWS_COMMON_INDEX_SHARDED_WRITER_H_

#include <memory>
#include <string>
#include <vector>

#include "common/index/index_writer.h"

namespace news {

class ShardedWriter {
 public:
  // Opens `path`. `shards` = 0 keeps the layout the path already has (one
  // database if new); `shards` >= 1 asks for that many and must agree with
  // an existing layout. Throws IndexOpenError naming the path and problem.
  ShardedWriter(const std::string& path, size_t shards, const IndexWriterOptions& options);

  void add(PreparedDocument&& prepared);
  bool remove(const std::string& id);
  void commit();
  void finish();  // IndexWriter::finish() on every shard
  size_t pending() const;
  size_t shard_count() const { return writers_.size(); }

  // The shard of an id among `n` shards (FNV-1a of the id, mod n).
  static size_t shard_of(const std::string& id, size_t n);
  // The shard directories listed by DIR/XAPIANDB, or empty if DIR is not
  // a sharded database.
  static std::vector<std::string> list_shards(const std::string& dir);

 private:
  std::vector<std::unique_ptr<IndexWriter>> writers_;
};

}  // namespace news

#endif  // NEWS_COMMON_INDEX_SHARDED_WRITER_H_
