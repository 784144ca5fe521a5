// Finds named events in a tokenized article: a happening noun ("summit",
// "election", "war", "hack", "Games", "earthquake", ...) with a proper or
// dated modifier ("G20 summit", "2016 presidential election", "World War
// II", "summit in Helsinki" -> "Helsinki summit"), and named storms or
// operations ("Cyclone Phailin"). A noun with only common words before it
// ("the election") is not an event.
//
// Years: a year written before the event is part of its name and id
// ("2016 presidential election"); "last year's election" takes the year
// before the article's; recurring meetings (summits, games, conferences)
// with no year in the text take the article's year. Without a year from
// either, the name has none ("G20 summit").
#ifndef NEWS_COMMON_ENTITIES_EVENT_FINDER_H_
#define NEWS_COMMON_ENTITIES_EVENT_FINDER_H_

#include <string>
#include <vector>

#include "common/entities/lexicon.h"
#include "common/entities/tokenizer.h"

namespace news {
namespace entities {

struct Event {
  std::string name;  // display name, e.g. "2016 presidential election"
  int count = 0;
};

// Events of one article; `article_year` is 0 when the date is unknown.
std::vector<Event> find_events(const std::vector<Token>& tokens, const Lexicon& lex,
                               int article_year);

}  // namespace entities
}  // namespace news

#endif  // NEWS_COMMON_ENTITIES_EVENT_FINDER_H_
