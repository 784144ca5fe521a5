// One article per story, for matches that need not say which copy of a
// story ranks best.
//
// Copies of one story share a collapse key (index_schema.h). StoryLeads
// marks, for one database revision, the lead of each story and every
// article that has no key. The lead is the longest copy (the most words;
// of equally long ones the first indexed), the one most likely to hold any
// word that one of the copies has. A match restricted to the leads
// (LeadsSource, as an OP_FILTER) gives each story once, so it needs no
// collapse: Xapian prunes it as a plain top-N match, where a collapsed
// match of a story with 20 copies has to rank 20 matches per story it
// keeps. The story is then ranked by its lead's weight rather than by its
// best copy's, which for copies (the same text, give or take a line) is
// the same or nearly; a story whose lead has none of the words, but another
// copy has, is missed.
//
// The searcher matches the leads instead of collapsing where the matches
// hold two or more copies per story (search_engine.cc, docs/search.md).
// Built from the in-memory collapse column (doc_values.h), so, like the
// columns, for a search over one local database.
#ifndef NEWS_SEARCHER_STORY_LEADS_H_
#define NEWS_SEARCHER_STORY_LEADS_H_

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <vector>

#include "searcher/doc_values.h"

namespace news {

class StoryLeads {
 public:
  // `collapse` is the column of `db`'s collapse key (at the same revision).
  StoryLeads(const Xapian::Database& db, const SlotColumn& collapse);

  // Whether `did` is a lead (ids past the last are not).
  bool is_lead(Xapian::docid did) const {
    return did - 1 < last_ && ((bits_[(did - 1) >> 6] >> ((did - 1) & 63)) & 1) != 0;
  }
  // The first lead at or after `did`, 0 if none.
  Xapian::docid next_lead(Xapian::docid did) const;
  // Number of leads, that is of stories.
  Xapian::doccount count() const { return count_; }
  Xapian::docid last_docid() const { return last_; }
  // The copies of ordinal `ord`'s story in the index (0 for ord 0).
  Xapian::doccount copies(uint32_t ord) const { return ord == 0 ? 0 : copies_[ord - 1]; }
  // Bytes held, roughly.
  size_t memory() const {
    return bits_.capacity() * sizeof(uint64_t) + copies_.capacity() * sizeof(Xapian::doccount);
  }

 private:
  std::vector<uint64_t> bits_;            // bit did - 1
  std::vector<Xapian::doccount> copies_;  // by ordinal - 1
  Xapian::docid last_ = 0;
  Xapian::doccount count_ = 0;
};

// The leads as a boolean posting list (weight 0), for Query(OP_FILTER, q,
// Query(new LeadsSource(leads)->release())). Over one database only.
class LeadsSource : public Xapian::PostingSource {
 public:
  explicit LeadsSource(std::shared_ptr<const StoryLeads> leads) : leads_(std::move(leads)) {}

  Xapian::doccount get_termfreq_min() const override { return 0; }
  Xapian::doccount get_termfreq_est() const override { return leads_->count(); }
  Xapian::doccount get_termfreq_max() const override { return leads_->count(); }
  Xapian::docid get_docid() const override { return current_; }
  void next(double min_wt) override;
  void skip_to(Xapian::docid did, double min_wt) override;
  bool check(Xapian::docid did, double min_wt) override;
  bool at_end() const override { return current_ == 0 && started_; }
  void init(const Xapian::Database& db) override;
  PostingSource* clone() const override { return new LeadsSource(leads_); }
  std::string name() const override { return "news::LeadsSource"; }

 private:
  std::shared_ptr<const StoryLeads> leads_;
  Xapian::docid current_ = 0;  // 0: before the start or past the end
  bool started_ = false;
  bool indeterminate_ = false;  // check() said no: current_ is no lead
};

}  // namespace news

#endif  // NEWS_SEARCHER_STORY_LEADS_H_
