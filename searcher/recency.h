// Recency weighting: newer articles rank higher, relevance halving every
// half-life. Age is counted from the newest article in the index, not from
// today, so that an archive (Reuters 1987) behaves like a live feed.
#ifndef NEWS_SEARCHER_RECENCY_H_
#define NEWS_SEARCHER_RECENCY_H_

#include <string>

namespace news {

// "30d", "12h", "2w", "1.5" (days) -> days. Throws QueryError unless positive.
double parse_half_life(const std::string& text);

// Days since 1970-01-01 of a "YYYYMMDD" value; false if it is not one.
bool day_number(const std::string& yyyymmdd, long* days);

class RecencyDecay {
 public:
  // `newest` is the newest "YYYYMMDD" in the index ("" if none).
  RecencyDecay(const std::string& newest, double half_life_days);
  // 0.5^(age / half-life) for a "YYYYMMDD" date value; an article without a
  // date counts as one half-life old (0.5).
  double factor(const std::string& date_value) const;

 private:
  long newest_ = 0;
  bool has_newest_ = false;
  double half_life_;
};

}  // namespace news

#endif  // NEWS_SEARCHER_RECENCY_H_
