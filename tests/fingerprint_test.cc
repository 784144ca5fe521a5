#include "common/index/fingerprint.h"

#include <catch2/catch.hpp>

using namespace news;

namespace {

const char kStory[] =
    "The central bank raised its benchmark interest rate by a quarter point on Tuesday, "
    "citing persistent inflation in services and a labour market that remains tight. "
    "Officials said further increases were possible if price pressures did not ease, "
    "while markets had expected the move after last month's strong jobs report. "
    "The decision was unanimous, the bank said in a statement after its two-day meeting.";

}  // namespace

TEST_CASE("copies with small edits are near, other stories far", "[fingerprint]") {
  const uint64_t a = text_fingerprint(kStory);
  std::string edited = kStory;
  edited.replace(edited.find("Tuesday"), 7, "Wednesday");
  edited += " Reporting by Jane Doe.";
  const uint64_t b = text_fingerprint(edited);
  const uint64_t other = text_fingerprint(
      "Heavy rain flooded roads across the northern province overnight, forcing schools to close "
      "and cutting power to thousands of homes, emergency services said on Monday morning as "
      "crews worked to clear fallen trees and rivers rose above warning levels in several towns "
      "near the coast where residents were moved to shelters.");
  REQUIRE(a != 0);
  CHECK(fingerprint_distance(a, a) == 0);
  CHECK(fingerprint_distance(a, b) <= kMaxFingerprintDistance);
  CHECK(fingerprint_distance(a, other) > kMaxFingerprintDistance);
  CHECK(text_fingerprint(std::string(kStory) + " ") == a);  // whitespace and case do not matter
}

TEST_CASE("short texts get no fingerprint", "[fingerprint]") {
  CHECK(text_fingerprint("Too short to judge.") == 0);
}

TEST_CASE("band terms: near fingerprints share one", "[fingerprint]") {
  const uint64_t a = 0x123456789abcdef0ULL;
  const uint64_t b = a ^ 0x0000000100010001ULL;  // 3 bits off, in 3 bands
  const auto ta = fingerprint_band_terms(a, "XD"), tb = fingerprint_band_terms(b, "XD");
  REQUIRE(ta.size() == 4);
  CHECK(ta[0] == "XD0def0");
  int shared = 0;
  for (size_t i = 0; i < 4; ++i) shared += ta[i] == tb[i];
  CHECK(shared == 1);
}
