// Averaged-perceptron name tagger; see tagger.h.
#include "common/entities/tagger.h"

#include <stdexcept>

namespace news {
namespace entities {

namespace {

// Feature hashes keep 40 bits: the model file stores 10 hex digits.
constexpr uint64_t kKeyMask = (uint64_t{1} << 40) - 1;

uint64_t mix(uint64_t x) {  // splitmix64 finalizer
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

// FNV-1a of the bytes, ASCII lower-cased and periods kept.
uint64_t hash_lower(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (char c : s) {
    const char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    h = (h ^ static_cast<unsigned char>(l)) * 1099511628211ull;
  }
  return h;
}

uint64_t feature(uint64_t tmpl, uint64_t value) {
  const uint64_t k = mix(value ^ (tmpl * 0x9e3779b97f4a7c15ull)) & kKeyMask;
  return k == 0 ? 1 : k;
}

// "Putin" -> "Xx", "U.S." -> "X.X.", "G20" -> "Xd", "al-Assad" -> "x-Xx".
uint64_t shape_hash(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  char last = 0;
  int len = 0;
  for (char c : s) {
    char k;
    if (c >= 'A' && c <= 'Z') {
      k = 'X';
    } else if ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) {
      k = 'x';
    } else if (c >= '0' && c <= '9') {
      k = 'd';
    } else {
      k = c;
    }
    if (k == last) continue;
    last = k;
    if (++len > 6) break;
    h = (h ^ static_cast<unsigned char>(k)) * 1099511628211ull;
  }
  return h;
}

uint64_t token_shape(const std::vector<Token>& toks, long k) {
  if (k < 0) return 1;  // before the text
  if (static_cast<size_t>(k) >= toks.size()) return 2;
  return shape_hash(toks[static_cast<size_t>(k)].text);
}

uint64_t token_lower(const std::vector<Token>& toks, long k) {
  if (k < 0) return 1;
  if (static_cast<size_t>(k) >= toks.size()) return 2;
  const Token& t = toks[static_cast<size_t>(k)];
  if (t.has(kNumber)) return 3;
  return hash_lower(t.text);
}

bool short_lower_word(const Token& t) {
  return t.has(kWord) && !t.has(kCapitalized) && t.text.size() <= 4;
}

bool cap_word(const Token& t) { return t.has(kWord) && t.has(kCapitalized); }

constexpr size_t kLowerBits = size_t{1} << 15;

}  // namespace

bool TagContext::common_word(const std::vector<Token>& toks, const Lexicon& lex, size_t i) const {
  if (common_[i] < 0) common_[i] = lex.is_common_word(toks[i].text) ? 1 : 0;
  return common_[i] != 0;
}

size_t TagContext::place_length(const std::vector<Token>& toks, const Lexicon& lex,
                                size_t i) const {
  if (place_[i] < 0) place_[i] = static_cast<int8_t>(lex.place_length(toks, i));
  return static_cast<size_t>(place_[i]);
}

TagContext::TagContext(const std::vector<Token>& toks)
    : common_(toks.size(), -1), place_(toks.size(), -1), lower_bits_(kLowerBits / 64, 0) {
  for (const Token& t : toks) {
    if (!t.has(kWord) || t.has(kCapitalized) || t.text.size() < 3) continue;
    const uint64_t h = mix(hash_lower(t.text)) & (kLowerBits - 1);
    lower_bits_[h / 64] |= uint64_t{1} << (h % 64);
  }
}

bool TagContext::written_lower(const Token& t) const {
  const uint64_t h = mix(hash_lower(t.text)) & (kLowerBits - 1);
  return (lower_bits_[h / 64] >> (h % 64)) & 1;
}

uint8_t TagContext::history(const Token& t) const {
  auto it = history_.find(hash_lower(t.text));
  return it == history_.end() ? 0 : it->second;
}

void TagContext::record(const Token& t, uint8_t label) {
  const uint8_t type = label == kO ? 1 : static_cast<uint8_t>((label - 1) / 2 + 2);
  history_[hash_lower(t.text)] = type;
}

Tagger::Tagger(std::string_view model) {
  size_t pos = 0;
  std::vector<std::pair<uint64_t, std::vector<std::pair<int, float>>>> rows;
  float scale = 1000.0f;
  while (pos < model.size()) {
    size_t nl = model.find('\n', pos);
    if (nl == std::string_view::npos) nl = model.size();
    std::string_view line = model.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.empty() || line[0] == '#') continue;
    size_t sp = line.find(' ');
    if (sp == std::string_view::npos) throw std::runtime_error("tagger model: bad line");
    uint64_t key = 0;
    for (size_t i = 0; i < sp; ++i) {
      const char c = line[i];
      const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
      if (d < 0) throw std::runtime_error("tagger model: bad key");
      key = key * 16 + static_cast<uint64_t>(d);
    }
    std::vector<std::pair<int, float>> ws;
    size_t p = sp + 1;
    while (p < line.size()) {
      const int label = line[p] - '0';
      if (label < 0 || label >= kLabels || p + 1 >= line.size() || line[p + 1] != ':')
        throw std::runtime_error("tagger model: bad weight");
      p += 2;
      bool neg = false;
      if (p < line.size() && line[p] == '-') {
        neg = true;
        ++p;
      }
      long v = 0;
      while (p < line.size() && line[p] >= '0' && line[p] <= '9') v = v * 10 + (line[p++] - '0');
      ws.emplace_back(label, static_cast<float>(neg ? -v : v) / scale);
      while (p < line.size() && line[p] == ' ') ++p;
    }
    rows.emplace_back(key, std::move(ws));
  }
  size_t cap = 16;
  while (cap < rows.size() * 2) cap *= 2;
  mask_ = cap - 1;
  table_.assign(cap, 0);
  rows_.assign(cap, 0);
  keys_.reserve(rows.size());
  weights_.assign(rows.size() * kLabels, 0.0f);
  for (const auto& [key, ws] : rows) {
    const uint32_t row = static_cast<uint32_t>(keys_.size());
    keys_.push_back(key);
    for (const auto& [l, w] : ws) weights_[row * kLabels + static_cast<size_t>(l)] = w;
    uint64_t slot = mix(key) & mask_;
    while (table_[slot] != 0) slot = (slot + 1) & mask_;
    table_[slot] = key;
    rows_[slot] = row;
  }
}

int64_t Tagger::find(uint64_t key) const {
  if (keys_.empty()) return -1;
  uint64_t slot = mix(key) & mask_;
  while (table_[slot] != 0) {
    if (table_[slot] == key) return rows_[slot];
    slot = (slot + 1) & mask_;
  }
  return -1;
}

bool Tagger::candidate(const std::vector<Token>& toks, size_t i) {
  const Token& t = toks[i];
  if (cap_word(t)) return true;
  // "Bank of England", "Ludwig van Beethoven", "Johnson & Johnson".
  if (i == 0 || i + 1 >= toks.size()) return false;
  if (!(short_lower_word(t) || t.text == "&")) return false;
  return cap_word(toks[i - 1]) && cap_word(toks[i + 1]);
}

void Tagger::features(const std::vector<Token>& toks, const Lexicon& lex, size_t i, Label prev,
                      const TagContext& ctx, std::vector<uint64_t>* out, bool word) {
  out->clear();
  const long k = static_cast<long>(i);
  const Token& t = toks[i];
  const uint64_t low = token_lower(toks, k);
  const uint64_t shp = shape_hash(t.text);
  out->push_back(feature(1, 0));
  if (word) out->push_back(feature(2, low));
  out->push_back(feature(3, shp));
  const std::string_view w = t.text;
  if (word && w.size() >= 3) {
    out->push_back(feature(4, hash_lower(w.substr(w.size() - 3))));
    out->push_back(feature(5, hash_lower(w.substr(0, 3))));
  }
  if (word && w.size() >= 2) out->push_back(feature(6, hash_lower(w.substr(w.size() - 2))));
  const uint64_t lp1 = token_lower(toks, k - 1), ln1 = token_lower(toks, k + 1);
  out->push_back(feature(7, lp1));
  out->push_back(feature(8, ln1));
  out->push_back(feature(9, token_lower(toks, k - 2)));
  out->push_back(feature(10, token_lower(toks, k + 2)));
  const uint64_t sp1 = token_shape(toks, k - 1), sn1 = token_shape(toks, k + 1);
  out->push_back(feature(11, sp1));
  out->push_back(feature(12, sn1));
  out->push_back(feature(13, prev));
  out->push_back(feature(14, mix(shp) ^ prev));
  out->push_back(feature(15, mix(lp1) ^ prev));
  out->push_back(feature(16, mix(shp) ^ (t.has(kSentenceStart) ? 1 : 0)));
  out->push_back(feature(17, mix(shp) ^ sn1));
  if (word) out->push_back(feature(18, mix(lp1) ^ low));
  // Word lists of the token and its neighbours.
  std::string buf;
  for (long d = -1; d <= 1; ++d) {
    const long j = k + d;
    if (j < 0 || static_cast<size_t>(j) >= toks.size()) continue;
    const Token& tj = toks[static_cast<size_t>(j)];
    if (!tj.has(kWord)) continue;
    buf.clear();
    append_lookup_form(tj.text, &buf);
    // The work-noun, org-cue, team-role and cue_more lists serve the rules
    // only: as features they moved names in and out of the tagger's spans
    // by noise; so do the lists of more place and org words.
    uint32_t bits =
        lex.word_bits(buf) &
        ~(Lexicon::bit(WordList::kWorkNoun) | Lexicon::bit(WordList::kOrgCue) |
          Lexicon::bit(WordList::kOrgCueAfter) | Lexicon::bit(WordList::kTeamRole) |
          Lexicon::bit(WordList::kCueMore) | Lexicon::bit(WordList::kPlaceMore) |
          Lexicon::bit(WordList::kPlacePrefixMore) | Lexicon::bit(WordList::kOrgKeywordMore) |
          Lexicon::bit(WordList::kOrgIndustry) | Lexicon::bit(WordList::kPersonAct) |
          Lexicon::bit(WordList::kKinBody));
    while (bits) {
      const uint32_t b = static_cast<uint32_t>(__builtin_ctz(bits));
      bits &= bits - 1;
      out->push_back(feature(20 + static_cast<uint64_t>(d + 1), b));
      if (d == 0) out->push_back(feature(23, mix(b) ^ prev));
    }
  }
  // Lexicon phrases starting here or covering the token.
  if (t.has(kWord)) {
    if (const Phrase* ph = lex.match(toks, i)) {
      out->push_back(feature(24, static_cast<uint64_t>(ph->type) * 8 + (ph->tokens > 1 ? 1 : 0) +
                                     (ph->demonym ? 2 : 0)));
    }
    for (long d = 1; d <= 3 && k - d >= 0; ++d) {
      const size_t j = static_cast<size_t>(k - d);
      if (!toks[j].has(kWord) || !toks[j].has(kCapitalized)) continue;
      const Phrase* ph = lex.match(toks, j);
      if (ph && ph->tokens > d) {
        out->push_back(feature(25, static_cast<uint64_t>(ph->type)));
        break;
      }
    }
  }
  if (i + 1 < toks.size() && toks[i + 1].has(kPossessive)) out->push_back(feature(26, 0));
  if (t.has(kAllCaps)) out->push_back(feature(27, w.size() > 5 ? 5 : w.size()));
  // The article: the word in lower case elsewhere, its earlier label.
  if (t.has(kCapitalized) && w.size() >= 3 && ctx.written_lower(t))
    out->push_back(feature(28, t.has(kSentenceStart) ? 1 : 0));
  // Known places (cities, states): one starting here, or one covering the word.
  if (t.has(kCapitalized)) {
    const size_t len = ctx.place_length(toks, lex, i);
    if (len > 0) out->push_back(feature(34, len > 1 ? 1 : 0));
    for (long d = 1; d <= 2 && k - d >= 0; ++d) {
      const size_t j = static_cast<size_t>(k - d);
      if (!toks[j].has(kCapitalized)) break;
      if (ctx.place_length(toks, lex, j) > static_cast<size_t>(d)) {
        out->push_back(feature(35, 0));
        break;
      }
    }
  }
  // Common English words ("Water", "Match"): the word and its neighbours.
  for (long d = -1; d <= 1; ++d) {
    const long j = k + d;
    if (j < 0 || static_cast<size_t>(j) >= toks.size()) continue;
    const Token& tj = toks[static_cast<size_t>(j)];
    if (!tj.has(kWord) || !ctx.common_word(toks, lex, static_cast<size_t>(j))) continue;
    out->push_back(feature(31 + static_cast<uint64_t>(d + 1),
                           (tj.has(kCapitalized) ? 2 : 0) + (tj.has(kSentenceStart) ? 1 : 0)));
  }
  const uint8_t h = ctx.history(t);
  out->push_back(feature(29, h));
  out->push_back(feature(30, mix(h) ^ prev));
}

void Tagger::score(const std::vector<uint64_t>& feats, float* scores) const {
  for (uint64_t f : feats) {
    const int64_t row = find(f);
    if (row < 0) continue;
    const float* w = &weights_[static_cast<size_t>(row) * kLabels];
    for (int l = 0; l < kLabels; ++l) scores[l] += w[l];
  }
}

void Tagger::tag(const std::vector<Token>& toks, const Lexicon& lex,
                 std::vector<Label>* labels) const {
  labels->assign(toks.size(), kO);
  if (keys_.empty()) return;
  std::vector<uint64_t> feats;
  TagContext ctx(toks);
  Label prev = kO;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (!candidate(toks, i)) {
      prev = kO;
      continue;
    }
    features(toks, lex, i, prev, ctx, &feats);
    float s[kLabels] = {};
    score(feats, s);
    int best = 0;
    for (int l = 1; l < kLabels; ++l) {
      if (s[l] > s[best]) best = l;
    }
    prev = static_cast<Label>(best);
    (*labels)[i] = prev;
    ctx.record(toks[i], prev);
  }
}

std::vector<TagSpan> Tagger::spans(const std::vector<Label>& labels,
                                   const std::vector<Token>& toks) {
  std::vector<TagSpan> out = spans(labels);
  for (TagSpan& s : out) {
    while (s.last > s.first + 1 && s.last <= toks.size() && !toks[s.last - 1].has(kCapitalized))
      --s.last;
  }
  return out;
}

std::vector<TagSpan> Tagger::spans(const std::vector<Label>& labels) {
  std::vector<TagSpan> out;
  bool open = false;
  for (size_t i = 0; i <= labels.size(); ++i) {
    const Label l = i < labels.size() ? labels[i] : kO;
    const bool inside = l == kIPer || l == kIOrg || l == kILoc;
    const SpanType type = (l == kBPer || l == kIPer)   ? SpanType::kPerson
                          : (l == kBOrg || l == kIOrg) ? SpanType::kOrg
                                                       : SpanType::kPlace;
    if (open && (l == kO || !inside || out.back().type != type)) {
      out.back().last = static_cast<uint32_t>(i);
      open = false;
    }
    if (l != kO && !open) {
      out.push_back({static_cast<uint32_t>(i), 0, type});
      open = true;
    }
  }
  return out;
}

}  // namespace entities
}  // namespace news
