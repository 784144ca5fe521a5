// entity_dump: prints the entities the extractor finds in text files, one
// "kind id name count" line each; for looking at what the extractor does.
//
// Usage: entity_dump [--date YYYY-MM-DD] FILE...
// Each file is one article: its first non-empty line is the title.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "common/entities/entity_extractor.h"

int main(int argc, char** argv) {
  const news::EntityExtractor extractor;
  std::string date;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--date" && i + 1 < argc) {
      date = argv[++i];
      continue;
    }
    std::ifstream in(arg);
    if (!in) {
      std::fprintf(stderr, "%s: error: cannot read\n", arg.c_str());
      continue;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    news::Article a;
    const size_t start = text.find_first_not_of(" \n\t");
    const size_t nl = start == std::string::npos ? std::string::npos : text.find('\n', start);
    a.title = start == std::string::npos ? "" : text.substr(start, nl - start);
    a.body = nl == std::string::npos ? "" : text.substr(nl + 1);
    a.date = date;
    std::printf("== %s\n", arg.c_str());
    for (const auto& e : extractor.extract(a)) {
      std::printf("%-8s %-40s %-30s %d\n", e.kind.c_str(), e.id.c_str(), e.name.c_str(), e.count);
    }
  }
  return 0;
}
