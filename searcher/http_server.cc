// The HTTP server; see http_server.h and docs/http_api.md.
#include "searcher/http_server.h"

#include <httplib.h>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>

#include "searcher/engine_pool.h"
#include "searcher/http_params.h"
#include "searcher/response_json.h"
#include "searcher/search_engine.h"
#include "searcher/static_files.h"

namespace news {

namespace {

using Clock = std::chrono::steady_clock;

// httplib gives the logger no per-request slot, and one request is read,
// handled and logged on one worker thread, so the start time of the
// request in flight on this thread lives here.
thread_local Clock::time_point t_request_start;
thread_local bool t_request_started = false;

const char* reason(int status) {
  switch (status) {
    case 400:
      return "bad request";
    case 401:
      return "an API key is required (X-API-Key or Authorization: Bearer)";
    case 403:
      return "forbidden";
    case 404:
      return "not found";
    case 405:
      return "method not allowed";
    case 413:
      return "request body is too large";
    case 414:
      return "URL is too long";
    case 431:
      return "request headers are too large";
    case 503:
      return "search index is unavailable";
    default:
      return status >= 500 ? "internal error" : "request failed";
  }
}

void send_json(httplib::Response& res, int status, const std::string& body) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(body, "application/json");
}

void send_error(httplib::Response& res, int status, const std::string& message) {
  send_json(res, status, error_to_json(message));
}

size_t engine_count(size_t configured) {
  if (configured > 0) return configured;
  return std::max<size_t>(4, 2 * std::thread::hardware_concurrency());
}

// Compares without an early exit, so timing does not reveal how much of a
// guessed key was right.
bool same_secret(const std::string& given, const std::string& expected) {
  unsigned char diff = given.size() == expected.size() ? 0 : 1;
  for (size_t i = 0; i < given.size(); ++i) {
    diff |= static_cast<unsigned char>(given[i] ^ expected[i % expected.size()]);
  }
  return diff == 0;
}

// The request target as it goes into the log: bounded, printable.
std::string loggable(const std::string& target) {
  std::string out = target.substr(0, 300);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
  }
  return target.size() > 300 ? out + "..." : out;
}

}  // namespace

std::string ServerConfig::check() const {
  if (dbs.empty()) return "no database given";
  if (host.empty()) return "--host is empty";
  if (port < 0 || port > 65535) return "port " + std::to_string(port) + " is not in 0..65535";
  if (threads < 1 || threads > 1024) return "threads must be in 1..1024";
  if (engines > 1024) return "engines must be in 0..1024";
  if (web_root.empty()) return "no web folder given";
  if (!cors_origin.empty() && cors_origin != "*" && cors_origin.rfind("http://", 0) != 0 &&
      cors_origin.rfind("https://", 0) != 0) {
    return "--cors-origin must be * or an origin such as https://news.example.org";
  }
  if (api_key.find_first_of("\r\n") != std::string::npos) return "API key contains a line break";
  if (max_url_bytes < 64) return "max URL length must be at least 64 bytes";
  if (max_header_bytes < 256) return "max header size must be at least 256 bytes";
  if (search.max_query_bytes < 1 || search.max_query_bytes > max_url_bytes) {
    return "max query length must be in 1..max URL length";
  }
  if (search.max_limit < 1) return "max page size must be at least 1";
  return "";
}

class HttpServer::Impl {
 public:
  Impl(const ServerConfig& config, const EntityExtractor& extractor, std::ostream& log)
      : config_(config),
        files_(config.web_root),
        engines_(config.dbs, extractor, config.search, engine_count(config.engines)),
        log_(log) {
    engines_.warm_up();  // throws DatabaseError now rather than at the first request
    configure();
  }

  int bind();

  httplib::Server server_;

 private:
  using Handler = void (Impl::*)(const httplib::Request&, httplib::Response&);

  // The route table: every path answers GET and HEAD only.
  struct Route {
    const char* pattern;
    bool needs_key;
    Handler handler;
  };

