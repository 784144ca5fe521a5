// Readable text output of a search for a terminal: one block per hit (rank,
// title, date, source, snippet with the matches in bold on a terminal or
// between *stars* otherwise), then the top values of each facet.
#ifndef NEWS_SEARCHER_TEXT_OUTPUT_H_
#define NEWS_SEARCHER_TEXT_OUTPUT_H_

#include <ostream>

#include "searcher/search_types.h"

namespace news {

// `color`: use ANSI bold for matches (when stdout is a terminal).
void print_text_response(const SearchResponse& response, bool color, std::ostream& out);

// Turns a snippet's HTML (escaped text with <mark>) into plain text.
std::string snippet_to_text(const std::string& html, bool color);

}  // namespace news

#endif  // NEWS_SEARCHER_TEXT_OUTPUT_H_
