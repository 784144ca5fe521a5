#include "searcher/spelling_index.h"

#include <catch2/catch.hpp>
#include <random>

#include "searcher/doc_values.h"
#include "tests/e2e/process.h"

using namespace news;

namespace {

// A database whose spelling list holds `words` (each with its frequency).
Xapian::Database spelling_db(const std::string& path,
                             const std::vector<std::pair<std::string, unsigned>>& words) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
  for (const auto& [word, freq] : words) db.add_spelling(word, freq);
  db.commit();
  return Xapian::Database(path);
}

}  // namespace

TEST_CASE("spelling index: the suggestions Xapian gives, case by case", "[spelling_index]") {
  test::TempDir dir;
  const Xapian::Database db = spelling_db(dir.path() + "/db", {{"putin", 5},
                                                               {"put", 40},
                                                               {"security", 9},
                                                               {"securities", 3},
                                                               {"banana", 2},
                                                               {"bandana", 7},
                                                               {"zürich", 4},
                                                               {"zurich", 1},
                                                               {"tax", 3},
                                                               {"tea", 2},
                                                               {"election", 2},
                                                               {"elections", 30}});
  const SpellingIndex index(db);
  CHECK(index.words() == 12);
  CHECK(index.memory() > 0);
  for (const std::string word :
       {"putn", "securty", "secuirty", "bananna", "banan", "zurick", "zürick", "zurich", "txa",
        "atx", "tae", "election", "elecshun", "elections", "xyzzy", "pu", "up", "a", ""}) {
    INFO(word);
    CHECK(index.suggest(word) == db.get_spelling_suggestion(word));
    CHECK(index.suggest(word, 1) == db.get_spelling_suggestion(word, 1));
  }
  // A known word gets a commoner close spelling ("election" has 2, its
  // plural 30), as Xapian gives it; spelling.cc decides whether to offer it.
  CHECK(index.suggest("election") == "elections");
  CHECK(index.suggest("securty") == "security");
  CHECK(index.suggest("xyzzy").empty());
}

TEST_CASE("spelling index: the same answers as Xapian over a random list", "[spelling_index]") {
  // Words from a small alphabet share many fragments, so that the order of
  // the words, the fragment-count threshold and ties all come into play.
  std::mt19937 rng(7);
  auto random_word = [&rng](size_t min_size) {
    std::string w;
    const size_t size = min_size + rng() % 7;
    for (size_t i = 0; i < size; ++i) w += static_cast<char>('a' + rng() % 6);
    return w;
  };
  std::vector<std::pair<std::string, unsigned>> words;
  for (int i = 0; i < 1500; ++i) words.emplace_back(random_word(2), 1 + rng() % 9);
  test::TempDir dir;
  const Xapian::Database db = spelling_db(dir.path() + "/db", words);
  const SpellingIndex index(db);
  size_t suggested = 0;
  for (int i = 0; i < 600; ++i) {
    std::string w = words[rng() % words.size()].first;
    switch (i % 4) {  // a deletion, substitution, insertion or transposition
      case 0:
        if (w.size() > 2) w.erase(rng() % w.size(), 1);
        break;
      case 1:
        w[rng() % w.size()] = static_cast<char>('a' + rng() % 7);
        break;
      case 2:
        w.insert(rng() % w.size(), 1, static_cast<char>('a' + rng() % 7));
        break;
      default:
        std::swap(w[0], w[1]);
    }
    if (i % 10 == 0) w = random_word(3);
    INFO(w);
    const std::string expected = db.get_spelling_suggestion(w);
    CHECK(index.suggest(w) == expected);
    suggested += !expected.empty();
  }
  CHECK(suggested > 300);  // the comparison covers real suggestions
}

TEST_CASE("spelling index: an empty list suggests nothing", "[spelling_index]") {
  test::TempDir dir;
  const SpellingIndex index(spelling_db(dir.path() + "/db", {}));
  CHECK(index.words() == 0);
  CHECK(index.suggest("anything").empty());
}

TEST_CASE("DocValues builds the spelling list again after a commit", "[spelling_index]") {
  test::TempDir dir;
  const std::string path = dir.path() + "/db";
  Xapian::WritableDatabase writer(path, Xapian::DB_CREATE);
  writer.add_spelling("summit", 3);
  writer.commit();
  Xapian::Database reader(path);
  DocValues values;
  const auto first = values.spelling(reader);
  CHECK(first->suggest("sumit") == "summit");
  CHECK(values.spelling(reader) == first);  // kept while the revision stays
  writer.add_spelling("sanctions", 2);
  writer.commit();
  reader.reopen();
  const auto second = values.spelling(reader);
  CHECK(second != first);
  CHECK(second->suggest("sanctons") == "sanctions");
  CHECK(values.memory() >= second->memory());
}
