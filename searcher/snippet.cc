// Query-highlighted snippets; see snippet.h.
#include "searcher/snippet.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <unordered_set>

namespace news {

namespace {

bool is_apostrophe(unsigned ch) { return ch == '\'' || ch == 0x2019; }

// The scan's byte classes, ordered so that each test in it is one
// comparison. Letters, digits and '_' are Xapian's word characters below
// 0x80; a byte from 0x80 starts or continues a character that Xapian's
// tables judge; an ASCII apostrophe joins two words ("Putin's"); NUL, which
// follows a std::string's last byte, ends every run of the others without a
// bounds check (and is not part of a word where the text holds one); every
// other byte is not part of a word.
enum ByteClass : unsigned char { kApostrophe, kNotWord, kNul, kHighByte, kWordByte };
constexpr std::array<ByteClass, 256> kByteClass = [] {
  std::array<ByteClass, 256> t{};
  for (unsigned c = 0; c < 256; ++c) {
    const bool word =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    t[c] = c == 0      ? kNul
           : c >= 0x80 ? kHighByte
           : word      ? kWordByte
           : c == '\'' ? kApostrophe
                       : kNotWord;
  }
  return t;
}();

// The end of the run of word bytes at p (p < end). Eight bytes at a time
// while eight are left: one branch for most words, where a loop over bytes
// has a branch at each word's end that the CPU mispredicts about once a
// word. Below 0x80 a byte's high bit is clear, so (v + (0x80 - lo)) &
// ~(v + (0x7F - hi)) sets it exactly where lo <= v <= hi, without carries
// between bytes.
const unsigned char* skip_word_bytes(const unsigned char* p, const unsigned char* end) {
  static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "the first byte is the low byte");
  constexpr uint64_t kOnes = 0x0101010101010101, kHigh = 0x8080808080808080;
  auto in_range = [](uint64_t v, unsigned lo, unsigned hi) {
    return (v + kOnes * (0x80 - lo)) & ~(v + kOnes * (0x7F - hi));
  };
  while (end - p >= 8) {
    uint64_t x = 0;
    std::memcpy(&x, p, 8);
    const uint64_t v = x & ~kHigh;
    const uint64_t word =
        in_range(v | kOnes * 0x20, 'a', 'z') | in_range(v, '0', '9') | in_range(v, '_', '_');
    const uint64_t other = (~word | x) & kHigh;  // bytes from 0x80 are not ASCII word bytes
    if (other != 0) return p + __builtin_ctzll(other) / 8;
    p += 8;
  }
  while (kByteClass[*p] == kWordByte) ++p;
  return p;
}

// Calls f with each ASCII byte whose lowercase is `c`: none for an
// uppercase letter or a byte from 0x80.
template <typename F>
void for_each_ascii_form(unsigned char c, F f) {
  if (c >= 0x80 || (c >= 'A' && c <= 'Z')) return;
  f(c);
  if (c >= 'a' && c <= 'z') f(static_cast<unsigned char>(c - 'a' + 'A'));
}

// Lowercase of a word into *out; ASCII without a detour through code points.
void lowercase_into(const char* begin, size_t size, std::string* out) {
  out->assign(begin, size);
  for (char& c : *out) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      *out = Xapian::Unicode::tolower(std::string(begin, size));
      return;
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

void append_escaped(std::string* out, const char* begin, const char* end) {
  const char* run = begin;  // start of the bytes not yet appended
  for (const char* p = begin; p < end; ++p) {
    const char* entity = *p == '&' ? "&amp;" : *p == '<' ? "&lt;" : *p == '>' ? "&gt;" : nullptr;
    if (entity == nullptr) continue;
    out->append(run, p);
    *out += entity;
    run = p + 1;
  }
  out->append(run, end);
}

// Output byte classes: folded whitespace, escaped bytes, the rest.
enum OutClass : unsigned char { kCopy, kSpace, kAmp, kLess, kGreater };
constexpr std::array<OutClass, 256> kOutClass = [] {
  std::array<OutClass, 256> t{};
  t[' '] = t['\n'] = t['\t'] = t['\r'] = kSpace;
  t['&'] = kAmp;
  t['<'] = kLess;
  t['>'] = kGreater;
  return t;
}();

// Text from one word through later words: the runs of whitespace between
// words become one space (words hold none), "&", "<" and ">" are escaped.
// Written in place, in one pass.
void append_folded(std::string* out, const char* begin, const char* end) {
  const size_t old = out->size();
  out->resize(old + 5 * static_cast<size_t>(end - begin));  // "&amp;" at most per byte
  char* o = &(*out)[old];
  auto out_class = [](const char* p) { return kOutClass[static_cast<unsigned char>(*p)]; };
  for (const char* p = begin; p < end;) {
    const OutClass k = out_class(p);
    if (k == kCopy) {
      *o++ = *p++;
    } else if (k == kSpace) {
      *o++ = ' ';
      while (++p < end && out_class(p) == kSpace) {
      }
    } else {
      for (const char* e = k == kAmp ? "&amp;" : k == kLess ? "&lt;" : "&gt;"; *e != '\0';) {
        *o++ = *e++;
      }
      ++p;
    }
  }
  out->resize(static_cast<size_t>(o - out->data()));
}

// True if the gap text[begin, end) ends a sentence ("." or "!" or "?"
// before whitespace, or a paragraph break).
bool ends_sentence(const std::string& text, size_t begin, size_t end) {
  for (size_t i = begin; i + 1 < end; ++i) {
    const char c = text[i];
    if (c == '\n' && text[i + 1] == '\n') return true;
    if ((c == '.' || c == '!' || c == '?') && (text[i + 1] == ' ' || text[i + 1] == '\n')) {
      return true;
    }
  }
  return false;
}

}  // namespace

Snippeter::Snippeter(const Xapian::Query& query, const Xapian::MSet& mset,
                     const Xapian::Stem& stemmer, const Xapian::Query& more_query,
                     const Xapian::MSet* more)
    : stemmer_(stemmer) {
  std::vector<std::string> terms;  // per query term, a stem without its "Z"
  add_query_terms(query, &mset, &terms);
  add_query_terms(more_query, more, &terms);
  mark_weak_terms(terms);
  complete_filters();
}

void Snippeter::add_query_terms(const Xapian::Query& query, const Xapian::MSet* mset,
                                std::vector<std::string>* terms) {
  auto weight = [mset](const std::string& term) {
    const double w = mset != nullptr ? mset->get_termweight(term) : 0;
    return w > 0 ? w : 1.0;
  };
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
    const std::string& term = *it;
    if (term.empty()) continue;
    const auto first = static_cast<unsigned char>(term[0]);
    if (term[0] == 'Z' && term.size() > 1) {
      const std::string stem = term.substr(1);
      if (std::any_of(stems_.begin(), stems_.end(), [&](const Stem& s) { return s.stem == stem; }))
        continue;
      stems_.push_back(Stem{stem, static_cast<int>(weights_.size())});
      weights_.push_back(weight(term));
      terms->push_back(stem);
      note_term(stem, true);
    } else if (!(first >= 'A' && first <= 'Z')) {
      if (words_.emplace(term, static_cast<int>(weights_.size())).second) {
        weights_.push_back(weight(term));
        terms->push_back(term);
        note_term(term, false);
      }
    }
  }
}

