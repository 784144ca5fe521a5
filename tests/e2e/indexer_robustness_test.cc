// End-to-end: the indexer under bad input, a second writer, a live stream on
// stdin, and kill -9 at random moments.
#include <xapian.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "common/index/index_schema.h"
#include "tests/e2e/process.h"

using news::test::CommandResult;
using news::test::run_command;
using news::test::shell_quote;
using news::test::TempDir;

namespace {

const std::string kIndexer = NEWS_INDEXER_BIN;

void write_file(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
}

std::string jsonl_article(int i) {
  std::ostringstream s;
  s << "{\"id\": \"a" << i << "\", \"title\": \"Story number " << i
    << "\", \"body\": \"Officials in Berlin said on Monday that talks on item " << i
    << " would continue. The minister declined to comment further on the matter.\"}\n";
  return s.str();
}

bool has_id(const std::string& db, const std::string& id) {
  Xapian::Database d(db);
  return d.term_exists("Q" + id);
}

}  // namespace

TEST_CASE("bad files: one message each, the rest indexed, non-zero exit", "[e2e][robustness]") {
  TempDir dir;
  const std::string in = dir.path() + "/in", db = dir.path() + "/db";
  run_command("mkdir -p " + shell_quote(in));
  write_file(in + "/good.txt", "A good headline\n\nThe body of a good article about Berlin.\n");
  write_file(in + "/empty.txt", "");
  write_file(in + "/binary.txt", std::string("\x7f"
                                             "ELF\0\0\0\x01\x02\0\0\0\0\0\0\0",
                                             16) +
                                     std::string(4096, '\0'));
  write_file(in + "/latin1.txt",
             "Caf\xe9 headline\n\nA body with a stray Latin-1 byte: \xe9t\xe9.\n");
  write_file(in + "/nul.txt", std::string("NUL headline\n\nBody with a \0 NUL byte inside.\n", 44));
  write_file(in + "/truncated.jsonl",
             "{\"id\": \"t1\", \"title\": \"Fine\", \"body\": \"ok\"}\n{\"id\": \"t2\", \"ti");
  write_file(in + "/shape.jsonl", "[1, 2, 3]\n{\"id\": \"s2\", \"title\": 7}\n");
  write_file(in + "/longword.txt",
             "Long word headline\n\nBefore " + std::string(10 * 1024 * 1024, 'x') + " after.\n");
  write_file(in + "/longterm.jsonl", "{\"id\": \"" + std::string(600, 'i') +
                                         "\", \"title\": \"Long id\", \"body\": \"" +
                                         std::string(300, 'y') + " tail\"}\n");
  run_command("ln -s " + shell_quote(in + "/missing") + " " + shell_quote(in + "/dangling.txt"));
  run_command("ln -s " + shell_quote(in) + " " + shell_quote(in + "/loop"));

  const CommandResult r =
      run_command(kIndexer + " --db " + shell_quote(db) + " " + shell_quote(in));
  INFO(r.err);
  CHECK(r.exit_code == 1);
  for (const char* bad : {"empty.txt", "binary.txt", "truncated.jsonl:2", "shape.jsonl:1",
                          "shape.jsonl:2", "dangling.txt"}) {
    INFO(bad);
    CHECK(r.err.find(bad) != std::string::npos);
  }
  // Repaired bytes: one line per file, at the line of the first.
  CHECK(r.err.find("latin1.txt:1: error: invalid UTF-8 replaced (3 bytes)\n") != std::string::npos);
  CHECK(r.err.find("nul.txt:3: error: NUL bytes replaced by spaces (1)\n") != std::string::npos);
  // Repaired or long, but indexed: good, latin1, nul, longword, t1, the long id.
  Xapian::Database d(db);
  CHECK(d.get_doccount() == 6);
  CHECK(has_id(db, "good.txt"));
  CHECK(has_id(db, "latin1.txt"));
  CHECK(has_id(db, "t1"));
  CHECK(r.out.find("indexed 6 articles") != std::string::npos);
}

