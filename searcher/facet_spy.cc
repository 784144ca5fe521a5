// Multi-valued facet counting; see facet_spy.h.
#include "searcher/facet_spy.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "common/index/binary_codec.h"
#include "common/index/index_schema.h"
#include "common/text_normalize.h"
#include "searcher/column_spy.h"
#include "searcher/doc_values.h"

namespace news {

using codec::get_varint;
using codec::put_varint;

namespace {

template <typename F>
void for_each_entry(const std::string& value, F&& f) {
  size_t pos = 0;
  while (pos < value.size()) {
    size_t end = value.find('\n', pos);
    if (end == std::string::npos) end = value.size();
    if (end > pos) f(pos, end - pos);
    pos = end + 1;
  }
}

}  // namespace

void FacetSpy::operator()(const Xapian::Document& doc, double) {
  std::string value = doc.get_value(slot_);
  // Consecutive matches often have the same value (documents indexed
  // together share the month): count it without a hash lookup.
  if (last_count_ != nullptr && value == last_value_) {
    ++*last_count_;
    return;
  }
  // Element pointers of an unordered_map stay valid when it rehashes.
  Xapian::doccount& count = values_.try_emplace(value, 0).first->second;
  ++count;
  last_count_ = &count;
  last_value_ = std::move(value);
}

void add_slot_value(const std::string& value, Xapian::doccount count, FacetTally* tally) {
  for_each_entry(value, [&](size_t pos, size_t len) { (*tally)[value.substr(pos, len)] += count; });
}

FacetTally FacetSpy::tally() const {
  FacetTally out = merged_;
  for (const auto& [value, count] : values_) add_slot_value(value, count, &out);
  return out;
}

std::string FacetSpy::serialise() const {
  std::string out;
  put_varint(&out, slot_);
  return out;
}

Xapian::MatchSpy* FacetSpy::unserialise(const std::string& serialised,
                                        const Xapian::Registry&) const {
  size_t pos = 0;
  uint64_t slot = 0;
  if (!get_varint(serialised, &pos, &slot) || pos != serialised.size()) {
    throw Xapian::NetworkError("bad serialised news::FacetSpy");
  }
  return new FacetSpy(static_cast<Xapian::valueno>(slot));
}

std::string FacetSpy::serialise_results() const {
  const FacetTally all = tally();
  std::string out;
  put_varint(&out, all.size());
  for (const auto& [entry, count] : all) {
    codec::put_string(&out, entry);
    put_varint(&out, count);
  }
  return out;
}

void FacetSpy::merge_results(const std::string& serialised) {
  size_t pos = 0;
  uint64_t n = 0;
  if (!get_varint(serialised, &pos, &n)) throw Xapian::NetworkError("bad news::FacetSpy results");
  std::string entry;
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t count = 0;
    if (!codec::get_string(serialised, &pos, &entry) || !get_varint(serialised, &pos, &count)) {
      throw Xapian::NetworkError("bad news::FacetSpy results");
    }
    merged_[entry] += static_cast<Xapian::doccount>(count);
  }
}

std::string FacetSpy::get_description() const {
  return "news::FacetSpy(slot " + std::to_string(slot_) + ", " + std::to_string(values_.size()) +
         " distinct slot values)";
}

void add_value_counts(const Xapian::ValueCountMatchSpy& spy, FacetTally* tally) {
  for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
    add_slot_value(*it, it.get_termfreq(), tally);
  }
}

namespace {

bool is_day_bucket(std::string_view v) {
  return v.size() == 8 && v.find_first_not_of("0123456789") == std::string_view::npos;
}

// The id of a tally entry: a day bucket from the date slot ("20170709")
// becomes "date:2017-07-09"; other entries as the schema reads them.
std::string entry_id(const std::string& kind, const std::string& entry, std::string* old_name) {
  if (kind == "date" && is_day_bucket(entry)) {
    old_name->clear();
    return "date:" + entry.substr(0, 4) + "-" + entry.substr(4, 2) + "-" + entry.substr(6, 2);
  }
  return schema::facet_entry_id(kind, entry, old_name);
}

// True if `text` or one of its words (split at ' ' and '-') starts with
// `prefix`; both already folded the same way.
bool word_starts_with(const std::string& text, const std::string& prefix) {
  if (prefix.empty()) return true;
  size_t pos = 0;
  while (pos < text.size()) {
    if (text.compare(pos, prefix.size(), prefix) == 0) return true;
    const size_t space = text.find_first_of(" -", pos);
    if (space == std::string::npos) break;
    pos = space + 1;
  }
  return false;
}

}  // namespace

