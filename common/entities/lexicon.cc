// The extractor's word knowledge; see lexicon.h for the contract.
#include "common/entities/lexicon.h"

#include <algorithm>
#include <stdexcept>

#include "common/entities/embedded_data.h"
#include "common/text_normalize.h"

namespace news {
namespace entities {

namespace {

// Calls f(line) for each non-empty, non-comment line of a text.
template <typename F>
void for_each_line(std::string_view text, F f) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    f(line);
  }
}

// Calls f(fields) for each non-comment line of a tab-separated text.
template <typename F>
void for_each_row(std::string_view text, F f) {
  std::vector<std::string_view> fields;
  for_each_line(text, [&](std::string_view line) {
    fields.clear();
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      if (tab == std::string_view::npos) {
        fields.push_back(line.substr(start));
        break;
      }
      fields.push_back(line.substr(start, tab - start));
      start = tab + 1;
    }
    f(fields);
  });
}

std::vector<std::string_view> split_bar(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t bar = s.find('|', start);
    if (bar == std::string_view::npos) bar = s.size();
    if (bar > start) out.push_back(s.substr(start, bar - start));
    start = bar + 1;
  }
  return out;
}

bool all_caps_alias(std::string_view s) {
  int letters = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

// Lookup form of a whole phrase: tokens in lookup form joined by spaces.
std::string phrase_key(std::string_view text, size_t* ntokens) {
  std::vector<Token> toks;
  tokenize(text, &toks);
  std::string key;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (i) key += ' ';
    append_lookup_form(toks[i].text, &key);
  }
  if (ntokens) *ntokens = toks.size();
  return key;
}

// FNV-1a of the ASCII-lower-cased bytes, never 0.
uint64_t lower_hash(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (char c : s) {
    const char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    h = (h ^ static_cast<unsigned char>(l)) * 1099511628211ull;
  }
  return h == 0 ? 1 : h;
}

constexpr size_t kMaxPlaceTokens = 4;

}  // namespace

void append_lookup_form(std::string_view token, std::string* key) {
  for (char c : token) {
    if (c == '.') continue;
    key->push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
  }
}

Lexicon::Lexicon() : lists_(static_cast<size_t>(WordList::kCount)) {
  // The lookup tables; the phrases of orgs and countries wait in
  // pending_phrases_, in this order, for the matching tables.
  load_orgs();
  load_countries();
  load_people();
}

void Lexicon::load_matching_tables_once() const {
  std::call_once(matching_tables_once_, [this] {
    // Load order decides conflicts: the first phrase stored for a key wins
    // (orgs, then countries, then the titles of words.tsv).
    for (const auto& [text, phrase] : pending_phrases_) add_phrase(text, phrase);
    pending_phrases_.clear();
    pending_phrases_.shrink_to_fit();
    load_words();
    load_first_names();
    for (size_t l = 0; l < lists_.size(); ++l) {
      for (const auto& w : lists_[l]) word_bits_[w] |= bit(static_cast<WordList>(l));
    }
    for (const auto& w : first_names_) word_bits_[w] |= kFirstNameBit;
    for (const auto& [w, b] : word_bits_) word_filter_.add(w);
    for (const auto& [k, node] : phrases_) phrase_filter_.add(k);
    matching_tables_loaded_.store(true, std::memory_order_release);
  });
}

void Lexicon::load_extraction_lists_once() const {
  std::call_once(extraction_lists_once_, [this] {
    load_common_words();
    load_places();
    extraction_lists_loaded_.store(true, std::memory_order_release);
  });
}

void Lexicon::load_common_words() const {
  const std::string_view text = data::common_words_txt();
  std::vector<uint64_t> hashes;
  for_each_line(text, [&](std::string_view line) { hashes.push_back(lower_hash(line)); });
  size_t cap = 16;
  while (cap < hashes.size() * 2) cap *= 2;
  common_mask_ = cap - 1;
  common_.assign(cap, 0);
  for (uint64_t h : hashes) {
    uint64_t slot = (h >> 17) & common_mask_;
    while (common_[slot] != 0 && common_[slot] != h) slot = (slot + 1) & common_mask_;
    common_[slot] = h;
  }
}

void Lexicon::load_places() const {
  for_each_line(data::places_txt(), [this](std::string_view line) {
    size_t n = 0;
    const std::string key = phrase_key(line, &n);
    if (key.empty() || n > kMaxPlaceTokens) return;
    places_[key] |= 1;
    for (size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1)) {
      places_[key.substr(0, sp)] |= 2;
    }
  });
  for (const auto& [k, v] : places_) place_filter_.add(k);
}

size_t Lexicon::place_length(const std::vector<Token>& tokens, size_t i) const {
  load_extraction_lists();
  size_t best = 0;
  std::string key;
  for (size_t k = 0; k < kMaxPlaceTokens && i + k < tokens.size(); ++k) {
    const Token& t = tokens[i + k];
    if (!t.has(kCapitalized) || (k > 0 && t.has(kLineBreakBefore))) break;
    if (k > 0) key += ' ';
    append_lookup_form(t.text, &key);
    if (!place_filter_.maybe(key)) break;
    auto it = places_.find(key);
    if (it == places_.end()) break;
    if (it->second & 1) best = k + 1;
    if (!(it->second & 2)) break;
  }
  return best;
}

