// End-to-end: sharded indexes, local and remote (xapian-tcpsrv on loopback),
// answer exactly like one database holding every article.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>

#include "tests/e2e/process.h"

using news::test::CommandResult;
using news::test::run_command;
using news::test::shell_quote;
using news::test::TempDir;

namespace {

const std::string kCorpus = NEWS_SOURCE_DIR "/sample_corpus";

// A loopback port that nothing listens on right now.
int free_port() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  close(fd);
  return ntohs(addr.sin_port);
}

bool port_open(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<uint16_t>(port));
  const bool ok = connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  close(fd);
  return ok;
}

// xapian-tcpsrv serving one database on a loopback port, stopped at the end.
class TcpServer {
 public:
  explicit TcpServer(const std::string& db) : port_(free_port()) {
    // Its own session: on SIGTERM, xapian-tcpsrv signals its whole process
    // group, which must not be the test's.
    const CommandResult r =
        run_command("setsid xapian-tcpsrv --interface 127.0.0.1 --port " + std::to_string(port_) +
                    " " + shell_quote(db) + " >/dev/null 2>&1 & echo $!");
    pid_ = std::atoi(r.out.c_str());
    for (int i = 0; i < 100 && !port_open(port_); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  ~TcpServer() {
    if (pid_ > 0) run_command("kill " + std::to_string(pid_));
  }
  std::string url() const { return "tcp://127.0.0.1:" + std::to_string(port_); }
  bool up() const { return port_open(port_); }

 private:
  int port_;
  int pid_ = 0;
};

nlohmann::json search(const std::string& dbs, const std::string& args) {
  const CommandResult r =
      run_command(std::string(NEWS_SEARCHER_BIN) + " --json " + dbs + " " + args);
  INFO(r.err);
  REQUIRE((r.exit_code == 0 || r.exit_code == 1));
  nlohmann::json j = nlohmann::json::parse(r.out);
  j.erase("took_ms");
  return j;
}

}  // namespace

TEST_CASE("three shards, two of them remote, answer like one database", "[e2e][shards]") {
  if (run_command("command -v xapian-tcpsrv").exit_code != 0) {
    WARN("xapian-tcpsrv not installed (Debian xapian-tools): remote shard test skipped");
    return;
  }
  TempDir dir;
  const std::string one = dir.path() + "/one.db", sharded = dir.path() + "/sharded.db";
  const std::string indexer = std::string(NEWS_INDEXER_BIN);
  REQUIRE(
      run_command(indexer + " --db " + shell_quote(one) + " " + shell_quote(kCorpus)).exit_code ==
      0);
  REQUIRE(
      run_command(indexer + " --shards 3 --db " + shell_quote(sharded) + " " + shell_quote(kCorpus))
          .exit_code == 0);
  TcpServer s1(sharded + "/shard-01"), s2(sharded + "/shard-02");
  REQUIRE(s1.up());
  REQUIRE(s2.up());
  const std::string single = "--db " + shell_quote(one);
  const std::string mixed =
      "--db " + shell_quote(sharded + "/shard-00") + " --db " + s1.url() + " --db " + s2.url();
  const std::string local = "--db " + shell_quote(sharded);
  for (const std::string& q : {std::string("--facets person,country,org,event 'cyber security'"),
                               std::string("--facets person,date hacked"), std::string("Lavrov"),
                               std::string("--facets country --filter country:RU putin"),
                               std::string("Putn"), std::string("'\"cyber security unit\"'"),
                               std::string("--similar 000_d99d6fceec54309a.txt")}) {
    INFO(q);
    const nlohmann::json expected = search(single, q);
    CHECK(search(mixed, q) == expected);
    CHECK(search(local, q) == expected);
  }
}

TEST_CASE("a shard that does not answer: clear error, or partial results", "[e2e][shards]") {
  TempDir dir;
  const std::string db = dir.path() + "/news.db";
  REQUIRE(run_command(std::string(NEWS_INDEXER_BIN) + " --db " + shell_quote(db) + " " +
                      shell_quote(kCorpus))
              .exit_code == 0);
  const std::string dead = "tcp://127.0.0.1:" + std::to_string(free_port());
  const std::string dbs = "--timeout 2000 --db " + shell_quote(db) + " --db " + dead;
  const CommandResult failed = run_command(std::string(NEWS_SEARCHER_BIN) + " " + dbs + " putin");
  CHECK(failed.exit_code == 3);
  CHECK(failed.err.find(dead) != std::string::npos);
  const CommandResult partial =
      run_command(std::string(NEWS_SEARCHER_BIN) + " --json --allow-partial " + dbs + " putin");
  REQUIRE(partial.exit_code == 0);
  const auto j = nlohmann::json::parse(partial.out);
  CHECK(j["partial"] == true);
  CHECK(j["found"] == 5);
}
