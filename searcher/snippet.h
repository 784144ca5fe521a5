// Query-highlighted snippets of a hit's stored body.
//
// Snippeter picks the window of at most `length` bytes of text that holds
// the most query-term weight (the MSet's per-term weights: a rare word
// counts more than a common one; the earliest such window wins), cuts it at
// word boundaries, HTML-escapes it, wraps every word that matches a query
// term in the given markers and marks cut ends with "...". A body without
// any query word gives its beginning.
//
// It does what Xapian's MSet::snippet does for our index at a fraction of
// the cost: MSet::snippet stems every word of the body, while a stemmed
// query term can only match words that start with the stem less its last
// letter, so Snippeter stems only those (English stems change at most the
// end of a word: "happy" -> "happi", "dying" -> "die"). Words are split with
// Xapian's own Unicode word characters, apostrophes inside a word included,
// as its TermGenerator splits them.
//
// English function words ("the", "of", "and", "in"; a fixed list), unless
// the query's heaviest term, are weak: their repeats add nothing to a
// window's weight, and they are highlighted only inside a run of matching
// words with a term that is not weak ("<mark>Lord</mark> <mark>of</mark>
// <mark>the</mark> <mark>Rings</mark>"), never alone.
//
// Query terms are the unprefixed words (exact, lowercase) and the "Z"
// stemmed terms of the query; prefixed terms (title:, facets) and wildcard
// patterns highlight nothing.
#ifndef NEWS_SEARCHER_SNIPPET_H_
#define NEWS_SEARCHER_SNIPPET_H_

#include <xapian.h>

#include <array>
#include <bitset>
#include <string>
#include <unordered_map>
#include <vector>

namespace news {

struct SnippetMarkup {
  std::string open = "<mark>";
  std::string close = "</mark>";
  std::string omit = "...";
};

class Snippeter {
 public:
  // Terms of `query`, weighted by `mset` (which must come from a search of
  // that query), then those of `more_query` that `query` lacks, weighted by
  // `more` (a search of `more_query`, such as the second match of a
  // rescored page, rescore.h; weight 1 without it).
  Snippeter(const Xapian::Query& query, const Xapian::MSet& mset, const Xapian::Stem& stemmer,
            const Xapian::Query& more_query = Xapian::Query(), const Xapian::MSet* more = nullptr);
  // Terms given directly: `words` match exactly, `stems` through the stemmer.
  Snippeter(const std::vector<std::pair<std::string, double>>& words,
            const std::vector<std::pair<std::string, double>>& stems, const Xapian::Stem& stemmer);

  std::string make(const std::string& text, size_t length,
                   const SnippetMarkup& markup = SnippetMarkup()) const;

 private:
  struct Stem {
    std::string stem;
    int term;  // index into weights_
  };
  struct Word {
    // Not "= default": resizing a vector would then zero every word, and
    // split() sizes its vector before it writes the words.
    Word() {}
    Word(size_t b, size_t e) : begin(b), end(e) {}
    size_t begin, end;  // byte range in the text
  };
  struct Match {
    size_t word;  // index into the words
    int term;     // index into weights_
  };
  // The query term `lower` (a lowercased word) matches, or -1.
  int match(const std::string& lower, std::unordered_map<std::string, int>* stemmed) const;
  // Every word of `text`; those that match a query term also into
  // *matches, in text order.
  std::vector<Word> split(const std::string& text, std::vector<Match>* matches) const;

  Xapian::Stem stemmer_;
  std::unordered_map<std::string, int> words_;  // word -> index into weights_
  std::vector<Stem> stems_;
  std::vector<double> weights_;  // per query term
  std::vector<bool> weak_;       // per query term (see above)
  // Adds the terms of `query` not added yet, weighted by `mset`.
  void add_query_terms(const Xapian::Query& query, const Xapian::MSet* mset,
                       std::vector<std::string>* terms);
  void mark_weak_terms(const std::vector<std::string>& terms);
  // Which words of the text match() need see, by their first two bytes
  // (ASCII only, either case, indexed by the byte): a word can match a
  // term only if its first byte is in `leads_`; a one-byte word only if it
  // is in `singles_`; a longer word whose second byte is ASCII only if
  // `pairs_` holds its first two. A query word notes its own first bytes, a
  // stem those of the stem less its last letter (any second byte if that
  // leaves one letter). Other words are passed over without a lowercase
  // copy or a lookup.
  std::array<bool, 128> leads_{}, singles_{};  // bytes, not bits: one load a word
  std::array<std::bitset<128>, 128> pairs_;
  bool empty_stem_ = false;
  // Notes a word (`stem` false) or a stem in the filters above.
  void note_term(const std::string& term, bool stem);
  // Once all terms are noted: an empty stem makes every word whose first
  // byte starts a term a candidate.
  void complete_filters();
};

}  // namespace news

#endif  // NEWS_SEARCHER_SNIPPET_H_
