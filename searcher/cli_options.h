// Command-line parsing of a search: the flags of `news-searcher QUERY...`
// into a SearchRequest, checked, so that mistakes become one clear message.
#ifndef NEWS_SEARCHER_CLI_OPTIONS_H_
#define NEWS_SEARCHER_CLI_OPTIONS_H_

#include <string>
#include <vector>

#include "searcher/search_engine.h"
#include "searcher/search_types.h"

namespace news {

struct CliSearch {
  std::vector<std::string> dbs;  // already resolved (--db..., $NEWS_DB, ./news.db)
  bool json = false;
  ShardOptions shards;
  bool help = false;
  std::string help_text;
  SearchRequest request;
};

// Throws QueryError with a message naming the bad flag or value.
CliSearch parse_search_args(const std::vector<std::string>& args);

// "person:Vladimir Putin" -> {person, Vladimir Putin}. Throws QueryError.
Filter parse_filter(const std::string& text);
// "person,country" -> {"person", "country"} (blanks dropped).
std::vector<std::string> split_list(const std::string& text);
// "relevance" | "date" | "-date". Throws QueryError.
SortOrder parse_sort(const std::string& text);

}  // namespace news

#endif  // NEWS_SEARCHER_CLI_OPTIONS_H_
