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
    size_t begin, end;  // byte range in the text
    int term;           // index into the matched term weights, or -1
  };
  // The query term `lower` (a lowercased word) matches, or -1.
  int match(const std::string& lower, std::unordered_map<std::string, int>* stemmed) const;
  std::vector<Word> split(const std::string& text) const;

  Xapian::Stem stemmer_;
  std::unordered_map<std::string, int> words_;  // word -> index into weights_
  std::vector<Stem> stems_;
  std::vector<double> weights_;  // per query term
  std::vector<bool> weak_;       // per query term (see above)
  // Adds the terms of `query` not added yet, weighted by `mset`.
  void add_query_terms(const Xapian::Query& query, const Xapian::MSet* mset,
                       std::vector<std::string>* terms);
  void mark_weak_terms(const std::vector<std::string>& terms);
  // The first bytes of the words and stems: a word of the text whose first
  // byte (ASCII, lowercased) is none of them matches nothing.
  std::bitset<256> first_bytes_;
  void note_first_byte(const std::string& term);
};

}  // namespace news

#endif  // NEWS_SEARCHER_SNIPPET_H_
