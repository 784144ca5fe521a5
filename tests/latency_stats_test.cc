// Tests of bench/latency_stats: the peers' nearest-rank percentiles.
#include "bench/latency_stats.h"

#include <catch2/catch.hpp>

TEST_CASE("nearest-rank percentiles as xq.cc computes them") {
  const std::vector<double> v = {5, 1, 4, 2, 3};
  CHECK(news::bench::nearest_rank(v, 0.5) == 3);   // ceil(2.5) = 3rd
  CHECK(news::bench::nearest_rank(v, 0.95) == 5);  // ceil(4.75) = 5th
  CHECK(news::bench::nearest_rank(v, 0.0) == 1);
  CHECK(news::bench::nearest_rank({}, 0.5) == 0);
  CHECK(news::bench::nearest_rank({1, 2, 3, 4}, 0.5) == 2);  // lower median
}

TEST_CASE("percentiles of the per-query medians; total is the median pass") {
  // Three queries, three passes each.
  const std::vector<std::vector<double>> ms = {{1, 9, 2}, {4, 4, 100}, {3, 1, 2}};
  const news::bench::LatencySummary s = news::bench::summarize(ms);
  // Medians: 2, 4, 2. Pass totals: 8, 14, 104.
  CHECK(s.p50 == 2);
  CHECK(s.p99 == 4);
  CHECK(s.total == 14);
}
