#include "common/index/binary_codec.h"

#include <catch2/catch.hpp>

using namespace news::codec;

TEST_CASE("varints and strings round-trip", "[binary_codec]") {
  std::string out;
  for (uint64_t v : {0ULL, 1ULL, 127ULL, 128ULL, 300ULL, 0xFFFFFFFFULL, ~0ULL}) put_varint(&out, v);
  put_string(&out, "");
  put_string(&out, std::string(200, 'x'));
  size_t pos = 0;
  uint64_t v = 0;
  for (uint64_t expected : {0ULL, 1ULL, 127ULL, 128ULL, 300ULL, 0xFFFFFFFFULL, ~0ULL}) {
    REQUIRE(get_varint(out, &pos, &v));
    CHECK(v == expected);
  }
  std::string s = "old";
  REQUIRE(get_string(out, &pos, &s));
  CHECK(s.empty());
  REQUIRE(get_string(out, &pos, &s));
  CHECK(s == std::string(200, 'x'));
  CHECK(pos == out.size());
  CHECK_FALSE(get_varint(out, &pos, &v));  // nothing left
}

TEST_CASE("truncated or oversized input is refused", "[binary_codec]") {
  std::string out;
  put_string(&out, "hello");
  size_t pos = 0;
  std::string s;
  CHECK_FALSE(get_string(out.substr(0, 3), &pos, &s));  // length says 5, 2 bytes left
  pos = 0;
  uint64_t v = 0;
  CHECK_FALSE(get_varint("\x80\x80", &pos, &v));  // continuation bytes only
  pos = 0;
  const std::string eleven(11, '\xFF');  // more than 64 bits of varint
  CHECK_FALSE(get_varint(eleven, &pos, &v));
}
