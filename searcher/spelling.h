// "Did you mean": a corrected query from the index's own spelling data.
//
// Only words that are unknown to the index (while a close spelling is in at
// least two articles), or rare while a close spelling is far more common,
// are replaced; operators, field prefixes, wildcards
// and everything else in the query text are kept as typed.
#ifndef NEWS_SEARCHER_SPELLING_H_
#define NEWS_SEARCHER_SPELLING_H_

#include <xapian.h>

#include <string>

namespace news {

// The corrected query text, or "" if no word needs correcting.
std::string suggest_spelling(const Xapian::Database& db, const std::string& query);

}  // namespace news

#endif  // NEWS_SEARCHER_SPELLING_H_
