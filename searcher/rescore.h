// Second-phase scoring: a boost weighed on a match's best documents only.
//
// For a query of plain words, articles that have the words as a phrase rank
// above those where they are scattered: the phrase's weight is added again
// (query_builder.h). Inside one Xapian 1.4 match (OP_AND_MAYBE) that means
// reading the words' positions in every article that has all the words,
// including the many that can no longer reach the page. Here the page's
// match ranks by the words alone, and only its best `window` documents are
// checked for the phrase, by a second match restricted to them (the way
// Elasticsearch's rescore and Lucene's QueryRescorer work). Every document
// of the window gets exactly the weight the boosted query gives it (Xapian's
// weights depend on the collection, not on the match). A document past the
// window that has the phrase but too little weight from the words alone
// is not lifted onto the page, as it would be by the boost inside the match.
//
// For one database only: a PostingSource sees the document ids of each
// sub-database, so a search over shards keeps the boost inside its match.
#ifndef NEWS_SEARCHER_RESCORE_H_
#define NEWS_SEARCHER_RESCORE_H_

#include <xapian.h>

#include <string>
#include <vector>

namespace news {

// One match of a ranked list, with the weight it is ranked by.
struct RankedMatch {
  Xapian::MSetIterator it;
  double weight;
};

// `mset`'s matches in its own order, with Xapian's weights.
std::vector<RankedMatch> ranked_matches(const Xapian::MSet& mset);

// `mset` (a match from rank 0 over `db`) reranked: each of its first
// `window` matches gets the weight of `boost` in that document added (none
// where `boost` does not match it) and the window is sorted again (weight
// descending, then document id, as Xapian orders equal weights); the
// matches past the window follow in `mset`'s order, so that every page of a
// query sees one order. `*boost_mset`, if given, receives the second match
// (for the boost's term weights) when there was one, that is when `mset` is
// not empty.
std::vector<RankedMatch> rescore(const Xapian::Database& db, const Xapian::MSet& mset,
                                 const Xapian::Query& boost, size_t window,
                                 Xapian::MSet* boost_mset = nullptr);

// A fixed set of document ids as a boolean posting list (weight 0), for
// Query(OP_FILTER, q, Query(new DocSetSource(ids)->release())): restricts
// a match to those documents. `ids` is sorted and unique. One database only.
class DocSetSource : public Xapian::PostingSource {
 public:
  explicit DocSetSource(std::vector<Xapian::docid> ids) : ids_(std::move(ids)) {}

  Xapian::doccount get_termfreq_min() const override { return 0; }
  Xapian::doccount get_termfreq_est() const override { return size(); }
  Xapian::doccount get_termfreq_max() const override { return size(); }
  Xapian::docid get_docid() const override { return ids_[pos_]; }
  void next(double min_wt) override;
  void skip_to(Xapian::docid did, double min_wt) override;
  bool at_end() const override { return started_ && pos_ >= ids_.size(); }
  void init(const Xapian::Database& db) override;
  PostingSource* clone() const override { return new DocSetSource(ids_); }
  std::string name() const override { return "news::DocSetSource"; }

 private:
  Xapian::doccount size() const { return static_cast<Xapian::doccount>(ids_.size()); }

  std::vector<Xapian::docid> ids_;
  size_t pos_ = 0;
  bool started_ = false;
};

}  // namespace news

#endif  // NEWS_SEARCHER_RESCORE_H_
