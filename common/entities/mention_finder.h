// Finds mentions in a tokenized article: countries and well-known
// organizations from the lexicon, organizations by pattern ("X Committee",
// "University of X"), acronyms (terms when the text spells them out in
// lower-case words), and name candidates that the person
// resolver later accepts or drops. Titles and cue words are recorded as
// evidence on the name that follows them; they are never part of a name.
#ifndef NEWS_COMMON_ENTITIES_MENTION_FINDER_H_
#define NEWS_COMMON_ENTITIES_MENTION_FINDER_H_

#include <string>
#include <vector>

#include "common/entities/lexicon.h"
#include "common/entities/tokenizer.h"

namespace news {
namespace entities {

enum class MentionKind : uint8_t {
  kCountry,  // index: country
  kOrg,      // index: known org, or -1 with `name` for an org found by pattern
  kAcronym,  // an all-capital word not in the lexicon ("DNC" before it is defined)
  kName,     // a capitalized name candidate: person or nothing
  kPlace,    // a place by its keyword ("Creek Turnpike", "Fort Lee"): no entity, but
             // no tagger span may make a person of it either
  kTerm,     // an acronym the text spells out in lower-case words ("radio frequency
             // interference (RFI)"): a term, no entity
  kEvent,    // the words of a named event ("Davis Cup", "Olympic Games"): no entity here
             // (events come from event_finder.h), and no tagger span may make a person
             // or org of them
};

struct Mention {
  MentionKind kind;
  uint32_t first = 0;  // token range [first, last)
  uint32_t last = 0;
  int32_t index = -1;
  bool weak = false;            // an ambiguous country name
  bool demonym = false;         // a country by its people's name ("Russian")
  bool state = false;           // a demonym before a title or a state noun ("Russian officials")
  bool titled = false;          // a title right before ("President", "Sen.")
  bool cued = false;            // a lowercase person cue word right before ("writer")
  bool work = false;            // a work noun right before ("the film Burning Man") or a star
                                // or director after it ("Sideways star Paul Giamatti"): a
                                // title, no person anywhere in the article
  bool org_cue = false;         // an org cue right before ("the carmaker Toyota", "Paris-based
                                // Euronext", "analysts Gartner"), a member ("Mara Jensen of
                                // Quillfeather") or a list with an org ("Toshiba and NEC"):
                                // an org
  bool fixture = false;         // a side of a fixture line ("Burnley or Blackburn v Leicester"):
                                // a team, an org wherever the name stands
  bool staff = false;           // a firm's staff and "for", "at" or "of" right before ("a
                                // manager for Capgemini"): an org unless the tagger says
                                // person or place
  bool weak_cue = false;        // the cue before is a verb or preposition that clubs and firms
                                // take too ("told Chelsea", "developed by Toshiba", '," said
                                // Jupiter')
  bool cue_after = false;       // "said", ", who", ... right after
  bool person_after = false;    // a cue after it that a person takes and a club or firm does
                                // not (", who", "he", an age, a person noun in apposition, a
                                // citation, "of" and an org, "smiled", "died", "'s sister",
                                // "and I"): no verb of speech ("Chelsea said")
  bool first_name = false;      // the first word is a known given name
  bool sentence_start = false;  // the first word opens a sentence
  bool unlikely_name = false;   // common words only ("Early Music"), a foreign article first
                                // ("La Dominique") or an award ("Teen Choice Awards")
  bool place = false;           // the words are a known city or state ("Tulsa", "Broken Arrow")
  bool place_first = false;     // a known city or state opens it ("Sheffield United")
  bool romanized = false;       // two or three words ending in a romanized Chinese or Korean
                                // given name ("Yau Wai-ching", "Kim Jong-un")
  bool after_the = false;       // "the" right before: a title, team or place ("the Red Sox")
  bool cut_short = false;       // a lone word before a word of no name shape ("George
                                // SKidmoreCyber"), a name ending in a compound
                                // ("Chitonga-speaking"), a brand in camel case
                                // ("PlayStation") or one word after "the" that modifies no
                                // noun ("the Bundesbank said"): no person
  uint8_t tag = 0;              // the tagger's majority label: 0 none, 1 person, 2 org, 3 place
  uint8_t person_words = 0;     // words the tagger labels person
  uint8_t other_words = 0;      // words the tagger labels org or place
  bool cited = false;           // a citation after it ("Parry (1971)", "Brieber et al.")
  bool bare = false;            // an org: a state body's keyword alone ("Parliament",
                                // "the Commission")
  int32_t listed_with = -1;  // index in the output of a name this one is listed with ("A, B and C")
  std::string name;          // the words, joined by single spaces
};

// Appends the mentions found in `tokens` to `out` (cleared first), in text
// order. `acronym_defs` receives (acronym, index into out) for every
// "Long Name (ACR)" or "ACR (Long Name)" seen.
void find_mentions(const std::vector<Token>& tokens, const Lexicon& lex, std::vector<Mention>* out,
                   std::vector<std::pair<std::string, size_t>>* acronym_defs);

}  // namespace entities
}  // namespace news

#endif  // NEWS_COMMON_ENTITIES_MENTION_FINDER_H_
