// The best matches of an any-word query, found outside Xapian's matcher.
//
// When fewer articles have all of a query's words than the page needs, the
// page is filled from the articles that have any of them
// (search_engine.cc). Ranking those by BM25 in Xapian 1.4 costs the matcher
// about a thousand instructions per article that has a word, and it can
// rarely prune: the page is short of articles with the rare words, so every
// article with a common word stays a candidate. Here the word lists are
// read term at a time into score accumulators (max-score pruning:
// Turtle and Flood, 1995), a few tens of instructions per posting, and
// the answer is a small set of candidate document ids that is sure to hold
// Xapian's best `k` matches of the any-word query, plus every article that
// has a word of each part (the only ones the all-words boost of the fill
// can lift). The caller then runs its query in Xapian restricted to those
// ids (an OP_FILTER with rescore.h's DocSetSource), so the weights, their
// order and the page are Xapian's own; this module only decides which
// articles are worth weighing.
//
// Weights are Xapian 1.4's BM25Weight with its default parameters (k1 1,
// k2 0, k3 1, b 0.5, min_normlen 0.5), over one database, with the
// database's own statistics: the same formula, so the candidates are the
// right ones up to rounding, and kAnyWordsMargin candidates past the k-th
// cover that. Pruning: the words are read rarest weight first; once the words
// left cannot lift an article that has none of the words read so far above
// the current k-th best weight (plus the margin), those words only add to
// the articles already held (skip_to), as Xapian's OR does when it decays
// to AND_MAYBE.
//
// DocLengths holds every document's length in memory (4 bytes each), read
// once per database revision (DocValues::lengths).
#ifndef NEWS_SEARCHER_ANY_WORDS_H_
#define NEWS_SEARCHER_ANY_WORDS_H_

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace news {

class StoryLeads;  // story_leads.h

// An any-word query as a flat list of terms: the OR of `parts`, each part
// (a word of the query, or a two-word name) the OR of its terms. A term
// with `weighted` false matches but adds no weight (an entity's facet term
// under OP_SCALE_WEIGHT 0, query_builder.h).
struct AnyWords {
  struct Term {
    std::string term;
    bool weighted = true;
    size_t part = 0;
  };
  std::vector<Term> terms;
  size_t parts = 0;
};

class DocLengths {
 public:
  // Reads the length of every document of `db` (one pass).
  explicit DocLengths(const Xapian::Database& db);

  // Document `did`'s length; 0 past the last document read.
  Xapian::termcount of(Xapian::docid did) const {
    return did - 1 < lengths_.size() ? lengths_[did - 1] : 0;
  }
  size_t memory() const { return lengths_.capacity() * sizeof(Xapian::termcount); }

 private:
  std::vector<Xapian::termcount> lengths_;  // by docid - 1
};

struct AnyWordsTop {
  // Sorted, unique: the candidates (see above).
  std::vector<Xapian::docid> ids;
  // Articles with any of the words (leads only, with leads): exact if
  // `exact` (every word read in full), else those held plus the articles of
  // the words not read in full that were not held: exact when one word was
  // not read in full, and with more, taking them as independent of each
  // other (with leads, as many of them leads as of the index).
  Xapian::doccount matches = 0;
  bool exact = true;
};

// Extra candidates past the k-th, against rounding: the weights here are
// summed in another order than Xapian's.
constexpr size_t kAnyWordsMargin = 2;

// The candidates for the first `k` matches of `query` over `db` (one local
// database; `lengths` read from it at the same revision), restricted to
// story leads if `leads` is not null.
AnyWordsTop top_any_words(const Xapian::Database& db, const DocLengths& lengths,
                          const AnyWords& query, size_t k, const StoryLeads* leads);

}  // namespace news

#endif  // NEWS_SEARCHER_ANY_WORDS_H_
