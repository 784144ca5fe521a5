// Facet values given by the input or typed by a user, made canonical with
// the lexicon: EntityExtractor::canonicalize() and resolve_query_value()
// are thin wrappers over these functions.
#ifndef NEWS_COMMON_ENTITIES_FACET_VALUES_H_
#define NEWS_COMMON_ENTITIES_FACET_VALUES_H_

#include <string>
#include <vector>

#include "common/article.h"
#include "common/entities/lexicon.h"

namespace news {
namespace entities {

// See EntityExtractor::canonicalize(). Reuters obsolete places go to their
// continuing state ("ussr" -> RU, "west-germany" -> DE); a PEOPLE surname
// that the lexicon knows gets the full name ("reagan" -> Ronald Reagan).
bool canonicalize_value(const Lexicon& lex, const std::string& kind, const std::string& value,
                        Entity* out);

// See EntityExtractor::resolve_query_value().
std::vector<std::string> resolve_value(const Lexicon& lex, const std::string& kind,
                                       const std::string& value);

// Id of a country by lexicon index: "country:RU".
std::string country_id(const Lexicon& lex, int index);

}  // namespace entities
}  // namespace news

#endif  // NEWS_COMMON_ENTITIES_FACET_VALUES_H_