TEST_CASE("invalid UTF-8 and NULs: repaired and indexed, one line per record, exit 1",
          "[e2e][robustness]") {
  TempDir dir;
  const std::string feed = dir.path() + "/feed.jsonl", db = dir.path() + "/db";
  write_file(feed,
             jsonl_article(1) +
                 "{\"id\": \"bad\", \"title\": \"Caf\xe9 \xff\xfe\", \"body\": \"Fine.\"}\n" +
                 std::string("{\"id\": \"nul\", \"title\": \"N\", \"body\": \"a\0b\"}\n", 43) +
                 jsonl_article(4));
  const CommandResult r =
      run_command(kIndexer + " --no-progress --db " + shell_quote(db) + " " + shell_quote(feed));
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.err == feed + ":2: error: invalid UTF-8 replaced (3 bytes)\n" + feed +
                     ":3: error: NUL bytes replaced by spaces (1)\n");
  CHECK(r.out.find("indexed 4 articles, 2 errors") != std::string::npos);
  CHECK(has_id(db, "bad"));
  CHECK(has_id(db, "nul"));
}

TEST_CASE("a second indexer on the same database fails at once", "[e2e][robustness]") {
  TempDir dir;
  const std::string db = dir.path() + "/db";
  // The first indexer holds the lock while it waits for stdin.
  run_command("(sleep 4 | " + kIndexer + " --no-progress --db " + shell_quote(db) +
              " - >/dev/null 2>&1 &)");
  CommandResult second;
  for (int i = 0; i < 40; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    second = run_command(kIndexer + " --db " + shell_quote(db) + " " +
                         shell_quote(NEWS_SOURCE_DIR "/sample_corpus"));
    if (second.exit_code != 0) break;
  }
  CHECK(second.exit_code == 3);
  CHECK(second.err.find("database is locked by another indexer") != std::string::npos);
}

TEST_CASE("a stream on stdin becomes searchable while it runs", "[e2e][robustness]") {
  TempDir dir;
  const std::string db = dir.path() + "/db", first = dir.path() + "/first.jsonl",
                    second = dir.path() + "/second.jsonl";
  write_file(first, jsonl_article(1) + jsonl_article(2));
  write_file(second, jsonl_article(3));
  run_command("((cat " + shell_quote(first) + "; sleep 3; cat " + shell_quote(second) + ") | " +
              kIndexer + " --no-progress --batch-seconds 0.3 --db " + shell_quote(db) +
              " - >/dev/null 2>&1 &)");
  bool seen_first = false, seen_second_early = false;
  for (int i = 0; i < 25 && !seen_first; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    try {
      seen_first = has_id(db, "a2");
      seen_second_early = has_id(db, "a3");
    } catch (const Xapian::Error&) {
      // not created yet
    }
  }
  CHECK(seen_first);
  CHECK_FALSE(seen_second_early);  // still waiting in the stream
  bool seen_second = false;
  for (int i = 0; i < 60 && !seen_second; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    seen_second = has_id(db, "a3");
  }
  CHECK(seen_second);
}

TEST_CASE("kill -9 at random moments loses at most the batch in flight", "[e2e][robustness]") {
  // The first rounds find the database empty and run as bulk loads (two
  // writers into temporary parts, merged at the end), the later ones write
  // directly (--writers 1) and commit every 50 articles.
  TempDir dir;
  const std::string db = dir.path() + "/db", feed = dir.path() + "/feed.jsonl";
  const int kArticles = 3000;
  {
    std::ofstream out(feed);
    for (int i = 0; i < kArticles; ++i) out << jsonl_article(i);
  }
  const bool have_check = run_command("command -v xapian-check").exit_code == 0;
  std::mt19937 rng(20171107);
  std::set<std::string> committed;
  for (int round = 0; round < 6; ++round) {
    const std::string log = dir.path() + "/commits" + std::to_string(round);
    const int delay_ms = std::uniform_int_distribution<int>(150, 1200)(rng);
    const std::string writers = round < 2 ? " --writers 2" : " --writers 1";
    run_command("(" + kIndexer + writers + " --no-progress --log-commits --batch-size 50 --db " +
                shell_quote(db) + " " + shell_quote(feed) + " >/dev/null 2>" + shell_quote(log) +
                " & pid=$!; sleep " + std::to_string(delay_ms / 1000.0) +
                "; kill -9 $pid; wait $pid)");

    // Every id the indexer said it committed is there, and the database opens.
    std::ifstream in(log);
    std::string line;
    while (std::getline(in, line)) {
      if (line.rfind("committed ", 0) != 0) continue;
      std::istringstream words(line.substr(line.find(':') + 1));
      for (std::string id; words >> id;) committed.insert(id);
    }
    Xapian::Database d(db);
    for (const std::string& id : committed) {
      if (!d.term_exists("Q" + id)) FAIL("committed article " << id << " is missing");
    }
    if (have_check) {
      const CommandResult check = run_command("xapian-check " + shell_quote(db));
      INFO(check.out + check.err);
      CHECK(check.exit_code == 0);
    }
  }
  // A clean run completes the set without duplicates.
  const CommandResult last =
      run_command(kIndexer + " --no-progress --db " + shell_quote(db) + " " + shell_quote(feed));
  CHECK(last.exit_code == 0);
  CHECK(Xapian::Database(db).get_doccount() == static_cast<Xapian::doccount>(kArticles));
  // A killed bulk load's parts were removed by a later run holding the lock.
  CHECK_FALSE(std::filesystem::exists(db + ".bulk"));
}

