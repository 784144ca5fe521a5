// Checking SearchEngines out per request; see engine_pool.h.
#include "searcher/engine_pool.h"

namespace news {

EnginePool::EnginePool(std::vector<std::string> dbs, const EntityExtractor& extractor,
                       SearchLimits limits)
    : dbs_(std::move(dbs)), extractor_(extractor), limits_(limits) {}

EnginePool::Lease EnginePool::acquire() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      std::unique_ptr<SearchEngine> engine = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(engine));
    }
  }
  // Opening takes a while; others may take and return engines meanwhile.
  auto engine = std::make_unique<SearchEngine>(dbs_, extractor_, limits_);
  std::lock_guard<std::mutex> lock(mutex_);
  ++opened_;
  return Lease(this, std::move(engine));
}

void EnginePool::warm_up() { Lease lease = acquire(); }

size_t EnginePool::size() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return opened_;
}

void EnginePool::give_back(std::unique_ptr<SearchEngine> engine) {
  if (!engine) return;
  std::lock_guard<std::mutex> lock(mutex_);
  idle_.push_back(std::move(engine));
}

}  // namespace news
