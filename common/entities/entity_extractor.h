// Entity extraction: people, countries, organizations and events in an article.
//
// An EntityExtractor holds read-only gazetteers and models compiled into the
// library (no files are read at run time); build one per process and share it:
// extract() and canonicalize() are const and safe to call from many threads.
#ifndef NEWS_COMMON_ENTITIES_ENTITY_EXTRACTOR_H_
#define NEWS_COMMON_ENTITIES_ENTITY_EXTRACTOR_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/article.h"

namespace news {

class EntityExtractor {
 public:
  EntityExtractor();
  // The same with another tagger model (the text of a file written by
  // bench/entities/train_tagger) instead of the compiled-in one: for
  // evaluating models trained on part of a corpus. Throws
  // std::runtime_error on a malformed model.
  explicit EntityExtractor(std::string_view tagger_model);
  ~EntityExtractor();
  EntityExtractor(const EntityExtractor&) = delete;
  EntityExtractor& operator=(const EntityExtractor&) = delete;

  // Entities of kinds person, country, org and event found in the article's
  // title and body, one per distinct id, with mention counts, ordered by
  // kind then descending count. The article date (if any) supplies the
  // year of events whose text gives none.
  std::vector<Entity> extract(const Article& article) const;

  // Gives a facet value supplied by the input (a Reuters PLACES code such as
  // "usa" or "west-germany", a PEOPLE entry such as "james-baker", an ORGS
  // entry, a TOPICS code, a crawler's tag) its canonical id and display name.
  // `kind` is person, country, org, event or topic. Returns false if the
  // value cannot be made into an entity (empty, or garbage).
  bool canonicalize(const std::string& kind, const std::string& value, Entity* out) const;

  // Resolves what a user typed after "person:", "country:", ... in a query
  // or a --filter ("Vladimir Putin", "putin", "vladimir-putin",
  // "person:vladimir-putin", "Russia", "RU", "Kremlin") to candidate ids of
  // that kind, best first. Used by the searcher; never empty for a
  // non-empty value (falls back to the slug of the value).
  std::vector<std::string> resolve_query_value(const std::string& kind,
                                               const std::string& value) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace news

#endif  // NEWS_COMMON_ENTITIES_ENTITY_EXTRACTOR_H_
