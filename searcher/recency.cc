// Recency weighting; see recency.h.
#include "searcher/recency.h"

#include <cmath>
#include <cstdlib>

#include "searcher/search_types.h"

namespace news {

double parse_half_life(const std::string& text) {
  const auto bad = [&]() {
    return QueryError("--recency '" + text + "' is not a half-life (use e.g. 30d, 12h or 2w)");
  };
  if (text.empty()) throw bad();
  char* end = nullptr;
  const double n = std::strtod(text.c_str(), &end);
  const std::string unit(end);
  double days = 0;
  if (unit.empty() || unit == "d") {
    days = n;
  } else if (unit == "h") {
    days = n / 24;
  } else if (unit == "w") {
    days = n * 7;
  } else {
    throw bad();
  }
  if (!(days > 0) || !std::isfinite(days)) throw bad();
  return days;
}

bool day_number(const std::string& v, long* days) {
  if (v.size() != 8 || v.find_first_not_of("0123456789") != std::string::npos) return false;
  long y = std::stol(v.substr(0, 4));
  const long m = std::stol(v.substr(4, 2)), d = std::stol(v.substr(6, 2));
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  // Days from civil (proleptic Gregorian), after H. Hinnant's algorithm.
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  *days = era * 146097 + doe - 719468;
  return true;
}

RecencyDecay::RecencyDecay(const std::string& newest, double half_life_days)
    : half_life_(half_life_days) {
  has_newest_ = day_number(newest, &newest_);
}

double RecencyDecay::factor(const std::string& date_value) const {
  long day = 0;
  if (!has_newest_ || !day_number(date_value, &day)) return 0.5;
  const double age = std::max(0L, newest_ - day);
  return std::pow(0.5, age / half_life_);
}

}  // namespace news
