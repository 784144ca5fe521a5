// news-searcher: ranked, faceted search over news-indexer's databases, from
// the shell (text or --json) and as an HTTP JSON backend (`serve`).
#include <unistd.h>
#include <xapian.h>

#include <iostream>
#include <string>
#include <vector>

#include "common/entities/entity_extractor.h"
#include "searcher/cli_options.h"
#include "searcher/response_json.h"
#include "searcher/search_engine.h"
#include "searcher/serve_command.h"
#include "searcher/text_output.h"

namespace {

enum ExitCode { kHits = 0, kNoHits = 1, kUsage = 2, kDatabase = 3 };

int search_main(const std::vector<std::string>& args) {
  news::CliSearch cli;
  try {
    cli = news::parse_search_args(args);
  } catch (const news::QueryError& e) {
    std::cerr << "news-searcher: " << e.what() << "\n";
    return kUsage;
  }
  if (cli.help) {
    std::cout << cli.help_text;
    return kHits;
  }
  // Never freed: the command exits right after the search, and freeing the
  // lexicon's many small allocations took a tenth of a one-off search's
  // instructions (callgrind: 5.1M of 46.7M on Reuters).
  static const news::EntityExtractor& extractor = *new news::EntityExtractor;
  try {
    news::SearchEngine engine(cli.dbs, extractor, news::SearchLimits(), cli.shards);
    const news::SearchResponse response = engine.search(cli.request);
    if (cli.json) {
      std::cout << news::response_to_json(response) << "\n";
    } else {
      news::print_text_response(response, isatty(STDOUT_FILENO) != 0, std::cout);
    }
    return response.hits.empty() && response.found == 0 ? kNoHits : kHits;
  } catch (const news::QueryError& e) {
    std::cerr << "news-searcher: " << e.what() << "\n";
    return kUsage;
  } catch (const news::DatabaseError& e) {
    std::cerr << "news-searcher: " << e.what() << "\n";
    return kDatabase;
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const std::vector<std::string> args(argv + 1, argv + argc);
  try {
    if (!args.empty() && args[0] == "serve") {
      return news::serve_main(std::vector<std::string>(args.begin() + 1, args.end()));
    }
    return search_main(args);
  } catch (const Xapian::Error& e) {
    std::cerr << "news-searcher: error: " << e.get_description() << "\n";
    return kDatabase;
  } catch (const std::exception& e) {
    std::cerr << "news-searcher: error: " << e.what() << "\n";
    return kDatabase;
  }
}
