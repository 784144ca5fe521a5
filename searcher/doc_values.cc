// In-memory slot columns; see doc_values.h.
#include "searcher/doc_values.h"

#include <unordered_map>

#include "searcher/any_words.h"
#include "searcher/spelling_index.h"
#include "searcher/story_leads.h"

namespace news {

SlotColumn::SlotColumn(const Xapian::Database& db, Xapian::valueno slot) {
  ords_.assign(db.get_lastdocid(), 0);
  std::unordered_map<std::string, uint32_t> ord_of;
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
    const Xapian::docid did = it.get_docid();
    if (did - 1 >= ords_.size()) continue;  // cannot happen at one revision
    auto [entry, added] = ord_of.try_emplace(*it, 0);
    if (added) {
      values_.push_back(entry->first);
      entry->second = static_cast<uint32_t>(values_.size());
    }
    ords_[did - 1] = entry->second;
  }
}

size_t SlotColumn::memory() const {
  size_t bytes = ords_.capacity() * sizeof(uint32_t) + values_.capacity() * sizeof(std::string);
  for (const std::string& v : values_) bytes += v.capacity();
  if (!entries_split_.load(std::memory_order_acquire)) return bytes;
  bytes += (entries_.starts.capacity() + entries_.ids.capacity()) * sizeof(uint32_t) +
           entries_.text.capacity() * sizeof(std::string);
  for (const std::string& t : entries_.text) bytes += t.capacity();
  return bytes;
}

const SlotColumn::Entries& SlotColumn::entries() const {
  std::call_once(entries_once_, [this] {
    std::unordered_map<std::string, uint32_t> id_of;
    entries_.starts.reserve(values_.size() + 1);
    entries_.starts.push_back(0);
    for (const std::string& value : values_) {
      size_t pos = 0;
      while (pos < value.size()) {
        size_t end = value.find('\n', pos);
        if (end == std::string::npos) end = value.size();
        if (end > pos) {
          auto [it, added] = id_of.try_emplace(value.substr(pos, end - pos),
                                               static_cast<uint32_t>(entries_.text.size()));
          if (added) entries_.text.push_back(it->first);
          entries_.ids.push_back(it->second);
        }
        pos = end + 1;
      }
      entries_.starts.push_back(static_cast<uint32_t>(entries_.ids.size()));
    }
    entries_split_.store(true, std::memory_order_release);
  });
  return entries_;
}

std::shared_ptr<const SlotColumn> DocValues::column(const Xapian::Database& db,
                                                    Xapian::valueno slot) {
  const Xapian::rev revision = db.get_revision();
  const std::string uuid = db.get_uuid();
  std::lock_guard<std::mutex> lock(mutex_);
  // A database replaced by another (a bulk load swaps a new one in under
  // the same path) leaves its columns behind: drop them.
  for (auto it = held_.begin(); it != held_.end();) {
    it = it->first.first != uuid ? held_.erase(it) : std::next(it);
  }
  Held& held = held_[{uuid, slot}];
  if (held.column && held.revision == revision) return held.column;
  if (held.column && revision < held.revision) {
    // An engine still at an older revision than another one: its own
    // column, not kept (it reopens to the newer one at its next search).
    return std::make_shared<const SlotColumn>(db, slot);
  }
  held.column.reset();  // the old revision's column goes first
  held.leads.reset();
  held.column = std::make_shared<const SlotColumn>(db, slot);
  held.revision = revision;
  return held.column;
}

std::shared_ptr<const StoryLeads> DocValues::leads(const Xapian::Database& db,
                                                   Xapian::valueno slot) {
  const std::shared_ptr<const SlotColumn> col = column(db, slot);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    const auto it = held_.find({db.get_uuid(), slot});
    if (it != held_.end() && it->second.column == col) {
      if (!it->second.leads) {
        it->second.leads = std::make_shared<const StoryLeads>(db, *col);
      }
      return it->second.leads;
    }
  }
  // An older revision's private column (see column()): private leads too.
  return std::make_shared<const StoryLeads>(db, *col);
}

std::shared_ptr<const SpellingIndex> DocValues::spelling(const Xapian::Database& db) {
  return spelling_.get(db);
}

std::shared_ptr<const DocLengths> DocValues::lengths(const Xapian::Database& db) {
  return lengths_.get(db);
}

size_t DocValues::held() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return held_.size();
}

size_t DocValues::memory() const {
  std::lock_guard<std::mutex> lock(mutex_);
  size_t bytes = 0;
  for (const auto& [key, held] : held_) {
    bytes += held.column ? held.column->memory() : 0;
    bytes += held.leads ? held.leads->memory() : 0;
  }
  return bytes + spelling_.memory() + lengths_.memory();
}

}  // namespace news
