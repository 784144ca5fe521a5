// The query string of GET /api/search turned into a SearchRequest, checked,
// so that every mistake becomes one 400 message naming the parameter
// (docs/http_api.md lists the parameters).
#ifndef NEWS_SEARCHER_HTTP_PARAMS_H_
#define NEWS_SEARCHER_HTTP_PARAMS_H_

#include <map>
#include <string>

#include "searcher/search_types.h"

namespace news {

// Decoded query parameters; a key may repeat (filter=...&filter=...).
using QueryParams = std::multimap<std::string, std::string>;

// Throws QueryError for an unknown or repeated parameter, a number that is
// not one, a query longer than limits.max_query_bytes, more filters than
// limits.max_filters, a bad filter or sort. Limits the engine checks itself
// (page size, offset, facet kinds) are left to SearchEngine::search.
SearchRequest search_request_from_params(const QueryParams& params, const SearchLimits& limits);

}  // namespace news

#endif  // NEWS_SEARCHER_HTTP_PARAMS_H_
