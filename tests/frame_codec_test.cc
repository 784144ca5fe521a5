#include "common/index/frame_codec.h"

#include <catch2/catch.hpp>
#include <random>
#include <thread>

using namespace news;

namespace {

std::string news_text(int sentences) {
  std::string s;
  for (int i = 0; i < sentences; ++i) {
    s += "Oil prices rose on Monday after the cartel said output would fall by ";
    s += std::to_string(i * 17 % 100) + " percent. ";
  }
  return s;
}

}  // namespace

TEST_CASE("a frame decodes to what was compressed", "[frame_codec]") {
  const std::string raw = news_text(50);
  const std::string frame = codec::compress_frame(raw);
  REQUIRE(!frame.empty());
  CHECK(frame.size() < raw.size() / 4);
  std::string out = "stale";
  REQUIRE(codec::decompress_frame(frame, raw.size(), &out));
  CHECK(out == raw);
}

TEST_CASE("data that a frame would not shrink gives no frame", "[frame_codec]") {
  std::mt19937 rng(7);
  std::string noise(2000, '\0');
  for (char& c : noise) c = static_cast<char>(rng());
  CHECK(codec::compress_frame(noise).empty());
  CHECK(codec::compress_frame("").empty());
  CHECK(codec::compress_frame("abc").empty());
}

TEST_CASE("bad frames are refused, never decoded past their limits", "[frame_codec]") {
  const std::string raw = news_text(20);
  const std::string frame = codec::compress_frame(raw);
  REQUIRE(!frame.empty());
  std::string out;
  CHECK_FALSE(codec::decompress_frame(frame, raw.size() - 1, &out));  // larger than allowed
  CHECK_FALSE(codec::decompress_frame(frame.substr(0, frame.size() - 1), raw.size(), &out));
  CHECK_FALSE(codec::decompress_frame(frame + frame, 2 * raw.size(), &out));  // two frames
  CHECK_FALSE(codec::decompress_frame(frame + "x", raw.size(), &out));
  CHECK_FALSE(codec::decompress_frame("", raw.size(), &out));
  CHECK_FALSE(codec::decompress_frame(std::string(32, '\xff'), raw.size(), &out));
  CHECK_FALSE(codec::decompress_frame(raw, raw.size(), &out));  // not a frame at all
}

TEST_CASE("threads compress and decode at once", "[frame_codec]") {
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t, &ok] {
      for (int i = 0; i < 50; ++i) {
        const std::string raw = news_text(10 + t + i);
        std::string out;
        if (codec::decompress_frame(codec::compress_frame(raw), raw.size(), &out) && out == raw)
          ++ok[t];
      }
    });
  }
  for (auto& th : threads) th.join();
  CHECK(ok == std::vector<int>(4, 50));
}

TEST_CASE("masking twice gives the data back; masked text shows nothing of it", "[frame_codec]") {
  for (size_t size : {0, 1, 7, 8, 9, 15, 16, 17, 1000}) {
    const std::string raw = news_text(20).substr(0, size);
    std::string data = raw;
    codec::mask(&data);
    CHECK(data.size() == raw.size());
    if (size >= 8) CHECK(data != raw);
    codec::mask(&data);
    CHECK(data == raw);
  }
  std::string text = "\x04" + news_text(5);
  codec::mask(&text, 1);  // a mark byte kept as it is
  CHECK(text[0] == '\x04');
  CHECK(text.find("Oil") == std::string::npos);
  std::string again = "\x04" + news_text(5);
  codec::mask(&again, 1);
  CHECK(again == text);  // the same stream every time
  std::string past_end = "ab";
  codec::mask(&past_end, 5);
  CHECK(past_end == "ab");
}
