// Candidates of an any-word query; see any_words.h.
#include "searcher/any_words.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "searcher/story_leads.h"

namespace news {

namespace {

// Xapian 1.4's BM25Weight defaults (k2 0 and k3 1: with a query word's wqf
// of 1 the query-side factor is 1).
constexpr double kK1 = 1.0;
constexpr double kB = 0.5;
constexpr double kMinNormlen = 0.5;

struct Acc {
  Xapian::docid did;
  double score;
  uint64_t parts;  // bit i: part i has a term in the document
};

struct TermPlan {
  const AnyWords::Term* term;
  Xapian::doccount freq;
  double termweight;  // 0 for an unweighted term
  double bound;       // no document gets more from the term
};

// BM25Weight::get_sumpart, the same operations in the same order.
inline double sumpart(double termweight, double len_factor, Xapian::termcount wdf,
                      Xapian::termcount len) {
  const double normlen = std::max(len * len_factor, kMinNormlen);
  const double wdf_double = wdf;
  const double denom = kK1 * (normlen * kB + (1 - kB)) + wdf_double;
  return termweight * (wdf_double / denom);
}

}  // namespace

DocLengths::DocLengths(const Xapian::Database& db) {
  lengths_.assign(db.get_lastdocid(), 0);
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const Xapian::docid did = *it;
    if (did - 1 < lengths_.size()) lengths_[did - 1] = it.get_doclength();
  }
}

