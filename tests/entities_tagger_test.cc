// Tests of the name tagger (tagger.h): the article context it keeps, the
// spans of a label sequence, and the compiled-in model on a plain sentence.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "common/entities/embedded_data.h"
#include "common/entities/tagger.h"

using news::entities::Label;
using news::entities::TagContext;
using news::entities::Tagger;
using news::entities::Token;

TEST_CASE("TagContext knows words written in lower case and earlier labels", "[entities]") {
  const std::string text = "Previous work helped. The previous one. Ruiz said so.";
  std::vector<Token> toks;
  news::entities::tokenize(text, &toks);
  TagContext ctx(toks);
  CHECK(ctx.written_lower(toks[0]));  // "Previous"
  const Token* ruiz = nullptr;
  for (const Token& t : toks) {
    if (t.text == "Ruiz") ruiz = &t;
  }
  REQUIRE(ruiz != nullptr);
  CHECK_FALSE(ctx.written_lower(*ruiz));
  CHECK(ctx.history(*ruiz) == 0);
  ctx.record(*ruiz, news::entities::kBPer);
  CHECK(ctx.history(*ruiz) == 2);
  ctx.record(*ruiz, news::entities::kO);
  CHECK(ctx.history(*ruiz) == 1);
}

TEST_CASE("spans of a label sequence", "[entities]") {
  using namespace news::entities;
  const std::vector<Label> labels = {kO, kBPer, kIPer, kO, kIOrg, kBLoc, kBLoc};
  const auto spans = Tagger::spans(labels);
  REQUIRE(spans.size() == 4);
  CHECK((spans[0].first == 1 && spans[0].last == 3 && spans[0].type == SpanType::kPerson));
  CHECK((spans[1].first == 4 && spans[1].last == 5 && spans[1].type == SpanType::kOrg));
  CHECK((spans[2].first == 5 && spans[2].last == 6 && spans[2].type == SpanType::kPlace));
}

TEST_CASE("spans end in a capitalized word", "[entities]") {
  using namespace news::entities;
  std::vector<Token> toks;
  tokenize("the GNP of Israel and Bank of Spain", &toks);
  const std::vector<Label> labels = {kO, kBOrg, kIOrg, kO, kO, kBOrg, kIOrg, kIOrg};
  const auto spans = Tagger::spans(labels, toks);
  REQUIRE(spans.size() == 2);
  CHECK((spans[0].first == 1 && spans[0].last == 2));  // "GNP", not "GNP of"
  CHECK((spans[1].first == 5 && spans[1].last == 8));  // "Bank of Spain"
}

TEST_CASE("the compiled-in model tags a plain name", "[entities]") {
  const Tagger tagger(news::entities::data::tagger_model_txt());
  const news::entities::Lexicon lex;
  const std::string text = "The company hired Maria Gonzalez last year.";
  std::vector<Token> toks;
  news::entities::tokenize(text, &toks);
  std::vector<Label> labels;
  tagger.tag(toks, lex, &labels);
  bool person = false;
  for (const auto& s : Tagger::spans(labels)) {
    person = person || s.type == news::entities::SpanType::kPerson;
  }
  CHECK(person);
}
