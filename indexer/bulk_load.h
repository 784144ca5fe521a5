// Bulk loading into a database that holds nothing yet: K writer threads
// fill K temporary databases (ParallelWriter), which are merged at the end
// by Xapian's compaction and put in place of the target in one step.
//
// Xapian lets one thread write a database, and that writer is what limits
// an indexing run on several cores; writing K databases at once and
// merging them is Xapian's own recipe for fast bulk loads.
//
// The target is opened for writing first and held open to the end, so that
// its lock keeps a second indexer out as usual. The temporary databases
// live in the folder `<target>.bulk` next to it, created when the load
// starts (one left by a killed run is removed: only the target's lock
// holder writes there). finish() compacts them into that folder and swaps
// the result with the target directory (renameat2's RENAME_EXCHANGE, so the
// path always holds a database that opens: before, the empty one; after,
// the full one), then removes the folder. Until then searchers see the
// empty target, and a crash loses the run's articles, never anything
// indexed before (there was nothing). Between closing the target (its lock
// goes) and the exchange, microseconds pass in which a second indexer could
// open the empty target: its writes would be lost with it.
#ifndef NEWS_INDEXER_BULK_LOAD_H_
#define NEWS_INDEXER_BULK_LOAD_H_

#include <xapian.h>

#include <memory>
#include <string>

#include "common/index/index_writer.h"
#include "indexer/parallel_writer.h"

namespace news {

class BulkLoad {
 public:
  // Opens `path` for writing, creating it. If it holds documents, user
  // metadata or spelling data, closes it again and returns null (the caller
  // then writes to it directly). Throws IndexOpenError (locked, unreadable,
  // or the temporary folder cannot be made).
  static std::unique_ptr<BulkLoad> open_if_empty(const std::string& path, size_t writers,
                                                 const IndexWriterOptions& options,
                                                 size_t batch_size);
  // Removes the temporary folder if finish() did not complete.
  ~BulkLoad();
  BulkLoad(const BulkLoad&) = delete;
  BulkLoad& operator=(const BulkLoad&) = delete;

  ParallelWriter& writer() { return *writer_; }
  // Finishes the writers, merges their databases and swaps the result in
  // place of the target; then the articles are durable and visible. Throws
  // Xapian::Error or std::system_error naming the step that failed (the
  // target is then still the empty database).
  void finish();

  // The folder of the temporary databases of `path`.
  static std::string temp_folder(const std::string& path);
  // Removes the temporary folder a killed bulk load of `path` left; call
  // only while holding the lock of `path` (an open writer).
  static void remove_abandoned(const std::string& path);

 private:
  BulkLoad(const std::string& path, Xapian::WritableDatabase&& target);

  std::string path_;
  std::string temp_;
  Xapian::WritableDatabase target_;
  std::unique_ptr<ParallelWriter> writer_;
  std::vector<std::string> shard_paths_;
};

}  // namespace news

#endif  // NEWS_INDEXER_BULK_LOAD_H_
