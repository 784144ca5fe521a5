// Latency figures; see latency_stats.h.
#include "bench/latency_stats.h"

#include <algorithm>
#include <cmath>

namespace news::bench {

double nearest_rank(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const auto rank = static_cast<size_t>(std::ceil(p * static_cast<double>(values.size())));
  return values[std::min(values.size(), std::max<size_t>(rank, 1)) - 1];
}

LatencySummary summarize(const std::vector<std::vector<double>>& ms) {
  std::vector<double> medians, totals;
  for (const std::vector<double>& passes : ms) {
    medians.push_back(nearest_rank(passes, 0.5));
    if (totals.size() < passes.size()) totals.resize(passes.size(), 0.0);
    for (size_t p = 0; p < passes.size(); ++p) totals[p] += passes[p];
  }
  LatencySummary s;
  s.p50 = nearest_rank(medians, 0.50);
  s.p95 = nearest_rank(medians, 0.95);
  s.p99 = nearest_rank(medians, 0.99);
  s.total = nearest_rank(totals, 0.5);
  return s;
}

}  // namespace news::bench