bool Lexicon::is_common_word(std::string_view word) const {
  load_extraction_lists();
  if (word.size() < 3 || common_.empty()) return false;
  const uint64_t h = lower_hash(word);
  for (uint64_t slot = (h >> 17) & common_mask_; common_[slot] != 0;
       slot = (slot + 1) & common_mask_) {
    if (common_[slot] == h) return true;
  }
  return false;
}

void Lexicon::add_phrase(std::string_view text, Phrase p) const {
  size_t n = 0;
  std::string key = phrase_key(text, &n);
  if (key.empty()) return;
  p.tokens = static_cast<uint8_t>(n);
  p.all_caps = all_caps_alias(text);
  Node& node = phrases_[key];
  if (!node.has_phrase) {
    node.has_phrase = true;
    node.phrase = p;
  }
  if (n > max_phrase_tokens_) max_phrase_tokens_ = n;
  // Mark every proper prefix so that matching can stop early.
  for (size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1)) {
    phrases_[key.substr(0, sp)].is_prefix = true;
  }
}

void Lexicon::load_countries() {
  for_each_row(data::countries_tsv(), [&](const std::vector<std::string_view>& f) {
    if (f.size() < 6) throw std::runtime_error("countries.tsv: expected 6 columns");
    if (f[0] == "-") {
      for (auto name : split_bar(f[2]))
        pending_phrases_.emplace_back(name, Phrase{PhraseType::kBlocker});
      return;
    }
    const int idx = static_cast<int>(countries_.size());
    countries_.push_back({std::string(f[0]), std::string(f[1])});
    std::string code_key;
    append_lookup_form(f[0], &code_key);
    country_by_code_[code_key] = idx;
    for (size_t col = 2; col <= 4; ++col) {
      for (auto alias : split_bar(f[col])) {
        Phrase p{PhraseType::kCountry, idx};
        p.demonym = col == 3;
        pending_phrases_.emplace_back(alias, p);
        country_by_alias_.emplace(phrase_key(alias, nullptr), idx);
        if (col == 2) country_by_name_.emplace(phrase_key(alias, nullptr), idx);
      }
    }
    for (auto alias : split_bar(f[5])) {
      pending_phrases_.emplace_back(alias, Phrase{PhraseType::kCountryWeak, idx});
      country_by_alias_.emplace(phrase_key(alias, nullptr), idx);
      country_by_name_.emplace(phrase_key(alias, nullptr), idx);
    }
  });
}

void Lexicon::load_orgs() {
  for_each_row(data::orgs_tsv(), [&](const std::vector<std::string_view>& f) {
    const int idx = static_cast<int>(orgs_.size());
    orgs_.push_back({std::string(f[0]), slugify(f[0])});
    pending_phrases_.emplace_back(f[0], Phrase{PhraseType::kOrg, idx});
    org_by_alias_.emplace(phrase_key(f[0], nullptr), idx);
    if (f.size() > 1) {
      for (auto alias : split_bar(f[1])) {
        pending_phrases_.emplace_back(alias, Phrase{PhraseType::kOrg, idx});
        org_by_alias_.emplace(phrase_key(alias, nullptr), idx);
      }
    }
  });
}

void Lexicon::load_words() const {
  static const std::pair<const char*, WordList> kLists[] = {
      {"cue_before", WordList::kCueBefore},
      {"cue_after", WordList::kCueAfter},
      {"org_keyword", WordList::kOrgKeyword},
      {"org_head", WordList::kOrgHead},
      {"place_keyword", WordList::kPlaceKeyword},
      {"stopword", WordList::kStopword},
      {"event_noun", WordList::kEventNoun},
      {"event_prefix", WordList::kEventPrefix},
      {"event_adj", WordList::kEventAdj},
      {"state_noun", WordList::kStateNoun},
      {"place_prefix", WordList::kPlacePrefix},
      {"work_noun", WordList::kWorkNoun},
      {"org_cue", WordList::kOrgCue},
      {"org_cue_after", WordList::kOrgCueAfter},
      {"team_role", WordList::kTeamRole},
      {"cue_more", WordList::kCueMore},
      {"place_keyword_more", WordList::kPlaceMore},
      {"place_prefix_more", WordList::kPlacePrefixMore},
      {"org_keyword_more", WordList::kOrgKeywordMore},
      {"org_industry", WordList::kOrgIndustry},
      {"person_act", WordList::kPersonAct},
      {"kin_body", WordList::kKinBody}};
  for_each_row(data::words_tsv(), [&](const std::vector<std::string_view>& f) {
    if (f.size() < 2) throw std::runtime_error("words.tsv: expected 2 columns");
    if (f[0] == "title") {
      for (auto w : split_bar(f[1])) add_phrase(w, {PhraseType::kTitle});
      return;
    }
    if (f[0] == "acronym_stop") {
      for (auto w : split_bar(f[1])) acronym_stop_.emplace(w);
      return;
    }
    for (const auto& [name, list] : kLists) {
      if (f[0] == name) {
        for (auto w : split_bar(f[1])) {
          std::string key;
          append_lookup_form(w, &key);
          lists_[static_cast<size_t>(list)].insert(key);
          if ((list == WordList::kEventNoun || list == WordList::kEventPrefix) && !key.empty()) {
            if (key.size() >= 2) event_pair_[pair_index(key)] = true;
            max_event_len_ = std::max(max_event_len_, w.size());
          }
        }
        return;
      }
    }
    throw std::runtime_error("words.tsv: unknown list " + std::string(f[0]));
  });
}

