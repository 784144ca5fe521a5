// Writes articles into a Xapian database on disk, in batches.
//
// One IndexWriter per database and process: Xapian allows a single writer,
// and a second one fails at once with DatabaseLockedError, reported as
// "database is locked by another indexer". Articles are replaced by their
// unique id term, so indexing an article again never duplicates it. Nothing
// is visible to readers until commit(); a crash loses at most the
// uncommitted batch and leaves the last committed state, which opens.
#ifndef NEWS_COMMON_INDEX_INDEX_WRITER_H_
#define NEWS_COMMON_INDEX_INDEX_WRITER_H_

#include <xapian.h>

#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/article.h"

namespace news {

// Thrown when the database cannot be opened for writing; what() names the
// path and the reason ("database is locked by another indexer").
class IndexOpenError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct IndexWriterOptions {
  // Collect spelling data ("did you mean") from titles and bodies.
  bool spelling = true;
};

// A document ready to write, built without the database (so that worker
// threads can build documents while one thread writes).
struct PreparedDocument {
  std::string id_term;
  Xapian::Document doc;
  std::vector<std::string> spelling_words;  // words to add to the spelling table
  std::vector<uint32_t> signature;          // near-duplicate signature, empty if none
};

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
  ~IndexWriter();  // commits what is pending; never throws

  // Adds or replaces the article with the same id. If an earlier article is
  // a near duplicate (fingerprint.h), the new one gets its collapse key, so
  // that the searcher shows the copies as one story.
  void add(PreparedDocument&& prepared);
  // Removes the article with this id; returns false if there was none.
  bool remove(const std::string& id);
  // Makes everything added so far durable and visible to searchers.
  void commit();

  size_t pending() const { return pending_; }
  Xapian::WritableDatabase& database() { return db_; }

 private:
  std::string path_;
  IndexWriterOptions options_;
  // The collapse key of the earliest near duplicate of `prepared`, or "".
  std::string find_original(const PreparedDocument& prepared);

  Xapian::WritableDatabase db_;
  size_t pending_ = 0;
  // Spelling words of the pending batch with their document counts, added
  // to the spelling table once per word at commit (far fewer calls).
  std::unordered_map<std::string, Xapian::termcount> spelling_;
};

}  // namespace news

#endif  // NEWS_COMMON_INDEX_INDEX_WRITER_H_
