// One writer thread per database; see parallel_writer.h.
#include "indexer/parallel_writer.h"

#include <algorithm>
#include <cstring>

#include "common/index/index_schema.h"
#include "common/index/sharded_writer.h"

namespace news {

namespace {

// As IndexWriter: at most this many candidates per band are compared.
constexpr size_t kMaxPerBand = 64;
// Operations waiting per writer thread (each holds a built document).
constexpr size_t kQueueItems = 256;
// Spelling words of other databases are queued in lots of this many.
constexpr size_t kSpellingLot = 8192;

double similarity(const uint32_t* stored, const Signature& sig) {
  size_t equal = 0;
  for (size_t k = 0; k < kSignatureSize; ++k) equal += stored[k] == sig[k];
  return static_cast<double>(equal) / kSignatureSize;
}

}  // namespace

ParallelWriter::ParallelWriter(const std::vector<std::string>& paths,
                               const IndexWriterOptions& options, size_t batch_size)
    : batch_size_(std::max<size_t>(1, batch_size)), shards_(paths.size()), spelling_(paths.size()) {
  IndexWriterOptions shard_options = options;
  shard_options.remember_bands = false;  // copies are linked here, over all shards
  shard_options.sync = false;
  for (size_t i = 0; i < paths.size(); ++i) {
    shards_[i].writer = std::make_unique<IndexWriter>(paths[i], shard_options);
    if (shards_[i].writer->database().get_doccount() != 0) {
      throw IndexOpenError(paths[i] + ": holds documents; a parallel load needs empty databases");
    }
    shards_[i].queue = std::make_unique<WorkQueue<Op>>(kQueueItems, kQueueItems);
  }
  for (Shard& shard : shards_) shard.thread = std::thread([this, &shard] { run_shard(&shard); });
}

ParallelWriter::~ParallelWriter() { stop(); }

void ParallelWriter::stop() {
  for (Shard& shard : shards_) {
    if (shard.queue) shard.queue->close();
  }
  for (Shard& shard : shards_) {
    if (shard.thread.joinable()) shard.thread.join();
  }
}

void ParallelWriter::run_shard(Shard* shard) {
  try {
    while (std::optional<Op> op = shard->queue->pop()) {
      switch (op->kind) {
        case Op::kSetKey:
          shard->writer->set_collapse_key(op->doc.id_term, op->key);
          break;
        case Op::kSpelling:
          shard->writer->add_spelling_words(std::move(op->words));
          break;
        case Op::kNames:
          shard->writer->record_names(op->doc.facet_names);
          break;
        case Op::kAdd:
          shard->writer->add(std::move(op->doc), &op->key);
          if (shard->writer->pending() >= batch_size_) shard->writer->commit();
          break;
      }
    }
    std::lock_guard<std::mutex> lock(error_mu_);
    if (error_) return;  // another thread failed: the run is lost anyway
  } catch (...) {
    {
      std::lock_guard<std::mutex> lock(error_mu_);
      if (!error_) error_ = std::current_exception();
    }
    for (Shard& s : shards_) s.queue->close();
    return;
  }
  try {
    shard->writer->finish();
  } catch (...) {
    std::lock_guard<std::mutex> lock(error_mu_);
    if (!error_) error_ = std::current_exception();
  }
}

void ParallelWriter::rethrow_error() {
  std::lock_guard<std::mutex> lock(error_mu_);
  if (error_) std::rethrow_exception(error_);
}

std::string ParallelWriter::link_copy(const PreparedDocument& prepared, uint32_t self) {
  if (prepared.signature.size() != kSignatureSize) return "";
  // Candidates ascend, so the first near duplicate is the run's earliest.
  for (uint32_t n : bands_.candidates(prepared.signature, kMaxPerBand)) {
    if (n == self) continue;
    if (similarity(&signatures_[(n - 1) * kSignatureSize], prepared.signature) <
        kNearDuplicateSimilarity) {
      continue;
    }
    RunArticle& original = articles_[n - 1];
    if (original.collapse_key.empty()) {
      // Its first copy: the original takes its own id as the key.
      original.collapse_key = original.id_term->substr(std::strlen(schema::kIdPrefix));
      Op op;
      op.kind = Op::kSetKey;
      op.doc.id_term = *original.id_term;
      op.key = original.collapse_key;
      push(ShardedWriter::shard_of(op.doc.id_term, shards_.size()), std::move(op));
    }
    return original.collapse_key;
  }
  return "";
}

void ParallelWriter::add(PreparedDocument&& prepared) {
  rethrow_error();
  auto [it, inserted] = numbers_.try_emplace(prepared.id_term, 0);
  if (inserted) {
    articles_.push_back(RunArticle{&it->first, ""});
    signatures_.resize(signatures_.size() + kSignatureSize, 0);
    it->second = static_cast<uint32_t>(articles_.size());
  }
  const uint32_t self = it->second;
  const std::string original = link_copy(prepared, self);
  articles_[self - 1].collapse_key = original;
  uint32_t* stored = &signatures_[(self - 1) * kSignatureSize];
  if (prepared.signature.size() == kSignatureSize) {
    std::copy(prepared.signature.begin(), prepared.signature.end(), stored);
    bands_.add(prepared.signature, self);
  } else {
    std::fill(stored, stored + kSignatureSize, 0);
  }
  const size_t shard = ShardedWriter::shard_of(prepared.id_term, shards_.size());
  route_spelling(&prepared, shard);
  route_names(&prepared);
  Op op;
  op.doc = std::move(prepared);
  op.key = original;
  push(shard, std::move(op));
}

void ParallelWriter::route_spelling(PreparedDocument* prepared, size_t shard) {
  if (shards_.size() < 2 || prepared->spelling_words.empty()) return;
  std::vector<std::string> own;
  for (std::string& w : prepared->spelling_words) {
    const size_t to = std::hash<std::string>()(w) % shards_.size();
    if (to == shard) {
      own.push_back(std::move(w));
      continue;
    }
    spelling_[to].push_back(std::move(w));
    if (spelling_[to].size() >= kSpellingLot) {
      Op op;
      op.kind = Op::kSpelling;
      op.words.swap(spelling_[to]);
      push(to, std::move(op));
    }
  }
  prepared->spelling_words = std::move(own);
}

void ParallelWriter::route_names(PreparedDocument* prepared) {
  for (schema::FacetValue& v : prepared->facet_names) {
    if (!v.name.empty() && named_.insert(v.id).second) names_.push_back(std::move(v));
  }
  prepared->facet_names.clear();
  if (names_.size() >= kSpellingLot) flush_routed();
}

void ParallelWriter::flush_routed() {
  for (size_t i = 0; i < shards_.size(); ++i) {
    if (spelling_[i].empty()) continue;
    Op op;
    op.kind = Op::kSpelling;
    op.words.swap(spelling_[i]);
    push(i, std::move(op));
  }
  if (!names_.empty()) {
    Op op;
    op.kind = Op::kNames;
    op.doc.facet_names.swap(names_);
    push(0, std::move(op));
  }
}

void ParallelWriter::push(size_t shard, Op&& op) {
  if (!shards_[shard].queue->push(std::move(op), 1)) rethrow_error();
}

void ParallelWriter::finish() {
  if (finished_) return;
  finished_ = true;
  flush_routed();
  stop();
  rethrow_error();
}

}  // namespace news
