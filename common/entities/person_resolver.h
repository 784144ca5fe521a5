// Resolves the name candidates of one article to people: full names become
// people when some evidence says so (a known given name, a title or cue
// word, the surname used alone elsewhere); a name used alone ("Putin",
// possessive "Putin's") counts for the full-name person it belongs to and
// never invents a new person, except a famous surname that the lexicon
// completes ("Trump" -> Donald Trump) when the article names no one else so.
// A name that is the title of a work somewhere in the article ("the film
// Vera Drake") is no person anywhere in it. A person needs person
// evidence in some mention (a title, a cue word, a given name, an initial,
// a cue after it that no club or firm takes: "said he", ", who") unless it
// is two words or more and opens with no place or common word: news names
// people so, while "Chelsea said" and "Time Warner said" name a club and a
// firm.
#ifndef NEWS_COMMON_ENTITIES_PERSON_RESOLVER_H_
#define NEWS_COMMON_ENTITIES_PERSON_RESOLVER_H_

#include <string>
#include <unordered_set>
#include <vector>

#include "common/entities/lexicon.h"
#include "common/entities/mention_finder.h"

namespace news {
namespace entities {

struct Person {
  std::string name;  // display name: the fullest form used in the article
  int count = 0;     // mentions, full and partial
};

// People of one article from its kName mentions (other kinds are ignored).
// `common_words` holds the lookup forms of the words the article also uses
// in lower case: a name made of them ("Previous Research") needs a given
// name, a title or a cue word to be a person.
std::vector<Person> resolve_people(const std::vector<Mention>& mentions, const Lexicon& lex,
                                   const std::unordered_set<std::string>& common_words);

}  // namespace entities
}  // namespace news

#endif  // NEWS_COMMON_ENTITIES_PERSON_RESOLVER_H_