AnyWordsTop top_any_words(const Xapian::Database& db, const DocLengths& lengths,
                          const AnyWords& query, size_t k, const StoryLeads* leads) {
  AnyWordsTop out;
  const Xapian::doccount docs = db.get_doccount();
  if (docs == 0 || query.parts == 0 || query.parts > 64) return out;
  const double average = db.get_avlength();
  const double len_factor = average != 0 ? 1 / average : 0;
  const Xapian::termcount length_lb = db.get_doclength_lower_bound();

  std::vector<TermPlan> plan;
  std::vector<size_t> part_left(query.parts, 0);
  for (const AnyWords::Term& t : query.terms) {
    const Xapian::doccount freq = db.get_termfreq(t.term);
    if (freq == 0) continue;
    TermPlan p{&t, freq, 0, 0};
    if (t.weighted) {
      // BM25Weight::init without a relevance set.
      double tw = (docs - freq + 0.5) / (freq + 0.5);
      if (tw < 2) tw = tw * 0.5 + 1;
      p.termweight = std::log(tw) * (kK1 + 1);
      // BM25Weight::get_maxpart, a little raised against rounding.
      const double wdf_max = db.get_wdf_upper_bound(t.term);
      const double normlen_lb =
          std::max(std::max(wdf_max, static_cast<double>(length_lb)) * len_factor, kMinNormlen);
      const double denom = kK1 * (normlen_lb * kB + (1 - kB)) + wdf_max;
      p.bound = p.termweight * (wdf_max / denom) * (1 + 1e-9);
    }
    ++part_left[t.part];
    plan.push_back(p);
  }
  // Highest bound first; unweighted terms last.
  std::stable_sort(plan.begin(), plan.end(),
                   [](const TermPlan& a, const TermPlan& b) { return a.bound > b.bound; });
  double left = 0;  // the bounds of the terms not read yet
  for (const TermPlan& p : plan) left += p.bound;

  const size_t want = k + kAnyWordsMargin;
  std::vector<Acc> acc, merged;
  std::vector<double> scratch;
  // The want-th best weight held: no article outside `acc` can pass it
  // once the terms left add up to less.
  auto threshold = [&]() {
    if (acc.size() < want) return 0.0;
    scratch.clear();
    for (const Acc& a : acc) scratch.push_back(a.score);
    std::nth_element(scratch.begin(), scratch.begin() + static_cast<std::ptrdiff_t>(want - 1),
                     scratch.end(), std::greater<double>());
    return scratch[want - 1];
  };
  size_t next = 0;
  for (; next < plan.size(); ++next) {
    if (next > 0 &&
        std::any_of(part_left.begin(), part_left.end(), [](size_t n) { return n == 0; })) {
      // Some part has been read in full, so every article with a term of
      // each part is held already; an article outside `acc` gets no more
      // than `left`.
      const double theta = threshold();
      if (theta > 0 && left < theta) break;
    }
    const TermPlan& p = plan[next];
    const uint64_t bit = uint64_t{1} << p.term->part;
    merged.clear();
    merged.reserve(acc.size() + p.freq);
    auto a = acc.begin();
    const Xapian::PostingIterator end = db.postlist_end(p.term->term);
    for (Xapian::PostingIterator it = db.postlist_begin(p.term->term); it != end; ++it) {
      const Xapian::docid did = *it;
      if (leads != nullptr && !leads->is_lead(did)) continue;
      while (a != acc.end() && a->did < did) merged.push_back(*a++);
      const double w =
          p.termweight != 0 ? sumpart(p.termweight, len_factor, it.get_wdf(), lengths.of(did)) : 0;
      if (a != acc.end() && a->did == did) {
        merged.push_back({did, a->score + w, a->parts | bit});
        ++a;
      } else {
        merged.push_back({did, w, bit});
      }
    }
    merged.insert(merged.end(), a, acc.end());
    acc.swap(merged);
    left -= p.bound;
    --part_left[p.term->part];
  }
  out.exact = next == plan.size();
  // The terms left only add to the articles held. Counted: how many of
  // their articles are held, so that those outside are known per term.
  const auto held = static_cast<Xapian::doccount>(acc.size());
  const double pool = leads != nullptr ? leads->count() : docs;  // articles that may match
  double none_outside = 1;  // share of the pool outside `acc` with no term left
  double most_outside = 0;  // the most articles outside `acc` one term left has
  for (size_t i = next; i < plan.size(); ++i) {
    const TermPlan& p = plan[i];
    const uint64_t bit = uint64_t{1} << p.term->part;
    Xapian::PostingIterator it = db.postlist_begin(p.term->term);
    const Xapian::PostingIterator end = db.postlist_end(p.term->term);
    Xapian::doccount inside = 0;
    for (Acc& a : acc) {
      it.skip_to(a.did);
      if (it == end) break;
      if (*it != a.did) continue;
      if (p.termweight != 0) {
        a.score += sumpart(p.termweight, len_factor, it.get_wdf(), lengths.of(a.did));
      }
      a.parts |= bit;
      ++inside;
    }
    // With leads, the term's other articles are leads in the share the
    // pool is of the index.
    const double outside = (p.freq - inside) * (pool / docs);
    most_outside = std::max(most_outside, outside);
    if (pool > held) none_outside *= 1 - std::min(1.0, outside / (pool - held));
  }
  if (out.exact) {
    out.matches = held;
  } else {
    // Exact with one term left; with more, taken as independent of each
    // other outside `acc`.
    const double estimate = held + std::max(most_outside, (pool - held) * (1 - none_outside));
    out.matches = static_cast<Xapian::doccount>(std::min(pool, estimate) + 0.5);
  }

  // Every article with a term of each part, and the want best of the
  // others (weight descending, then document id, as Xapian orders): an
  // article without all the words gets its weight from the any-word query
  // alone, so fewer than k others can rank above one of the k best.
  const uint64_t all = query.parts == 64 ? ~uint64_t{0} : (uint64_t{1} << query.parts) - 1;
  std::vector<size_t> order;
  order.reserve(acc.size());
  for (size_t i = 0; i < acc.size(); ++i) {
    if (acc[i].parts != all) order.push_back(i);
  }
  const size_t best = std::min(want, order.size());
  std::nth_element(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(best), order.end(),
                   [&](size_t x, size_t y) {
                     return acc[x].score != acc[y].score ? acc[x].score > acc[y].score
                                                         : acc[x].did < acc[y].did;
                   });
  order.resize(best);
  std::sort(order.begin(), order.end());
  size_t o = 0;
  for (size_t i = 0; i < acc.size(); ++i) {
    if (acc[i].parts == all || (o < order.size() && order[o] == i)) {
      out.ids.push_back(acc[i].did);
      if (o < order.size() && order[o] == i) ++o;
    }
  }
  return out;
}

}  // namespace news
