// In-memory copies of value slots, read by document id (what Lucene calls
// doc values and Solr's UnInvertedField builds): counting a facet over every
// match then costs an array lookup per match instead of a read from Xapian's
// value stream of the slot, and several facets and the collapse count do
// not each walk a stream of their own.
//
// A SlotColumn holds, for each document of one database, the ordinal of its
// value in the slot (0: no value) and the distinct values. DocValues keeps
// the columns of the databases a searcher has open, keyed by database,
// revision and slot, loads a column the first time a search asks for it and
// again after the indexer has committed (a commit may add, replace or
// delete any document), and drops the columns of older revisions and of
// other databases (one DocValues serves the searches over one database).
// Columns serve searches over one local database: a match spy over several
// sees each database's own document ids without knowing which database a
// match is from (Xapian 1.4's API does not say), so such searches, and
// remote shards, read the slots as before.
//
// DocValues also holds the database's spelling list in memory for "did you
// mean" (spelling_index.h), and every document's length for the any-word
// fill (any_words.h), on the same terms: built when first asked for, again
// after a commit.
//
// DocValues is thread-safe and meant to be shared by the SearchEngines of
// one process (the HTTP server's pool); columns are immutable once loaded.
#ifndef NEWS_SEARCHER_DOC_VALUES_H_
#define NEWS_SEARCHER_DOC_VALUES_H_

#include <xapian.h>

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>  // also std::once_flag
#include <string>
#include <tuple>
#include <vector>

namespace news {

class DocLengths;     // any_words.h
class SpellingIndex;  // spelling_index.h
class StoryLeads;     // story_leads.h

class SlotColumn {
 public:
  // Reads every value of `slot` in `db` (one pass over its value stream).
  SlotColumn(const Xapian::Database& db, Xapian::valueno slot);

  // The ordinal of document `did`'s value, 0 if it has none (or is newer
  // than the column).
  uint32_t ord(Xapian::docid did) const { return did - 1 < ords_.size() ? ords_[did - 1] : 0; }
  // The value of ordinal `ord` (1 ..distinct()).
  const std::string& value(uint32_t ord) const { return values_[ord - 1]; }
  // Number of distinct values.
  uint32_t distinct() const { return static_cast<uint32_t>(values_.size()); }
  // Bytes the column holds, roughly.
  size_t memory() const;

  // The entries of the values (a facet's slot holds one per line), each
  // distinct entry numbered: value(ord) has the entries ids[starts[ord - 1]]
  // up to ids[starts[ord]], and text[id] is entry id's text. Split at the
  // first call (thread-safe), so a facet's tally adds numbers, not strings,
  // and a column that no facet counts (the collapse key) never splits.
  struct Entries {
    std::vector<std::string> text;
    std::vector<uint32_t> starts;  // by ordinal - 1, plus the end
    std::vector<uint32_t> ids;
  };
  const Entries& entries() const;

 private:
  std::vector<uint32_t> ords_;  // by docid - 1
  std::vector<std::string> values_;
  mutable std::once_flag entries_once_;
  mutable Entries entries_;
  mutable std::atomic<bool> entries_split_{false};  // for memory()
};

class DocValues {
 public:
  // The column of `slot` in `db` (a local database, already reopened to
  // the revision the search reads), loaded if not held yet.
  std::shared_ptr<const SlotColumn> column(const Xapian::Database& db, Xapian::valueno slot);
  // The story leads (story_leads.h) of `db` from the column of its collapse
  // key's slot `slot`, built with that column and kept as long as it is.
  std::shared_ptr<const StoryLeads> leads(const Xapian::Database& db, Xapian::valueno slot);

  // The in-memory spelling list of `db` (spelling_index.h), built the first
  // time a search asks for a suggestion and again after a commit.
  std::shared_ptr<const SpellingIndex> spelling(const Xapian::Database& db);

  // The length of every document of `db` (any_words.h), read the first time
  // a search asks for it and again after a commit.
  std::shared_ptr<const DocLengths> lengths(const Xapian::Database& db);

  // Columns held, and the bytes of all that is held, the spelling list's
  // and the lengths included (for tests and the benchmark).
  size_t held() const;
  size_t memory() const;

 private:
  struct Held {
    Xapian::rev revision;
    std::shared_ptr<const SlotColumn> column;
    std::shared_ptr<const StoryLeads> leads;  // built on first use
  };
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, Xapian::valueno>, Held> held_;  // (uuid, slot)
  // One object built from a database (T(db), T::memory()), kept for one
  // database at one revision under a mutex of its own, so that a search
  // building it does not hold up another's columns. An engine behind the
  // revision held gets a private one, as from column().
  template <class T>
  class PerRevision {
   public:
    std::shared_ptr<const T> get(const Xapian::Database& db) {
      const Xapian::rev revision = db.get_revision();
      const std::string uuid = db.get_uuid();
      std::lock_guard<std::mutex> lock(mutex_);
      if (held_ && uuid == uuid_ && revision == revision_) return held_;
      if (held_ && uuid == uuid_ && revision < revision_) return std::make_shared<const T>(db);
      held_.reset();  // the old one goes first
      held_ = std::make_shared<const T>(db);
      uuid_ = uuid;
      revision_ = revision;
      return held_;
    }
    size_t memory() const {
      std::lock_guard<std::mutex> lock(mutex_);
      return held_ ? held_->memory() : 0;
    }

   private:
    mutable std::mutex mutex_;
    std::string uuid_;
    Xapian::rev revision_ = 0;
    std::shared_ptr<const T> held_;
  };
  PerRevision<SpellingIndex> spelling_;
  PerRevision<DocLengths> lengths_;
};

}  // namespace news

#endif  // NEWS_SEARCHER_DOC_VALUES_H_
