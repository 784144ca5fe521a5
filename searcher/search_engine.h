// Runs searches over one or more Xapian databases (local paths or remote
// shards "tcp://host:port" served by xapian-tcpsrv), as one combined index.
//
// Not thread-safe: use one SearchEngine per thread (each holds its own
// database handles). A search that meets DatabaseModifiedError (the indexer
// committed meanwhile) reopens and retries, so users never see it.
#ifndef NEWS_SEARCHER_SEARCH_ENGINE_H_
#define NEWS_SEARCHER_SEARCH_ENGINE_H_

#include <xapian.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/entities/entity_extractor.h"
#include "common/index/index_schema.h"
#include "searcher/column_spy.h"
#include "searcher/doc_values.h"
#include "searcher/facet_spy.h"
#include "searcher/search_types.h"

namespace news {

// A database that cannot be opened or read; what() names the path.
class DatabaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// How remote shards are opened and what happens when one fails.
struct ShardOptions {
  unsigned timeout_ms = 10000;  // connect and per-reply timeout of a remote shard
  // Answer from the shards that work, marking the response partial, instead
  // of failing when a shard cannot be reached.
  bool allow_partial = false;
};

class SearchEngine {
 public:
  // Opens every database. Throws DatabaseError (e.g. "no database at ./news.db").
  SearchEngine(const std::vector<std::string>& paths, const EntityExtractor& extractor,
               const SearchLimits& limits, const ShardOptions& shard_options = ShardOptions());

  // Throws QueryError for a bad request, DatabaseError if the index fails.
  SearchResponse search(const SearchRequest& request);

  // Looks an article up by id; false if there is none. Throws DatabaseError.
  bool find_article(const std::string& id, schema::StoredArticle* out);

  // Picks up the latest commit of every database.
  void reopen();

  const Xapian::Database& database() const { return db_; }

  // Counts facets and collapsed matches from in-memory copies of the slots
  // held by `values` (doc_values.h), which the engines of one process
  // share. For a process that answers many searches: the first search after
  // each commit loads the columns it needs (about 100 ms for two facets
  // and the collapse key over 431,560 articles), which a one-off command
  // would pay for nothing. Without it, each match's slots are read from
  // the database.
  void use_doc_values(std::shared_ptr<DocValues> values) { doc_values_ = std::move(values); }

 private:
  SearchResponse run(const SearchRequest& request);
  // Counts one facet kind over `text` filtered by the other kinds' filters.
  FacetTally count_without_own_filter(const Xapian::Query& text, const Xapian::Query& other_filters,
                                      const std::string& kind, bool daily);
  // The selected values of one facet kind over every article, from the
  // frequencies of its facet terms (no article is visited).
  std::vector<FacetCount> facet_values_from_terms(const std::string& kind,
                                                  const FacetSelection& selection,
                                                  size_t* distinct);
  // Counts the collector's facets over every match of `text` and `filter`
  // (unweighted); returns the number of matches, copies collapsed if
  // `collapse` (from the collapse key's column when every database is
  // local, so no slot is read per match).
  // `keys` receives the collapse counter when one counted.
  Xapian::doccount count_facets(const Xapian::Query& text, const Xapian::Query& filter,
                                FacetCollector* collector, bool collapse,
                                std::unique_ptr<CollapseCounter>* keys = nullptr);
  // The display name of facet value `id` from the databases' metadata
  // ("" if none has it), cached: a name never changes once written.
  std::string facet_name(const std::string& id);
  void validate(const SearchRequest& request) const;
  // True if facets and collapse counts come from in-memory columns: the
  // engine has them and the search has one database, a local one
  // (doc_values.h).
  bool use_columns() const { return doc_values_ && !has_remote_ && shards_.size() == 1; }
  // After a network error: leaves out the remote shards that do not answer.
  void drop_unreachable_shards();

  std::vector<std::string> paths_;
  ShardOptions shard_options_;
  std::vector<std::string> unavailable_;  // shards left out (allow_partial)
  const EntityExtractor& extractor_;
  SearchLimits limits_;
  Xapian::Database db_;
  // The same databases one by one: metadata of a combined database is read
  // from its first database only.
  std::vector<Xapian::Database> shards_;
  std::unordered_map<std::string, std::string> names_;  // facet_name() cache
  std::shared_ptr<DocValues> doc_values_;               // null: slots read per match
  bool has_remote_ = false;
};

}  // namespace news

#endif  // NEWS_SEARCHER_SEARCH_ENGINE_H_
