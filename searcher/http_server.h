// The HTTP side of `news-searcher serve`: a route table of thin handlers
// over SearchEngine (the JSON API of docs/http_api.md) and the search page's
// folder, on cpp-httplib's thread pool with one SearchEngine per worker.
#ifndef NEWS_SEARCHER_HTTP_SERVER_H_
#define NEWS_SEARCHER_HTTP_SERVER_H_

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "common/entities/entity_extractor.h"
#include "searcher/search_types.h"

namespace news {

// Everything the server needs to know; check() before use.
struct ServerConfig {
  std::vector<std::string> dbs;    // as for SearchEngine
  std::string host = "127.0.0.1";  // loopback unless told otherwise
  int port = 8080;                 // 0 picks a free port (see HttpServer::bind)
  // Worker threads; each serves one connection at a time (keep-alive
  // included), so this is how many clients are served at once.
  size_t threads = 64;
  // Searches run at once, each on its own SearchEngine (0: two per core,
  // at least 4); more requests wait for one.
  size_t engines = 0;
  std::string api_key;      // empty: the API is open
  std::string cors_origin;  // empty: no CORS headers; "*" or one origin
  std::string web_root;     // the page's folder (index.html, app.js, style.css)

  // Request size limits; breaking one gives 414, 431 or 413 with a JSON body.
  size_t max_url_bytes = 4096;
  size_t max_header_bytes = 8192;  // all header names and values together
  size_t max_body_bytes = 1024;    // the API takes no bodies
  // Query length (max_query_bytes), page size (max_limit), filters, offset.
  SearchLimits search;

  // "" when the configuration is usable, else what is wrong with it
  // ("port 70000 is not in 0..65535").
  std::string check() const;
};

class HttpServer {
 public:
  // `config` must pass check(); `extractor` must outlive the server.
  // Throws WebRootError if the web folder is missing and DatabaseError if
  // the database cannot be opened (so a typo in --db fails at start).
  // One line per request goes to `log` (method, target, status, ms).
  HttpServer(const ServerConfig& config, const EntityExtractor& extractor, std::ostream& log);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds config.host:config.port. Returns the bound port (the chosen one
  // when config.port is 0), or -1 if the address cannot be bound.
  int bind();
  // Answers requests until stop(); returns false if it could not listen.
  // Requests in flight are finished before it returns.
  bool serve();
  // Safe from any thread (not from a signal handler).
  void stop();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace news

#endif  // NEWS_SEARCHER_HTTP_SERVER_H_