void Lexicon::load_first_names() const {
  for (auto text : {data::first_names_txt(), data::first_names_extra_txt()}) {
    for_each_row(text, [&](const std::vector<std::string_view>& f) {
      std::string key;
      append_lookup_form(f[0], &key);
      first_names_.insert(key);
    });
  }
}

void Lexicon::load_people() {
  for_each_row(data::famous_people_tsv(), [&](const std::vector<std::string_view>& f) {
    if (f.size() < 2) throw std::runtime_error("famous_people.tsv: expected 2 columns");
    std::string key;
    append_lookup_form(f[0], &key);
    famous_.emplace(key, std::string(f[1]));
  });
  for_each_row(data::reuters_tsv(), [&](const std::vector<std::string_view>& f) {
    if (f.size() < 3) throw std::runtime_error("reuters.tsv: expected 3 columns");
    reuters_.emplace(std::string(f[0]) + '\t' + std::string(f[1]), std::string(f[2]));
  });
}

const Phrase* Lexicon::match(const std::vector<Token>& tokens, size_t i) const {
  load_matching_tables();
  const Phrase* best = nullptr;
  std::string key;
  key.reserve(64);
  for (size_t k = 0; k < max_phrase_tokens_ && i + k < tokens.size(); ++k) {
    const Token& t = tokens[i + k];
    if (k > 0) {
      if (t.has(kLineBreakBefore)) break;
      key += ' ';
    }
    append_lookup_form(t.text, &key);
    if (!phrase_filter_.maybe(key)) break;
    auto it = phrases_.find(key);
    if (it == phrases_.end()) break;
    const Node& node = it->second;
    if (node.has_phrase) {
      bool ok = true;
      if (node.phrase.all_caps) {
        for (size_t j = i; j <= i + k && ok; ++j) {
          if (tokens[j].has(kWord) && !tokens[j].has(kAllCaps) && tokens[j].text.size() > 1)
            ok = false;
        }
      }
      // The last word of a phrase must be capitalized too ("Russian roulette").
      if (ok && t.has(kWord) && !t.has(kCapitalized) && k > 0) ok = false;
      if (ok) best = &node.phrase;
    }
    if (!node.is_prefix) break;
  }
  return best;
}

const Phrase* Lexicon::demonym_plural(std::string_view word) const {
  load_matching_tables();
  if (word.size() < 5 || word.back() != 's' || word[0] < 'A' || word[0] > 'Z') return nullptr;
  std::string key;
  append_lookup_form(word.substr(0, word.size() - 1), &key);
  if (!phrase_filter_.maybe(key)) return nullptr;
  auto it = phrases_.find(key);
  if (it == phrases_.end() || !it->second.has_phrase) return nullptr;
  const Phrase& p = it->second.phrase;
  return p.demonym && p.tokens == 1 && p.type == PhraseType::kCountry ? &p : nullptr;
}

int Lexicon::country_by_code(std::string_view code) const {
  std::string key;
  append_lookup_form(code, &key);
  auto it = country_by_code_.find(key);
  return it == country_by_code_.end() ? -1 : it->second;
}

int Lexicon::country_by_alias(std::string_view folded) const {
  std::string key = phrase_key(folded, nullptr);
  auto it = country_by_alias_.find(key);
  return it == country_by_alias_.end() ? -1 : it->second;
}

int Lexicon::country_by_name(std::string_view name) const {
  std::string key = phrase_key(name, nullptr);
  auto it = country_by_name_.find(key);
  return it == country_by_name_.end() ? -1 : it->second;
}

int Lexicon::org_by_alias(std::string_view lookup) const {
  std::string key = phrase_key(lookup, nullptr);
  auto it = org_by_alias_.find(key);
  return it == org_by_alias_.end() ? -1 : it->second;
}

std::string_view Lexicon::famous_person(std::string_view surname) const {
  std::string key;
  append_lookup_form(surname, &key);
  auto it = famous_.find(key);
  return it == famous_.end() ? std::string_view() : std::string_view(it->second);
}

std::string_view Lexicon::reuters(std::string_view field, std::string_view value) const {
  auto it = reuters_.find(std::string(field) + '\t' + std::string(value));
  return it == reuters_.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace entities
}  // namespace news
