// One database or N shards; see sharded_writer.h.
#include "common/index/sharded_writer.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/index/index_schema.h"

namespace news {

namespace fs = std::filesystem;

namespace {

constexpr char kStubFile[] = "XAPIANDB";

std::string shard_name(size_t i) {
  const std::string n = std::to_string(i);
  return "shard-" + std::string(n.size() < 2 ? 2 - n.size() : 0, '0') + n;
}

}  // namespace

size_t ShardedWriter::shard_of(const std::string& id, size_t n) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : id) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return n == 0 ? 0 : static_cast<size_t>(h % n);
}

std::vector<std::string> ShardedWriter::list_shards(const std::string& dir) {
  std::vector<std::string> out;
  std::ifstream stub(fs::path(dir) / kStubFile);
  if (!stub) return out;
  std::string line;
  while (std::getline(stub, line)) {
    std::istringstream words(line);
    std::string type, rel;
    if (words >> type >> rel && type == "auto") out.push_back((fs::path(dir) / rel).string());
  }
  return out;
}

ShardedWriter::ShardedWriter(const std::string& path, size_t shards,
                             const IndexWriterOptions& options) {
  std::error_code ec;
  std::vector<std::string> existing = list_shards(path);
  const bool exists = fs::exists(path, ec);
  if (exists && existing.empty() && shards > 1) {
    throw IndexOpenError(path + ": is a single database; --shards " + std::to_string(shards) +
                         " needs a new --db directory");
  }
  if (!existing.empty() && shards > 0 && shards != existing.size()) {
    throw IndexOpenError(path + ": has " + std::to_string(existing.size()) + " shards, not " +
                         std::to_string(shards));
  }
  if (existing.empty() && shards > 1) {
    // A new sharded layout: the shard folders, then the stub that lists them.
    fs::create_directories(path, ec);
    if (ec) throw IndexOpenError(path + ": cannot create directory: " + ec.message());
    std::ofstream stub(fs::path(path) / kStubFile);
    for (size_t i = 0; i < shards; ++i) {
      stub << "auto " << shard_name(i) << "\n";
      existing.push_back((fs::path(path) / shard_name(i)).string());
    }
    if (!stub.flush()) throw IndexOpenError(path + ": cannot write the shard list " + kStubFile);
  }
  if (existing.empty()) existing.push_back(path);
  for (const std::string& shard : existing) {
    writers_.push_back(std::make_unique<IndexWriter>(shard, options));
  }
}

void ShardedWriter::add(PreparedDocument&& prepared) {
  // The id term is "Q" + id (or its shortened form): hash the id term, which
  // is stable for a given id.
  const size_t target = shard_of(prepared.id_term, writers_.size());
  // Every facet name goes to the first shard: a combined database (the
  // stub file) reads metadata from its first database only.
  if (writers_.size() > 1) {
    writers_[0]->record_names(prepared.facet_names);
    prepared.facet_names.clear();
  }
  if (writers_.size() == 1 || prepared.signature.empty()) {
    writers_[target]->add(std::move(prepared));
    return;
  }
  // Ids hash to shards, stories do not: a syndicated copy may sit in any
  // shard, so all are asked (its own first), and copies collapse across
  // shards as in one database.
  std::string original = writers_[target]->original_of(prepared, true);
  for (size_t i = 0; original.empty() && i < writers_.size(); ++i) {
    if (i != target) original = writers_[i]->original_of(prepared, false);
  }
  writers_[target]->add(std::move(prepared), &original);
}

bool ShardedWriter::remove(const std::string& id) {
  return writers_[shard_of(schema::unique_id_term(id), writers_.size())]->remove(id);
}

void ShardedWriter::commit() {
  for (auto& w : writers_) w->commit();
}

void ShardedWriter::finish() {
  for (auto& w : writers_) w->finish();
}

size_t ShardedWriter::pending() const {
  size_t n = 0;
  for (const auto& w : writers_) n += w->pending();
  return n;
}

}  // namespace news
