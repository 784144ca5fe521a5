#include "common/text_normalize.h"

#include <catch2/catch.hpp>

using news::collapse_whitespace;
using news::fold_case_and_accents;
using news::is_valid_utf8;
using news::slugify;
using news::to_valid_nfc;
using news::trim;

TEST_CASE("invalid UTF-8 is repaired, never dropped", "[text_normalize]") {
  const std::string latin1 = "caf\xE9 au lait";
  CHECK_FALSE(is_valid_utf8(latin1));
  const std::string fixed = to_valid_nfc(latin1);
  CHECK(is_valid_utf8(fixed));
  CHECK(fixed == "caf\xEF\xBF\xBD au lait");
  const std::string truncated = "abc\xE2\x82";
  CHECK(to_valid_nfc(truncated) == "abc\xEF\xBF\xBD");
}

TEST_CASE("NUL and control characters become spaces", "[text_normalize]") {
  CHECK(to_valid_nfc(std::string("a\0b\x01"
                                 "c\r\nd",
                                 8)) == "a b c\nd");
}

TEST_CASE("text is composed to NFC", "[text_normalize]") {
  // "e" + combining acute accent -> precomposed U+00E9.
  CHECK(to_valid_nfc("e\xCC\x81") == "\xC3\xA9");
}

TEST_CASE("whitespace collapses and paragraphs stay", "[text_normalize]") {
  CHECK(collapse_whitespace("  a   b \n\n\n\n c\t d \n e") == "a b\n\nc d\ne");
  CHECK(trim("\xC2\xA0 x \n") == "x");
  CHECK(trim("   ").empty());
}

TEST_CASE("folding and slugs", "[text_normalize]") {
  CHECK(fold_case_and_accents("M\xC3\xA9lenchon") == "melenchon");
  // ASCII only (no trip through ICU) and mixed text fold alike.
  CHECK(fold_case_and_accents("New YORK, 2017-07!") == "new york, 2017-07!");
  CHECK(fold_case_and_accents("New YORK \xC3\x89tats") == "new york etats");
  CHECK(fold_case_and_accents("").empty());
  CHECK(slugify("Vladimir Putin") == "vladimir-putin");
  CHECK(slugify("  Bashar al-Assad!  ") == "bashar-al-assad");
  CHECK(slugify("G20 summit") == "g20-summit");
  CHECK(slugify("").empty());
}
