#include "common/index/fingerprint.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace news;

namespace {

const char kStory[] =
    "The central bank raised its benchmark interest rate by a quarter point on Tuesday, "
    "citing persistent inflation in services and a labour market that remains tight. "
    "Officials said further increases were possible if price pressures did not ease, "
    "while markets had expected the move after last month's strong jobs report. "
    "The decision was unanimous, the bank said in a statement after its two-day meeting. "
    "Mortgage lenders are expected to pass the increase on to borrowers within days, and "
    "analysts warned that house prices, which have already fallen for three straight "
    "quarters, could slip further before the end of the year. The governor told reporters "
    "that the bank would watch wage settlements closely, adding that the economy had so far "
    "proved more resilient than forecasters had feared in the spring. Retail groups said "
    "the higher cost of credit would weigh on spending in the run-up to the holiday season, "
    "when stores usually make a large share of their annual profit, while exporters "
    "welcomed the prospect of a firmer currency easing the price of imported parts.";

}  // namespace

TEST_CASE("copies with small edits are near, other stories far", "[fingerprint]") {
  const Signature a = text_signature(kStory);
  std::string edited = kStory;
  edited.replace(edited.find("Tuesday"), 7, "Wednesday");
  edited = "LONDON (Wire) - " + edited + " Reporting by Jane Doe; editing by John Roe.";
  const Signature b = text_signature(edited);
  std::string other = kStory;
  // The same length and vocabulary, but the sentences in another order and
  // half of them replaced: a different story.
  other = other.substr(other.size() / 2) +
          " Heavy rain flooded roads across the northern "
          "province overnight, forcing schools to close and cutting power to thousands of homes.";
  const Signature c = text_signature(other);
  REQUIRE(a.size() == kSignatureSize);
  CHECK(signature_similarity(a, a) == 1.0);
  CHECK(signature_similarity(a, b) >= kNearDuplicateSimilarity);
  CHECK(signature_similarity(a, c) < kNearDuplicateSimilarity);
  // Case and spacing do not matter.
  CHECK(text_signature(std::string("  ") + kStory + " ") == a);
}

TEST_CASE("near duplicates share a band term, others do not", "[fingerprint]") {
  const Signature a = text_signature(kStory);
  std::string edited = kStory;
  edited.replace(edited.find("Tuesday"), 7, "Wednesday");
  const auto ta = signature_band_terms(a, "XD");
  const auto tb = signature_band_terms(text_signature(edited), "XD");
  REQUIRE(ta.size() == kSignatureSize / kBandWidth);
  CHECK(ta[0].rfind("XD0", 0) == 0);
  int shared = 0;
  for (size_t i = 0; i < ta.size(); ++i) shared += ta[i] == tb[i];
  CHECK(shared >= 1);
}

TEST_CASE("short texts are copies only when their words are the same", "[fingerprint]") {
  const Signature brief = text_signature("ACME SETS DIVIDEND. Qtly div 10 cts vs 10 cts prior.");
  REQUIRE(brief.size() == kSignatureSize);
  // Case and punctuation aside, the same words: a copy.
  CHECK(signature_similarity(
            brief, text_signature("Acme sets dividend\nqtly div 10 cts vs 10 cts prior")) == 1);
  // One word changed, dropped or moved: nothing in common, no shared band.
  for (const char* other : {"ACME SETS DIVIDEND. Qtly div 11 cts vs 10 cts prior.",
                            "ACME SETS DIVIDEND. Qtly div 10 cts vs 10 cts.",
                            "ACME SETS DIVIDEND. Qtly div 10 cts prior vs 10 cts."}) {
    INFO(other);
    const Signature sig = text_signature(other);
    CHECK(signature_similarity(brief, sig) == 0);
    const std::vector<uint64_t> a = signature_band_keys(brief), b = signature_band_keys(sig);
    for (uint64_t key : a) CHECK(std::find(b.begin(), b.end(), key) == b.end());
  }
  CHECK(text_signature("").empty());
  CHECK(text_signature(" -- ").empty());
  CHECK(signature_similarity({}, {}) == 0);
}

TEST_CASE("signatures round-trip through hex", "[fingerprint]") {
  const Signature a = text_signature(kStory);
  CHECK(decode_signature(encode_signature(a)) == a);
  CHECK(decode_signature("zz").empty());
  CHECK(decode_signature(std::string(kSignatureSize * 8, 'g')).empty());
}

TEST_CASE("the in-memory band index finds copies by shared bands", "[fingerprint]") {
  const Signature a = text_signature(kStory);
  std::string edited = kStory;
  edited.replace(edited.find("Tuesday"), 7, "Wednesday");
  const Signature b = text_signature(edited);
  const Signature c = text_signature(
      "Heavy rain flooded roads across the northern province overnight, forcing schools to "
      "close and cutting power to thousands of homes, while emergency crews worked through "
      "the night to clear fallen trees and rescue drivers stranded by rising water.");
  BandIndex index;
  CHECK(index.candidates(a, 64).empty());
  index.add(a, 7);
  index.add(c, 9);
  CHECK(index.candidates(b, 64) == std::vector<uint32_t>{7});
  CHECK(index.candidates(a, 64) == std::vector<uint32_t>{7});    // listed once, not per band
  for (uint32_t doc = 10; doc < 3000; ++doc) index.add(b, doc);  // grows; order kept
  const std::vector<uint32_t> found = index.candidates(a, 4);
  REQUIRE(found.size() >= 2);
  CHECK(found[0] == 7);
  CHECK(std::is_sorted(found.begin(), found.end()));
  // Band keys agree with band terms.
  const auto keys = signature_band_keys(a);
  const auto terms = signature_band_terms(a, "XD");
  REQUIRE(keys.size() == terms.size());
  CHECK(terms[3].substr(2, 1) == "3");
}
