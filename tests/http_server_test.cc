// HttpServer in process, over a small index: routes, JSON bodies, the
// security defaults (API key, CORS, limits, static folder) and the log.
#include "searcher/http_server.h"

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <thread>

#include "common/index/index_writer.h"
#include "searcher/response_json.h"
#include "searcher/search_engine.h"
#include "searcher/static_files.h"
#include "tests/e2e/process.h"
#include "tests/http_test_client.h"
#include "tests/test_index.h"

namespace fs = std::filesystem;
using news::ServerConfig;
using news::test::http_get;
using news::test::http_request;
using news::test::HttpReply;
using news::test::make_article;
using news::test::url_encode;

namespace {

std::vector<news::Article> articles() {
  return {
      make_article("a/1.txt", "Putin meets Trump in Helsinki",
                   "Vladimir Putin and Donald Trump met in Helsinki for a summit.", "2018-07-16"),
      make_article("b.2", "Merkel hosts the G20 summit",
                   "Angela Merkel hosted the G20 summit in Hamburg; Putin attended.", "2017-07-07"),
      make_article("c3", "Cyber security unit", "Trump said a cyber security unit was discussed.",
                   "2017-07-09"),
  };
}

// A web folder in a temp dir, with a secret file beside it.
struct WebRoot {
  news::test::TempDir tmp;
  std::string path = tmp.path() + "/web";
  WebRoot() {
    fs::create_directories(path);
    std::ofstream(path + "/index.html") << "<!DOCTYPE html><title>News search</title>";
    std::ofstream(path + "/app.js") << "'use strict';";
    std::ofstream(tmp.path() + "/secret.txt") << "top secret";
  }
};

// A server on a free loopback port, serving on its own thread until destroyed.
class RunningServer {
 public:
  RunningServer(const news::test::TestIndex& index, const WebRoot& web,
                void (*adjust)(ServerConfig*) = nullptr) {
    config_.dbs = {index.path()};
    config_.web_root = web.path;
    config_.port = 0;
    config_.threads = 4;
    if (adjust) adjust(&config_);
    REQUIRE(config_.check() == "");
    server_ = std::make_unique<news::HttpServer>(config_, index.extractor(), log_);
    port_ = server_->bind();
    REQUIRE(port_ > 0);
    thread_ = std::thread([this] { server_->serve(); });
  }
  ~RunningServer() { stop(); }
  void stop() {
    if (!thread_.joinable()) return;
    server_->stop();
    thread_.join();
  }
  int port() const { return port_; }
  // The log; complete only after stop().
  std::string log() const { return log_.str(); }

 private:
  ServerConfig config_;
  std::ostringstream log_;
  std::unique_ptr<news::HttpServer> server_;
  int port_ = -1;
  std::thread thread_;
};

std::string without_took_ms(const std::string& body) {
  return std::regex_replace(body, std::regex("\"took_ms\":[0-9.eE+-]+"), "\"took_ms\":0");
}

void check_json_error(const HttpReply& r, int status) {
  CHECK(r.status == status);
  CHECK(r.header("content-type") == "application/json");
  const auto j = nlohmann::json::parse(r.body, nullptr, false);
  REQUIRE(j.is_object());
  CHECK(j.contains("error"));
  CHECK(j["error"].is_string());
}

}  // namespace

TEST_CASE("http server: search body is the shell's JSON", "[http_server]") {
  const news::test::TestIndex index(articles());
  const WebRoot web;
  RunningServer server(index, web);

  const HttpReply r =
      http_get(server.port(), "/api/search?q=putin&facets=person,country&limit=5&filter=" +
                                  url_encode("person:Vladimir Putin"));
  REQUIRE(r.status == 200);
  CHECK(r.header("content-type") == "application/json");
  news::SearchRequest request;
  request.query = "putin";
  request.facets = {"person", "country"};
  request.limit = 5;
  request.filters = {{"person", "Vladimir Putin"}};
  news::SearchEngine engine({index.path()}, index.extractor(), news::SearchLimits());
  CHECK(without_took_ms(r.body) == without_took_ms(news::response_to_json(engine.search(request))));
  CHECK(nlohmann::json::parse(r.body)["found"].get<int>() >= 1);
}

