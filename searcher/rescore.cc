// Second-phase scoring; see rescore.h.
#include "searcher/rescore.h"

#include <algorithm>
#include <unordered_map>

namespace news {

std::vector<RankedMatch> ranked_matches(const Xapian::MSet& mset) {
  std::vector<RankedMatch> out;
  out.reserve(mset.size());
  for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back({it, it.get_weight()});
  return out;
}

std::vector<RankedMatch> rescore(const Xapian::Database& db, const Xapian::MSet& mset,
                                 const Xapian::Query& boost, size_t window,
                                 Xapian::MSet* boost_mset) {
  std::vector<RankedMatch> out = ranked_matches(mset);
  const auto n = static_cast<std::ptrdiff_t>(std::min(window, out.size()));
  if (n == 0) return out;
  std::vector<Xapian::docid> ids;
  ids.reserve(static_cast<size_t>(n));
  for (auto m = out.begin(); m != out.begin() + n; ++m) ids.push_back(*m->it);
  std::sort(ids.begin(), ids.end());
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, boost,
                                  Xapian::Query((new DocSetSource(ids))->release())));
  const Xapian::MSet extra = enquire.get_mset(0, static_cast<Xapian::doccount>(ids.size()));
  std::unordered_map<Xapian::docid, double> added;
  added.reserve(extra.size());
  for (auto it = extra.begin(); it != extra.end(); ++it) added.emplace(*it, it.get_weight());
  for (auto m = out.begin(); m != out.begin() + n; ++m) {
    const auto found = added.find(*m->it);
    if (found != added.end()) m->weight += found->second;
  }
  std::sort(out.begin(), out.begin() + n, [](const RankedMatch& a, const RankedMatch& b) {
    return a.weight != b.weight ? a.weight > b.weight : *a.it < *b.it;
  });
  if (boost_mset != nullptr) *boost_mset = extra;
  return out;
}

void DocSetSource::init(const Xapian::Database&) {
  pos_ = 0;
  started_ = false;
}

void DocSetSource::next(double) {
  if (started_ && pos_ < ids_.size()) ++pos_;
  started_ = true;
}

void DocSetSource::skip_to(Xapian::docid did, double) {
  const auto from =
      ids_.begin() + static_cast<std::ptrdiff_t>(started_ ? std::min(pos_, ids_.size()) : 0);
  pos_ = static_cast<size_t>(std::lower_bound(from, ids_.end(), did) - ids_.begin());
  started_ = true;
}

}  // namespace news
