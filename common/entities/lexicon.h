// The read-only word knowledge of the extractor: countries, organizations,
// titles, first names, famous people and rule word lists, built once from
// the data compiled into the library (embedded_data.h).
//
// Keys are "lookup forms": ASCII-lowercased token texts without periods,
// joined by single spaces ("U.S." -> "us", "Sen." -> "sen",
// "Secretary of State" -> "secretary of state"). A Lexicon is immutable
// after construction and safe to share between threads.
#ifndef NEWS_COMMON_ENTITIES_LEXICON_H_
#define NEWS_COMMON_ENTITIES_LEXICON_H_

#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/entities/tokenizer.h"

namespace news {
namespace entities {

enum class PhraseType : uint8_t {
  kCountry,      // a name, demonym or place of a country (index: country)
  kCountryWeak,  // an ambiguous country name ("Georgia"), counted only with a strong one
  kBlocker,      // not a country though it contains one ("New Jersey")
  kOrg,          // a well-known organization (index: org)
  kTitle,        // a title before a name ("Secretary of State")
};

struct Phrase {
  PhraseType type;
  int32_t index = -1;     // into countries() or orgs()
  uint8_t tokens = 0;     // length in tokens
  bool all_caps = false;  // matches only text in capitals ("US", not "Us")
  bool demonym = false;   // "Russian", "Americans": a country's people or adjective
};

// The word lists of data/words.tsv other than titles (which are phrases).
enum class WordList : uint8_t {
  kCueBefore,
  kCueAfter,
  kOrgKeyword,
  kOrgHead,
  kPlaceKeyword,
  kStopword,
  kEventNoun,
  kEventPrefix,
  kEventAdj,
  kStateNoun,
  kPlacePrefix,
  kWorkNoun,         // "the film Burning Man": a title of a work follows, no person
  kOrgCue,           // "the carmaker Toyota": an organization's name follows
  kOrgCueAfter,      // "a Zelcor spokesman": an organization's name comes before
  kTeamRole,         // "Chelsea defender William Gallas": a position in a team, between the
                     // team's name and a person's
  kCueMore,          // more cue words before a name, for the rules only
  kPlaceMore,        // more last words of places ("York Minster"), for the rules only
  kPlacePrefixMore,  // more first words of places ("Rue Cler", "Plac Wolności"), for the
                     // rules only
  kOrgKeywordMore,   // more last words of organizations ("International Brotherhood of
                     // Magicians"), for the rules only
  kOrgIndustry,      // last words of firms' names by trade ("Champlin Petroleum"), for the rules
                     // only
  kPersonAct,        // verbs right after a name that a person does and a club, firm or place
                     // does not ("Anna smiled", "Ruiz died"), for the rules only
  kKinBody,          // nouns after a name's possessive that only a person has ("Debbie's
                     // sister", "Ruiz's knee"), for the rules only
  kCount
};

struct Country {
  std::string code;     // ISO 3166-1 alpha-2, upper case
  std::string display;  // everyday English name
};

struct Org {
  std::string display;
  std::string slug;  // key of the id org:<slug>
};

// A set of strings that may answer "maybe" for strings not in it, but
// never "no" for one that is: a cheap test before a hash-table lookup.
class QuickFilter {
 public:
  void add(std::string_view s) {
    const uint64_t h = hash(s);
    bits_[h & kMask] = true;
    bits_[(h >> 32) & kMask] = true;
  }
  bool maybe(std::string_view s) const {
    const uint64_t h = hash(s);
    return bits_[h & kMask] && bits_[(h >> 32) & kMask];
  }

 private:
  static constexpr uint64_t kMask = (1u << 17) - 1;
  static uint64_t hash(std::string_view s) {  // FNV-1a
    uint64_t h = 1469598103934665603ull;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
  }
  std::vector<bool> bits_ = std::vector<bool>(kMask + 1);
};

// Appends the lookup form of `token` to `key` (no separator).
void append_lookup_form(std::string_view token, std::string* key);

class Lexicon {
 public:
  // Parses the lookup tables of the embedded data (the matching tables on
  // first use); throws std::runtime_error if the data is malformed.
  Lexicon();

  // Longest phrase (titles, countries, orgs, blockers) starting at
  // tokens[i]; returns nullptr if none.
  const Phrase* match(const std::vector<Token>& tokens, size_t i) const;

  // The demonym whose plural the capitalized word `word` is ("Belgians",
  // "Italians" -> the phrase of "Belgian", "Italian"), or nullptr. For the
  // rules only: the tagger's lexicon features use match() alone.
  const Phrase* demonym_plural(std::string_view word) const;

  const std::vector<Country>& countries() const { return countries_; }
  const std::vector<Org>& orgs() const { return orgs_; }
  // Index into countries() for an alpha-2 code (any case), or -1.
  int country_by_code(std::string_view code) const;
  // Index into countries() for a name, demonym or place typed by a user
  // (folded: "russia", "kremlin", "u.s."), or -1.
  int country_by_alias(std::string_view folded) const;
  // Index into countries() for a name of the country itself ("Netherlands",
  // "England"; not a demonym or a city), or -1.
  int country_by_name(std::string_view name) const;
  // Index into orgs() for a display name or alias in lookup form, or -1.
  int org_by_alias(std::string_view lookup) const;
  // Full name of a famous person by surname in lookup form, or "".
  std::string_view famous_person(std::string_view surname) const;

