// Query-highlighted snippets; see snippet.h.
#include "searcher/snippet.h"

#include <algorithm>
#include <array>
#include <unordered_set>

namespace news {

namespace {

bool is_apostrophe(unsigned ch) { return ch == '\'' || ch == 0x2019; }

// Letters, digits and '_' of ASCII: Xapian's word characters below 0x80.
constexpr std::array<bool, 128> kAsciiWordChar = [] {
  std::array<bool, 128> t{};
  for (unsigned c = 0; c < 128; ++c) {
    t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
  return t;
}();

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

// Text between two words: runs of whitespace become one space.
void append_gap(std::string* out, const std::string& text, size_t begin, size_t end) {
  bool space = false;
  for (size_t i = begin; i < end; ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space) *out += ' ';
    space = false;
    append_escaped(out, &text[i], &text[i] + 1);
  }
  if (space) *out += ' ';
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
      note_first_byte(stem);
    } else if (!(first >= 'A' && first <= 'Z')) {
      if (words_.emplace(term, static_cast<int>(weights_.size())).second) {
        weights_.push_back(weight(term));
        terms->push_back(term);
        note_first_byte(term);
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
    note_first_byte(word);
  }
  for (const auto& [stem, w] : stems) {
    stems_.push_back(Stem{stem, static_cast<int>(weights_.size())});
    weights_.push_back(w);
    terms.push_back(stem);
    note_first_byte(stem);
  }
  mark_weak_terms(terms);
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

void Snippeter::note_first_byte(const std::string& term) {
  if (!term.empty()) first_bytes_.set(static_cast<unsigned char>(term[0]));
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

std::vector<Snippeter::Word> Snippeter::split(const std::string& text) const {
  std::vector<Word> out;
  out.reserve(text.size() / 6 + 1);
  std::unordered_map<std::string, int> stemmed;
  std::string lower;  // the lowercase copy of a candidate word, reused
  const char* const data = text.data();
  const size_t size = text.size();
  size_t pos = 0;
  // The character at `at` (not ASCII) and its length in bytes.
  auto decode = [data, size](size_t at, unsigned* c, size_t* n) {
    Xapian::Utf8Iterator it(data + at, size - at);
    *c = *it;
    ++it;
    *n = static_cast<size_t>(it.raw() - (data + at));
    if (*n == 0) *n = 1;
  };
  // Is the character at `at` a word character? Its length in *n.
  auto word_at = [&](size_t at, unsigned* c, size_t* n) {
    const auto byte = static_cast<unsigned char>(data[at]);
    if (byte < 0x80) {
      *c = byte;
      *n = 1;
      return kAsciiWordChar[byte];
    }
    decode(at, c, n);
    return Xapian::Unicode::is_wordchar(*c);
  };
  unsigned ch = 0;
  size_t len = 0;
  while (pos < size) {
    if (!word_at(pos, &ch, &len)) {
      pos += len;
      continue;
    }
    const size_t begin = pos;
    pos += len;
    while (pos < size) {
      // ASCII letters and digits without a call.
      const auto byte = static_cast<unsigned char>(data[pos]);
      if (byte < 0x80 && kAsciiWordChar[byte]) {
        ++pos;
        continue;
      }
      if (word_at(pos, &ch, &len)) {
        pos += len;
        continue;
      }
      // An apostrophe inside a word ("Putin's") belongs to it.
      if (!is_apostrophe(ch) || pos + len >= size) break;
      unsigned next = 0;
      size_t next_len = 0;
      if (!word_at(pos + len, &next, &next_len)) break;
      pos += len;
    }
    // Most words start with a byte no query term starts with: no lowercase
    // copy, no lookup (only an ASCII first byte is judged so).
    auto lead = static_cast<unsigned char>(data[begin]);
    if (lead >= 'A' && lead <= 'Z') lead = static_cast<unsigned char>(lead - 'A' + 'a');
    int term = -1;
    if (!weights_.empty() && (lead >= 0x80 || first_bytes_.test(lead))) {
      lowercase_into(data + begin, pos - begin, &lower);
      term = match(lower, &stemmed);
    }
    out.push_back(Word{begin, pos, term});
  }
  return out;
}

std::string Snippeter::make(const std::string& text, size_t length,
                            const SnippetMarkup& markup) const {
  const std::vector<Word> words = split(text);
  if (words.empty()) return "";

  // Candidate windows: one per matching word (the first 256), starting at
  // its sentence if that begins within a third of the length before it,
  // else a sixth of the length before it; plus the lead.
  size_t best_first = 0;
  double best_score = -1;
  auto window_end = [&](size_t first) {
    size_t last = first;
    while (last + 1 < words.size() && words[last + 1].end - words[first].begin <= length) ++last;
    return last;
  };
  std::vector<unsigned char> seen(weights_.size());  // per term: in the window yet?
  auto score = [&](size_t first, size_t last) {
    std::fill(seen.begin(), seen.end(), 0);
    double s = 0;
    for (size_t i = first; i <= last; ++i) {
      const int term = words[i].term;
      if (term < 0) continue;
      s += !seen[term] ? weights_[term] : weak_[term] ? 0 : 0.001;
      seen[term] = 1;
    }
    return s;
  };
  std::vector<size_t> starts = {0};
  size_t candidates = 0;
  for (size_t m = 0; m < words.size() && candidates < 256; ++m) {
    if (words[m].term < 0) continue;
    ++candidates;
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
  for (size_t first : starts) {
    const double s = score(first, window_end(first));
    if (s > best_score) {
      best_score = s;
      best_first = first;
    }
  }

  const size_t first = best_first, last = window_end(first);
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
  std::vector<bool> hits(last - first + 1, false);
  for (size_t i = first; i <= last;) {
    if (words[i].term < 0) {
      ++i;
      continue;
    }
    size_t end = i;
    bool strong = false;
    while (end <= last && words[end].term >= 0) {
      strong = strong || !weak_[words[end].term];
      ++end;
    }
    for (size_t k = i; k < end; ++k) hits[k - first] = strong || !weak_[words[k].term];
    i = end;
  }
  for (size_t i = first; i <= last; ++i) {
    if (i > first) append_gap(&out, text, words[i - 1].end, words[i].begin);
    const bool hit = hits[i - first];
    if (hit) out += markup.open;
    append_escaped(&out, text.data() + words[i].begin, text.data() + words[i].end);
    if (hit) out += markup.close;
  }
  if (last + 1 < words.size()) {
    out += markup.omit;
  } else {
    // The text's last word: keep what follows it (a full stop) if short.
    size_t tail = words[last].end;
    while (tail < text.size() && tail - words[last].end < 4 && text[tail] != ' ' &&
           text[tail] != '\n') {
      ++tail;
    }
    append_escaped(&out, text.data() + words[last].end, text.data() + tail);
  }
  return out;
}

}  // namespace news