Snippeter::Snippeter(const std::vector<std::pair<std::string, double>>& words,
                     const std::vector<std::pair<std::string, double>>& stems,
                     const Xapian::Stem& stemmer)
    : stemmer_(stemmer) {
  std::vector<std::string> terms;
  for (const auto& [word, w] : words) {
    if (words_.emplace(word, static_cast<int>(weights_.size())).second) {
      weights_.push_back(w);
      terms.push_back(word);
    }
    note_term(word, false);
  }
  for (const auto& [stem, w] : stems) {
    stems_.push_back(Stem{stem, static_cast<int>(weights_.size())});
    weights_.push_back(w);
    terms.push_back(stem);
    note_term(stem, true);
  }
  mark_weak_terms(terms);
  complete_filters();
}

void Snippeter::mark_weak_terms(const std::vector<std::string>& terms) {
  // English function words, and the English stems that differ from them.
  static const std::unordered_set<std::string> kFunctionWords = {
      "a",     "an",    "and",  "are",  "as",    "at",  "be",   "but",  "by",   "for",   "from",
      "had",   "has",   "have", "he",   "her",   "his", "i",    "in",   "into", "is",    "it",
      "its",   "of",    "on",   "or",   "our",   "she", "than", "that", "the",  "their", "them",
      "there", "these", "they", "this", "those", "to",  "was",  "we",   "were", "which", "who",
      "will",  "with",  "you",  "your", "thi",   "hi",  "wa",   "ha"};
  const double heaviest =
      weights_.empty() ? 0 : *std::max_element(weights_.begin(), weights_.end());
  weak_.assign(weights_.size(), false);
  for (size_t t = 0; t < terms.size() && t < weights_.size(); ++t) {
    weak_[t] = weights_[t] < heaviest && kFunctionWords.count(terms[t]) > 0;
  }
}

