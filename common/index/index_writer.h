// Writes articles into a Xapian database on disk, in batches.
//
// One IndexWriter per database and process: Xapian allows a single writer,
// and a second one fails at once with DatabaseLockedError, reported as
// "database is locked by another indexer". Articles are replaced by their
// unique id term, so indexing an article again never duplicates it. Nothing
// is visible to readers until commit(); a crash loses at most the
// uncommitted batch and leaves the last committed state, which opens.
//
// Spelling data ("did you mean") is gathered over several commits and added
// to the database every `spelling_every` articles or `spelling_seconds`, and
// by finish(): far fewer spelling table updates than once per commit. A crash
// may lose the spelling counts gathered since, never an article.
#ifndef NEWS_COMMON_INDEX_INDEX_WRITER_H_
#define NEWS_COMMON_INDEX_INDEX_WRITER_H_

#include <xapian.h>

#include <chrono>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/article.h"
#include "common/index/fingerprint.h"
#include "common/index/index_schema.h"

namespace news {

// Thrown when the database cannot be opened for writing; what() names the
// path and the reason ("database is locked by another indexer").
class IndexOpenError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Opens (creating) the database at `path` for writing; throws IndexOpenError
// naming the path and the reason ("database is locked by another indexer").
// `flags` are added to Xapian::DB_CREATE_OR_OPEN (e.g. Xapian::DB_NO_SYNC).
Xapian::WritableDatabase open_for_writing(const std::string& path, int flags = 0);

struct IndexWriterOptions {
  // Collect spelling data ("did you mean") from titles and bodies.
  bool spelling = true;
  // A commit adds the gathered spelling data once this many articles or
  // seconds have passed since it was last added.
  size_t spelling_every = 20000;
  double spelling_seconds = 30;
  // Keep this run's near-duplicate bands in memory so that add() finds
  // copies among the articles it added. Off when the caller links copies
  // itself and always passes `known_original` (ParallelWriter).
  bool remember_bands = true;
  // Commits wait until the data is on disk (fsync). Off for databases that
  // are thrown away if the process dies (a bulk load's parts).
  bool sync = true;
};

// A document ready to write, built without the database (so that worker
// threads can build documents while one thread writes).
struct PreparedDocument {
  std::string id_term;
  Xapian::Document doc;
  std::vector<std::string> spelling_words;      // words to add to the spelling table
  std::vector<uint32_t> signature;              // near-duplicate signature, empty if none
  std::vector<schema::FacetValue> facet_names;  // facet ids and names, for the name metadata
};

// True if `term` (of a built document) goes into the spelling table: an
// unprefixed word of 3 to 32 bytes without digits.
bool is_spelling_word(const std::string& term);

// Builds the document of an article (thread-safe; uses its own TermGenerator).
class DocumentBuilder {
 public:
  DocumentBuilder();
  PreparedDocument build(const Article& article, bool collect_spelling);

 private:
  Xapian::TermGenerator termgen_;
};

class IndexWriter {
 public:
  // Opens `path`, creating it if absent. Throws IndexOpenError.
  IndexWriter(const std::string& path, const IndexWriterOptions& options);
  ~IndexWriter();  // finish()es what is pending; never throws

  // Adds or replaces the article with the same id, and records the display
  // name of each of its facet values that the database has no name for
  // yet (metadata, schema::facet_name_key()). If an earlier article is
  // a near duplicate (fingerprint.h), the new one gets its collapse key, so
  // that the searcher shows the copies as one story. A non-null
  // `known_original` is that key (or "" for none) already looked up, by
  // ShardedWriter across all shards.
  void add(PreparedDocument&& prepared, const std::string* known_original = nullptr);
  // The collapse key of an earlier near duplicate of `prepared` in this
  // database ("" if none); `own_shard`: the article's id lives here, so its
  // own earlier version is not a copy. Gives the original its key if it had
  // none yet.
  std::string original_of(const PreparedDocument& prepared, bool own_shard);
  // Gives the article with `id_term` the collapse key `key` (its first copy
  // has arrived); false if there is no such article.
  bool set_collapse_key(const std::string& id_term, const std::string& key);
  // Removes the article with this id; returns false if there was none.
  bool remove(const std::string& id);
  // Counts `words` into the spelling data, as add() counts an article's
  // spelling words (ParallelWriter spreads the words over its databases).
  void add_spelling_words(std::vector<std::string>&& words);
  // Writes the display names of facet values not yet named in this
  // database (add() does it for the article's own values).
  void record_names(const std::vector<schema::FacetValue>& names);
  // Makes every article added so far durable and visible to searchers
  // (and the gathered spelling data too, when it is due).
  void commit();
  // Commits everything, the gathered spelling data included.
  void finish();

  size_t pending() const { return pending_; }
  Xapian::WritableDatabase& database() { return db_; }

 private:
  using Clock = std::chrono::steady_clock;

  // The collapse key of the earliest near duplicate of `prepared` other
  // than document `self`, or "".
  std::string find_original(const PreparedDocument& prepared, Xapian::docid self);
  // True if `id_term` cannot be in the database: it was empty when opened
  // and this writer has not added the id.
  bool is_new_id(const std::string& id_term) const;
  // The document id holding `id_term`, or 0.
  Xapian::docid own_docid(const std::string& id_term);
  // True if document `did` exists and is a near duplicate of `sig`.
  bool is_near_duplicate(Xapian::docid did, const Signature& sig, Xapian::Document* doc);
  void add_spelling();

  std::string path_;
  IndexWriterOptions options_;
  Xapian::WritableDatabase db_;
  size_t pending_ = 0;
  // Documents up to this id were there when the writer opened; later ones
  // were added by this writer and are in bands_ and (if the database was
  // empty) run_ids_, so that they need no database lookups.
  Xapian::docid opened_last_docid_ = 0;
  bool opened_empty_ = false;
  std::unordered_map<size_t, Xapian::docid> run_ids_;  // hash of id term -> docid
  BandIndex bands_;
  // Hashes of the facet ids known to be named (recorded or looked up), so
  // that each id costs one metadata lookup per run at most.
  std::unordered_set<size_t> named_;
  // Spelling words with their document counts, added to the spelling table
  // once per word when due (far fewer calls than once per document).
  std::unordered_map<std::string, Xapian::termcount> spelling_;
  size_t spelling_articles_ = 0;
  Clock::time_point spelling_added_ = Clock::now();
};

}  // namespace news

#endif  // NEWS_COMMON_INDEX_INDEX_WRITER_H_
