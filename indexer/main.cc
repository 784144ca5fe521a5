// news-indexer: turns article files into a Xapian database with entity facets.
//
//   news-indexer [--db DIR] PATH...          index files, directories or - (stdin)
//   news-indexer extract [--json] PATH...    print what would be indexed
//   news-indexer delete [--db DIR] ID...     remove articles
//   news-indexer stats [--db DIR]            counts and size
//   news-indexer compact [--db DIR] --output OUT   compact (and merge shards)
#include <xapian.h>

#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "indexer/commands.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  try {
    if (!args.empty()) {
      const std::string sub = args.front();
      std::vector<std::string> rest(args.begin() + 1, args.end());
      if (sub == "extract") return news::extract_command(rest, std::cout, std::cerr);
      if (sub == "delete") return news::delete_command(rest, std::cout, std::cerr);
      if (sub == "stats") return news::stats_command(rest, std::cout, std::cerr);
      if (sub == "compact") return news::compact_command(rest, std::cout, std::cerr);
      if (sub == "index") return news::index_command(rest, std::cout, std::cerr);
    }
    return news::index_command(args, std::cout, std::cerr);
  } catch (const Xapian::Error& e) {
    std::cerr << "news-indexer: error: " << e.get_description() << "\n";
    return news::kExitDatabase;
  } catch (const std::exception& e) {
    std::cerr << "news-indexer: error: " << e.what() << "\n";
    return news::kExitDatabase;
  }
}
