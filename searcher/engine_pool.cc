// Checking SearchEngines out per request; see engine_pool.h.
#include "searcher/engine_pool.h"

namespace news {

EnginePool::EnginePool(std::vector<std::string> dbs, const EntityExtractor& extractor,
                       SearchLimits limits, size_t max_engines)
    : dbs_(std::move(dbs)),
      extractor_(extractor),
      limits_(limits),
      max_engines_(max_engines < 1 ? 1 : max_engines) {}

EnginePool::Lease EnginePool::acquire() {
  {
    std::unique_lock<std::mutex> lock(mutex_);
    // First come, first served: without the tickets a request could lose
    // every wake-up to newer ones and wait for many seconds under load.
    const uint64_t ticket = next_ticket_++;
    returned_.wait(
        lock, [&] { return ticket == now_serving_ && (!idle_.empty() || opened_ < max_engines_); });
    ++now_serving_;
    returned_.notify_all();  // the next ticket may be servable too
    if (!idle_.empty()) {
      std::unique_ptr<SearchEngine> engine = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(engine));
    }
    ++opened_;  // reserved; opened below without holding the lock
  }
  try {
    auto engine = std::make_unique<SearchEngine>(dbs_, extractor_, limits_);
    engine->use_doc_values(doc_values_);
    return Lease(this, std::move(engine));
  } catch (...) {
    std::lock_guard<std::mutex> lock(mutex_);
    --opened_;
    returned_.notify_all();
    throw;
  }
}

void EnginePool::warm_up() { Lease lease = acquire(); }

size_t EnginePool::size() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return opened_;
}

void EnginePool::give_back(std::unique_ptr<SearchEngine> engine) {
  if (!engine) return;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    idle_.push_back(std::move(engine));
  }
  returned_.notify_all();
}

}  // namespace news
