#include "indexer/work_queue.h"

#include <catch2/catch.hpp>
#include <thread>

using news::WorkQueue;

TEST_CASE("items come out in order and close drains", "[work_queue]") {
  WorkQueue<int> q(4, 100);
  CHECK(q.push(1, 10));
  CHECK(q.push(2, 10));
  q.close();
  CHECK_FALSE(q.push(3, 10));
  CHECK(*q.pop() == 1);
  CHECK(*q.pop() == 2);
  CHECK_FALSE(q.pop().has_value());
}

TEST_CASE("a full queue blocks the producer until a consumer takes", "[work_queue]") {
  WorkQueue<int> q(2, 1000);
  std::thread producer([&] {
    for (int i = 0; i < 100; ++i) q.push(i, 1);
    q.close();
  });
  int expected = 0;
  while (auto v = q.pop()) CHECK(*v == expected++);
  producer.join();
  CHECK(expected == 100);
}

TEST_CASE("one costly item is admitted into an empty queue", "[work_queue]") {
  WorkQueue<int> q(10, 5);
  CHECK(q.push(7, 1000));
  bool timed_out = false;
  CHECK(*q.pop_for(std::chrono::milliseconds(10), &timed_out) == 7);
  CHECK_FALSE(q.pop_for(std::chrono::milliseconds(10), &timed_out).has_value());
  CHECK(timed_out);
}
