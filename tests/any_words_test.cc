#include "searcher/any_words.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "searcher/doc_values.h"
#include "searcher/story_leads.h"

using namespace news;

namespace {

constexpr Xapian::valueno kKey = 7;

// Documents over a vocabulary of "w0".."w59" drawn with Zipf-like
// frequencies (w0 common, w59 rare), 3 to 600 words long, one of them
// repeated up to 24 times more, a facet-like term "F" on every fifth, and a collapse key shared by
// runs of copies on some. Built in memory.
Xapian::WritableDatabase random_db(std::mt19937* rng, size_t docs) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  std::vector<double> weights;
  for (int w = 0; w < 60; ++w) weights.push_back(1.0 / (w + 1));
  std::discrete_distribution<int> word(weights.begin(), weights.end());
  // Lengths from 3 to about 600 words, most of them short.
  std::uniform_real_distribution<double> log_length(1.1, 6.4);
  std::uniform_int_distribution<int> burst(0, 24);
  for (size_t i = 0; i < docs; ++i) {
    Xapian::Document doc;
    const int n = static_cast<int>(std::exp(log_length(*rng)));
    for (int k = 0; k < n; ++k) doc.add_term("w" + std::to_string(word(*rng)));
    // A word repeated: weights near a word's bound, which pruning must respect.
    doc.add_term("w" + std::to_string(word(*rng)), static_cast<Xapian::termcount>(burst(*rng)));
    if (i % 5 == 0) doc.add_boolean_term("F");
    if (i % 7 < 3) doc.add_value(kKey, "story" + std::to_string(i / 7));
    db.add_document(doc);
  }
  db.commit();
  return db;
}

// `parts` words as an AnyWords query, and the same as Xapian's query: the
// OR of the words, the facet term under OP_SCALE_WEIGHT 0 in the first part
// if `facet`; `*every`, if given, the AND of the parts.
void make_query(const std::vector<std::string>& words, bool facet, AnyWords* flat,
                Xapian::Query* query, Xapian::Query* every = nullptr) {
  *flat = AnyWords();
  std::vector<Xapian::Query> parts;
  for (size_t p = 0; p < words.size(); ++p) {
    flat->terms.push_back({words[p], true, p});
    Xapian::Query part(words[p]);
    if (facet && p == 0) {
      flat->terms.push_back({"F", false, p});
      part = Xapian::Query(Xapian::Query::OP_OR, part,
                           Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query("F"), 0.0));
    }
    parts.push_back(part);
  }
  flat->parts = words.size();
  *query = Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
  if (every != nullptr) *every = Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

bool has(const std::vector<Xapian::docid>& ids, Xapian::docid did) {
  return std::binary_search(ids.begin(), ids.end(), did);
}

}  // namespace

