// The indexing progress bar; see progress.h.
#include "indexer/progress.h"

#include <cstdio>
#include <filesystem>
#include <system_error>

namespace news {

namespace fs = std::filesystem;

uint64_t total_input_bytes(const std::vector<std::string>& paths) {
  uint64_t total = 0;
  for (const std::string& p : paths) {
    if (p == "-") continue;
    std::error_code ec;
    if (fs::is_regular_file(p, ec)) {
      total += fs::file_size(p, ec);
      continue;
    }
    fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code ec2;
      if (it->is_regular_file(ec2)) total += it->file_size(ec2);
    }
  }
  return total;
}

Progress::Progress(bool enabled, std::ostream& out)
    : enabled_(enabled), out_(out), start_(std::chrono::steady_clock::now()) {}

void Progress::set_total_bytes(uint64_t total) {
  std::lock_guard<std::mutex> lock(mu_);
  total_ = total;
}

void Progress::note_origin(const std::string& origin) {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mu_);
  // "path:line" -> "path" for line-oriented formats.
  std::string file = origin;
  const size_t colon = file.rfind(':');
  if (colon != std::string::npos && colon + 1 < file.size() &&
      file.find_first_not_of("0123456789", colon + 1) == std::string::npos) {
    file.resize(colon);
  }
  if (file == current_file_) return;
  done_ += current_size_;
  current_file_ = file;
  std::error_code ec;
  current_size_ = fs::is_regular_file(file, ec) ? fs::file_size(file, ec) : 0;
  if (ec) current_size_ = 0;
}

void Progress::update(size_t articles, size_t errors) {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mu_);
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(250)) return;
  last_draw_ = now;
  draw(articles, errors);
}

void Progress::clear_line() {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mu_);
  if (drawn_) out_ << "\r\033[K";
  drawn_ = false;
}

void Progress::finish(size_t articles, size_t errors) {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mu_);
  done_ = total_;
  draw(articles, errors);
  out_ << "\n";
  out_.flush();
}

void Progress::draw(size_t articles, size_t errors) {
  constexpr int kWidth = 30;
  const double fraction = total_ > 0 ? std::min(1.0, static_cast<double>(done_) / total_) : 0.0;
  const int filled = static_cast<int>(fraction * kWidth);
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  char line[160];
  std::snprintf(line, sizeof line,
                "\r[%s%s] %3.0f%%  %zu articles  %zu errors  %.0f articles/s\033[K",
                std::string(filled, '#').c_str(), std::string(kWidth - filled, '.').c_str(),
                fraction * 100, articles, errors, secs > 0 ? articles / secs : 0.0);
  out_ << line;
  out_.flush();
  drawn_ = true;
}

}  // namespace news
