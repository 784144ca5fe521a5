// Match spies that read slot values from in-memory columns (doc_values.h)
// by document id instead of from Xapian's value streams.
//
// ColumnFacetSpy counts a facet kind as FacetSpy does (the same tally: a
// slot value's entries, each counted once per match), counting whole values
// by ordinal; tally() adds them up by entry number (each distinct value is
// split once per column: SlotColumn::entries()).
// CollapseCounter counts the matches that stay when copies sharing a
// collapse key are folded into one: matches without a key plus the number
// of distinct keys among the others, which is what Xapian's collapse on the
// slot leaves (one per key), and how many matches share each key: exact,
// where a pruned match's MSetIterator::get_collapse_count() sees only the
// copies that ranked high enough. Without a column it reads the key of each
// match from the slot, as Xapian's collapse would.
//
// With columns, both are for a search over one local database (doc_values.h
// says why); reading the slot, CollapseCounter serves several local
// databases too. Neither can be serialised to a remote shard.
#ifndef NEWS_SEARCHER_COLUMN_SPY_H_
#define NEWS_SEARCHER_COLUMN_SPY_H_

#include <xapian.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "searcher/doc_values.h"
#include "searcher/facet_spy.h"

namespace news {

class ColumnFacetSpy : public Xapian::MatchSpy {
 public:
  explicit ColumnFacetSpy(std::shared_ptr<const SlotColumn> column);

  void operator()(const Xapian::Document& doc, double wt) override;
  std::string name() const override { return "news::ColumnFacetSpy"; }
  std::string get_description() const override;

  // Per-entry counts, as FacetSpy::tally() gives them.
  FacetTally tally() const;

 private:
  // Columns with more distinct values than this count in a hash map, so
  // that a search does not clear an array as long as the dictionary.
  static constexpr uint32_t kDenseLimit = 1u << 16;

  std::shared_ptr<const SlotColumn> column_;
  std::vector<Xapian::doccount> dense_;  // by ordinal
  std::unordered_map<uint32_t, Xapian::doccount> sparse_;
};

class CollapseCounter : public Xapian::MatchSpy {
 public:
  // Keys from the in-memory column.
  explicit CollapseCounter(std::shared_ptr<const SlotColumn> column);
  // Keys read from each match's slot `slot` (a search without columns).
  explicit CollapseCounter(Xapian::valueno slot) : slot_(slot) {}

  void operator()(const Xapian::Document& doc, double wt) override;
  std::string name() const override { return "news::CollapseCounter"; }
  std::string get_description() const override;

  // Matches without a key plus distinct keys.
  Xapian::doccount count() const { return without_key_ + distinct_keys_; }
  // Every match seen, copies included.
  Xapian::doccount matches() const { return matches_; }
  // The other matches sharing the key of `doc` (0 if it has none).
  Xapian::doccount copies_of(const Xapian::Document& doc) const;

 private:
  static constexpr uint32_t kDenseLimit = 1u << 20;

  std::shared_ptr<const SlotColumn> column_;
  Xapian::valueno slot_ = Xapian::BAD_VALUENO;
  std::unordered_map<std::string, Xapian::doccount> by_value_;  // without a column
  Xapian::doccount matches_ = 0;
  Xapian::doccount without_key_ = 0;
  Xapian::doccount distinct_keys_ = 0;
  std::vector<Xapian::doccount> dense_;  // matches per ordinal
  std::unordered_map<uint32_t, Xapian::doccount> sparse_;
};

}  // namespace news

#endif  // NEWS_SEARCHER_COLUMN_SPY_H_
