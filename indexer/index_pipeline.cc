// The indexing pipeline; see index_pipeline.h.
#include "indexer/index_pipeline.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "common/index/sharded_writer.h"
#include "common/readers/file_reader.h"
#include "indexer/bulk_load.h"
#include "indexer/progress.h"
#include "indexer/work_queue.h"

namespace news {

namespace {

using Clock = std::chrono::steady_clock;

struct Job {
  size_t seq;
  Article article;
};

struct Result {
  size_t seq;
  std::string id;
  PreparedDocument doc;
};

// A bulk load's parts commit at most this many articles at a time: Xapian's
// in-memory buffer of postings costs more per posting as it grows, and the
// parts' commits are not waited for (on Reuters-21578, 500 took 17 to 20 s of
// CPU against 19.5 to 23 s for 2000; docs/benchmarks.md).
constexpr size_t kBulkPartBatch = 500;

// The writer threads of a bulk load for this run, or 1 if it cannot be one
// (BulkLoad still checks that the database holds nothing).
unsigned bulk_writers(const std::vector<std::string>& paths, const PipelineOptions& options) {
  if (options.writers == 1 || options.shards > 1) return 1;
  for (const std::string& p : paths) {
    if (p == "-") return 1;  // a live stream: articles must show as they commit
  }
  if (!ShardedWriter::list_shards(options.db_path).empty()) return 1;
  if (options.writers > 1) return options.writers;
  return std::thread::hardware_concurrency() >= 2 ? 2 : 1;
}

}  // namespace

void annotate_entities(const EntityExtractor& extractor, Article* article) {
  article->entities = extractor.extract(*article);
  std::vector<Entity> given;
  for (const Entity& raw : article->given_entities) {
    Entity e;
    if (!raw.id.empty()) {
      given.push_back(raw);
    } else if (extractor.canonicalize(raw.kind, raw.name, &e)) {
      given.push_back(std::move(e));
    }
  }
  article->given_entities = std::move(given);
}

PipelineStats run_index_pipeline(const std::vector<std::string>& paths,
                                 const PipelineOptions& options, const EntityExtractor& extractor,
                                 std::ostream& err) {
  const auto start = Clock::now();
  IndexWriterOptions writer_options;
  writer_options.spelling = options.spelling;
  std::unique_ptr<BulkLoad> bulk;
  const unsigned n_writers = bulk_writers(paths, options);
  if (n_writers > 1) {
    bulk = BulkLoad::open_if_empty(options.db_path, n_writers, writer_options,
                                   std::min(options.batch_size, kBulkPartBatch));
  }
  std::unique_ptr<ShardedWriter> direct;
  if (!bulk) {
    direct = std::make_unique<ShardedWriter>(options.db_path, options.shards, writer_options);
    BulkLoad::remove_abandoned(options.db_path);
  }

  unsigned n_workers = options.workers;
  if (n_workers == 0) n_workers = std::max(1u, std::thread::hardware_concurrency());

  WorkQueue<Job> jobs(512, 64u << 20);
  WorkQueue<Result> results(512, 1u << 30);
  std::mutex err_mu;
  std::atomic<size_t> n_articles{0}, n_errors{0};
  Progress progress(options.progress, err);
  if (options.progress) progress.set_total_bytes(total_input_bytes(paths));

  std::vector<std::thread> workers;
  for (unsigned i = 0; i < n_workers; ++i) {
    workers.emplace_back([&] {
      DocumentBuilder builder;
      while (auto job = jobs.pop()) {
        annotate_entities(extractor, &job->article);
        Result r{job->seq, job->article.id, builder.build(job->article, options.spelling)};
        results.push(std::move(r), 1);
      }
    });
  }

  // The writer applies results in input order, so that a later copy of an
  // article always replaces an earlier one.
  std::exception_ptr writer_error;
  std::thread writer_thread([&] {
    try {
      std::map<size_t, Result> waiting;
      size_t next = 0;
      std::vector<std::string> batch_ids;
      auto last_commit = Clock::now();
      auto commit = [&](bool last) {
        if (bulk) {
          if (!last) return;  // the parts commit by themselves; the run lands at the end
          bulk->finish();
        } else if (last) {
          direct->finish();
        } else {
          direct->commit();
        }
        last_commit = Clock::now();
        if (options.log_commits && !batch_ids.empty()) {
          std::lock_guard<std::mutex> lock(err_mu);
          err << "committed " << batch_ids.size() << " articles:";
          for (const std::string& id : batch_ids) err << ' ' << id;
          err << "\n";
          err.flush();
        }
        batch_ids.clear();
      };
      const auto tick = std::chrono::milliseconds(200);
      for (;;) {
        bool timed_out = false;
        std::optional<Result> r = results.pop_for(tick, &timed_out);
        if (!r && !timed_out) break;  // closed and drained
        if (r) waiting.emplace(r->seq, std::move(*r));
        while (!waiting.empty() && waiting.begin()->first == next) {
          Result& ready = waiting.begin()->second;
          if (bulk) {
            bulk->writer().add(std::move(ready.doc));
          } else {
            direct->add(std::move(ready.doc));
          }
          if (options.log_commits) batch_ids.push_back(ready.id);
          ++n_articles;
          waiting.erase(waiting.begin());
          ++next;
          if (direct && direct->pending() >= options.batch_size) commit(false);
        }
        const double since = std::chrono::duration<double>(Clock::now() - last_commit).count();
        if (direct && direct->pending() > 0 && since >= options.batch_seconds) commit(false);
        progress.update(n_articles, n_errors);
      }
      commit(true);
    } catch (...) {
      writer_error = std::current_exception();
      jobs.close();
      results.close();
    }
  });

  size_t seq = 0;
  ReadCallbacks callbacks;
  callbacks.on_article = [&](Article&& article) {
    progress.note_origin(article.origin);
    const size_t cost = article.body.size() + article.title.size() + 256;
    jobs.push(Job{seq++, std::move(article)}, cost);
  };
  callbacks.on_error = [&](const std::string& location, const std::string& reason) {
    std::lock_guard<std::mutex> lock(err_mu);
    progress.clear_line();
    err << location << ": error: " << reason << "\n";
    ++n_errors;
  };
  ReadOptions read_options;
  read_paths(paths, read_options, callbacks);

  jobs.close();
  for (std::thread& t : workers) t.join();
  results.close();
  writer_thread.join();
  progress.finish(n_articles, n_errors);
  if (writer_error) std::rethrow_exception(writer_error);
  PipelineStats stats;
  stats.articles = n_articles;
  stats.errors = n_errors;
  stats.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return stats;
}

}  // namespace news
