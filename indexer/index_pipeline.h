// The indexing pipeline: read -> extract entities -> build documents -> write.
//
// One reader (the calling thread), N worker threads that extract entities and
// build Xapian documents in parallel, and one writer thread that applies them
// in input order and commits every `batch_size` articles or `batch_seconds`
// seconds, whichever comes first (so a live stream from stdin becomes
// searchable within seconds). Bad input is reported on `err`, one line per
// bad file or record, and never stops the run.
//
// A bulk load (files into a single database that holds nothing yet) runs
// several writer threads instead (bulk_load.h): the articles become
// visible, and are reported committed, when the whole run is merged in.
#ifndef NEWS_INDEXER_INDEX_PIPELINE_H_
#define NEWS_INDEXER_INDEX_PIPELINE_H_

#include <ostream>
#include <string>
#include <vector>

#include "common/entities/entity_extractor.h"

namespace news {

struct PipelineOptions {
  std::string db_path;
  size_t shards = 0;           // 0: keep the layout db_path has; N: N shards
  size_t batch_size = 2000;    // commit after this many articles...
  double batch_seconds = 2.0;  // ...or after this long with articles pending
  unsigned workers = 0;        // entity/document threads; 0 = number of cores
  // Writer threads of a bulk load; 0: two on two or more cores, if the run
  // is a bulk load (files only, into one database holding nothing yet);
  // 1: never a bulk load.
  unsigned writers = 0;
  bool progress = false;     // draw a progress bar on stderr
  bool spelling = true;      // build "did you mean" data
  bool log_commits = false;  // one stderr line per commit with the ids made durable
};

struct PipelineStats {
  size_t articles = 0;  // articles written
  size_t errors = 0;    // bad files or records reported
  double seconds = 0;
};

// Runs the pipeline over files, directories or "-" (stdin). Throws
// IndexOpenError if the database cannot be opened, Xapian::Error on a
// failed write or commit (after reporting it).
PipelineStats run_index_pipeline(const std::vector<std::string>& paths,
                                 const PipelineOptions& options, const EntityExtractor& extractor,
                                 std::ostream& err);

// Fills article.entities and canonicalizes article.given_entities.
void annotate_entities(const EntityExtractor& extractor, Article* article);

}  // namespace news

#endif  // NEWS_INDEXER_INDEX_PIPELINE_H_
