// Multi-valued facet counting; see facet_spy.h.
#include "searcher/facet_spy.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "common/index/index_schema.h"
#include "common/text_normalize.h"

namespace news {

namespace {

// Length-prefixed strings and counts, in Xapian's own encoding helpers'
// spirit but self-contained: varint lengths.
void put_varint(std::string* out, uint64_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

bool get_varint(const std::string& in, size_t* pos, uint64_t* v) {
  *v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (*pos >= in.size()) return false;
    const auto byte = static_cast<unsigned char>(in[(*pos)++]);
    *v |= static_cast<uint64_t>(byte & 0x7F) << shift;
    if ((byte & 0x80) == 0) return true;
  }
  return false;
}

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

FacetTally FacetSpy::tally() const {
  FacetTally out = merged_;
  for (const auto& [value, count] : values_) {
    const std::string& v = value;
    const Xapian::doccount n = count;
    for_each_entry(v, [&](size_t pos, size_t len) { out[v.substr(pos, len)] += n; });
  }
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
    put_varint(&out, entry.size());
    out += entry;
    put_varint(&out, count);
  }
  return out;
}

void FacetSpy::merge_results(const std::string& serialised) {
  size_t pos = 0;
  uint64_t n = 0;
  if (!get_varint(serialised, &pos, &n)) throw Xapian::NetworkError("bad news::FacetSpy results");
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t len = 0, count = 0;
    if (!get_varint(serialised, &pos, &len) || len > serialised.size() - pos) {
      throw Xapian::NetworkError("bad news::FacetSpy results");
    }
    std::string entry = serialised.substr(pos, len);
    pos += len;
    if (!get_varint(serialised, &pos, &count))
      throw Xapian::NetworkError("bad news::FacetSpy results");
    merged_[entry] += static_cast<Xapian::doccount>(count);
  }
}

std::string FacetSpy::get_description() const {
  return "news::FacetSpy(slot " + std::to_string(slot_) + ", " + std::to_string(values_.size()) +
         " distinct slot values)";
}

void add_value_counts(const Xapian::ValueCountMatchSpy& spy, FacetTally* tally) {
  for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
    const std::string value = *it;
    const Xapian::doccount freq = it.get_termfreq();
    for_each_entry(value,
                   [&](size_t pos, size_t len) { (*tally)[value.substr(pos, len)] += freq; });
  }
}

namespace {

// "20170709" (a day bucket) -> "2017-07-09"; anything else unchanged.
std::string day_label(const std::string& v) {
  if (v.size() == 8 && v.find_first_not_of("0123456789") == std::string::npos) {
    return v.substr(0, 4) + "-" + v.substr(4, 2) + "-" + v.substr(6, 2);
  }
  return v;
}

FacetCount split_entry(const std::string& entry, Xapian::doccount count) {
  FacetCount fc;
  const size_t tab = entry.find('\t');
  if (tab == std::string::npos) {
    // A day bucket from the date slot: no id stored, make one.
    fc.value = day_label(entry);
    fc.id = "date:" + fc.value;
  } else {
    fc.id = entry.substr(0, tab);
    fc.value = entry.substr(tab + 1);
  }
  fc.count = count;
  return fc;
}

// True if `name` or one of its words starts with `prefix` (case and
// accents ignored; `prefix` already folded).
bool matches_prefix(const std::string& name, const std::string& folded_prefix) {
  if (folded_prefix.empty()) return true;
  const std::string folded = fold_case_and_accents(name);
  size_t pos = 0;
  while (pos < folded.size()) {
    if (folded.compare(pos, folded_prefix.size(), folded_prefix) == 0) return true;
    const size_t space = folded.find_first_of(" -", pos);
    if (space == std::string::npos) break;
    pos = space + 1;
  }
  return false;
}

}  // namespace

std::vector<FacetCount> select_facet_values(const FacetTally& tally,
                                            const FacetSelection& selection, size_t* distinct) {
  // One value per id: articles may write the same entity's name in more than
  // one way ("Co." and "Co" are both org:co); the count is the sum and the
  // name the most frequent one (then the first in entry order).
  struct Value {
    Xapian::doccount count = 0;
    const std::string* entry = nullptr;  // the entry with the shown name
    Xapian::doccount entry_count = 0;
  };
  std::unordered_map<std::string_view, Value> by_id;
  by_id.reserve(tally.size());
  for (const auto& [entry, count] : tally) {
    const std::string_view id = std::string_view(entry).substr(0, entry.find('\t'));
    Value& v = by_id[id];
    v.count += count;
    if (v.entry == nullptr || count > v.entry_count ||
        (count == v.entry_count && entry < *v.entry)) {
      v.entry = &entry;
      v.entry_count = count;
    }
  }
  if (distinct != nullptr) *distinct = by_id.size();
  const std::string prefix = fold_case_and_accents(selection.prefix);
  // Pointers first: a kind may have tens of thousands of values, of which
  // only the selected ones become FacetCounts.
  using Item = std::pair<const std::string_view, Value>;
  std::vector<const Item*> all;
  all.reserve(by_id.size());
  for (const Item& item : by_id) {
    if (!prefix.empty()) {
      const std::string& entry = *item.second.entry;
      const size_t tab = entry.find('\t');
      if (!matches_prefix(tab == std::string::npos ? entry : entry.substr(tab + 1), prefix)) {
        continue;
      }
    }
    all.push_back(&item);
  }
  // Ids order day buckets ("YYYYMMDD") and months chronologically, and
  // break ties between equal counts.
  auto by_id_order = [](const Item* a, const Item* b) { return a->first < b->first; };
  auto make = [](const Item* item) { return split_entry(*item->second.entry, item->second.count); };
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

void FacetCollector::attach(Xapian::Enquire* enquire) {
  enquire->clear_matchspies();
  spies_.clear();
  value_spies_.clear();
  for (const std::string& kind : kinds_) {
    const Xapian::valueno slot =
        kind == "date" && daily_dates_ ? schema::kSlotDate : schema::facet_slot(kind);
    if (remote_) {
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
  return i < spies_.size() ? spies_[i]->tally() : FacetTally();
}

}  // namespace news
