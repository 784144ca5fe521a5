// A bounded, closable multi-producer multi-consumer queue for the indexing
// pipeline. Bounded by item count and by a caller-given cost (bytes), so that
// a burst of huge articles cannot exhaust memory; one item is always
// admitted when the queue is empty, however costly.
#ifndef NEWS_INDEXER_WORK_QUEUE_H_
#define NEWS_INDEXER_WORK_QUEUE_H_

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <utility>

namespace news {

template <typename T>
class WorkQueue {
 public:
  WorkQueue(size_t max_items, size_t max_cost) : max_items_(max_items), max_cost_(max_cost) {}

  // Blocks while full; returns false (dropping the item) if closed.
  bool push(T item, size_t cost) {
    std::unique_lock<std::mutex> lock(mu_);
    not_full_.wait(lock, [&] {
      return closed_ || items_.empty() || (items_.size() < max_items_ && cost_ + cost <= max_cost_);
    });
    if (closed_) return false;
    items_.emplace_back(std::move(item), cost);
    cost_ += cost;
    not_empty_.notify_one();
    return true;
  }

  // Blocks until an item arrives or the queue is closed and drained
  // (then returns nullopt).
  std::optional<T> pop() {
    std::unique_lock<std::mutex> lock(mu_);
    not_empty_.wait(lock, [&] { return closed_ || !items_.empty(); });
    return take(lock);
  }

  // Like pop() but gives up after `timeout`; `*timed_out` says which.
  std::optional<T> pop_for(std::chrono::milliseconds timeout, bool* timed_out) {
    std::unique_lock<std::mutex> lock(mu_);
    *timed_out = !not_empty_.wait_for(lock, timeout, [&] { return closed_ || !items_.empty(); });
    if (*timed_out) return std::nullopt;
    return take(lock);
  }

  // No more pushes; consumers drain what is left.
  void close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
    not_full_.notify_all();
  }

 private:
  std::optional<T> take(std::unique_lock<std::mutex>&) {
    if (items_.empty()) return std::nullopt;
    auto [item, cost] = std::move(items_.front());
    items_.pop_front();
    cost_ -= cost;
    // Waiting producers are woken once the queue is half drained in items
    // and cost (or empty), not at every pop: a full queue would otherwise
    // cost a thread wake-up per item. Consumers never wait while items are
    // left, so the queue always drains that far.
    if (items_.empty() || (items_.size() <= max_items_ / 2 && cost_ <= max_cost_ / 2)) {
      not_full_.notify_all();
    }
    return std::optional<T>(std::move(item));
  }

  const size_t max_items_;
  const size_t max_cost_;
  std::mutex mu_;
  std::condition_variable not_empty_, not_full_;
  std::deque<std::pair<T, size_t>> items_;
  size_t cost_ = 0;
  bool closed_ = false;
};

}  // namespace news

#endif  // NEWS_INDEXER_WORK_QUEUE_H_