TEST_CASE("http server: article by url-encoded id, health, page", "[http_server]") {
  const news::test::TestIndex index(articles());
  const WebRoot web;
  RunningServer server(index, web);

  const HttpReply article = http_get(server.port(), "/api/article/" + url_encode("a/1.txt"));
  REQUIRE(article.status == 200);
  CHECK(nlohmann::json::parse(article.body)["title"] == "Putin meets Trump in Helsinki");
  CHECK(http_get(server.port(), "/api/article/b.2").status == 200);
  check_json_error(http_get(server.port(), "/api/article/nope"), 404);

  const HttpReply health = http_get(server.port(), "/api/health");
  REQUIRE(health.status == 200);
  CHECK(nlohmann::json::parse(health.body) == nlohmann::json{{"status", "ok"}, {"articles", 3}});

  const HttpReply page = http_get(server.port(), "/");
  CHECK(page.status == 200);
  CHECK(page.header("content-type") == "text/html; charset=utf-8");
  CHECK(page.body.find("News search") != std::string::npos);
  CHECK(page.header("content-security-policy").find("default-src 'self'") == 0);
  CHECK(page.header("x-content-type-options") == "nosniff");
  CHECK(http_request(server.port(), "HEAD", "/api/health").status == 200);
}

TEST_CASE("http server: mistakes are 4xx JSON errors", "[http_server]") {
  const news::test::TestIndex index(articles());
  const WebRoot web;
  RunningServer server(index, web);
  const int port = server.port();

  check_json_error(http_get(port, "/api/search?q=%22unclosed"), 400);
  check_json_error(http_get(port, "/api/search?q=x&limit=101"), 400);    // page size
  check_json_error(http_get(port, "/api/search?q=x&limit=many"), 400);   // not a number
  check_json_error(http_get(port, "/api/search?q=x&colour=red"), 400);   // unknown parameter
  check_json_error(http_get(port, "/api/search?facets=shoes"), 400);     // unknown facet
  check_json_error(http_get(port, "/api/search?since=yesterday"), 400);  // bad date
  check_json_error(http_get(port, "/api/search?q=" + std::string(1025, 'a')), 400);  // query
  check_json_error(http_get(port, "/api/nothing"), 404);
  check_json_error(http_get(port, "/nothing.html"), 404);
  const HttpReply post = http_request(port, "POST", "/api/search", "", "q=x");
  check_json_error(post, 405);
  CHECK(post.header("allow") == "GET, HEAD");
  check_json_error(http_request(port, "DELETE", "/api/article/c3"), 405);
  check_json_error(http_request(port, "OPTIONS", "/api/search"), 405);  // CORS is off
  // Bytes that are not UTF-8, control characters and a NUL: still a 4xx or a 2xx.
  for (const std::string& target :
       std::vector<std::string>{"/api/search?q=%FF%FE%00", "/api/search?q=%0D%0Aa",
                                "/api/article/%00", "/%00", "/api/search?filter=%3A"}) {
    INFO(target);
    const int status = http_get(port, target).status;
    CHECK(status >= 200);
    CHECK(status < 500);
  }
}

