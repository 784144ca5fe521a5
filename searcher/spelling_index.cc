// In-memory spelling suggestions; see spelling_index.h.
#include "searcher/spelling_index.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string_view>

namespace news {

namespace {

// A word must share at least this many fewer fragments than the best word
// seen so far to be passed over (Xapian's TRIGRAM_SCORE_THRESHOLD).
constexpr unsigned kFragmentSlack = 2;

// A fragment as one number: its kind ('H'ead, 'T'ail, 'B'ookends,
// 'M'iddle) and up to three bytes.
uint32_t key(char kind, char a, char b, char c = 0) {
  return static_cast<uint32_t>(static_cast<unsigned char>(kind)) << 24 |
         static_cast<uint32_t>(static_cast<unsigned char>(a)) << 16 |
         static_cast<uint32_t>(static_cast<unsigned char>(b)) << 8 |
         static_cast<uint32_t>(static_cast<unsigned char>(c));
}

// The fragments a word of the list is filed under (each once).
void word_fragments(std::string_view w, std::vector<uint32_t>* out) {
  out->clear();
  const size_t n = w.size();
  out->push_back(key('H', w[0], w[1]));
  out->push_back(key('T', w[n - 2], w[n - 1]));
  if (n <= 4) out->push_back(key('B', w[0], w[n - 1]));
  for (size_t i = 0; i + 3 <= n; ++i) out->push_back(key('M', w[i], w[i + 1], w[i + 2]));
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

// The fragments looked up for a word to correct: a repeated three-byte run
// counts twice, and short words also look up their transposed forms.
std::vector<uint32_t> query_fragments(std::string_view w) {
  std::vector<uint32_t> out;
  const size_t n = w.size();
  out.push_back(key('H', w[0], w[1]));
  out.push_back(key('T', w[n - 2], w[n - 1]));
  if (n <= 4) out.push_back(key('B', w[0], w[n - 1]));
  if (n > 2) {
    for (size_t i = 0; i + 3 <= n; ++i) out.push_back(key('M', w[i], w[i + 1], w[i + 2]));
    if (n == 3) {
      out.push_back(key('M', w[1], w[0], w[2]));  // abc -> bac
      out.push_back(key('M', w[0], w[2], w[1]));  // abc -> acb
    }
  } else {
    out.push_back(key('H', w[1], w[0]));  // ab -> ba
    out.push_back(key('T', w[1], w[0]));
  }
  return out;
}

// The code points of `s` into *out (whose capacity is kept from call to call).
void code_points(std::string_view s, std::vector<unsigned>* out) {
  out->clear();
  for (size_t i = 0; i < s.size(); ++i) {
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte >= 0x80) {  // not ASCII: decode the rest
      out->insert(out->end(), Xapian::Utf8Iterator(s.data() + i, s.size() - i),
                  Xapian::Utf8Iterator());
      return;
    }
    out->push_back(byte);
  }
}

// A lower bound of the edit distance from the two words' character counts
// (by code point modulo 64): an insertion or deletion changes the counts'
// difference by one, a substitution by two, a transposition not at all.
unsigned count_bound(const std::vector<unsigned>& a, const std::vector<unsigned>& b) {
  int counts[64] = {};
  for (unsigned c : a) ++counts[c % 64];
  for (unsigned c : b) --counts[c % 64];
  unsigned total = 0;
  for (int c : counts) total += static_cast<unsigned>(std::abs(c));
  return (total + 1) / 2;
}

// Edit distance with insertions, deletions, substitutions and transpositions
// of adjacent characters (each one edit; a transposed pair is not edited
// again), or `limit` + 1 if it is more than `limit`.
// `rows` is room for the computation, kept from call to call.
unsigned edit_distance(const std::vector<unsigned>& a, const std::vector<unsigned>& b,
                       unsigned limit, std::array<std::vector<unsigned>, 3>* rows) {
  const size_t n = a.size(), m = b.size();
  std::vector<unsigned>& before = (*rows)[0];
  std::vector<unsigned>& prev = (*rows)[1];
  std::vector<unsigned>& row = (*rows)[2];
  before.assign(m + 1, 0);
  prev.assign(m + 1, 0);
  row.assign(m + 1, 0);
  for (size_t j = 0; j <= m; ++j) prev[j] = static_cast<unsigned>(j);
  for (size_t i = 1; i <= n; ++i) {
    row[0] = static_cast<unsigned>(i);
    unsigned lowest = row[0];
    for (size_t j = 1; j <= m; ++j) {
      unsigned d = std::min({prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d = std::min(d, before[j - 2] + 1);
      }
      row[j] = d;
      lowest = std::min(lowest, d);
    }
    // Every later row builds on this one or the one before plus an edit.
    if (lowest > limit && i > 1 && *std::min_element(prev.begin(), prev.end()) > limit) {
      return limit + 1;
    }
    before.swap(prev);
    prev.swap(row);
  }
  return std::min(prev[m], limit + 1);
}

// Sorts `filed` (fragment key << 32 | word id, filed in word order) by key,
// keeping the word order within a key: two stable counting passes over the
// key's 16-bit halves, three times faster than a comparison sort here.
void sort_by_fragment(std::vector<uint64_t>* filed) {
  std::vector<uint64_t> sorted(filed->size());
  for (const int shift : {32, 48}) {
    std::vector<size_t> next(65537, 0);  // where each half's run starts
    for (const uint64_t f : *filed) ++next[((f >> shift) & 0xffff) + 1];
    for (size_t i = 1; i < next.size(); ++i) next[i] += next[i - 1];
    for (const uint64_t f : *filed) sorted[next[(f >> shift) & 0xffff]++] = f;
    filed->swap(sorted);
  }
}

}  // namespace

SpellingIndex::SpellingIndex(const Xapian::Database& db) {
  std::vector<uint64_t> filed;  // fragment key << 32 | word id
  std::vector<uint32_t> fragments;
  offsets_.push_back(0);
  for (auto it = db.spellings_begin(); it != db.spellings_end(); ++it) {
    const std::string w = *it;
    if (w.size() < 2) continue;  // never in a spelling list
    const auto id = static_cast<uint32_t>(freqs_.size());
    text_ += w;
    offsets_.push_back(static_cast<uint32_t>(text_.size()));
    freqs_.push_back(it.get_termfreq());
    word_fragments(w, &fragments);
    for (uint32_t k : fragments) filed.push_back(static_cast<uint64_t>(k) << 32 | id);
  }
  sort_by_fragment(&filed);
  ids_.reserve(filed.size());
  for (uint64_t f : filed) {
    const auto k = static_cast<uint32_t>(f >> 32);
    if (keys_.empty() || keys_.back() != k) {
      keys_.push_back(k);
      starts_.push_back(static_cast<uint32_t>(ids_.size()));
    }
    ids_.push_back(static_cast<uint32_t>(f));
  }
  starts_.push_back(static_cast<uint32_t>(ids_.size()));
}

void SpellingIndex::lookup(uint32_t k, const uint32_t** begin, const uint32_t** end) const {
  const auto it = std::lower_bound(keys_.begin(), keys_.end(), k);
  if (it == keys_.end() || *it != k) {
    *begin = *end = nullptr;
    return;
  }
  const size_t i = static_cast<size_t>(it - keys_.begin());
  *begin = ids_.data() + starts_[i];
  *end = ids_.data() + starts_[i + 1];
}

std::string SpellingIndex::suggest(const std::string& word, unsigned max_edit_distance) const {
  if (word.size() <= 1 || max_edit_distance == 0 || freqs_.empty()) return "";
  // No more edits than the word has bytes less one.
  max_edit_distance = std::min(max_edit_distance, static_cast<unsigned>(word.size() - 1));
  // How many of the word's fragments each word of the list shares, and
  // which words share any (a bit per word: read in order, they come in the
  // byte order of the words, as Xapian's merged lists give them).
  std::vector<uint16_t> shared(freqs_.size(), 0);
  std::vector<uint64_t> sharing((freqs_.size() + 63) / 64, 0);
  for (uint32_t k : query_fragments(word)) {
    const uint32_t *begin, *end;
    lookup(k, &begin, &end);
    for (const uint32_t* p = begin; p != end; ++p) {
      if (shared[*p] < UINT16_MAX) ++shared[*p];
      sharing[*p / 64] |= uint64_t{1} << (*p % 64);
    }
  }

  std::vector<unsigned> target, chars;
  std::array<std::vector<unsigned>, 3> rows;
  code_points(word, &target);
  chars.reserve(target.size() + 2 * max_edit_distance + 8);
  unsigned best_shared = 1;
  unsigned best_distance = max_edit_distance;
  Xapian::termcount best_freq = 0, exact_freq = 0;
  uint32_t best = 0;
  bool found = false;
  // Xapian's selection, word by word in byte order.
  auto consider = [&](uint32_t id) {
    const unsigned score = shared[id];
    if (score + kFragmentSlack < best_shared) return;
    best_shared = std::max(best_shared, score);
    const std::string_view term(text_.data() + offsets_[id], offsets_[id + 1] - offsets_[id]);
    // A code point is one to four bytes: a first test on the byte lengths.
    const long byte_gap = static_cast<long>(term.size()) - static_cast<long>(word.size());
    if (static_cast<unsigned long>(std::labs(byte_gap)) > best_distance * 4UL) return;
    code_points(term, &chars);
    const long gap = static_cast<long>(chars.size()) - static_cast<long>(target.size());
    if (static_cast<unsigned long>(std::labs(gap)) > best_distance) return;
    if (count_bound(chars, target) > best_distance) return;
    const unsigned distance = edit_distance(chars, target, best_distance, &rows);
    if (distance > best_distance) return;
    const Xapian::termcount freq = freqs_[id];
    if (distance == 0) {  // the word itself: a correction must be commoner
      exact_freq = freq;
      return;
    }
    if (distance < best_distance || freq > best_freq) {
      best = id;
      found = true;
      best_distance = distance;
      best_freq = freq;
    }
  };
  for (size_t block = 0; block < sharing.size(); ++block) {
    for (uint64_t bits = sharing[block]; bits != 0; bits &= bits - 1) {
      consider(static_cast<uint32_t>(block * 64 + static_cast<size_t>(__builtin_ctzll(bits))));
    }
  }
  if (!found || best_freq < exact_freq) return "";
  return word_at(best);
}

size_t SpellingIndex::memory() const {
  return text_.capacity() +
         (offsets_.capacity() + keys_.capacity() + starts_.capacity() + ids_.capacity()) *
             sizeof(uint32_t) +
         freqs_.capacity() * sizeof(Xapian::termcount);
}

}  // namespace news
