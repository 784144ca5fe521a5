// End-to-end: entity facets and filters on sample_corpus/.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>

#include "tests/e2e/process.h"

using news::test::CommandResult;
using news::test::run_command;
using news::test::shell_quote;
using news::test::TempDir;

namespace {

struct FacetIndex {
  TempDir dir;
  std::string db = dir.path() + "/news.db";
  CommandResult indexed = run_command(std::string(NEWS_INDEXER_BIN) + " --db " + shell_quote(db) +
                                      " " + shell_quote(NEWS_SOURCE_DIR "/sample_corpus"));
};

FacetIndex& index() {
  static FacetIndex i;
  return i;
}

nlohmann::json search_json(const std::string& args) {
  const CommandResult r = run_command(std::string(NEWS_SEARCHER_BIN) + " --json --db " +
                                      shell_quote(index().db) + " " + args);
  INFO(r.err);
  REQUIRE((r.exit_code == 0 || r.exit_code == 1));
  return nlohmann::json::parse(r.out);
}

std::set<std::string> hit_numbers(const nlohmann::json& body) {
  std::set<std::string> out;
  for (const auto& h : body["hits"]) out.insert(h["id"].get<std::string>().substr(0, 3));
  return out;
}

}  // namespace

TEST_CASE("filters drill down by person and country", "[e2e][entities]") {
  REQUIRE(index().indexed.exit_code == 0);
  CHECK(hit_numbers(search_json("--filter 'person:Marco Rubio'")) ==
        std::set<std::string>{"002", "004"});
  CHECK(hit_numbers(search_json("--filter person:person:marco-rubio")) ==
        std::set<std::string>{"002", "004"});
  CHECK(hit_numbers(search_json("--filter country:Syria")).count("004") == 1);
  CHECK(hit_numbers(search_json("--filter country:GB")).count("003") == 1);
  CHECK(hit_numbers(search_json("--filter country:KR")) == std::set<std::string>{"001"});
  // Values of one kind OR, kinds AND.
  CHECK(hit_numbers(search_json("--filter country:KR --filter country:GB")).size() >= 2);
  CHECK(hit_numbers(search_json("--filter country:KR --filter 'person:Marco Rubio'")).empty());
  // Entity prefixes inside the query text.
  CHECK(hit_numbers(search_json("'person:\"Marco Rubio\"'")) ==
        std::set<std::string>{"002", "004"});
}

TEST_CASE("every article has Putin, Trump, Russia and the US", "[e2e][entities]") {
  const auto body = search_json("--facets person,country,org,event --limit 5");
  REQUIRE(body["found"] == 5);
  auto count_of = [&](const std::string& kind, const std::string& id) {
    for (const auto& v : body["facets"][kind]) {
      if (v["id"] == id) return v["count"].get<int>();
    }
    return 0;
  };
  CHECK(count_of("person", "person:vladimir-putin") == 5);
  CHECK(count_of("person", "person:donald-trump") == 5);
  CHECK(count_of("country", "country:RU") == 5);
  CHECK(count_of("country", "country:US") == 5);
}

TEST_CASE("extract shows entities: one Bossert, the G20 summit", "[e2e][entities]") {
  const CommandResult r = run_command(std::string(NEWS_INDEXER_BIN) + " extract --json " +
                                      shell_quote(NEWS_SOURCE_DIR "/sample_corpus"));
  REQUIRE(r.exit_code == 0);
  std::istringstream lines(r.out);
  std::string line;
  int articles = 0;
  while (std::getline(lines, line)) {
    const auto a = nlohmann::json::parse(line);
    ++articles;
    const std::string id = a["id"];
    if (id.rfind("003", 0) == 0) {
      int bossert = 0;
      for (const auto& e : a["entities"]) {
        if (e["kind"] == "person" &&
            e["name"].get<std::string>().find("Bossert") != std::string::npos) {
          ++bossert;
          CHECK(e["id"] == "person:thomas-bossert");
        }
      }
      CHECK(bossert == 1);
    }
    if (id.rfind("000", 0) == 0) {
      bool g20 = false;
      for (const auto& e : a["entities"]) {
        if (e["kind"] == "event" && e["name"].get<std::string>().find("G20") != std::string::npos)
          g20 = true;
      }
      CHECK(g20);
    }
  }
  CHECK(articles == 5);
}