TEST_CASE("http server: size limits give 413, 414 and 431", "[http_server]") {
  const news::test::TestIndex index(articles());
  const WebRoot web;
  RunningServer server(index, web);
  const int port = server.port();

  check_json_error(http_get(port, "/api/search?q=" + std::string(5000, 'a')), 414);
  check_json_error(http_get(port, "/api/search?q=" + std::string(9000, 'a')), 414);  // httplib's
  std::string headers;
  for (int i = 0; i < 12; ++i)
    headers += "X-Filler-" + std::to_string(i) + ": " + std::string(800, 'x') + "\r\n";
  check_json_error(http_get(port, "/api/health", headers), 431);
  check_json_error(http_request(port, "POST", "/api/search", "", std::string(5000, 'b')), 413);
  check_json_error(http_request(port, "GET", "/api/search", "", std::string(5000, 'b')), 413);
  check_json_error(http_request(port, "GET", "/api/search", "", "small"), 400);
}

TEST_CASE("http server: static files stay inside the web folder", "[http_server]") {
  const news::test::TestIndex index(articles());
  const WebRoot web;
  fs::create_symlink(web.tmp.path() + "/secret.txt", web.path + "/leak.txt");
  RunningServer server(index, web);

  CHECK(http_get(server.port(), "/app.js").body == "'use strict';");
  for (const std::string& target : std::vector<std::string>{
           "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/..%2fsecret.txt",
           "/%2e%2e%5csecret.txt", "/leak.txt", "//" + web.tmp.path() + "/secret.txt",
           "/%2F" + url_encode(web.tmp.path() + "/secret.txt"), "/%252e%252e/secret.txt"}) {
    INFO(target);
    const HttpReply r = http_get(server.port(), target);
    CHECK((r.status == 403 || r.status == 404));
    CHECK(r.body.find("top secret") == std::string::npos);
  }
  CHECK(http_get(server.port(), "/%2e%2e/secret.txt").status == 403);
}

TEST_CASE("http server: an API key, when set, guards the API", "[http_server]") {
  const news::test::TestIndex index(articles());
  const WebRoot web;
  RunningServer server(index, web, [](ServerConfig* c) { c->api_key = "s3cret-key"; });
  const int port = server.port();

  const HttpReply none = http_get(port, "/api/search?q=putin");
  check_json_error(none, 401);
  CHECK(none.header("www-authenticate").find("Bearer") == 0);
  check_json_error(http_get(port, "/api/search?q=putin", "X-API-Key: wrong\r\n"), 401);
  check_json_error(http_get(port, "/api/search?q=putin", "X-API-Key: s3cret-ke\r\n"), 401);
  check_json_error(http_get(port, "/api/article/c3", "Authorization: Bearer nope\r\n"), 401);
  check_json_error(http_get(port, "/api/unknown"), 401);  // no probing of routes either
  CHECK(http_get(port, "/api/search?q=putin", "X-API-Key: s3cret-key\r\n").status == 200);
  CHECK(http_get(port, "/api/article/c3", "Authorization: Bearer s3cret-key\r\n").status == 200);
  // The page and the health check stay open, so the page can ask for a key.
  CHECK(http_get(port, "/").status == 200);
  CHECK(http_get(port, "/api/health").status == 200);
}

TEST_CASE("http server: CORS is off unless an origin is named", "[http_server]") {
  const news::test::TestIndex index(articles());
  const WebRoot web;
  const std::string origin = "Origin: https://news.example.org\r\n";
  {
    RunningServer server(index, web);
    const HttpReply r = http_get(server.port(), "/api/search?q=putin", origin);
    CHECK(r.status == 200);
    CHECK(r.header("access-control-allow-origin").empty());
  }
  RunningServer server(index, web,
                       [](ServerConfig* c) { c->cors_origin = "https://news.example.org"; });
  const HttpReply allowed = http_get(server.port(), "/api/search?q=putin", origin);
  CHECK(allowed.header("access-control-allow-origin") == "https://news.example.org");
  CHECK(allowed.header("vary") == "Origin");
  const HttpReply other =
      http_get(server.port(), "/api/search?q=putin", "Origin: https://evil.example\r\n");
  CHECK(other.status == 200);
  CHECK(other.header("access-control-allow-origin").empty());
  const HttpReply preflight = http_request(
      server.port(), "OPTIONS", "/api/search",
      origin +
          "Access-Control-Request-Method: GET\r\nAccess-Control-Request-Headers: x-api-key\r\n");
  CHECK(preflight.status == 204);
  CHECK(preflight.header("access-control-allow-headers").find("X-API-Key") != std::string::npos);
  check_json_error(
      http_request(server.port(), "OPTIONS", "/api/search", "Origin: https://evil.example\r\n"),
      403);
}