void Snippeter::note_term(const std::string& term, bool stem) {
  if (term.empty()) {
    // An empty stem makes every word a candidate, but only of the first
    // bytes other terms start with: see complete_filters.
    empty_stem_ = empty_stem_ || stem;
    return;
  }
  // What match() compares of a word: the whole word, or a stem less its
  // last letter, as a prefix. Text bytes are noted in both cases.
  const size_t n = stem && term.size() > 1 ? term.size() - 1 : term.size();
  for_each_ascii_form(static_cast<unsigned char>(term[0]), [&](unsigned char first) {
    leads_[first] = true;
    if (n == 1) {
      singles_[first] = true;
      if (stem) pairs_[first].set();
    } else {
      for_each_ascii_form(static_cast<unsigned char>(term[1]),
                          [&](unsigned char second) { pairs_[first].set(second); });
    }
  });
}

void Snippeter::complete_filters() {
  if (!empty_stem_) return;
  for (unsigned first = 0; first < 128; ++first) {
    if (!leads_[first]) continue;
    singles_[first] = true;
    pairs_[first].set();
  }
}

int Snippeter::match(const std::string& lower,
                     std::unordered_map<std::string, int>* stemmed) const {
  if (auto it = words_.find(lower); it != words_.end()) return it->second;
  // A stem can only come from a word that starts with the stem less its
  // last letter; only those are stemmed (once per distinct word).
  bool candidate = false;
  for (const Stem& s : stems_) {
    const size_t n = s.stem.size() > 1 ? s.stem.size() - 1 : s.stem.size();
    // The first byte first: most words differ there (long queries have
    // dozens of stems).
    if (lower.size() >= n && (n == 0 || lower[0] == s.stem[0]) &&
        lower.compare(0, n, s.stem, 0, n) == 0) {
      candidate = true;
      break;
    }
  }
  if (!candidate) return -1;
  if (auto it = stemmed->find(lower); it != stemmed->end()) return it->second;
  const std::string stem = stemmer_(lower);
  int term = -1;
  for (const Stem& s : stems_) {
    if (s.stem == stem) {
      term = s.term;
      break;
    }
  }
  stemmed->emplace(lower, term);
  return term;
}