TEST_CASE("a bulk load writes what a direct load writes", "[e2e][robustness]") {
  TempDir dir;
  const std::string feed = dir.path() + "/feed.jsonl";
  {
    std::ofstream out(feed);
    const std::string wire =
        "The central bank raised its main interest rate by half a point on Thursday, the "
        "first increase in two years, saying that inflation had stayed above its target for "
        "too long and that the labour market remained tight despite slower growth in the "
        "second quarter. Markets had expected a smaller move.";
    for (int i = 0; i < 400; ++i) {
      out << jsonl_article(i);
      // Syndicated copies of one story, spread over the run.
      if (i % 40 == 0) {
        out << "{\"id\": \"w" << i << "\", \"title\": \"Bank raises rates\", \"body\": \""
            << (i == 0 ? "" : "FRANKFURT (Wire) - ") << wire << "\"}\n";
      }
    }
    out << "{\"id\": \"a7\", \"title\": \"Story seven, updated\", \"body\": \"New text.\"}\n";
  }
  const std::string direct = dir.path() + "/direct", bulk = dir.path() + "/bulk";
  REQUIRE(run_command(kIndexer + " --no-progress --writers 1 --batch-size 64 --db " +
                      shell_quote(direct) + " " + shell_quote(feed))
              .exit_code == 0);
  REQUIRE(run_command(kIndexer + " --no-progress --writers 2 --batch-size 64 --db " +
                      shell_quote(bulk) + " " + shell_quote(feed))
              .exit_code == 0);
  CHECK_FALSE(std::filesystem::exists(bulk + ".bulk"));
  const Xapian::Database a(direct), b(bulk);
  REQUIRE(a.get_doccount() == 410);
  REQUIRE(b.get_doccount() == a.get_doccount());
  // The same document for every id: terms with wdf and positions, values, data.
  auto describe = [](const Xapian::Database& db, const std::string& id_term) {
    const Xapian::Document doc = db.get_document(*db.postlist_begin(id_term));
    std::ostringstream s;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      s << *t << ':' << t.get_wdf() << ':' << t.positionlist_count() << ' ';
    }
    for (auto v = doc.values_begin(); v != doc.values_end(); ++v) s << v.get_valueno() << '=' << *v;
    return s.str() + doc.get_data();
  };
  // The copies were linked to the first one (so the comparison below covers it).
  CHECK(b.get_document(*b.postlist_begin("Qw360")).get_value(news::schema::kSlotCollapse) == "w0");
  for (auto t = a.allterms_begin("Q"); t != a.allterms_end("Q"); ++t) {
    INFO(*t);
    REQUIRE(b.term_exists(*t));
    CHECK(describe(a, *t) == describe(b, *t));
  }
  // The same facet names and spelling data.
  for (auto k = a.metadata_keys_begin(); k != a.metadata_keys_end(); ++k) {
    CHECK(a.get_metadata(*k) == b.get_metadata(*k));
  }
  CHECK(b.get_spelling_suggestion("ministr") == a.get_spelling_suggestion("ministr"));
  for (auto w = a.spellings_begin(); w != a.spellings_end(); ++w) {
    Xapian::TermIterator other = b.spellings_begin();
    other.skip_to(*w);
    REQUIRE(other != b.spellings_end());
    CHECK(*other == *w);
    CHECK(other.get_termfreq() == w.get_termfreq());
  }
}
