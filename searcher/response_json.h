// The JSON body of a search response, byte for byte the same for the
// shell's --json and GET /api/search (docs/search.md gives the format), and
// the JSON error body {"error": "..."}.
#ifndef NEWS_SEARCHER_RESPONSE_JSON_H_
#define NEWS_SEARCHER_RESPONSE_JSON_H_

#include <string>

#include "common/index/index_schema.h"
#include "searcher/search_types.h"

namespace news {

std::string response_to_json(const SearchResponse& response);
// GET /api/article/{id}: the stored article with its entities.
std::string article_to_json(const schema::StoredArticle& article);
std::string error_to_json(const std::string& message);

}  // namespace news

#endif  // NEWS_SEARCHER_RESPONSE_JSON_H_
