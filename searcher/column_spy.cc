// Match spies over in-memory slot columns; see column_spy.h.
#include "searcher/column_spy.h"

namespace news {

ColumnFacetSpy::ColumnFacetSpy(std::shared_ptr<const SlotColumn> column)
    : column_(std::move(column)) {
  if (column_->distinct() < kDenseLimit) dense_.assign(column_->distinct() + 1, 0);
}

void ColumnFacetSpy::operator()(const Xapian::Document& doc, double) {
  const uint32_t ord = column_->ord(doc.get_docid());
  if (ord == 0) return;
  if (!dense_.empty()) {
    ++dense_[ord];
  } else {
    ++sparse_[ord];
  }
}

FacetTally ColumnFacetSpy::tally() const {
  // Counts by entry number, then one string per entry that has any.
  const SlotColumn::Entries& entries = column_->entries();
  std::vector<Xapian::doccount> counts(entries.text.size(), 0);
  auto add = [&](uint32_t ord, Xapian::doccount n) {
    for (uint32_t i = entries.starts[ord - 1]; i < entries.starts[ord]; ++i) {
      counts[entries.ids[i]] += n;
    }
  };
  for (uint32_t ord = 1; ord < dense_.size(); ++ord) {
    if (dense_[ord] > 0) add(ord, dense_[ord]);
  }
  for (const auto& [ord, count] : sparse_) add(ord, count);
  FacetTally out;
  for (size_t id = 0; id < counts.size(); ++id) {
    if (counts[id] > 0) out.emplace(entries.text[id], counts[id]);
  }
  return out;
}

std::string ColumnFacetSpy::get_description() const {
  return "news::ColumnFacetSpy(" + std::to_string(column_->distinct()) + " distinct values)";
}

CollapseCounter::CollapseCounter(std::shared_ptr<const SlotColumn> column)
    : column_(std::move(column)) {
  if (column_->distinct() < kDenseLimit) dense_.assign(column_->distinct() + 1, 0);
}

void CollapseCounter::operator()(const Xapian::Document& doc, double) {
  ++matches_;
  if (!column_) {
    std::string key = doc.get_value(slot_);
    if (key.empty()) {
      ++without_key_;
    } else if (by_value_[std::move(key)]++ == 0) {
      ++distinct_keys_;
    }
    return;
  }
  const uint32_t ord = column_->ord(doc.get_docid());
  if (ord == 0) {
    ++without_key_;
    return;
  }
  Xapian::doccount& n = dense_.empty() ? sparse_[ord] : dense_[ord];
  if (n++ == 0) ++distinct_keys_;
}

Xapian::doccount CollapseCounter::copies_of(const Xapian::Document& doc) const {
  Xapian::doccount n = 0;
  if (!column_) {
    const auto it = by_value_.find(doc.get_value(slot_));
    if (it != by_value_.end()) n = it->second;
    return n > 0 ? n - 1 : 0;
  }
  const uint32_t ord = column_->ord(doc.get_docid());
  if (ord == 0) return 0;
  if (!dense_.empty()) {
    n = dense_[ord];
  } else if (auto it = sparse_.find(ord); it != sparse_.end()) {
    n = it->second;
  }
  return n > 0 ? n - 1 : 0;
}

std::string CollapseCounter::get_description() const {
  return "news::CollapseCounter(" + std::to_string(distinct_keys_) + " keys seen)";
}

}  // namespace news