std::vector<Snippeter::Word> Snippeter::split(const std::string& text,
                                              std::vector<Match>* matches) const {
  // Written through a pointer held in a register (push_back stores the
  // vector's end each word); sized without zeroing (see Word), grown by hand.
  std::vector<Word> words(text.size() / 4 + 16);
  Word* out = words.data();
  Word* out_end = out + words.size();
  std::unordered_map<std::string, int> stemmed;
  std::string lower;  // the lowercase copy of a candidate word, reused
  const bool any_terms = !weights_.empty();
  // c_str(): the scan reads the NUL after the last byte (see kByteClass).
  const auto* const data = reinterpret_cast<const unsigned char*>(text.c_str());
  const unsigned char* const end = data + text.size();
  // The character at `p` (from 0x80) and its length in bytes, as Xapian
  // decodes it (invalid UTF-8 included).
  auto decode = [end](const unsigned char* p, unsigned* c, size_t* n) {
    // p < end: the max() only shows GCC that the iterator is not empty
    // (else -Wmaybe-uninitialized on its fields).
    const auto left = std::max<size_t>(1, static_cast<size_t>(end - p));
    Xapian::Utf8Iterator it(reinterpret_cast<const char*>(p), left);
    *c = *it;
    ++it;
    *n = std::max<size_t>(1, static_cast<size_t>(it.raw() - reinterpret_cast<const char*>(p)));
  };
  auto word_char_at = [&](const unsigned char* p) {
    if (kByteClass[*p] != kHighByte) return kByteClass[*p] == kWordByte;
    unsigned c = 0;
    size_t n = 0;
    decode(p, &c, &n);
    return Xapian::Unicode::is_wordchar(c);
  };
  const unsigned char* p = data;
  for (;;) {
    while (kByteClass[*p] <= kNotWord) ++p;
    const unsigned char* const begin = p;
    if (kByteClass[*p] == kWordByte) {
      ++p;
    } else if (kByteClass[*p] == kNul) {
      if (p == end) break;
      ++p;
      continue;
    } else {
      unsigned c = 0;
      size_t n = 0;
      decode(p, &c, &n);
      p += n;
      if (!Xapian::Unicode::is_wordchar(c)) continue;
    }
    for (;;) {
      p = skip_word_bytes(p, end);
      const ByteClass next = kByteClass[*p];
      if (next == kNotWord || next == kNul) break;
      unsigned c = *p;
      size_t n = 1;
      if (next == kHighByte) {
        decode(p, &c, &n);
        if (Xapian::Unicode::is_wordchar(c)) {
          p += n;
          continue;
        }
      }
      // An apostrophe inside a word ("Putin's") belongs to it.
      if (!is_apostrophe(c) || p + n >= end || !word_char_at(p + n)) break;
      p += n;
    }
    // Most words start with a byte, or two bytes, no query term can start
    // with: no lowercase copy, no lookup. Only ASCII bytes are judged so: a
    // character from 0x80 may lowercase to anything (KELVIN SIGN to 'k').
    const unsigned first = begin[0], second = begin[1];
    const bool candidate =
        first >= 0x80 ||
        (leads_[first] &&
         (p - begin == 1 ? singles_[first] : second >= 0x80 || pairs_[first][second]));
    if (any_terms && candidate) {
      lowercase_into(reinterpret_cast<const char*>(begin), static_cast<size_t>(p - begin), &lower);
      const int term = match(lower, &stemmed);
      if (term >= 0) matches->push_back(Match{static_cast<size_t>(out - words.data()), term});
    }
    if (out == out_end) {
      const size_t n = words.size();
      words.resize(2 * n);
      out = words.data() + n;
      out_end = words.data() + words.size();
    }
    *out++ = Word(static_cast<size_t>(begin - data), static_cast<size_t>(p - data));
  }
  words.resize(static_cast<size_t>(out - words.data()));
  return words;
}

