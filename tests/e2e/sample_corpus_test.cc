// End-to-end: the real news-indexer and news-searcher on sample_corpus/.
#include <catch2/catch.hpp>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "tests/e2e/process.h"

using news::test::CommandResult;
using news::test::run_command;
using news::test::shell_quote;
using news::test::TempDir;

namespace {

const std::string kCorpus = NEWS_SOURCE_DIR "/sample_corpus";

// One database of the sample corpus, shared by the tests of this file.
struct SampleIndex {
  TempDir dir;
  std::string db = dir.path() + "/news.db";
  CommandResult indexed = run_command(std::string(NEWS_INDEXER_BIN) + " --db " + shell_quote(db) +
                                      " " + shell_quote(kCorpus));
};

SampleIndex& sample() {
  static SampleIndex index;
  return index;
}

CommandResult search(const std::string& args) {
  return run_command(std::string(NEWS_SEARCHER_BIN) + " --db " + shell_quote(sample().db) + " " +
                     args);
}

nlohmann::json search_json(const std::string& args) {
  const CommandResult r = search("--json " + args);
  INFO(r.err);
  REQUIRE((r.exit_code == 0 || r.exit_code == 1));
  return nlohmann::json::parse(r.out);
}

// The ids of the hits, as a set of the article numbers ("000", "001", ...).
std::set<std::string> hit_numbers(const nlohmann::json& body) {
  std::set<std::string> out;
  for (const auto& h : body["hits"]) out.insert(h["id"].get<std::string>().substr(0, 3));
  return out;
}

std::string file_text(const std::string& id) {
  std::ifstream in(kCorpus + "/" + id);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

TEST_CASE("the sample corpus indexes and re-indexes without duplicates", "[e2e]") {
  INFO(sample().indexed.err);
  REQUIRE(sample().indexed.exit_code == 0);
  CHECK(sample().indexed.out.find("indexed 5 articles, 0 errors") != std::string::npos);
  const CommandResult again = run_command(std::string(NEWS_INDEXER_BIN) + " --db " +
                                          shell_quote(sample().db) + " " + shell_quote(kCorpus));
  REQUIRE(again.exit_code == 0);
  const CommandResult stats =
      run_command(std::string(NEWS_INDEXER_BIN) + " stats --json --db " + shell_quote(sample().db));
  REQUIRE(stats.exit_code == 0);
  const auto j = nlohmann::json::parse(stats.out);
  CHECK(j["articles"] == 5);
  CHECK(j["entities"]["person"].get<int>() >= 5);
}

TEST_CASE("rare names find exactly their article", "[e2e]") {
  REQUIRE(sample().indexed.exit_code == 0);
  CHECK(hit_numbers(search_json("Lavrov")) == std::set<std::string>{"000"});
  CHECK(hit_numbers(search_json("Helsinki")) == std::set<std::string>{"001"});
  CHECK(hit_numbers(search_json("GCHQ")) == std::set<std::string>{"003"});
  CHECK(hit_numbers(search_json("Mnuchin")) == std::set<std::string>{"004"});
}

TEST_CASE("stemming: hacked also finds articles that only say hacking", "[e2e]") {
  const auto body = search_json("hacked");
  bool found_hacking_only = false;
  for (const auto& h : body["hits"]) {
    const std::string text = lower(file_text(h["id"]));
    if (text.find("hacked") == std::string::npos && text.find("hacking") != std::string::npos) {
      found_hacking_only = true;
    }
  }
  CHECK(found_hacking_only);
}

TEST_CASE("articles with the phrase rank above those without", "[e2e]") {
  for (const std::string& query :
       {std::string("'\"cyber security unit\"'"), std::string("cyber security unit")}) {
    INFO(query);
    const auto body = search_json(query);
    REQUIRE(!body["hits"].empty());
    bool seen_without = false;
    for (const auto& h : body["hits"]) {
      const bool has = lower(file_text(h["id"])).find("cyber security unit") != std::string::npos;
      if (!has) seen_without = true;
      CHECK_FALSE((has && seen_without));  // no phrase article after one without it
    }
  }
}

TEST_CASE("headline, JSON fields and highlighted snippets", "[e2e]") {
  const CommandResult r = run_command(std::string(NEWS_INDEXER_BIN) + " extract --json " +
                                      shell_quote(kCorpus + "/001_9a62799bb253eeb4.txt"));
  REQUIRE(r.exit_code == 0);
  const auto article = nlohmann::json::parse(r.out);
  CHECK(article["title"] == "Putin proposes joint Russia-US cybersecurity group");

  const auto body = search_json("Helsinki");
  CHECK(body["query"] == "Helsinki");
  CHECK(body["found"] == 1);
  const auto& hit = body["hits"][0];
  CHECK(hit["rank"] == 1);
  CHECK(hit["title"] == "Putin proposes joint Russia-US cybersecurity group");
  CHECK(hit["snippet"].get<std::string>().find("<mark>Helsinki</mark>") != std::string::npos);
  CHECK(hit["score"].get<double>() > 0);
}

TEST_CASE("paging with --limit and --offset", "[e2e]") {
  const auto all = search_json("Putin --limit 5");
  const auto page = search_json("Putin --limit 2 --offset 2");
  REQUIRE(all["hits"].size() == 5);
  REQUIRE(page["hits"].size() == 2);
  CHECK(page["hits"][0]["id"] == all["hits"][2]["id"]);
  CHECK(page["hits"][0]["rank"] == 3);
}

TEST_CASE("text output and exit codes", "[e2e]") {
  const CommandResult hits = search("Mnuchin");
  CHECK(hits.exit_code == 0);
  CHECK(hits.out.find("1. Trump and Putin unironically discussed") != std::string::npos);
  CHECK(search("zzyzxqwv").exit_code == 1);
  const CommandResult missing =
      run_command(std::string(NEWS_SEARCHER_BIN) + " --db /nonexistent/news.db putin");
  CHECK(missing.exit_code == 3);
  CHECK(missing.err.find("/nonexistent/news.db") != std::string::npos);
}

TEST_CASE("hostile queries get a message and exit code 2", "[e2e]") {
  const std::string long_query(10240, 'a');
  for (const std::string& args :
       {std::string("'\"cyber security'"), std::string("'*'"), long_query,
        std::string("\"$(printf '\\377\\376')\""), std::string("--limit -3 putin"),
        std::string("--filter nonsense putin")}) {
    INFO(args.substr(0, 40));
    const CommandResult r = search(args);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("news-searcher: ") == 0);
  }
}
