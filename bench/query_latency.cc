// query_latency: p50/p95/p99 latency of a query file through SearchEngine,
// with facets on, by the same protocol as the peers' xq.cc and sq.py.
//
// usage: query_latency --db DIR [--db DIR]... QUERIES [--facets KIND,KIND]
//                      [--passes N] [--limit N] [--hits FILE] [--slowest N]
//                      [--no-collapse] [--no-doc-values]
//
// Opens the databases once. Pass 0 is an untimed warm-up (it writes each
// query's match count to --hits: exact, since facets visit every match).
// Then N timed passes (default 3) of SearchEngine::search with the query
// text as given (prepare.py's syntax: words, "phrases", AND/OR/NOT,
// parentheses and place:CODE, which our query language accepts as is), top
// --limit (10) hits with snippets, and the --facets (default country,date)
// counted over all matches. The engine counts from in-memory slot columns
// (searcher/doc_values.h) as the HTTP server's engines do, loaded in the
// warm-up pass; --no-doc-values reads the slots per match as a one-off
// news-searcher command does. Prints one key=value line in xq.cc's format;
// --slowest N also lists the N slowest queries (median ms, found) on stderr.
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "bench/latency_stats.h"
#include "common/entities/entity_extractor.h"
#include "searcher/search_engine.h"

namespace {

struct Options {
  std::vector<std::string> dbs;
  std::string queries_path, hits_path;
  std::vector<std::string> facets = {"country", "date"};
  int passes = 3;
  size_t limit = 10;
  size_t slowest = 0;
  bool collapse = true;
  bool doc_values = true;
};

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string item; std::getline(in, item, ',');) {
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

bool parse_args(int argc, char** argv, Options* o) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--db" && has_value) {
      o->dbs.push_back(argv[++i]);
    } else if (arg == "--facets" && has_value) {
      o->facets = split_commas(argv[++i]);
    } else if (arg == "--passes" && has_value) {
      o->passes = std::atoi(argv[++i]);
    } else if (arg == "--limit" && has_value) {
      o->limit = std::strtoul(argv[++i], nullptr, 10);
    } else if (arg == "--no-collapse") {
      o->collapse = false;
    } else if (arg == "--no-doc-values") {
      o->doc_values = false;
    } else if (arg == "--slowest" && has_value) {
      o->slowest = std::strtoul(argv[++i], nullptr, 10);
    } else if (arg == "--hits" && has_value) {
      o->hits_path = argv[++i];
    } else if (!arg.empty() && arg[0] != '-' && o->queries_path.empty()) {
      o->queries_path = arg;
    } else {
      return false;
    }
  }
  return !o->dbs.empty() && !o->queries_path.empty() && o->passes > 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  if (!parse_args(argc, argv, &o)) {
    std::cerr << "usage: query_latency --db DIR [--db DIR]... QUERIES [--facets KIND,KIND] "
                 "[--passes N] [--limit N] [--hits FILE] [--slowest N] [--no-collapse] "
                 "[--no-doc-values]\n";
    return 2;
  }
  std::vector<std::string> queries;
  std::ifstream in(o.queries_path);
  if (!in) {
    std::cerr << "query_latency: " << o.queries_path << ": cannot open\n";
    return 3;
  }
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) queries.push_back(line);
  }
  try {
    news::EntityExtractor extractor;
    news::SearchEngine engine(o.dbs, extractor, news::SearchLimits());
    if (o.doc_values) engine.use_doc_values(std::make_shared<news::DocValues>());
    size_t errors = 0, sink = 0;  // sink: the results are used, so none is skipped
    // One query; returns its match count, or 0 after a QueryError.
    auto run = [&](const std::string& text) -> size_t {
      news::SearchRequest request;
      request.query = text;
      request.limit = o.limit;
      request.facets = o.facets;
      request.collapse = o.collapse;
      try {
        const news::SearchResponse r = engine.search(request);
        for (const news::Hit& hit : r.hits) sink += hit.title.size() + hit.snippet.size();
        for (const news::FacetResult& f : r.facets) sink += f.values.size();
        return r.found;
      } catch (const news::QueryError&) {
        ++errors;
        return 0;
      }
    };

    std::ofstream hits;
    if (!o.hits_path.empty()) hits.open(o.hits_path);
    std::vector<size_t> found(queries.size());
    for (size_t i = 0; i < queries.size(); ++i) {
      found[i] = run(queries[i]);
      if (hits) hits << found[i] << "\n";
    }
    const size_t warmup_errors = errors;

    using Clock = std::chrono::steady_clock;
    std::vector<std::vector<double>> ms(queries.size());
    for (int p = 0; p < o.passes; ++p) {
      for (size_t i = 0; i < queries.size(); ++i) {
        const auto t0 = Clock::now();
        run(queries[i]);
        ms[i].push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
      }
    }
    const news::bench::LatencySummary s = news::bench::summarize(ms);
    if (o.slowest > 0) {
      std::vector<std::pair<double, size_t>> by_time;  // (median ms, query index)
      for (size_t i = 0; i < ms.size(); ++i) {
        by_time.emplace_back(news::bench::nearest_rank(ms[i], 0.5), i);
      }
      std::sort(by_time.rbegin(), by_time.rend());
      for (size_t k = 0; k < std::min(o.slowest, by_time.size()); ++k) {
        const size_t i = by_time[k].second;
        std::fprintf(stderr, "%9.3f ms  found=%zu  %s\n", by_time[k].first, found[i],
                     queries[i].c_str());
      }
    }
    std::printf(
        "queries=%zu passes=%d p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f total_ms=%.1f errors=%zu "
        "checksum=%zu\n",
        queries.size(), o.passes, s.p50, s.p95, s.p99, s.total, warmup_errors, sink % 10);
    return 0;
  } catch (const news::DatabaseError& e) {
    std::cerr << "query_latency: " << e.what() << "\n";
  } catch (const Xapian::Error& e) {
    std::cerr << "query_latency: error: " << e.get_description() << "\n";
  }
  return 3;
}
