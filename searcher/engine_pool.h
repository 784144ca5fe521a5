// SearchEngines shared by the HTTP worker threads: a SearchEngine is not
// thread-safe, so each request checks one out for its duration and gives it
// back. At most `max_engines` exist; a request that finds none free waits
// (in arrival order), which also bounds how many searches compete for the
// CPU at once while many more worker threads hold keep-alive connections.
#ifndef NEWS_SEARCHER_ENGINE_POOL_H_
#define NEWS_SEARCHER_ENGINE_POOL_H_

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "common/entities/entity_extractor.h"
#include "searcher/search_engine.h"
#include "searcher/search_types.h"

namespace news {

class EnginePool {
 public:
  // `extractor` must outlive the pool; `max_engines` >= 1. Opens nothing yet.
  EnginePool(std::vector<std::string> dbs, const EntityExtractor& extractor, SearchLimits limits,
             size_t max_engines);

  // An engine for one request, returned to the pool when the lease ends.
  class Lease {
   public:
    Lease(EnginePool* pool, std::unique_ptr<SearchEngine> engine)
        : pool_(pool), engine_(std::move(engine)) {}
    ~Lease() { pool_->give_back(std::move(engine_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    SearchEngine& operator*() const { return *engine_; }
    SearchEngine* operator->() const { return engine_.get(); }

   private:
    EnginePool* pool_;
    std::unique_ptr<SearchEngine> engine_;
  };

  // An idle engine, or a new one while fewer than max_engines exist, else
  // waits for one to come back. Throws DatabaseError if a new one cannot
  // open the databases.
  Lease acquire();

  // Opens one engine now and keeps it idle, so that a bad --db fails at
  // start. Throws DatabaseError.
  void warm_up();

  // Engines opened so far (idle or leased).
  size_t size() const;

 private:
  void give_back(std::unique_ptr<SearchEngine> engine);

  const std::vector<std::string> dbs_;
  const EntityExtractor& extractor_;
  const SearchLimits limits_;
  const size_t max_engines_;
  // The slot columns all engines count facets from (doc_values.h).
  const std::shared_ptr<DocValues> doc_values_ = std::make_shared<DocValues>();
  mutable std::mutex mutex_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<SearchEngine>> idle_;
  size_t opened_ = 0;
  uint64_t next_ticket_ = 0;  // handed to each acquire() in arrival order
  uint64_t now_serving_ = 0;  // the ticket whose turn it is
};

}  // namespace news

#endif  // NEWS_SEARCHER_ENGINE_POOL_H_
