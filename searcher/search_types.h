// What a search asks for and what it answers: the model behind the shell's
// text and --json output and the HTTP API (see docs/search.md).
#ifndef NEWS_SEARCHER_SEARCH_TYPES_H_
#define NEWS_SEARCHER_SEARCH_TYPES_H_

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "common/article.h"

namespace news {

// A request the user got wrong: bad query syntax, an unknown facet kind, a
// limit exceeded. The message is shown as is (exit code 2, HTTP 400).
class QueryError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class SortOrder { kRelevance, kDateAscending, kDateDescending };

struct Filter {
  std::string kind;   // person, country, org, event, source, author, date, language, topic
  std::string value;  // a name, an alias or an id, as the user gave it
};

struct SearchRequest {
  std::string query;
  size_t offset = 0;
  size_t limit = 10;
  std::vector<std::string> facets;  // facet kinds to count
  std::vector<Filter> filters;
  std::string since, until;  // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; empty = open
  SortOrder sort = SortOrder::kRelevance;
  size_t facet_size = 10;  // values shown per facet kind
  // Only facet values whose name (or a word of it) starts with this, per
  // kind: {"person", "Ma"} (facet value search). A kind named here is
  // counted even if `facets` does not list it.
  std::vector<Filter> facet_prefixes;
  std::string similar;   // if set: articles like the one with this id (query is ignored)
  bool collapse = true;  // show near-duplicate copies of a story as one hit
  // If > 0: relevance is multiplied by 0.5^(age / half-life), age in days
  // from the newest article in the index (recency.h).
  double recency_half_life_days = 0;
};

struct Hit {
  std::string id;
  size_t rank = 0;  // 1-based, over the whole result list
  double score = 0;
  std::string title, url, source, date;
  std::string snippet;  // HTML-escaped, matches in <mark>...</mark>
  std::vector<Entity> entities;
  size_t copies = 0;  // near-duplicate copies collapsed into this hit
};

struct FacetCount {
  std::string id;     // "person:vladimir-putin"
  std::string value;  // "Vladimir Putin"
  size_t count = 0;
};

struct FacetResult {
  std::string kind;
  // Most frequent first; for "date", chronological buckets instead (months,
  // or days when the --since/--until range spans at most 62 days).
  std::vector<FacetCount> values;
  size_t distinct = 0;  // distinct values over all matches (before top N)
};

struct SearchResponse {
  std::string query;
  size_t found = 0;
  size_t offset = 0;
  size_t limit = 0;
  double took_ms = 0;
  bool partial = false;                   // some shard could not be reached (--allow-partial)
  std::optional<std::string> suggestion;  // "did you mean", if any
  std::vector<Hit> hits;
  // In the order the request named the kinds.
  std::vector<FacetResult> facets;
};

// Limits that protect the server and the shell from hostile requests.
struct SearchLimits {
  size_t max_query_bytes = 1024;
  size_t max_query_terms = 64;
  size_t max_limit = 100;
  size_t max_offset = 10000;
  size_t max_wildcard_expansion = 500;
  size_t max_filters = 32;
};

}  // namespace news

#endif  // NEWS_SEARCHER_SEARCH_TYPES_H_
