// "More like this": articles about the same story as a given one.
//
// The query is built from the article's most distinctive words (Xapian's
// expand set over a relevance set holding the article) and the candidates
// are reordered by the entities they share with it (people, countries,
// organizations, events): same words and same actors make the same story.
#ifndef NEWS_SEARCHER_SIMILAR_H_
#define NEWS_SEARCHER_SIMILAR_H_

#include <xapian.h>

#include <set>
#include <string>
#include <vector>

namespace news {

struct SimilarSeed {
  Xapian::docid docid = 0;
  Xapian::Query query;               // matches candidates; excludes the seed itself
  std::set<std::string> entity_ids;  // the seed's person/country/org/event ids
};

// Throws QueryError if there is no article with this id.
SimilarSeed similar_seed(const Xapian::Database& db, const std::string& id);

// The entity ids (person, country, org, event) of a document, from its slots.
std::set<std::string> document_entity_ids(const Xapian::Document& doc);

// A candidate's score after adding the bonus for shared entities: up to half
// of the best text score, in proportion to the Jaccard overlap of entity sets.
double similar_score(double text_score, double best_text_score,
                     const std::set<std::string>& seed_entities,
                     const std::set<std::string>& candidate_entities);

}  // namespace news

#endif  // NEWS_SEARCHER_SIMILAR_H_
