#include "searcher/rescore.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/memory_index.h"

using namespace news;
using news::test::english_parser;
using news::test::memory_db;

namespace {

// The words of `text` (all of them), and the words as a phrase, as
// QueryBuilder builds them.
void word_queries(const Xapian::Database& db, const std::string& text, Xapian::Query* words,
                  Xapian::Query* phrase) {
  Xapian::QueryParser qp = english_parser(db, true);
  *words = qp.parse_query(text);
  *phrase = qp.parse_query("\"" + text + "\"", Xapian::QueryParser::FLAG_PHRASE);
}

std::vector<Xapian::docid> ids_of(const std::vector<RankedMatch>& ranked) {
  std::vector<Xapian::docid> out;
  for (const RankedMatch& m : ranked) out.push_back(*m.it);
  return out;
}

// Texts with "oil" and "prices" apart, of different lengths, and a few
// with "oil prices" as a phrase.
std::vector<std::string> oil_texts() {
  std::vector<std::string> texts;
  for (int i = 0; i < 12; ++i) {
    std::string text = "prices of grain rose while oil stayed";
    for (int k = 0; k < i; ++k) text += " calm";
    texts.push_back(text);
  }
  texts.push_back("oil prices fell again in a long and slow session of trading today");
  texts.push_back("traders said oil prices would rise");
  texts.push_back("the weather was mild");
  return texts;
}

}  // namespace

TEST_CASE("a DocSetSource restricts a match to its documents", "[rescore]") {
  const Xapian::WritableDatabase db = memory_db(
      {"news one", "news two", "sport three", "news four", "news five", "news six", "sport"});
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(
      Xapian::Query::OP_FILTER, Xapian::Query("news"),
      Xapian::Query((new DocSetSource({2, 3, 5, 7, 40}))->release())));  // 3 and 7: no "news"
  std::vector<Xapian::docid> found;
  const Xapian::MSet mset = enquire.get_mset(0, 10);
  for (auto it = mset.begin(); it != mset.end(); ++it) found.push_back(*it);
  std::sort(found.begin(), found.end());
  CHECK(found == std::vector<Xapian::docid>{2, 5});
  // Driving the match itself (no other term), and empty.
  enquire.set_query(Xapian::Query((new DocSetSource({1, 4}))->release()));
  CHECK(enquire.get_mset(0, 10).size() == 2);
  enquire.set_query(Xapian::Query((new DocSetSource({}))->release()));
  CHECK(enquire.get_mset(0, 10).empty());
}

TEST_CASE("rescoring a whole match gives the boosted query's order and weights", "[rescore]") {
  const Xapian::WritableDatabase db = memory_db(oil_texts());
  Xapian::Query words, phrase;
  word_queries(db, "oil prices", &words, &phrase);
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_AND_MAYBE, words, phrase));
  const Xapian::MSet boosted = enquire.get_mset(0, 100);
  enquire.set_query(words);
  const Xapian::MSet plain = enquire.get_mset(0, 100);
  REQUIRE(plain.size() == 14);
  Xapian::MSet extra;
  const std::vector<RankedMatch> ranked = rescore(db, plain, phrase, 100, &extra);
  REQUIRE(ranked.size() == boosted.size());
  size_t i = 0;
  for (auto it = boosted.begin(); it != boosted.end(); ++it, ++i) {
    INFO("rank " << i);
    CHECK(*ranked[i].it == *it);
    CHECK(ranked[i].weight == Approx(it.get_weight()));
  }
  // The phrase articles come first; the second match knows the phrase's words.
  CHECK((ids_of(ranked)[0] == 13 || ids_of(ranked)[0] == 14));
  CHECK(extra.size() == 2);
  CHECK(extra.get_termweight("oil") > 0);
}

TEST_CASE("matches past the window keep their order and weight", "[rescore]") {
  const Xapian::WritableDatabase db = memory_db(oil_texts());
  Xapian::Query words, phrase;
  word_queries(db, "oil prices", &words, &phrase);
  Xapian::Enquire enquire(db);
  enquire.set_query(words);
  const Xapian::MSet plain = enquire.get_mset(0, 100);
  const std::vector<RankedMatch> all = ranked_matches(plain);
  // The long phrase article (13) ranks low by its words alone.
  size_t long_rank = 0;
  while (*all[long_rank].it != 13) ++long_rank;
  REQUIRE(long_rank >= 3);
  const std::vector<RankedMatch> ranked = rescore(db, plain, phrase, long_rank);
  for (size_t i = long_rank; i < all.size(); ++i) {
    CHECK(*ranked[i].it == *all[i].it);
    CHECK(ranked[i].weight == all[i].weight);
  }
  // Within the window, the short phrase article (14) was lifted to the top.
  CHECK(*ranked[0].it == 14);
  CHECK(ranked[0].weight > all[0].weight);
  // An empty match stays empty.
  enquire.set_query(Xapian::Query("zebra"));
  CHECK(rescore(db, enquire.get_mset(0, 10), phrase, 10).empty());
}
