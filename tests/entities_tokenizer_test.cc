// Tests of the entity tokenizer (common/entities/tokenizer.h).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "common/entities/tokenizer.h"

using news::entities::Token;
using news::entities::tokenize;

namespace {

std::vector<std::string> texts(const std::string& s) {
  std::vector<Token> toks;
  tokenize(s, &toks);
  std::vector<std::string> out;
  for (const auto& t : toks) out.emplace_back(t.text);
  return out;
}

}  // namespace

TEST_CASE("tokenizer keeps abbreviations and splits possessives", "[entities]") {
  CHECK(texts("Putin's U.S. visit") == std::vector<std::string>{"Putin", "'s", "U.S.", "visit"});
  CHECK(texts("Putin’s plan") == std::vector<std::string>{"Putin", "’s", "plan"});
  CHECK(texts("Sen. Marco Rubio (R-Florida)") ==
        std::vector<std::string>{"Sen.", "Marco", "Rubio", "(", "R-Florida", ")"});
  CHECK(texts("Bashar al-Assad, O'Brien") ==
        std::vector<std::string>{"Bashar", "al-Assad", ",", "O'Brien"});
}

TEST_CASE("tokenizer flags capitals, sentence starts and name shapes", "[entities]") {
  std::vector<Token> toks;
  tokenize("He met the FBI. Then SKidmore left\nNew", &toks);
  REQUIRE(toks.size() == 9);
  CHECK(toks[0].has(news::entities::kSentenceStart));
  CHECK(toks[3].has(news::entities::kAllCaps));
  CHECK(toks[5].has(news::entities::kSentenceStart));
  CHECK(toks[6].has(news::entities::kCapitalized));
  CHECK_FALSE(toks[6].has(news::entities::kNameShape));
  CHECK(toks[8].has(news::entities::kLineBreakBefore));
  CHECK(toks[8].has(news::entities::kSentenceStart));
}

TEST_CASE("tokenizer survives invalid UTF-8", "[entities]") {
  std::vector<Token> toks;
  tokenize(std::string("caf\xC3 \xFF\xFE x"), &toks);
  CHECK_FALSE(toks.empty());
}