TEST_CASE("the candidates hold Xapian's best matches of the any-word query", "[any_words]") {
  std::mt19937 rng(11);
  size_t pruned = 0, unpruned = 0;
  for (int db_round = 0; db_round < 12; ++db_round) {
    const Xapian::WritableDatabase db = random_db(&rng, 400);
    const DocLengths lengths(db);
    std::uniform_int_distribution<int> pick(0, 59), count(1, 4);
    for (int round = 0; round < 60; ++round) {
      std::vector<std::string> words;
      const int n = count(rng);
      for (int i = 0; i < n; ++i) words.push_back("w" + std::to_string(pick(rng)));
      const bool facet = round % 3 == 0;
      AnyWords flat;
      Xapian::Query query, every;
      make_query(words, facet, &flat, &query, &every);
      const size_t k = std::vector<size_t>{1, 5, 10, 30}[static_cast<size_t>(round) % 4];
      INFO("query " << query.get_description() << " k " << k);
      const AnyWordsTop top = top_any_words(db, lengths, flat, k, nullptr);
      CHECK(std::is_sorted(top.ids.begin(), top.ids.end()));
      Xapian::Enquire enquire(db);
      enquire.set_query(query);
      const Xapian::MSet best =
          enquire.get_mset(0, static_cast<Xapian::doccount>(k), db.get_doccount());
      for (auto it = best.begin(); it != best.end(); ++it) CHECK(has(top.ids, *it));
      // Every document with each word is a candidate (the all-words boost),
      // and not many more than asked for besides.
      Xapian::Enquire all(db);
      all.set_query(every);
      const Xapian::MSet with_all = all.get_mset(0, db.get_doccount());
      for (auto it = with_all.begin(); it != with_all.end(); ++it) CHECK(has(top.ids, *it));
      CHECK(top.ids.size() <= k + kAnyWordsMargin + with_all.size());
      if (top.exact) {
        ++unpruned;
        CHECK(top.matches == best.get_matches_estimated());
      } else {
        // An estimate between the commonest term's articles and the sum.
        ++pruned;
        Xapian::doccount most = 0, sum = 0;
        for (const AnyWords::Term& t : flat.terms) {
          most = std::max(most, db.get_termfreq(t.term));
          sum += db.get_termfreq(t.term);
        }
        CHECK(top.matches >= most);
        CHECK(top.matches <= sum);
        CHECK(top.matches <= db.get_doccount());
      }
    }
  }
  // Both ways were taken.
  CHECK(pruned > 50);
  CHECK(unpruned > 50);
}

TEST_CASE("restricted to story leads, the candidates hold the best leads", "[any_words]") {
  std::mt19937 rng(5);
  const Xapian::WritableDatabase db = random_db(&rng, 700);
  const DocLengths lengths(db);
  const SlotColumn column(db, kKey);
  const auto leads = std::make_shared<const StoryLeads>(db, column);
  for (const std::vector<std::string>& words :
       std::vector<std::vector<std::string>>{{"w0", "w40"}, {"w3", "w7", "w55"}, {"w1"}}) {
    AnyWords flat;
    Xapian::Query query;
    make_query(words, true, &flat, &query);
    const AnyWordsTop top = top_any_words(db, lengths, flat, 10, leads.get());
    for (Xapian::docid did : top.ids) CHECK(leads->is_lead(did));
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query,
                                    Xapian::Query((new LeadsSource(leads))->release())));
    const Xapian::MSet best = enquire.get_mset(0, 10, db.get_doccount());
    REQUIRE(best.size() == 10);
    for (auto it = best.begin(); it != best.end(); ++it) CHECK(has(top.ids, *it));
    if (top.exact) CHECK(top.matches == best.get_matches_estimated());
  }
}

TEST_CASE("document lengths are read by id", "[any_words]") {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (int n : {3, 1, 4}) {
    Xapian::Document doc;
    for (int i = 0; i < n; ++i) doc.add_term("t" + std::to_string(i));
    db.add_document(doc);
  }
  db.delete_document(2);
  db.commit();
  const DocLengths lengths(db);
  CHECK(lengths.of(1) == 3);
  CHECK(lengths.of(2) == 0);  // deleted
  CHECK(lengths.of(3) == 4);
  CHECK(lengths.of(4) == 0);  // past the last
  CHECK(lengths.memory() >= 3 * sizeof(Xapian::termcount));
}

TEST_CASE("a query with no known word or too many parts has no candidates", "[any_words]") {
  std::mt19937 rng(3);
  const Xapian::WritableDatabase db = random_db(&rng, 50);
  const DocLengths lengths(db);
  AnyWords flat;
  Xapian::Query query;
  make_query({"nosuchword"}, false, &flat, &query);
  AnyWordsTop top = top_any_words(db, lengths, flat, 10, nullptr);
  CHECK(top.ids.empty());
  CHECK(top.matches == 0);
  flat.parts = 65;
  top = top_any_words(db, lengths, flat, 10, nullptr);
  CHECK(top.ids.empty());
}
