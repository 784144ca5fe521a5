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

#include <cstdint>
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

// Appends the lookup form of `token` to `key` (no separator).
void append_lookup_form(std::string_view token, std::string* key);

class Lexicon {
 public:
  Lexicon();  // parses the embedded data; throws std::runtime_error if it is malformed

  // Longest phrase (titles, countries, orgs, blockers) starting at
  // tokens[i]; returns nullptr if none.
  const Phrase* match(const std::vector<Token>& tokens, size_t i) const;

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

  // Word lists, keyed by lookup form of one token.
  bool is_first_name(std::string_view lookup) const {
    return first_names_.count(std::string(lookup)) != 0;
  }
  bool in_list(WordList list, std::string_view lookup) const {
    return lists_[static_cast<size_t>(list)].count(std::string(lookup)) != 0;
  }
  bool is_acronym_stop(std::string_view text) const {
    return acronym_stop_.count(std::string(text)) != 0;
  }
  // Reuters-21578 table: field ("places", "orgs", "topics") and value -> target, or "".
  std::string_view reuters(std::string_view field, std::string_view value) const;

 private:
  void add_phrase(std::string_view text, Phrase p);
  void load_countries();
  void load_orgs();
  void load_words();
  void load_people();

  struct Node {
    bool is_prefix = false;
    bool has_phrase = false;
    Phrase phrase{PhraseType::kTitle};
  };
  std::unordered_map<std::string, Node> phrases_;
  size_t max_phrase_tokens_ = 1;
  std::vector<Country> countries_;
  std::unordered_map<std::string, int> country_by_code_;
  std::unordered_map<std::string, int> country_by_alias_;
  std::unordered_map<std::string, int> country_by_name_;
  std::vector<Org> orgs_;
  std::unordered_map<std::string, int> org_by_alias_;
  std::unordered_set<std::string> first_names_;
  std::vector<std::unordered_set<std::string>> lists_;
  std::unordered_set<std::string> acronym_stop_;
  std::unordered_map<std::string, std::string> famous_;
  std::unordered_map<std::string, std::string> reuters_;
};

}  // namespace entities
}  // namespace news

#endif  // NEWS_COMMON_ENTITIES_LEXICON_H_
