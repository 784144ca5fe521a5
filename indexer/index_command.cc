// `news-indexer [--db DIR] PATH...`: index files, directories or stdin.
#include <unistd.h>

#include <boost/program_options.hpp>
#include <cstdio>

#include "common/db_path.h"
#include "common/index/index_writer.h"
#include "indexer/commands.h"
#include "indexer/index_pipeline.h"

namespace news {

namespace po = boost::program_options;

int index_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string db;
  PipelineOptions options;
  bool no_progress = false, no_spelling = false;
  std::vector<std::string> paths;
  po::options_description visible(
      "news-indexer [--db DIR] [options] PATH...\n"
      "Indexes .txt, .json/.jsonl, .html and Reuters .sgm files, "
      "directories (recursively) or - (JSONL on stdin)");
  visible.add_options()("help,h", "show this help")(
      "db", po::value(&db), "database directory (default $NEWS_DB or ./news.db)")(
      "batch-size", po::value(&options.batch_size)->default_value(options.batch_size),
      "commit every N articles")(
      "batch-seconds", po::value(&options.batch_seconds)->default_value(options.batch_seconds),
      "commit at least every T seconds while articles are pending")(
      "threads", po::value(&options.workers)->default_value(0),
      "entity extraction threads (0 = one per core)")(
      "writers", po::value(&options.writers)->default_value(0),
      "writer threads of a bulk load (files into an empty database, merged at the end); "
      "0 = two on two or more cores, 1 = write directly")(
      "no-progress", po::bool_switch(&no_progress), "never draw a progress bar")(
      "no-spelling", po::bool_switch(&no_spelling), "do not build \"did you mean\" data")(
      "shards", po::value(&options.shards)->default_value(0),
      "write N shards (each article to the shard its id hashes to); 0 keeps the layout "
      "the database has")("log-commits", po::bool_switch(&options.log_commits),
                          "after each commit, print the ids it made durable on stderr");
  po::options_description hidden;
  hidden.add_options()("path", po::value(&paths));
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description pos;
  pos.add("path", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    err << "news-indexer: " << e.what() << "\n" << visible;
    return kExitUsage;
  }
  if (vm.count("help")) {
    out << visible;
    return kExitOk;
  }
  if (paths.empty()) {
    err << "news-indexer: no input given (a file, a directory or - for stdin)\n" << visible;
    return kExitUsage;
  }
  if (options.shards > 256) {
    err << "news-indexer: --shards must be at most 256\n";
    return kExitUsage;
  }
  if (options.writers > 16) {
    err << "news-indexer: --writers must be at most 16\n";
    return kExitUsage;
  }
  if (options.batch_size == 0 || options.batch_seconds <= 0) {
    err << "news-indexer: --batch-size and --batch-seconds must be positive\n";
    return kExitUsage;
  }
  options.db_path = resolve_db_path(db);
  options.progress = !no_progress && isatty(STDERR_FILENO);
  options.spelling = !no_spelling;

  EntityExtractor extractor;
  PipelineStats stats;
  try {
    stats = run_index_pipeline(paths, options, extractor, err);
  } catch (const IndexOpenError& e) {
    err << "news-indexer: error: " << e.what() << "\n";
    return kExitDatabase;
  }
  char line[200];
  std::snprintf(line, sizeof line, "indexed %zu articles, %zu errors, %.2f s, %.1f articles/s\n",
                stats.articles, stats.errors, stats.seconds,
                stats.seconds > 0 ? stats.articles / stats.seconds : 0.0);
  out << line;
  return stats.errors > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace news