  // All word lists a word (in lookup form) is on, as bits: bit(list) and
  // kFirstNameBit. One hash lookup instead of one per list.
  static constexpr uint32_t kFirstNameBit = 1u << 31;
  static constexpr uint32_t bit(WordList list) { return 1u << static_cast<uint32_t>(list); }
  uint32_t word_bits(const std::string& lookup) const {
    load_matching_tables();
    if (!word_filter_.maybe(lookup)) return 0;
    auto it = word_bits_.find(lookup);
    return it == word_bits_.end() ? 0 : it->second;
  }

  // True if the word (any case) is a common English word written in lower
  // case by the dictionary (data/common_words.txt: "water", "match"), which
  // a capitalized name rarely is.
  bool is_common_word(std::string_view word) const;

  // Length in tokens of the longest known place (a city or a state,
  // province or county: data/places.txt) starting at tokens[i], or 0. Every
  // word of it must be capitalized ("Broken Arrow", not "Broken arrow").
  size_t place_length(const std::vector<Token>& tokens, size_t i) const;

  // Word lists, keyed by lookup form of one token.
  bool is_first_name(const std::string& lookup) const {
    load_matching_tables();
    return first_names_.count(lookup) != 0;
  }
  bool is_first_name(std::string_view lookup) const { return is_first_name(std::string(lookup)); }
  bool in_list(WordList list, const std::string& lookup) const {
    load_matching_tables();
    return lists_[static_cast<size_t>(list)].count(lookup) != 0;
  }
  bool in_list(WordList list, std::string_view lookup) const {
    return in_list(list, std::string(lookup));
  }
  // A cheap test that is true for every event noun or prefix (and some
  // other words): first letter and length; lets the event finder skip
  // most words without a hash lookup.
  bool maybe_event_word(std::string_view token) const {
    load_matching_tables();
    if (token.size() < 2 || token.size() > max_event_len_) return false;
    return event_pair_[pair_index(token)];
  }
  // Index of the first two bytes of a word, ASCII case ignored.
  static size_t pair_index(std::string_view w) {
    return (static_cast<size_t>(static_cast<unsigned char>(w[0]) | 0x20) << 8) |
           (static_cast<unsigned char>(w[1]) | 0x20);
  }
  bool is_acronym_stop(std::string_view text) const {
    load_matching_tables();
    return acronym_stop_.count(std::string(text)) != 0;
  }
  // Reuters-21578 table: field ("places", "orgs", "topics") and value -> target, or "".
  std::string_view reuters(std::string_view field, std::string_view value) const;

 private:
  void add_phrase(std::string_view text, Phrase p) const;
  void load_countries();
  void load_orgs();
  void load_words() const;
  void load_first_names() const;
  void load_people();  // famous people and the Reuters table
  // What only extraction reads (phrases, word lists, given names, and the
  // indexes over them) is built on first use: a searcher resolving query
  // words reads only the lookup tables (countries, orgs, famous people,
  // Reuters codes), and building the rest was most of every news-searcher
  // command's start. Called per token: one atomic load once built.
  void load_matching_tables() const {
    if (!matching_tables_loaded_.load(std::memory_order_acquire)) load_matching_tables_once();
  }
  void load_matching_tables_once() const;
  // The common-word dictionary and the place gazetteer, loaded on first
  // use: they are two thirds of the lexicon's construction time and only
  // extraction reads them (a searcher resolving query words never does).
  // Called per token: one atomic load once they are loaded.
  void load_extraction_lists() const {
    if (!extraction_lists_loaded_.load(std::memory_order_acquire)) load_extraction_lists_once();
  }
  void load_extraction_lists_once() const;
  void load_common_words() const;
  void load_places() const;

  struct Node {
    bool is_prefix = false;
    bool has_phrase = false;
    Phrase phrase{PhraseType::kTitle};
  };
  // The matching tables (mutable: built on first use, see above).
  mutable std::unordered_map<std::string, Node> phrases_;
  mutable size_t max_phrase_tokens_ = 1;
  std::vector<Country> countries_;
  std::unordered_map<std::string, int> country_by_code_;
  std::unordered_map<std::string, int> country_by_alias_;
  std::unordered_map<std::string, int> country_by_name_;
  std::vector<Org> orgs_;
  std::unordered_map<std::string, int> org_by_alias_;
  mutable std::unordered_set<std::string> first_names_;
  mutable std::vector<std::unordered_set<std::string>> lists_;
  mutable std::unordered_set<std::string> acronym_stop_;
  mutable std::unordered_map<std::string, uint32_t> word_bits_;
  mutable QuickFilter word_filter_;    // keys of word_bits_
  mutable QuickFilter phrase_filter_;  // keys of phrases_ (whole phrases and prefixes)
  mutable std::vector<bool> event_pair_ = std::vector<bool>(1 << 16);
  mutable size_t max_event_len_ = 0;
  // Phrases of orgs and countries, in load order, until the matching
  // tables are built (views of the compiled-in data).
  mutable std::vector<std::pair<std::string_view, Phrase>> pending_phrases_;
  mutable std::once_flag matching_tables_once_;
  mutable std::atomic<bool> matching_tables_loaded_{false};
  mutable std::once_flag extraction_lists_once_;
  mutable std::atomic<bool> extraction_lists_loaded_{false};
  // open addressing: hashes of common words, 0 = empty
  mutable std::vector<uint64_t> common_;
  mutable uint64_t common_mask_ = 0;
  mutable std::unordered_map<std::string, uint8_t> places_;  // key -> 1 place, 2 prefix (bits)
  mutable QuickFilter place_filter_;                         // keys of places_
  std::unordered_map<std::string, std::string> famous_;
  std::unordered_map<std::string, std::string> reuters_;
};

}  // namespace entities
}  // namespace news

#endif  // NEWS_COMMON_ENTITIES_LEXICON_H_