  void configure();
  void guarded(const Route& route, const httplib::Request& req, httplib::Response& res);
  bool reject_early(const httplib::Request& req, httplib::Response& res) const;
  bool within_limits(const httplib::Request& req, httplib::Response& res) const;
  bool authorized(const httplib::Request& req) const;
  void add_cors_headers(const httplib::Request& req, httplib::Response& res) const;
  void log_request(const httplib::Request& req, const httplib::Response& res);

  void handle_search(const httplib::Request& req, httplib::Response& res);
  void handle_article(const httplib::Request& req, httplib::Response& res);
  void handle_health(const httplib::Request& req, httplib::Response& res);
  void handle_unknown_api(const httplib::Request& req, httplib::Response& res);
  void handle_file(const httplib::Request& req, httplib::Response& res);
  void handle_preflight(const httplib::Request& req, httplib::Response& res);
  void handle_wrong_method(const httplib::Request& req, httplib::Response& res);

  ServerConfig config_;
  StaticFiles files_;
  EnginePool engines_;
  std::ostream& log_;
  std::mutex log_mutex_;
};

void HttpServer::Impl::configure() {
  static const Route kRoutes[] = {
      {"/api/search", true, &Impl::handle_search},
      {"/api/article/(.+)", true, &Impl::handle_article},
      {"/api/health", false, &Impl::handle_health},
      {"/api(/.*)?", true, &Impl::handle_unknown_api},
      {"/.*", false, &Impl::handle_file},
  };
  for (const Route& route : kRoutes) {
    server_.Get(route.pattern, [this, &route](const httplib::Request& req, httplib::Response& res) {
      guarded(route, req, res);
    });
  }
  static const Route kPreflight = {".*", false, &Impl::handle_preflight};
  static const Route kWrongMethod = {".*", false, &Impl::handle_wrong_method};
  auto preflight = [this](const httplib::Request& req, httplib::Response& res) {
    guarded(kPreflight, req, res);
  };
  auto wrong_method = [this](const httplib::Request& req, httplib::Response& res) {
    guarded(kWrongMethod, req, res);
  };
  server_.Options(".*", preflight);
  server_.Post(".*", wrong_method);
  server_.Put(".*", wrong_method);
  server_.Patch(".*", wrong_method);
  server_.Delete(".*", wrong_method);

  server_.new_task_queue = [n = config_.threads] { return new httplib::ThreadPool(n); };
  server_.set_payload_max_length(config_.max_body_bytes);
  server_.set_keep_alive_max_count(100);
  server_.set_keep_alive_timeout(5);
  server_.set_read_timeout(5);
  server_.set_write_timeout(5);
  // The page may load only its own files: no inline script, nothing from
  // other sites; and no frame may hold it.
  server_.set_default_headers({
      {"Content-Security-Policy",
       "default-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'; "
       "form-action 'self'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"X-Frame-Options", "DENY"},
  });
  server_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    t_request_start = Clock::now();
    t_request_started = true;
    return reject_early(req, res) ? httplib::Server::HandlerResponse::Handled
                                  : httplib::Server::HandlerResponse::Unhandled;
  });
  // Errors httplib produces itself (a bad request line, a URL or body over
  // its limits) get the same JSON body as ours.
  server_.set_error_handler(
      httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        send_error(res, res.status, reason(res.status));
        return httplib::Server::HandlerResponse::Handled;
      }));
  server_.set_logger(
      [this](const httplib::Request& req, const httplib::Response& res) { log_request(req, res); });
}

int HttpServer::Impl::bind() {
  if (config_.port == 0) return server_.bind_to_any_port(config_.host);
  return server_.bind_to_port(config_.host, config_.port) ? config_.port : -1;
}

