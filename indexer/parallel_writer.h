// Writes one run of articles into K databases that were empty when opened,
// one writer thread each, so that a bulk load keeps several cores busy
// with Xapian's own work (bulk_load.h merges the K databases into one).
//
// The caller adds articles in input order from one thread. Each goes to
// the database its id hashes to (ShardedWriter::shard_of), so that a
// repeated id replaces its earlier version there. Near duplicates are
// found here, in memory, over the whole run: the databases were empty, so
// the run's articles are all there is to compare with. Copies are linked
// as IndexWriter links them: a copy gets its original's collapse key, and
// an original without one gets its own id when its first copy arrives (an
// update queued to its database's thread, after the original itself).
//
// Facet display names go to the first database, in input order (the first
// name met for an id stays, as in one database), where a merge keeps them.
// Spelling data goes by word, not by article: each word's counts go to
// the database its hash picks, so that the K spelling tables hold disjoint
// words (a merge adds them up) instead of K copies of the vocabulary.
//
// Each thread commits its database after every `batch_size` of its
// articles and once more at finish(), without waiting for the disk
// (Xapian::DB_NO_SYNC): nothing here is meant to be read until finish()
// has returned, and a crash leaves databases to throw away.
#ifndef NEWS_INDEXER_PARALLEL_WRITER_H_
#define NEWS_INDEXER_PARALLEL_WRITER_H_

#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/index/fingerprint.h"
#include "common/index/index_schema.h"
#include "common/index/index_writer.h"
#include "indexer/work_queue.h"

namespace news {

class ParallelWriter {
 public:
  // Opens (creates) each of `paths`, which must hold no documents; throws
  // IndexOpenError naming the path otherwise.
  ParallelWriter(const std::vector<std::string>& paths, const IndexWriterOptions& options,
                 size_t batch_size);
  // Stops the threads without finishing: what is not committed is lost.
  ~ParallelWriter();
  ParallelWriter(const ParallelWriter&) = delete;
  ParallelWriter& operator=(const ParallelWriter&) = delete;

  // Queues the article for its database's thread (blocks while that queue
  // is full). Throws the first error a writer thread met.
  void add(PreparedDocument&& prepared);
  // Waits until every thread has written and committed all it was given,
  // spelling data included; rethrows the first error a thread met.
  void finish();

  size_t size() const { return shards_.size(); }

 private:
  // One queued operation: an article to add (with the collapse key of its
  // original, or ""), a collapse key to give an article already added,
  // spelling words of other databases' articles, or facet names.
  struct Op {
    enum Kind { kAdd, kSetKey, kSpelling, kNames } kind = kAdd;
    PreparedDocument doc;            // kAdd; kSetKey: only its id_term; kNames: its facet_names
    std::string key;                 // kAdd: the original's key; kSetKey: the key to give
    std::vector<std::string> words;  // kSpelling
  };
  struct Shard {
    std::unique_ptr<IndexWriter> writer;
    std::unique_ptr<WorkQueue<Op>> queue;
    std::thread thread;
  };
  // What the run knows of an article for near-duplicate lookups.
  struct RunArticle {
    const std::string* id_term;  // the key in numbers_
    std::string collapse_key;    // "" until it is a copy or has one
  };

  void run_shard(Shard* shard);
  // The collapse key `prepared` takes from an earlier near duplicate in this
  // run ("" if none), queuing the key for the original if it had none.
  std::string link_copy(const PreparedDocument& prepared, uint32_t self);
  // Keeps the spelling words of `prepared` that belong to `shard` and
  // queues the others for their databases.
  void route_spelling(PreparedDocument* prepared, size_t shard);
  // Takes the names of facet ids not met before in this run, for the first
  // database.
  void route_names(PreparedDocument* prepared);
  // Queues what route_spelling() and route_names() gathered.
  void flush_routed();
  void push(size_t shard, Op&& op);
  void stop();
  void rethrow_error();

  size_t batch_size_;
  std::vector<Shard> shards_;
  std::vector<RunArticle> articles_;                   // by run number - 1
  std::vector<uint32_t> signatures_;                   // kSignatureSize per run number - 1
  std::unordered_map<std::string, uint32_t> numbers_;  // id term -> run number
  BandIndex bands_;                                    // band -> run number
  std::vector<std::vector<std::string>> spelling_;     // per shard, not yet queued
  std::unordered_set<std::string> named_;              // facet ids whose name is taken
  std::vector<schema::FacetValue> names_;              // names not yet queued
  std::mutex error_mu_;
  std::exception_ptr error_;
  bool finished_ = false;
};

}  // namespace news

#endif  // NEWS_INDEXER_PARALLEL_WRITER_H_
