// entity_bench: extraction speed in MB of article text per second on one
// core (one thread).
//
// Usage: entity_bench CORPUS_DIR [MIN_MB]
// Reads every regular file under CORPUS_DIR (recursively) as one article
// (first line the title), then extracts entities from all of them again
// and again until at least MIN_MB (default 50) have been processed, and
// prints the rate. Without CORPUS_DIR (or if it does not exist) the
// program says so and exits 0.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "common/entities/entity_extractor.h"
#include "common/text_normalize.h"

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  if (argc < 2 || !fs::is_directory(argv[1])) {
    std::printf("entity_bench: skipped: corpus directory %s not found\n",
                argc < 2 ? "(none given)" : argv[1]);
    return 0;
  }
  const double min_mb = argc > 2 ? std::atof(argv[2]) : 50.0;
  std::vector<news::Article> articles;
  size_t bytes = 0;
  for (const auto& e : fs::recursive_directory_iterator(argv[1])) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = news::to_valid_nfc(ss.str());
    news::Article a;
    const size_t nl = text.find('\n');
    a.title = text.substr(0, nl);
    a.body = nl == std::string::npos ? "" : text.substr(nl + 1);
    bytes += a.title.size() + a.body.size();
    articles.push_back(std::move(a));
  }
  if (articles.empty()) {
    std::printf("entity_bench: skipped: no files under %s\n", argv[1]);
    return 0;
  }
  const auto t0 = std::chrono::steady_clock::now();
  const news::EntityExtractor extractor;
  const auto t1 = std::chrono::steady_clock::now();
  const std::clock_t c1 = std::clock();
  size_t done = 0, entities = 0;
  while (done < min_mb * 1e6) {
    for (const auto& a : articles) {
      entities += extractor.extract(a).size();
      done += a.title.size() + a.body.size();
    }
  }
  const auto t2 = std::chrono::steady_clock::now();
  const double cpu_secs = double(std::clock() - c1) / CLOCKS_PER_SEC;
  const double init_ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
  const double secs = std::chrono::duration<double>(t2 - t1).count();
  std::printf("entity_bench: %zu articles, %.1f MB corpus, %.1f MB processed\n", articles.size(),
              bytes / 1e6, done / 1e6);
  std::printf("construction: %.1f ms\n", init_ms);
  // CPU time is the figure to quote on a busy machine; wall time is shown too.
  std::printf("extraction: %.2f MB/s of CPU time on one core, %.2f MB/s wall\n",
              done / 1e6 / cpu_secs, done / 1e6 / secs);
  std::printf("entities: %.1f per article\n",
              double(entities) / (double(done) / double(bytes)) / double(articles.size()));
  return 0;
}
