// An in-memory copy of a database's spelling list that answers
// Database::get_spelling_suggestion() without reading the spelling table.
//
// Xapian 1.4 finds a suggestion by merging, on disk, the word lists of the
// word's fragments (its first two bytes, last two bytes, first and last
// byte for words of up to four bytes, and each three-byte run), then
// checking the edit distance of every word that shares enough fragments
// (a tenth of all search instructions on Reuters-21578's benchmark
// queries, benchmarks.md). SpellingIndex holds the same fragment lists
// as arrays of word numbers and runs the same selection over them: the
// words in the same order, the same fragment-count threshold, length and
// character-frequency tests, an edit distance with adjacent transpositions
// counted as one edit, and ties broken by the higher spelling frequency. So
// its answer is Xapian's, in about a sixth of the time (bench/spelling_check).
//
// Built once per database revision by a long-lived searcher (doc_values.h
// holds it; building reads the whole spelling list: 75 million
// instructions for Reuters' 45,029 words, tens of milliseconds). Immutable
// once built, so searches on several threads share it.
#ifndef NEWS_SEARCHER_SPELLING_INDEX_H_
#define NEWS_SEARCHER_SPELLING_INDEX_H_

#include <xapian.h>

#include <cstdint>
#include <string>
#include <vector>

namespace news {

class SpellingIndex {
 public:
  // Reads every word of `db`'s spelling list with its frequency.
  explicit SpellingIndex(const Xapian::Database& db);

  // What db.get_spelling_suggestion(word, max_edit_distance) returns for
  // the database this was built from: the closest word of the list (at most
  // `max_edit_distance` edits), the most frequent of equally close ones, or
  // "" if there is none or `word` itself is more frequent.
  std::string suggest(const std::string& word, unsigned max_edit_distance = 2) const;

  size_t words() const { return freqs_.size(); }
  size_t memory() const;  // bytes held, roughly

 private:
  std::string word_at(uint32_t id) const {
    return text_.substr(offsets_[id], offsets_[id + 1] - offsets_[id]);
  }
  // The word numbers whose fragment is `key` (ascending), as a range of ids_.
  void lookup(uint32_t key, const uint32_t** begin, const uint32_t** end) const;

  std::string text_;                      // the words, one after another, in byte order
  std::vector<uint32_t> offsets_;         // word id -> start in text_ (plus the end)
  std::vector<Xapian::termcount> freqs_;  // word id -> spelling frequency
  std::vector<uint32_t> keys_;            // distinct fragment keys, ascending
  std::vector<uint32_t> starts_;          // key index -> first entry in ids_
  std::vector<uint32_t> ids_;             // word ids by fragment, ascending
};

}  // namespace news

#endif  // NEWS_SEARCHER_SPELLING_INDEX_H_
