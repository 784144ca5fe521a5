// End-to-end: the real `news-searcher serve` on a free loopback port over an
// index of sample_corpus/, while the real news-indexer commits to it.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <thread>

#include "tests/e2e/process.h"
#include "tests/http_test_client.h"

using news::test::http_get;
using news::test::run_command;
using news::test::shell_quote;
using news::test::TempDir;
using news::test::url_encode;

namespace {

const std::string kCorpus = NEWS_SOURCE_DIR "/sample_corpus";

// `news-searcher serve ARGS... --port 0`, its stderr collected; the port is
// read from its "listening on" line.
class ServeProcess {
 public:
  explicit ServeProcess(std::vector<std::string> args) {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    args.insert(args.begin(), {NEWS_SEARCHER_BIN, "serve"});
    args.insert(args.end(), {"--port", "0", "--threads", "4"});
    pid_ = fork();
    REQUIRE(pid_ >= 0);
    if (pid_ == 0) {
      dup2(fds[1], STDERR_FILENO);
      close(fds[0]);
      close(fds[1]);
      std::vector<char*> argv;
      for (std::string& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(argv[0], argv.data());
      _exit(127);
    }
    close(fds[1]);
    reader_ = std::thread([this, fd = fds[0]] {
      char buf[4096];
      for (ssize_t n; (n = read(fd, buf, sizeof buf)) > 0;) {
        std::lock_guard<std::mutex> lock(mutex_);
        err_.append(buf, static_cast<size_t>(n));
      }
      close(fd);
      std::lock_guard<std::mutex> lock(mutex_);
      eof_ = true;
    });
    // Waits for the line (or for the process to give up); no timing is asserted.
    const std::regex listening("listening on http://127\\.0\\.0\\.1:([0-9]+)/");
    for (;;) {
      std::smatch m;
      {
        std::lock_guard<std::mutex> lock(mutex_);
        if (std::regex_search(err_, m, listening)) {
          port_ = std::stoi(m[1]);
          break;
        }
        if (eof_) break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
  ~ServeProcess() {
    if (pid_ > 0 && exit_code_ < 0) stop(SIGKILL);
    if (reader_.joinable()) reader_.join();
  }
  int port() const { return port_; }
  // Sends `sig` and waits; returns the exit code (128+N if killed by N).
  int stop(int sig = SIGTERM) {
    kill(pid_, sig);
    int status = 0;
    waitpid(pid_, &status, 0);
    exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return exit_code_;
  }
  std::string err() {
    std::lock_guard<std::mutex> lock(mutex_);
    return err_;
  }

 private:
  pid_t pid_ = -1;
  int port_ = -1;
  int exit_code_ = -1;
  std::thread reader_;
  std::mutex mutex_;
  std::string err_;
  bool eof_ = false;
};

struct SampleIndex {
  TempDir dir;
  std::string db = dir.path() + "/news.db";
  SampleIndex() {
    const auto r = run_command(std::string(NEWS_INDEXER_BIN) + " --db " + shell_quote(db) + " " +
                               shell_quote(kCorpus));
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  }
};

std::string without_took_ms(const std::string& body) {
  return std::regex_replace(body, std::regex("\"took_ms\":[0-9.eE+-]+"), "\"took_ms\":0");
}

// True if /proc/net/tcp shows a socket listening on 127.0.0.1:port.
bool listening_on_loopback_only(int port) {
  std::ifstream tcp("/proc/net/tcp");
  std::string line;
  char hex_port[8];
  std::snprintf(hex_port, sizeof hex_port, "%04X", port);
  bool loopback = false, other = false;
  while (std::getline(tcp, line)) {
    std::istringstream fields(line);
    std::string slot, local, remote, state;
    fields >> slot >> local >> remote >> state;
    if (state != "0A" || local.size() < 13 || local.substr(9) != hex_port) continue;
    (local.substr(0, 8) == "0100007F" ? loopback : other) = true;
  }
  return loopback && !other;
}

}  // namespace

TEST_CASE("serve: the API over sample_corpus answers as the shell does", "[e2e][serve]") {
  SampleIndex index;
  ServeProcess server({"--db", index.db});
  INFO(server.err());
  REQUIRE(server.port() > 0);
  CHECK(listening_on_loopback_only(server.port()));

  const std::string args = "--facets person,country --filter 'country:Russia' --limit 3 putin";
  const auto shell = run_command(std::string(NEWS_SEARCHER_BIN) + " --db " + shell_quote(index.db) +
                                 " --json " + args);
  REQUIRE(shell.exit_code == 0);
  const auto http =
      http_get(server.port(), "/api/search?q=putin&facets=person,country&limit=3&" +
                                  std::string("filter=") + url_encode("country:Russia"));
  REQUIRE(http.status == 200);
  CHECK(without_took_ms(http.body + "\n") == without_took_ms(shell.out));

  const auto hits = nlohmann::json::parse(http.body)["hits"];
  REQUIRE(!hits.empty());
  const std::string id = hits[0]["id"];
  const auto article = http_get(server.port(), "/api/article/" + url_encode(id));
  REQUIRE(article.status == 200);
  CHECK(nlohmann::json::parse(article.body)["id"] == id);

  const auto health = nlohmann::json::parse(http_get(server.port(), "/api/health").body);
  CHECK(health["articles"] == 5);
  const auto page = http_get(server.port(), "/");  // found next to the binary
  CHECK(page.status == 200);
  CHECK(page.body.find("app.js") != std::string::npos);
  CHECK(http_get(server.port(), "/app.js").status == 200);

  CHECK(server.stop(SIGTERM) == 0);
  CHECK(server.err().find("news-searcher: stopped") != std::string::npos);
  CHECK(std::regex_search(server.err(), std::regex("\nGET /api/health 200 [0-9.]+ms\n")));
}

TEST_CASE("serve: keeps answering while news-indexer commits", "[e2e][serve]") {
  SampleIndex index;
  ServeProcess server({"--db", index.db});
  INFO(server.err());
  REQUIRE(server.port() > 0);
  std::atomic<bool> done{false};
  std::atomic<int> ok{0}, bad{0};
  std::thread client([&] {
    while (!done) {
      const int status = http_get(server.port(), "/api/search?q=summit&facets=person,org").status;
      (status == 200 ? ok : bad)++;
    }
  });
  TempDir more;
  for (int batch = 0; batch < 5; ++batch) {
    const std::string dir = more.path() + "/" + std::to_string(batch);
    std::filesystem::create_directories(dir);
    for (int i = 0; i < 4; ++i) {
      std::ofstream(dir + "/extra" + std::to_string(batch) + "-" + std::to_string(i) + ".txt")
          << "Summit " << batch << "-" << i << "\n\nLeaders met at another summit in Vienna.\n";
    }
    const auto r = run_command(std::string(NEWS_INDEXER_BIN) + " --db " + shell_quote(index.db) +
                               " " + shell_quote(dir));
    CHECK(r.exit_code == 0);
  }
  done = true;
  client.join();
  CHECK(bad == 0);
  CHECK(ok > 0);
  const auto health = nlohmann::json::parse(http_get(server.port(), "/api/health").body);
  CHECK(health["articles"] == 5 + 5 * 4);
  CHECK(server.stop(SIGINT) == 0);
}

TEST_CASE("serve: bad flags and a missing database fail with a message", "[e2e][serve]") {
  TempDir tmp;
  const std::string bin = NEWS_SEARCHER_BIN;
  auto r = run_command(bin + " serve --db " + shell_quote(tmp.path() + "/none") + " --port 0");
  CHECK(r.exit_code == 3);
  CHECK(r.err.find("none") != std::string::npos);
  r = run_command(bin + " serve --port 70000");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("70000") != std::string::npos);
  r = run_command(bin + " serve --api-key-file " + shell_quote(tmp.path() + "/nokey"));
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("nokey") != std::string::npos);
  r = run_command(bin + " serve --help");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("--cors-origin") != std::string::npos);
}

TEST_CASE("serve: the API key comes from a file or the environment", "[e2e][serve]") {
  SampleIndex index;
  TempDir tmp;
  const std::string key_file = tmp.path() + "/key";
  std::ofstream(key_file) << "file-key\n";
  {
    ServeProcess server({"--db", index.db, "--api-key-file", key_file});
    INFO(server.err());
    REQUIRE(server.port() > 0);
    CHECK(http_get(server.port(), "/api/search?q=putin").status == 401);
    CHECK(http_get(server.port(), "/api/search?q=putin", "X-API-Key: file-key\r\n").status == 200);
  }
  setenv("NEWS_API_KEY", "env-key", 1);
  ServeProcess server({"--db", index.db});
  unsetenv("NEWS_API_KEY");
  INFO(server.err());
  REQUIRE(server.port() > 0);
  CHECK(http_get(server.port(), "/api/search?q=putin").status == 401);
  CHECK(
      http_get(server.port(), "/api/search?q=putin", "Authorization: Bearer env-key\r\n").status ==
      200);
}
