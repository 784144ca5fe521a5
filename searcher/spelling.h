// "Did you mean": a corrected query from the index's own spelling data.
//
// Only words that are unknown to the index (while a close spelling is in at
// least two articles), or rare while a close spelling is far more common,
// are replaced; operators, field prefixes, wildcards
// and everything else in the query text are kept as typed.
#ifndef NEWS_SEARCHER_SPELLING_H_
#define NEWS_SEARCHER_SPELLING_H_

#include <xapian.h>

#include <functional>
#include <string>

namespace news {

// Where the correction of one lowercase word comes from: what
// Database::get_spelling_suggestion() returns for it ("" for none).
using WordSuggester = std::function<std::string(const std::string& word)>;

// The corrected query text, or "" if no word needs correcting. Words are
// corrected by `suggester` if given (a long-lived searcher's in-memory copy
// of the spelling list, spelling_index.h), else by `db`.
std::string suggest_spelling(const Xapian::Database& db, const std::string& query,
                             const WordSuggester& suggester = nullptr);

}  // namespace news

#endif  // NEWS_SEARCHER_SPELLING_H_
