// Latency figures as bench/query_latency and the peers' programs define
// them: nearest-rank percentiles over each query's median of the timed passes.
#ifndef NEWS_BENCH_LATENCY_STATS_H_
#define NEWS_BENCH_LATENCY_STATS_H_

#include <vector>

namespace news::bench {

// Nearest-rank percentile (p in [0, 1]) of `values`, as xq.cc and sq.py
// compute it: the ceil(p * n)-th smallest, the smallest for p = 0. 0 for an
// empty list.
double nearest_rank(std::vector<double> values, double p);

struct LatencySummary {
  double p50 = 0, p95 = 0, p99 = 0;  // of the per-query medians, ms
  double total = 0;                  // median over the passes of a pass's total, ms
};

// `ms[q][pass]`: the time of query q in each timed pass.
LatencySummary summarize(const std::vector<std::vector<double>>& ms);

}  // namespace news::bench

#endif  // NEWS_BENCH_LATENCY_STATS_H_
