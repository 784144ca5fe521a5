// JSON form of entities, shared by `news-indexer extract --json` and the
// searcher's hits: {"kind": ..., "id": ..., "name": ..., "count": ...}.
#ifndef NEWS_COMMON_ENTITY_JSON_H_
#define NEWS_COMMON_ENTITY_JSON_H_

#include <nlohmann/json.hpp>
#include <vector>

#include "common/article.h"

namespace news {

// Kinds in display order (person, country, org, event, topic), then by
// descending count, then by name.
void sort_entities_for_display(std::vector<Entity>* entities);

nlohmann::ordered_json entity_to_json(const Entity& e);
nlohmann::ordered_json entities_to_json(const std::vector<Entity>& entities);

}  // namespace news

#endif  // NEWS_COMMON_ENTITY_JSON_H_
