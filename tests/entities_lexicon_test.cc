// Tests of the compiled-in gazetteers (common/entities/lexicon.h).
#include <catch2/catch.hpp>
#include <chrono>

#include "common/entities/lexicon.h"

using news::entities::Lexicon;
using news::entities::PhraseType;

namespace {

const Lexicon& lex() {
  static const Lexicon kLexicon;
  return kLexicon;
}

std::string code_of(const std::string& alias) {
  const int i = lex().country_by_alias(alias);
  return i < 0 ? "" : lex().countries()[static_cast<size_t>(i)].code;
}

}  // namespace

TEST_CASE("countries have everyday names and fold demonyms and cities", "[entities]") {
  const int ru = lex().country_by_code("RU");
  REQUIRE(ru >= 0);
  CHECK(lex().countries()[static_cast<size_t>(ru)].display == "Russia");
  CHECK(code_of("Russian") == "RU");
  CHECK(code_of("Kremlin") == "RU");
  CHECK(code_of("U.S.") == "US");
  CHECK(code_of("Washington") == "US");
  CHECK(code_of("Britain") == "GB");
  CHECK(code_of("South Korea") == "KR");
  CHECK(code_of("Syrian") == "SY");
  CHECK(code_of("Narnia").empty());
  CHECK(lex().country_by_name("Netherlands") >= 0);
  CHECK(lex().country_by_name("Amsterdam") < 0);  // a city, not the country's name
}

TEST_CASE("phrase matching prefers the longest phrase and respects capitals", "[entities]") {
  std::vector<news::entities::Token> toks;
  news::entities::tokenize("New Jersey and US and us", &toks);
  const auto* p = lex().match(toks, 0);
  REQUIRE(p != nullptr);
  CHECK(p->type == PhraseType::kBlocker);
  CHECK(p->tokens == 2);
  const auto* us = lex().match(toks, 3);
  REQUIRE(us != nullptr);
  CHECK(us->type == PhraseType::kCountry);
  CHECK(lex().match(toks, 5) == nullptr);
}

TEST_CASE("the lexicon builds quickly", "[entities]") {
  const auto t0 = std::chrono::steady_clock::now();
  Lexicon l;
  const auto ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  // Generous: the contract is ~50 ms in a release build; debug and
  // sanitizer builds are slower.
  CHECK(ms < 2000);
  CHECK(l.countries().size() > 240);
}

TEST_CASE("common English words are known in any case", "[entities]") {
  CHECK(lex().is_common_word("water"));
  CHECK(lex().is_common_word("Water"));
  CHECK(lex().is_common_word("MATCH"));
  CHECK_FALSE(lex().is_common_word("Putin"));
  CHECK_FALSE(lex().is_common_word("of"));  // shorter than three letters are left out
}

TEST_CASE("places: the longest known city or state, capitalized", "[entities]") {
  std::vector<news::entities::Token> toks;
  news::entities::tokenize("Broken Arrow and Tulsa, Texas; Broken arrow; Austin", &toks);
  CHECK(lex().place_length(toks, 0) == 2);
  CHECK(lex().place_length(toks, 3) == 1);
  CHECK(lex().place_length(toks, 5) == 1);
  CHECK(lex().place_length(toks, 7) == 0);  // "Broken arrow": every word capitalized
  CHECK(lex().place_length(toks, 9) == 0);  // a given name is left out
}

TEST_CASE("short and older country names that news uses", "[entities]") {
  CHECK(code_of("Bosnia") == "BA");
  CHECK(code_of("Democratic Republic of Congo") == "CD");
  CHECK(code_of("East Timor") == "TL");
  CHECK(code_of("Macau") == "MO");
  CHECK(code_of("Turkiye") == "TR");
  const int bn = lex().country_by_code("BN");
  REQUIRE(bn >= 0);
  CHECK(lex().countries()[static_cast<size_t>(bn)].display == "Brunei");
}
