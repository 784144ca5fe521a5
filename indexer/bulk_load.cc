// Parallel load into temporary databases, merged and swapped in; see bulk_load.h.
#include "indexer/bulk_load.h"

#include <fcntl.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <system_error>

namespace news {

namespace fs = std::filesystem;

namespace {

// `path` absolute, symlinks resolved, without a trailing separator.
std::string resolved(const std::string& path) {
  std::error_code ec;
  std::string out = fs::weakly_canonical(fs::absolute(path), ec).string();
  if (ec) out = fs::absolute(path).string();
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  return out;
}

bool holds_nothing(const Xapian::Database& db) {
  return db.get_doccount() == 0 && db.metadata_keys_begin() == db.metadata_keys_end() &&
         db.spellings_begin() == db.spellings_end() &&
         db.synonym_keys_begin() == db.synonym_keys_end();
}

// Swaps the directories `a` and `b` in one step where the filesystem can.
void exchange_directories(const std::string& a, const std::string& b, const std::string& spare) {
  if (renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) == 0) return;
  if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) {
    throw std::system_error(errno, std::generic_category(), "cannot move " + a + " to " + b);
  }
  // No exchange on this filesystem: two renames (a crash between them
  // leaves no database at `b`, and the merged one at `a`).
  fs::rename(b, spare);
  fs::rename(a, b);
}

}  // namespace

std::string BulkLoad::temp_folder(const std::string& path) { return resolved(path) + ".bulk"; }

void BulkLoad::remove_abandoned(const std::string& path) {
  std::error_code ec;
  fs::remove_all(temp_folder(path), ec);
}

BulkLoad::BulkLoad(const std::string& path, Xapian::WritableDatabase&& target)
    : path_(resolved(path)), temp_(path_ + ".bulk"), target_(std::move(target)) {}

std::unique_ptr<BulkLoad> BulkLoad::open_if_empty(const std::string& path, size_t writers,
                                                  const IndexWriterOptions& options,
                                                  size_t batch_size) {
  Xapian::WritableDatabase target = open_for_writing(path);
  if (!holds_nothing(target)) {
    target.close();
    return nullptr;
  }
  std::unique_ptr<BulkLoad> load(new BulkLoad(path, std::move(target)));
  // Holding the target's lock, any temporary folder is a killed run's.
  remove_abandoned(path);
  std::error_code ec;
  fs::create_directory(load->temp_, ec);
  if (ec) throw IndexOpenError(load->temp_ + ": cannot create folder: " + ec.message());
  for (size_t i = 0; i < writers; ++i) {
    load->shard_paths_.push_back(load->temp_ + "/part-" + std::to_string(i));
  }
  load->writer_ = std::make_unique<ParallelWriter>(load->shard_paths_, options, batch_size);
  return load;
}

BulkLoad::~BulkLoad() {
  try {
    writer_.reset();
    target_.close();
  } catch (const Xapian::Error&) {
    // closing the empty target or abandoned parts: nothing to keep
  }
  std::error_code ec;
  fs::remove_all(temp_, ec);
}

void BulkLoad::finish() {
  writer_->finish();
  writer_.reset();  // closes the parts
  Xapian::Database parts;
  for (const std::string& p : shard_paths_) parts.add_database(Xapian::Database(p));
  if (parts.get_doccount() == 0) return;  // nothing was written: the target stays as it is
  // Standard compaction (blocks not packed full), so that later runs
  // adding to the database do not split every block they touch.
  const std::string merged = temp_ + "/merged";
  parts.compact(merged);
  parts.close();
  target_.close();
  exchange_directories(merged, path_, temp_ + "/empty");
}

}  // namespace news
