// Story leads; see story_leads.h.
#include "searcher/story_leads.h"

#include <utility>

namespace news {

StoryLeads::StoryLeads(const Xapian::Database& db, const SlotColumn& collapse)
    : bits_((static_cast<size_t>(db.get_lastdocid()) + 63) / 64, 0),
      copies_(collapse.distinct(), 0),
      last_(db.get_lastdocid()) {
  auto set = [this](Xapian::docid did) {
    bits_[(did - 1) >> 6] |= uint64_t{1} << ((did - 1) & 63);
    ++count_;
  };
  // Each story's longest copy so far, in document id order: (length, id).
  std::vector<std::pair<Xapian::termcount, Xapian::docid>> longest(collapse.distinct(), {0, 0});
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const Xapian::docid did = *it;
    if (did > last_) break;  // cannot happen at one revision
    const uint32_t ord = collapse.ord(did);
    if (ord == 0) {
      set(did);
      continue;
    }
    ++copies_[ord - 1];
    const Xapian::termcount length = it.get_doclength();
    auto& best = longest[ord - 1];
    if (best.second == 0 || length > best.first) best = {length, did};
  }
  for (const auto& [length, did] : longest) {
    if (did != 0) set(did);
  }
}

Xapian::docid StoryLeads::next_lead(Xapian::docid did) const {
  if (did == 0) did = 1;
  if (did > last_) return 0;
  size_t word = (did - 1) >> 6;
  uint64_t bits = bits_[word] & (~uint64_t{0} << ((did - 1) & 63));
  while (bits == 0) {
    if (++word == bits_.size()) return 0;
    bits = bits_[word];
  }
  return static_cast<Xapian::docid>(word * 64 + static_cast<size_t>(__builtin_ctzll(bits)) + 1);
}

void LeadsSource::init(const Xapian::Database&) {
  current_ = 0;
  started_ = false;
  indeterminate_ = false;
}

void LeadsSource::next(double) {
  current_ = leads_->next_lead(started_ ? current_ + 1 : 1);
  started_ = true;
  indeterminate_ = false;
}

void LeadsSource::skip_to(Xapian::docid did, double) {
  if (started_ && !indeterminate_ && (current_ == 0 || did <= current_)) return;
  current_ = leads_->next_lead(indeterminate_ && current_ > did ? current_ : did);
  started_ = true;
  indeterminate_ = false;
}

bool LeadsSource::check(Xapian::docid did, double) {
  started_ = true;
  current_ = did;
  // Not a lead: "indeterminate", the next next() or skip_to() moves on.
  indeterminate_ = !leads_->is_lead(did);
  return !indeterminate_;
}

}  // namespace news
