// Internal to mention_finder: the Finder that scans a tokenized article for
// mentions, and the small token helpers its files share. Not for use outside
// mention_finder*.cc; the public contract is mention_finder.h. Finder reads the
// tokens and the lexicon it is given (both must outlive it) and appends to `out`
// and `defs`, which find_mentions() clears first.
#ifndef NEWS_COMMON_ENTITIES_MENTION_FINDER_SCAN_H_
#define NEWS_COMMON_ENTITIES_MENTION_FINDER_SCAN_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/entities/lexicon.h"
#include "common/entities/mention_finder.h"
#include "common/entities/tokenizer.h"

namespace news {
namespace entities {
namespace detail {

inline bool is_cap_word(const Token& t) {
  return t.has(kWord) && t.has(kCapitalized) && t.has(kNameShape);
}

// Two or more humps of a capital and two or more lower-case letters, ASCII
// only ("JetBlue", "GlaxoSmithKline"; not "SKidmoreCyber", "iPhone").
inline bool camel_case(const Token& t) {
  if (!t.has(kWord) || !t.has(kCapitalized) || t.has(kNameShape) || t.has(kAllCaps)) return false;
  int humps = 0;
  size_t lower = 2;
  for (char c : t.text) {
    if (c >= 'A' && c <= 'Z') {
      if (lower < 2) return false;
      ++humps;
      lower = 0;
    } else if (c >= 'a' && c <= 'z') {
      ++lower;
    } else {
      return false;
    }
  }
  return humps >= 2 && lower >= 2;
}

inline bool in(std::string_view w, std::initializer_list<const char*> words) {
  for (const char* x : words) {
    if (w == x) return true;
  }
  return false;
}

inline bool day_or_month(std::string_view w) {
  return in(w, {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"});
}

// Lowercase words that may stand inside a name ("Ludwig van Beethoven").
inline bool is_name_particle(std::string_view w) {
  return in(w, {"de", "du", "da", "del", "della", "der", "den", "van",  "von", "al",  "bin", "ibn",
                "la", "le", "y",  "des", "di",    "dos", "das", "bint", "ter", "ten", "el"});
}

// "al-Assad", "bin-Salman", "el-Sisi": a particle joined to a capitalized
// name; so are "d'Ettorre", "d'Alembert", "dell'Orto" by an apostrophe.
inline bool particle_name(const Token& t) {
  const std::string_view w = t.text;
  const size_t dash = w.find('-');
  if (dash != std::string_view::npos && dash + 1 < w.size()) {
    const char c = w[dash + 1];
    return c >= 'A' && c <= 'Z' && is_name_particle(w.substr(0, dash));
  }
  size_t after = std::string_view::npos, apos = w.find('\'');
  if (apos != std::string_view::npos) {
    after = apos + 1;
  } else if ((apos = w.find("\u2019")) != std::string_view::npos) {
    after = apos + 3;
  }
  if (after == std::string_view::npos || after >= w.size()) return false;
  const char c = w[after];
  return c >= 'A' && c <= 'Z' && in(w.substr(0, apos), {"d", "l", "dell", "dall", "degl"});
}

// "Paris-based", "state-owned", "London-listed": a compound that says
// where a firm sits or who owns it; the name right after it is an org.
// "-based" only after a capitalized word that is no common word: a place
// ("Windows-based Creative Zen", "wheel-based Emiews" are products).
inline bool org_compound(const Token& t, const Lexicon& lex) {
  const std::string_view w = t.text;
  const size_t dash = w.rfind('-');
  if (dash == std::string_view::npos || dash < 2) return false;
  const std::string_view tail = w.substr(dash + 1);
  if (tail == "based") return t.has(kCapitalized) && !lex.is_common_word(w.substr(0, dash));
  return in(tail, {"owned", "listed", "headquartered"});
}

inline bool is_quote(const Token& t) {
  return t.text == "\"" || t.text == "\u201c" || t.text == "'" || t.text == "\u2018";
}

// Lowercase words that may join the parts of an organization's name.
inline bool is_org_connector(std::string_view w) {
  return in(w, {"of", "for", "and", "&", "on", "the"});
}

class Finder {
 public:
  Finder(const std::vector<Token>& tokens, const Lexicon& lex, std::vector<Mention>* out,
         std::vector<std::pair<std::string, size_t>>* defs);
  void run();

 private:
  static constexpr uint32_t kUnknown = 0xFFFFFFFF;
  static const Phrase kUnmatched;

  // Word-list bits of token k, looked up once per token.
  uint32_t bits(size_t k) {
    if (bits_[k] == kUnknown) bits_[k] = toks_[k].has(kWord) ? lex_.word_bits(lookup(toks_[k])) : 0;
    return bits_[k];
  }
  // The rules-only org_keyword_more list counts as org keywords here.
  bool in(size_t k, WordList list) {
    uint32_t mask = Lexicon::bit(list);
    if (list == WordList::kOrgKeyword) mask |= Lexicon::bit(WordList::kOrgKeywordMore);
    return (bits(k) & mask) != 0;
  }
  // Lexicon::match at token k, computed once per token.
  const Phrase* match(size_t k) {
    if (phrase_[k] == &kUnmatched) phrase_[k] = lex_.match(toks_, k);
    return phrase_[k];
  }
  const std::string& lookup(const Token& t) {
    buf_.clear();
    append_lookup_form(t.text, &buf_);
    return buf_;
  }

  // Scanning (mention_finder.cc).
  bool state_follows(size_t j);
  bool title_surname(size_t i, size_t end);
  size_t saint_possessive(size_t i, size_t end);
  size_t extend_run(size_t j, bool after_first_word = false);
  bool is_connector_at(size_t k);
  bool hyphenated_countries(size_t i);
  size_t classify_run(size_t i, size_t end, int titled);

  // Organizations, acronyms and emit() (mention_finder_orgs.cc).
  size_t airline_end(size_t i);
  bool org_of(size_t k);
  bool deal_before(size_t k);
  bool org_member_before(size_t k);
  bool staff_before(size_t k);
  bool org_apposition(size_t k);
  bool org_cue_after(size_t b, size_t e);
  bool fixture_line(size_t b, size_t e);
  bool team_position_after(size_t b, size_t e);
  bool team_role_after(size_t b, size_t e);
  bool work_role_after(size_t b, size_t e);
  size_t split_at_and(size_t b, size_t e);
  bool industry_org(size_t b, size_t e, bool after_country = false);
  size_t industry_and(size_t b, size_t e);
  bool industry_joined(size_t b, size_t kw);
  bool day_opens_firm(size_t b, size_t e);
  bool state_org(size_t b, size_t e);
  size_t last_org_keyword(size_t b, size_t e);
  size_t org_span_end(size_t kw, size_t run_end);
  static bool team_word(std::string_view w);
  bool spelled_in_lower_case(size_t i);
  size_t emit(MentionKind kind, size_t b, size_t e, int index, int titled, bool is_name);
  bool initials_match(std::string_view acronym, size_t b, size_t e);
  bool of_org(size_t e);
  bool has_org_word(size_t b, size_t e);
  bool org_possessive(size_t b);
  bool names_something(size_t b, size_t e);

  // Names and people (mention_finder_names.cc).
  bool first_name(size_t k);
  bool cue_word(size_t k);
  bool plural_cue(size_t k);
  bool firm_of_cue(size_t i, size_t end);
  bool name_starts(size_t i, size_t end);
  bool speech_inversion(size_t k);
  bool kinship_apposition(size_t k);
  size_t surname_first_line(size_t b, bool emit_names);
  bool surname_place(size_t j, const Phrase* ph);
  bool adverb_or_gerund(size_t k);
  bool compound_modifier(size_t k);
  bool stopword_surname(size_t i, size_t e, size_t end);
  size_t classify_name(size_t i, size_t end, int titled);
  bool romanized_given_name(std::string_view w);
  int32_t listed_with(size_t b);
  bool in_parentheses(size_t k);
  bool pronoun_cue(size_t b, size_t e, size_t k);
  bool foreign_article(size_t b);
  bool award(size_t b, size_t e);
  bool all_common(size_t b, size_t e);
  bool apposition_cue(size_t k);
  bool cue_after(size_t b, size_t e, bool person_only = false);
  bool person_act_after(size_t b, size_t e);
  bool speech_verb(size_t k);
  bool says_it(const std::string& w);
  bool citation(size_t b, size_t e);
  bool substitute(size_t b, size_t e);
  bool modifies_noun(size_t k);
  bool cites();

  const std::vector<Token>& toks_;
  const Lexicon& lex_;
  std::vector<Mention>* out_;
  std::vector<std::pair<std::string, size_t>>* defs_;
  std::string buf_;
  std::vector<Token> part_;
  std::vector<uint32_t> bits_;
  std::vector<const Phrase*> phrase_;
  int cites_ = -1;  // cites(): -1 not yet known
};

}  // namespace detail
}  // namespace entities
}  // namespace news

#endif  // NEWS_COMMON_ENTITIES_MENTION_FINDER_SCAN_H_
