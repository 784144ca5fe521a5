#include "searcher/spelling.h"

#include <catch2/catch.hpp>

#include "searcher/spelling_index.h"
#include "tests/test_index.h"

using namespace news;
using news::test::make_article;
using news::test::TestIndex;

TEST_CASE("unknown words get a suggestion, known ones do not", "[spelling]") {
  TestIndex index({make_article("a", "Putin and cyber security",
                                "Putin spoke about cyber security and elections."),
                   make_article("b", "Election day", "The election was held on Sunday."),
                   make_article("c", "Putin on security", "Putin and his security council."),
                   make_article("d", "Googel", "A typo seen once in the archive.")});
  Xapian::Database db(index.path());
  CHECK(suggest_spelling(db, "Putn") == "putin");
  CHECK(suggest_spelling(db, "cyber securty") == "cyber security");
  CHECK(suggest_spelling(db, "election").empty());  // known, though "elections" is close
  CHECK(suggest_spelling(db, "putin AND cyber").empty());
  CHECK(suggest_spelling(db, "title:putn") == "");  // field values are left alone
  CHECK(suggest_spelling(db, "securty*").empty());  // wildcards too
  // A spelling in one article only is no suggestion for an unknown word.
  CHECK(suggest_spelling(db, "google").empty());
}

TEST_CASE("a suggester in memory gives the same corrections", "[spelling]") {
  TestIndex index({make_article("a", "Putin and cyber security",
                                "Putin spoke about cyber security and elections."),
                   make_article("b", "Putin on security", "Putin and his security council.")});
  Xapian::Database db(index.path());
  const SpellingIndex memory(db);
  size_t asked = 0;
  const WordSuggester suggester = [&](const std::string& word) {
    ++asked;
    return memory.suggest(word);
  };
  for (const std::string query : {"Putn", "cyber securty", "security", "Putn AND securty"}) {
    INFO(query);
    CHECK(suggest_spelling(db, query, suggester) == suggest_spelling(db, query));
  }
  CHECK(suggest_spelling(db, "cyber securty", suggester) == "cyber security");
  CHECK(asked > 0);  // the suggester, not the database, was asked
}
