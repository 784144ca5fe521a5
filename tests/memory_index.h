// Test helper: small in-memory Xapian databases and the English query
// parser that goes with them, for tests of searcher pieces that need a
// real MSet (snippets, rescoring) without the indexer.
#ifndef NEWS_TESTS_MEMORY_INDEX_H_
#define NEWS_TESTS_MEMORY_INDEX_H_

#include <xapian.h>

#include <string>
#include <vector>

namespace news::test {

// One document per text (ids 1, 2, ...), indexed with English stems
// (STEM_SOME) and word positions.
Xapian::WritableDatabase memory_db(const std::vector<std::string>& texts);

// A QueryParser over `db` with English stems (STEM_SOME), as the
// searcher's; the default operator is Xapian's (OR) unless `all_words`.
Xapian::QueryParser english_parser(const Xapian::Database& db, bool all_words = false);

}  // namespace news::test

#endif  // NEWS_TESTS_MEMORY_INDEX_H_
