// Counting multi-valued facets over all matches of a query.
//
// A document's facet slot holds the keys of all its values of one kind,
// joined by '\n' (index_schema.h). FacetSpy is a Xapian MatchSpy that counts
// each entry separately. It serialises its results so that Xapian can
// merge the counts of several databases; for remote shards, whose
// xapian-tcpsrv knows only built-in spies, FacetTally sums the counts of
// Xapian's own ValueCountMatchSpy (one count per distinct whole slot value)
// split into entries. Both give the same counts.
#ifndef NEWS_SEARCHER_FACET_SPY_H_
#define NEWS_SEARCHER_FACET_SPY_H_

#include <xapian.h>

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "searcher/search_types.h"

namespace news {

// Per-entry counts, keyed by the slot entry ("vladimir-putin"; "id\tname" in
// indexes written before the compact form).
using FacetTally = std::unordered_map<std::string, Xapian::doccount>;

class FacetSpy : public Xapian::MatchSpy {
 public:
  explicit FacetSpy(Xapian::valueno slot) : slot_(slot) {}

  void operator()(const Xapian::Document& doc, double wt) override;
  Xapian::MatchSpy* clone() const override { return new FacetSpy(slot_); }
  std::string name() const override { return "news::FacetSpy"; }
  std::string serialise() const override;
  Xapian::MatchSpy* unserialise(const std::string& serialised,
                                const Xapian::Registry& context) const override;
  std::string serialise_results() const override;
  void merge_results(const std::string& serialised) override;
  std::string get_description() const override;

  // The per-entry counts: the local matches' slot values split into their
  // entries, plus the merged results of other databases.
  FacetTally tally() const;

 private:
  Xapian::valueno slot_;
  // Counts of whole slot values: documents share a few combinations (the
  // same month, "US" alone), so each is split once, in tally(), not per match.
  std::unordered_map<std::string, Xapian::doccount> values_;
  std::string last_value_;  // the previous match's value and its counter
  Xapian::doccount* last_count_ = nullptr;
  FacetTally merged_;  // from merge_results()
};

// Adds `count` to each entry of slot value `value` in `tally`.
void add_slot_value(const std::string& value, Xapian::doccount count, FacetTally* tally);

// Adds the counts of a ValueCountMatchSpy over a facet slot to `tally`,
// splitting each combined slot value into its entries.
void add_value_counts(const Xapian::ValueCountMatchSpy& spy, FacetTally* tally);

// Which values to report for one kind.
struct FacetSelection {
  size_t size = 10;            // the top N
  std::string prefix;          // only values whose name or a word of it starts with this
  bool chronological = false;  // date buckets in date order (up to kMaxDateBuckets)
};
inline constexpr size_t kMaxDateBuckets = 400;

// The display name of a facet id ("" if unknown): the searcher looks it up
// in the database's metadata, with a cache.
using FacetNames = std::function<std::string(const std::string& id)>;

// The selected values of a tally of `kind`, one per id: the most frequent
// first, ties by id (or every date bucket in date order); `distinct`
// receives the number of distinct ids. Names are looked up for the selected
// values only (and, with a prefix, for every country: country ids are
// codes; other kinds' ids are slugs of their names and the prefix is
// matched against the slug's words). An old index's entries carry their
// names: the most frequent one per id is shown.
std::vector<FacetCount> select_facet_values(const std::string& kind, const FacetTally& tally,
                                            const FacetSelection& selection,
                                            const FacetNames& names, size_t* distinct);

class ColumnFacetSpy;
class DocValues;

// The spies of one search: a FacetSpy per requested kind, or a
// ValueCountMatchSpy per kind when a remote shard takes part, or a
// ColumnFacetSpy per kind after use_columns(). With `daily_dates`, the
// "date" kind counts days (slot kSlotDate) instead of months.
class FacetCollector {
 public:
  FacetCollector(std::vector<std::string> kinds, bool remote, bool daily_dates);
  ~FacetCollector();
  // Counts from in-memory columns of `db` (the one local database of the
  // search, at the revision it reads) held by `values`; both must outlive
  // the collector.
  void use_columns(DocValues* values, const Xapian::Database& db);
  // Replaces the enquire's spies with fresh ones (counts start at zero).
  void attach(Xapian::Enquire* enquire);
  // The tally of the i-th kind (after a search with attach()ed spies).
  FacetTally tally(size_t i) const;
  const std::vector<std::string>& kinds() const { return kinds_; }

 private:
  std::vector<std::string> kinds_;
  bool remote_;
  bool daily_dates_;
  Xapian::valueno slot_of(const std::string& kind) const;

  std::vector<std::unique_ptr<FacetSpy>> spies_;
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> value_spies_;
  std::vector<std::unique_ptr<ColumnFacetSpy>> column_spies_;
  DocValues* values_ = nullptr;
  const Xapian::Database* db_ = nullptr;
};

}  // namespace news

#endif  // NEWS_SEARCHER_FACET_SPY_H_