std::vector<FacetCount> select_facet_values(const std::string& kind, const FacetTally& tally,
                                            const FacetSelection& selection,
                                            const FacetNames& names, size_t* distinct) {
  // One value per id: an old index's entries may carry the same id with
  // names written differently ("Co." and "Co"); the count is the sum and the
  // name the most frequent one (then the least in byte order).
  struct Value {
    Xapian::doccount count = 0;
    std::string old_name;
    Xapian::doccount old_name_count = 0;
  };
  std::unordered_map<std::string, Value> by_id;
  by_id.reserve(tally.size());
  std::string old_name;
  for (const auto& [entry, count] : tally) {
    Value& v = by_id[entry_id(kind, entry, &old_name)];
    v.count += count;
    if (!old_name.empty() && (v.old_name.empty() || count > v.old_name_count ||
                              (count == v.old_name_count && old_name < v.old_name))) {
      v.old_name = old_name;
      v.old_name_count = count;
    }
  }
  if (distinct != nullptr) *distinct = by_id.size();

  const bool dates = kind == "date";
  auto name_of = [&](const std::string& id, const Value& v) {
    if (!v.old_name.empty()) return v.old_name;
    const std::string key = id.substr(id.find(':') + 1);
    if (dates) return key;
    std::string name = names ? names(id) : std::string();
    return name.empty() ? schema::fallback_facet_name(id) : name;
  };
  // Country ids are codes: their prefix is matched against the name. Other
  // ids are slugs of their names, so the slugified prefix is matched against
  // the slug without a name lookup per value.
  const std::string folded_prefix = fold_case_and_accents(selection.prefix);
  const std::string slug_prefix = slugify(selection.prefix);
  auto matches = [&](const std::string& id, const Value& v) {
    if (selection.prefix.empty()) return true;
    if (!v.old_name.empty() || kind == "country") {
      return word_starts_with(fold_case_and_accents(name_of(id, v)), folded_prefix);
    }
    return !slug_prefix.empty() && word_starts_with(id.substr(id.find(':') + 1), slug_prefix);
  };

  // Pointers first: a kind may have tens of thousands of values, of which
  // only the selected ones become FacetCounts.
  using Item = std::pair<const std::string, Value>;
  std::vector<const Item*> all;
  all.reserve(by_id.size());
  for (const Item& item : by_id) {
    if (matches(item.first, item.second)) all.push_back(&item);
  }
  // Ids order day buckets and months chronologically, and break ties
  // between equal counts.
  auto by_id_order = [](const Item* a, const Item* b) { return a->first < b->first; };
  auto make = [&](const Item* item) {
    FacetCount fc;
    fc.id = item->first;
    fc.value = name_of(item->first, item->second);
    fc.count = item->second.count;
    return fc;
  };
  std::vector<FacetCount> out;
  if (selection.chronological) {
    std::sort(all.begin(), all.end(), by_id_order);
    const size_t from = all.size() > kMaxDateBuckets ? all.size() - kMaxDateBuckets : 0;
    for (size_t i = from; i < all.size(); ++i) out.push_back(make(all[i]));
    return out;
  }
  const size_t n = std::min(selection.size, all.size());
  std::partial_sort(all.begin(), all.begin() + n, all.end(), [&](const Item* a, const Item* b) {
    if (a->second.count != b->second.count) return a->second.count > b->second.count;
    return by_id_order(a, b);
  });
  for (size_t i = 0; i < n; ++i) out.push_back(make(all[i]));
  return out;
}

FacetCollector::FacetCollector(std::vector<std::string> kinds, bool remote, bool daily_dates)
    : kinds_(std::move(kinds)), remote_(remote), daily_dates_(daily_dates) {}

FacetCollector::~FacetCollector() = default;

void FacetCollector::use_columns(DocValues* values, const Xapian::Database& db) {
  values_ = values;
  db_ = &db;
}

Xapian::valueno FacetCollector::slot_of(const std::string& kind) const {
  return kind == "date" && daily_dates_ ? schema::kSlotDate : schema::facet_slot(kind);
}

void FacetCollector::attach(Xapian::Enquire* enquire) {
  enquire->clear_matchspies();
  spies_.clear();
  value_spies_.clear();
  column_spies_.clear();
  for (const std::string& kind : kinds_) {
    const Xapian::valueno slot = slot_of(kind);
    if (values_ != nullptr) {
      column_spies_.push_back(std::make_unique<ColumnFacetSpy>(values_->column(*db_, slot)));
      enquire->add_matchspy(column_spies_.back().get());
    } else if (remote_) {
      value_spies_.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(slot));
      enquire->add_matchspy(value_spies_.back().get());
    } else {
      spies_.push_back(std::make_unique<FacetSpy>(slot));
      enquire->add_matchspy(spies_.back().get());
    }
  }
}

FacetTally FacetCollector::tally(size_t i) const {
  if (remote_) {
    FacetTally out;
    if (i < value_spies_.size()) add_value_counts(*value_spies_[i], &out);
    return out;
  }
  if (values_ != nullptr)
    return i < column_spies_.size() ? column_spies_[i]->tally() : FacetTally();
  return i < spies_.size() ? spies_[i]->tally() : FacetTally();
}

}  // namespace news
