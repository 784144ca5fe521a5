// JSON form of entities; see entity_json.h.
#include "common/entity_json.h"

#include <algorithm>
#include <string>

namespace news {

namespace {

int kind_rank(const std::string& kind) {
  static const char* const kOrder[] = {"person", "country", "org", "event", "topic"};
  for (int i = 0; i < 5; ++i) {
    if (kind == kOrder[i]) return i;
  }
  return 5;
}

}  // namespace

void sort_entities_for_display(std::vector<Entity>* entities) {
  std::stable_sort(entities->begin(), entities->end(), [](const Entity& a, const Entity& b) {
    const int ka = kind_rank(a.kind), kb = kind_rank(b.kind);
    if (ka != kb) return ka < kb;
    if (a.count != b.count) return a.count > b.count;
    return a.name < b.name;
  });
}

nlohmann::ordered_json entity_to_json(const Entity& e) {
  nlohmann::ordered_json j;
  j["kind"] = e.kind;
  j["id"] = e.id;
  j["name"] = e.name;
  j["count"] = e.count;
  return j;
}

nlohmann::ordered_json entities_to_json(const std::vector<Entity>& entities) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const Entity& e : entities) out.push_back(entity_to_json(e));
  return out;
}

}  // namespace news