// Checks common to every route, then the handler; expected failures become
// 4xx (or 503 while the index is unavailable) here, at one boundary.
void HttpServer::Impl::guarded(const Route& route, const httplib::Request& req,
                               httplib::Response& res) {
  if (!within_limits(req, res)) return;
  add_cors_headers(req, res);
  if (route.needs_key && !config_.api_key.empty() && !authorized(req)) {
    res.set_header("WWW-Authenticate", "Bearer realm=\"news-searcher\"");
    send_error(res, 401, reason(401));
    return;
  }
  try {
    (this->*route.handler)(req, res);
  } catch (const QueryError& e) {
    send_error(res, 400, e.what());
  } catch (const DatabaseError& e) {
    res.set_header("Retry-After", "1");
    send_error(res, 503, e.what());
  } catch (const Xapian::Error& e) {
    res.set_header("Retry-After", "1");
    send_error(res, 503, "search index error: " + e.get_description());
  } catch (const std::exception& e) {
    // A bug, not a user mistake: say so in the log, keep serving.
    send_error(res, 500, reason(500));
    std::lock_guard<std::mutex> lock(log_mutex_);
    log_ << "news-searcher: error: " << loggable(req.target) << ": " << e.what() << "\n";
  }
}

// Requests httplib would otherwise mishandle: a GET with a body (httplib
// would ignore the body) and other methods without one (httplib would
// answer 400 rather than 405). Returns true if it answered.
bool HttpServer::Impl::reject_early(const httplib::Request& req, httplib::Response& res) const {
  const bool has_body =
      req.has_header("Transfer-Encoding") ||
      (req.has_header("Content-Length") && req.get_header_value("Content-Length") != "0");
  const bool safe_method = req.method == "GET" || req.method == "HEAD";
  if (safe_method && has_body) {
    const bool too_big = req.get_header_value<uint64_t>("Content-Length") > config_.max_body_bytes;
    send_error(res, too_big ? 413 : 400,
               too_big ? reason(413) : "a " + req.method + " request takes no body");
    return true;
  }
  if (!safe_method && req.method != "OPTIONS" && !has_body) {
    res.set_header("Allow", config_.cors_origin.empty() ? "GET, HEAD" : "GET, HEAD, OPTIONS");
    send_error(res, 405, "method " + req.method + " is not allowed (use GET)");
    return true;
  }
  return false;
}

bool HttpServer::Impl::within_limits(const httplib::Request& req, httplib::Response& res) const {
  if (req.target.size() > config_.max_url_bytes) {
    send_error(res, 414,
               "URL is too long (at most " + std::to_string(config_.max_url_bytes) + " bytes)");
    return false;
  }
  size_t header_bytes = 0;
  for (const auto& [name, value] : req.headers) {
    // httplib adds these itself; they are not the client's.
    if (name == "REMOTE_ADDR" || name == "REMOTE_PORT" || name == "LOCAL_ADDR" ||
        name == "LOCAL_PORT") {
      continue;
    }
    header_bytes += name.size() + value.size() + 4;  // ": " and CRLF
  }
  if (header_bytes > config_.max_header_bytes) {
    send_error(res, 431,
               "request headers are too large (at most " +
                   std::to_string(config_.max_header_bytes) + " bytes)");
    return false;
  }
  return true;
}

bool HttpServer::Impl::authorized(const httplib::Request& req) const {
  if (req.has_header("X-API-Key")) {
    return same_secret(req.get_header_value("X-API-Key"), config_.api_key);
  }
  const std::string auth = req.get_header_value("Authorization");
  const std::string bearer = "Bearer ";
  if (auth.size() > bearer.size() && auth.compare(0, bearer.size(), bearer) == 0) {
    return same_secret(auth.substr(bearer.size()), config_.api_key);
  }
  return false;
}

void HttpServer::Impl::add_cors_headers(const httplib::Request& req, httplib::Response& res) const {
  if (config_.cors_origin.empty() || !req.has_header("Origin")) return;
  if (config_.cors_origin == "*") {
    res.set_header("Access-Control-Allow-Origin", "*");
  } else if (req.get_header_value("Origin") == config_.cors_origin) {
    res.set_header("Access-Control-Allow-Origin", config_.cors_origin);
    res.set_header("Vary", "Origin");
  }
}