std::string Snippeter::make(const std::string& text, size_t length,
                            const SnippetMarkup& markup) const {
  std::vector<Match> matches;
  matches.reserve(64);
  const std::vector<Word> words = split(text, &matches);
  if (words.empty()) return "";

  // Candidate windows: one per matching word (the first 256), starting at
  // its sentence if that begins within a third of the length before it,
  // else a sixth of the length before it; plus the lead.
  auto window_end = [&](size_t first) {
    // Word ends rise: the last word that ends within `length` of the first
    // word's start, or the first word itself.
    const size_t from = words[first].begin;
    const auto after =
        std::partition_point(words.begin() + static_cast<ptrdiff_t>(first) + 1, words.end(),
                             [&](const Word& w) { return w.end - from <= length; });
    return static_cast<size_t>(after - words.begin()) - 1;
  };
  // The matches of words first..last.
  auto matches_in = [&](size_t first, size_t last) {
    const auto by_word = [](const Match& m, size_t word) { return m.word < word; };
    const auto b = std::lower_bound(matches.begin(), matches.end(), first, by_word);
    const auto e = std::lower_bound(b, matches.end(), last + 1, by_word);
    return std::make_pair(b, e);
  };
  std::vector<unsigned char> seen(weights_.size());  // per term: in the window yet?
  auto score = [&](size_t first, size_t last) {
    std::fill(seen.begin(), seen.end(), 0);
    double s = 0;
    const auto [b, e] = matches_in(first, last);
    for (auto m = b; m != e; ++m) {  // in word order, as the sum's rounding depends on it
      s += !seen[m->term] ? weights_[m->term] : weak_[m->term] ? 0 : 0.001;
      seen[m->term] = 1;
    }
    return s;
  };
  std::vector<size_t> starts;
  starts.reserve(std::min<size_t>(matches.size(), 256) + 1);
  starts.push_back(0);
  for (size_t k = 0; k < matches.size() && k < 256; ++k) {
    const size_t m = matches[k].word;
    size_t first = m;
    while (first > 0 && words[m].begin - words[first - 1].begin <= length / 3 &&
           !ends_sentence(text, words[first - 1].end, words[first].begin)) {
      --first;
    }
    if (first > 0 && !ends_sentence(text, words[first - 1].end, words[first].begin)) {
      first = m;
      while (first > 0 && words[m].begin - words[first - 1].begin <= length / 6) --first;
    }
    if (starts.back() != first) starts.push_back(first);
  }
  size_t best_first = 0, best_last = 0;
  double best_score = -1;
  for (size_t first : starts) {
    const size_t last = window_end(first);
    const double s = score(first, last);
    if (s > best_score) {
      best_score = s;
      best_first = first;
      best_last = last;
    }
  }

  const size_t first = best_first, last = best_last;
  std::string out;
  out.reserve(length + 64);
  if (first > 0) out += markup.omit;
  if (words[first].end - words[first].begin > length) {
    // One word longer than the whole snippet: its first `length` bytes,
    // cut on a character boundary.
    size_t cut = words[first].begin + length;
    while (cut > words[first].begin && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
      --cut;
    }
    append_escaped(&out, text.data() + words[first].begin, text.data() + cut);
    out += markup.omit;
    return out;
  }
  // A weak term is highlighted within a run of matching words (nothing but
  // spaces and punctuation between them) that holds a term that is not weak.
  const char* const data = text.data();
  size_t done = words[first].begin;  // text before it is in `out`
  const auto [in_b, in_e] = matches_in(first, last);
  for (auto run = in_b; run != in_e;) {
    auto run_end = run + 1;
    while (run_end != in_e && run_end->word == (run_end - 1)->word + 1) ++run_end;
    const bool strong = std::any_of(run, run_end, [&](const Match& m) { return !weak_[m.term]; });
    for (; strong && run != run_end; ++run) {
      const Word& w = words[run->word];
      append_folded(&out, data + done, data + w.begin);
      out += markup.open;
      append_folded(&out, data + w.begin, data + w.end);
      out += markup.close;
      done = w.end;
    }
    run = run_end;
  }
  append_folded(&out, data + done, data + words[last].end);
  if (last + 1 < words.size()) {
    out += markup.omit;
  } else {
    // The text's last word: keep what follows it (a full stop) if short.
    size_t tail = words[last].end;
    while (tail < text.size() && tail - words[last].end < 4 && text[tail] != ' ' &&
           text[tail] != '\n') {
      ++tail;
    }
    append_escaped(&out, data + words[last].end, data + tail);
  }
  return out;
}

}  // namespace news
