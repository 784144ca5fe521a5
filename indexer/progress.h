// A progress bar for long indexing runs, drawn on stderr when it is a
// terminal: bytes of input done out of the total, articles, errors and rate.
// All methods are thread-safe; a disabled Progress does nothing.
#ifndef NEWS_INDEXER_PROGRESS_H_
#define NEWS_INDEXER_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <mutex>
#include <ostream>
#include <string>
#include <vector>

namespace news {

// Total size in bytes of the regular files under `paths` (recursively;
// "-" and unreadable entries count 0). Used only for the bar.
uint64_t total_input_bytes(const std::vector<std::string>& paths);

class Progress {
 public:
  Progress(bool enabled, std::ostream& out);
  void set_total_bytes(uint64_t total);
  // Tells which file ("path" or "path:line") the reader is in; the bytes of
  // each file count as done once the reader moves past it.
  void note_origin(const std::string& origin);
  // Redraws at most a few times a second.
  void update(size_t articles, size_t errors);
  // Erases the bar so that a message can be printed on a clean line.
  void clear_line();
  // Draws the final state and ends the line.
  void finish(size_t articles, size_t errors);

 private:
  void draw(size_t articles, size_t errors);

  const bool enabled_;
  std::ostream& out_;
  std::mutex mu_;
  uint64_t total_ = 0, done_ = 0;
  std::string current_file_;
  uint64_t current_size_ = 0;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace news

#endif  // NEWS_INDEXER_PROGRESS_H_