void HttpServer::Impl::log_request(const httplib::Request& req, const httplib::Response& res) {
  double ms = 0;
  if (t_request_started) {
    ms = std::chrono::duration<double, std::milli>(Clock::now() - t_request_start).count();
    t_request_started = false;
  }
  char millis[32];
  std::snprintf(millis, sizeof millis, "%.1fms", ms);
  const std::string line = (req.method.empty() ? "-" : req.method) + " " +
                           (req.target.empty() ? "-" : loggable(req.target)) + " " +
                           std::to_string(res.status) + " " + millis + "\n";
  std::lock_guard<std::mutex> lock(log_mutex_);
  log_ << line << std::flush;
}

void HttpServer::Impl::handle_search(const httplib::Request& req, httplib::Response& res) {
  const SearchRequest request = search_request_from_params(req.params, config_.search);
  EnginePool::Lease engine = engines_.acquire();
  send_json(res, 200, response_to_json(engine->search(request)));
}

void HttpServer::Impl::handle_article(const httplib::Request& req, httplib::Response& res) {
  const std::string id = req.matches[1];
  schema::StoredArticle article;
  EnginePool::Lease engine = engines_.acquire();
  if (!engine->find_article(id, &article)) {
    send_error(res, 404, "no article with id '" + id.substr(0, 200) + "'");
    return;
  }
  send_json(res, 200, article_to_json(article));
}

void HttpServer::Impl::handle_health(const httplib::Request&, httplib::Response& res) {
  EnginePool::Lease engine = engines_.acquire();
  engine->reopen();
  const std::string body =
      "{\"status\":\"ok\",\"articles\":" + std::to_string(engine->database().get_doccount()) + "}";
  send_json(res, 200, body);
}

void HttpServer::Impl::handle_unknown_api(const httplib::Request& req, httplib::Response& res) {
  send_error(res, 404,
             "no such API route: " + loggable(req.path).substr(0, 100) +
                 " (use /api/search, /api/article/ID, /api/health)");
}

void HttpServer::Impl::handle_file(const httplib::Request& req, httplib::Response& res) {
  StaticFiles::File file = files_.get(req.path);
  switch (file.status) {
    case StaticFiles::Status::kOk:
      res.set_header("Cache-Control", "no-cache");
      res.set_content(std::move(file.content), file.content_type.c_str());
      return;
    case StaticFiles::Status::kForbidden:
      send_error(res, 403, "path is outside the web folder");
      return;
    case StaticFiles::Status::kNotFound:
      send_error(res, 404, reason(404));
      return;
  }
}

void HttpServer::Impl::handle_preflight(const httplib::Request& req, httplib::Response& res) {
  if (config_.cors_origin.empty()) {
    handle_wrong_method(req, res);
    return;
  }
  if (!res.has_header("Access-Control-Allow-Origin")) {
    send_error(res, 403, "origin not allowed");
    return;
  }
  res.set_header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
  res.set_header("Access-Control-Allow-Headers", "Authorization, X-API-Key");
  res.set_header("Access-Control-Max-Age", "600");
  res.status = 204;
}

void HttpServer::Impl::handle_wrong_method(const httplib::Request& req, httplib::Response& res) {
  res.set_header("Allow", config_.cors_origin.empty() ? "GET, HEAD" : "GET, HEAD, OPTIONS");
  send_error(res, 405, "method " + req.method + " is not allowed (use GET)");
}

HttpServer::HttpServer(const ServerConfig& config, const EntityExtractor& extractor,
                       std::ostream& log)
    : impl_(std::make_unique<Impl>(config, extractor, log)) {}

HttpServer::~HttpServer() { stop(); }

int HttpServer::bind() { return impl_->bind(); }

bool HttpServer::serve() { return impl_->server_.listen_after_bind(); }

void HttpServer::stop() { impl_->server_.stop(); }

}  // namespace news