TEST_CASE("http server: one log line per request with status and milliseconds", "[http_server]") {
  const news::test::TestIndex index(articles());
  const WebRoot web;
  RunningServer server(index, web);
  http_get(server.port(), "/api/health");
  http_get(server.port(), "/api/search?q=%22");
  http_request(server.port(), "PUT", "/x");
  server.stop();
  const std::string log = server.log();
  CHECK(std::regex_search(log, std::regex("(^|\n)GET /api/health 200 [0-9]+\\.[0-9]ms\n")));
  CHECK(std::regex_search(log, std::regex("\nGET /api/search\\?q=%22 400 [0-9.]+ms\n")));
  CHECK(std::regex_search(log, std::regex("\nPUT /x 405 [0-9.]+ms\n")));
  CHECK(std::count(log.begin(), log.end(), '\n') == 3);
}

TEST_CASE("http server: keeps answering while the index is committed to", "[http_server]") {
  const news::test::TestIndex index(articles());
  const WebRoot web;
  RunningServer server(index, web);
  std::atomic<bool> done{false};
  std::atomic<int> answered{0}, failed{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 3; ++t) {
    clients.emplace_back([&] {
      // At least one request each, however late the thread starts.
      do {
        const int status = http_get(server.port(), "/api/search?q=summit&facets=person").status;
        (status == 200 ? answered : failed)++;
      } while (!done);
    });
  }
  {
    news::IndexWriter writer(index.path(), news::IndexWriterOptions());
    news::DocumentBuilder builder;
    for (int i = 0; i < 20; ++i) {
      writer.add(builder.build(
          make_article("new-" + std::to_string(i), "Summit number " + std::to_string(i),
                       "Another summit was held; leaders met.", "2019-01-01"),
          true));
      writer.commit();
    }
  }
  done = true;
  for (std::thread& t : clients) t.join();
  CHECK(failed == 0);
  CHECK(answered > 0);
  const auto health = nlohmann::json::parse(http_get(server.port(), "/api/health").body);
  CHECK(health["articles"] == 23);
}

TEST_CASE("http server: configuration checks itself", "[http_server]") {
  ServerConfig c;
  CHECK(c.host == "127.0.0.1");  // loopback unless told otherwise
  CHECK(c.api_key.empty());
  CHECK(c.cors_origin.empty());
  CHECK(c.check() == "no database given");
  c.dbs = {"db"};
  c.web_root = "web";
  CHECK(c.check() == "");
  c.port = 70000;
  CHECK(c.check().find("port 70000") == 0);
  c.port = 8080;
  c.cors_origin = "news.example.org";
  CHECK(c.check().find("--cors-origin") == 0);
  c.cors_origin = "*";
  CHECK(c.check() == "");
  c.threads = 0;
  CHECK(c.check().find("threads") == 0);
}

TEST_CASE("http server: a missing database fails at start", "[http_server]") {
  const news::test::TestIndex index(articles());
  const WebRoot web;
  ServerConfig c;
  c.dbs = {web.tmp.path() + "/no-such.db"};
  c.web_root = web.path;
  std::ostringstream log;
  CHECK_THROWS_AS(news::HttpServer(c, index.extractor(), log), news::DatabaseError);
  c.dbs = {index.path()};
  c.web_root = web.tmp.path() + "/no-web";
  CHECK_THROWS_AS(news::HttpServer(c, index.extractor(), log), news::WebRootError);
}
