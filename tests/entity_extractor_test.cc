// Tests of news::EntityExtractor on small texts and on sample_corpus/.
#include "common/entities/entity_extractor.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "common/entities/lexicon.h"
#include "common/entities/tagger.h"
#include "common/entities/tokenizer.h"

namespace {

const news::EntityExtractor& extractor() {
  static const news::EntityExtractor kExtractor;
  return kExtractor;
}

std::vector<news::Entity> extract_text(const std::string& title, const std::string& body,
                                       const std::string& date = "") {
  news::Article a;
  a.title = title;
  a.body = body;
  a.date = date;
  return extractor().extract(a);
}

// Title = first non-empty line, body = the rest.
news::Article sample(const std::string& prefix) {
  const std::string dir = NEWS_SOURCE_DIR "/sample_corpus/";
  const char* names[] = {"000_d99d6fceec54309a.txt", "001_9a62799bb253eeb4.txt",
                         "002_d6e24422c1b5baaa.txt", "003_76536d54b82e6b70.txt",
                         "004_bf3c0d247e44f2ef.txt"};
  std::string file;
  for (const char* n : names) {
    if (std::string(n).rfind(prefix, 0) == 0) file = dir + n;
  }
  std::ifstream in(file);
  REQUIRE(in.good());
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  news::Article a;
  a.id = prefix;
  size_t start = text.find_first_not_of(" \n\t");
  size_t nl = text.find('\n', start);
  a.title = text.substr(start, nl - start);
  a.body = nl == std::string::npos ? "" : text.substr(nl + 1);
  return a;
}

const news::Entity* find_id(const std::vector<news::Entity>& es, const std::string& id) {
  for (const auto& e : es) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

bool has_id(const std::vector<news::Entity>& es, const std::string& id) {
  return find_id(es, id) != nullptr;
}

std::string dump(const std::vector<news::Entity>& es) {
  std::string s;
  for (const auto& e : es) s += e.id + " (" + e.name + ") x" + std::to_string(e.count) + "\n";
  return s;
}

}  // namespace

TEST_CASE("every sample article has Putin, Trump, Russia and the US", "[entities]") {
  for (const char* p : {"000", "001", "002", "003", "004"}) {
    const auto es = extractor().extract(sample(p));
    INFO(p << "\n" << dump(es));
    CHECK(has_id(es, "person:vladimir-putin"));
    CHECK(has_id(es, "person:donald-trump"));
    CHECK(has_id(es, "country:RU"));
    CHECK(has_id(es, "country:US"));
  }
}

TEST_CASE("sample 003: Britain, and Thomas Bossert is one person", "[entities]") {
  const auto es = extractor().extract(sample("003"));
  INFO(dump(es));
  CHECK(has_id(es, "country:GB"));
  const news::Entity* bossert = find_id(es, "person:thomas-bossert");
  REQUIRE(bossert != nullptr);
  CHECK(bossert->count == 2);
  int people_named_bossert = 0;
  for (const auto& e : es) {
    if (e.kind == "person" && e.name.find("Bossert") != std::string::npos) ++people_named_bossert;
  }
  CHECK(people_named_bossert == 1);
  CHECK(has_id(es, "org:democratic-national-committee"));
  CHECK(has_id(es, "org:reuters"));
}

TEST_CASE("samples 001, 002, 004: Syria, Korea, Rubio", "[entities]") {
  const auto e4 = extractor().extract(sample("004"));
  INFO(dump(e4));
  CHECK(has_id(e4, "country:SY"));
  CHECK(has_id(e4, "person:marco-rubio"));
  const auto e2 = extractor().extract(sample("002"));
  CHECK(has_id(e2, "person:marco-rubio"));
  const auto e1 = extractor().extract(sample("001"));
  CHECK(has_id(e1, "country:KR"));
}

TEST_CASE("sample 000: the G20 summit is an event", "[entities]") {
  const auto es = extractor().extract(sample("000"));
  INFO(dump(es));
  bool g20 = false;
  for (const auto& e : es) {
    if (e.kind == "event" && e.id.rfind("event:", 0) == 0 &&
        e.name.find("G20 summit") != std::string::npos)
      g20 = true;
  }
  CHECK(g20);
}

TEST_CASE("New Jersey and the Washington Post are not countries", "[entities]") {
  auto es = extract_text("Storm hits New Jersey", "Flooding closed roads across New Jersey.");
  INFO(dump(es));
  CHECK_FALSE(has_id(es, "country:JE"));
  es = extract_text("Report", "The Washington Post reported the story on Friday.");
  INFO(dump(es));
  CHECK_FALSE(has_id(es, "country:US"));
}

TEST_CASE("an org written with and without its country word is one org", "[entities]") {
  auto es = extract_text("Moscow replies",
                         "The Russian Foreign Ministry said on Monday that the Foreign Ministry "
                         "would respond. The U.S. Justice Department and the Justice Department "
                         "agreed. The U.S. Commerce Department and the Commerce Department too.");
  INFO(dump(es));
  const news::Entity* ministry = find_id(es, "org:russian-foreign-ministry");
  REQUIRE(ministry != nullptr);
  CHECK(ministry->count == 2);
  CHECK(has_id(es, "country:RU"));  // the state's own ministry
  CHECK_FALSE(has_id(es, "org:foreign-ministry"));
  const news::Entity* doj = find_id(es, "org:department-of-justice");
  REQUIRE(doj != nullptr);
  CHECK(doj->count == 2);
  const news::Entity* commerce = find_id(es, "org:u-s-commerce-department");
  REQUIRE(commerce != nullptr);
  CHECK(commerce->count == 2);
  CHECK_FALSE(has_id(es, "org:commerce-department"));
  // Two countries' ministries: the bare name is ambiguous and stays apart.
  es = extract_text("Talks",
                    "The Russian Foreign Ministry and the Ukrainian Foreign Ministry "
                    "disagreed; the Foreign Ministry said so.");
  INFO(dump(es));
  CHECK(has_id(es, "org:russian-foreign-ministry"));
  CHECK(has_id(es, "org:ukrainian-foreign-ministry"));
  CHECK(has_id(es, "org:foreign-ministry"));
}

TEST_CASE("a country word opening a private org is no country mention", "[entities]") {
  const auto es = extract_text("Advice", "The American Academy of Pediatrics said so.");
  INFO(dump(es));
  CHECK_FALSE(has_id(es, "country:US"));
}

TEST_CASE("entities are ordered by kind, then descending count, then name", "[entities]") {
  for (const char* p : {"000", "001", "002", "003", "004"}) {
    const auto es = extractor().extract(sample(p));
    INFO(p << "\n" << dump(es));
    auto rank = [](const std::string& kind) {
      return kind == "person" ? 0 : kind == "country" ? 1 : kind == "org" ? 2 : 3;
    };
    for (size_t i = 1; i < es.size(); ++i) {
      const news::Entity& a = es[i - 1];
      const news::Entity& b = es[i];
      const bool ordered = rank(a.kind) < rank(b.kind) ||
                           (rank(a.kind) == rank(b.kind) &&
                            (a.count > b.count || (a.count == b.count && a.name <= b.name)));
      CHECK(ordered);
    }
  }
}

TEST_CASE("a cue after a single word does not outweigh the tagger's org", "[entities]") {
  using namespace news::entities;
  // A model whose one weight, on the bias feature (the first of every
  // token), labels each candidate word B-ORG.
  const Lexicon lex;
  std::vector<Token> toks;
  tokenize("Zelcor", &toks);
  const TagContext ctx(toks);
  std::vector<uint64_t> feats;
  Tagger::features(toks, lex, 0, kO, ctx, &feats);
  char key[32];
  std::snprintf(key, sizeof key, "%llx", static_cast<unsigned long long>(feats.at(0)));
  const news::EntityExtractor all_orgs(std::string(key) + " 3:5000\n");
  news::Article a;
  a.body = "Analysts expect growth, and Zelcor said it would hire. Ms Okafor said so too.";
  const auto es = all_orgs.extract(a);
  auto has = [&es](const std::string& id) {
    return std::any_of(es.begin(), es.end(), [&id](const news::Entity& e) { return e.id == id; });
  };
  CHECK(has("org:zelcor"));
  CHECK_FALSE(has("person:zelcor"));
  CHECK(has("person:okafor"));  // a title still makes a person
}
