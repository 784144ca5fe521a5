// EnginePool: engines are reused, never shared, and bounded in number.
#include "searcher/engine_pool.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

#include "tests/test_index.h"

using news::EnginePool;
using news::test::make_article;

TEST_CASE("engine pool: reuses a returned engine", "[engine_pool]") {
  const news::test::TestIndex index({make_article("a", "Title", "Body text.")});
  EnginePool pool({index.path()}, index.extractor(), news::SearchLimits(), 4);
  CHECK(pool.size() == 0);
  news::SearchEngine* first = nullptr;
  {
    EnginePool::Lease lease = pool.acquire();
    first = &*lease;
  }
  EnginePool::Lease again = pool.acquire();
  CHECK(&*again == first);
  CHECK(pool.size() == 1);
  EnginePool::Lease second = pool.acquire();  // the first is leased: a new one
  CHECK(&*second != first);
  CHECK(pool.size() == 2);
}

TEST_CASE("engine pool: at most max_engines; others wait for one", "[engine_pool]") {
  const news::test::TestIndex index({make_article("a", "Title", "Body text.")});
  EnginePool pool({index.path()}, index.extractor(), news::SearchLimits(), 2);
  std::atomic<bool> got_third{false};
  std::thread waiter;
  {
    EnginePool::Lease one = pool.acquire();
    EnginePool::Lease two = pool.acquire();
    waiter = std::thread([&] {
      EnginePool::Lease three = pool.acquire();
      got_third = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK_FALSE(got_third);  // can only pass wrongly on a slow machine, never fail wrongly
  }
  waiter.join();
  CHECK(got_third);
  CHECK(pool.size() == 2);
}

TEST_CASE("engine pool: a database that cannot open throws and frees its slot", "[engine_pool]") {
  const news::test::TestIndex index({make_article("a", "Title", "Body text.")});
  EnginePool pool({index.path() + "-missing"}, index.extractor(), news::SearchLimits(), 1);
  CHECK_THROWS_AS(pool.acquire(), news::DatabaseError);
  CHECK_THROWS_AS(pool.acquire(), news::DatabaseError);  // would block if the slot leaked
  CHECK(pool.size() == 0);
}
