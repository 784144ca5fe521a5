// `news-searcher serve`; see serve_command.h.
#include "searcher/serve_command.h"

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <boost/program_options.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "common/db_path.h"
#include "common/text_normalize.h"
#include "searcher/search_engine.h"
#include "searcher/static_files.h"

namespace news {

namespace po = boost::program_options;

namespace {

enum ExitCode { kOk = 0, kUsage = 2, kFailure = 3 };

// The page is copied next to the binary at build time (searcher/CMakeLists.txt).
std::string default_web_root() {
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return "web";
  return (exe.parent_path() / "web").string();
}

std::string read_key_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw QueryError("--api-key-file " + path + ": cannot read it");
  std::string key;
  std::getline(in, key);
  key = trim(key);
  if (key.empty()) throw QueryError("--api-key-file " + path + ": the first line is empty");
  return key;
}

}  // namespace

ServerConfig parse_serve_args(const std::vector<std::string>& args, bool* help,
                              std::string* help_text) {
  ServerConfig config;
  std::string key_file;
  po::options_description visible(
      "news-searcher serve [--db DIR]... [--host 127.0.0.1] [--port 8080] [options]\n"
      "Serves the JSON API (/api/search, /api/article/ID, /api/health) and the search page.\n"
      "The API key, if any, comes from --api-key-file or $NEWS_API_KEY");
  visible.add_options()("help,h", "show this help")(
      "db", po::value(&config.dbs),
      "database directory or tcp://HOST:PORT; repeatable (default $NEWS_DB or ./news.db)")(
      "host", po::value(&config.host)->default_value(config.host),
      "address to listen on (0.0.0.0 for every interface)")(
      "port", po::value(&config.port)->default_value(config.port), "port (0: any free port)")(
      "threads", po::value(&config.threads)->default_value(config.threads),
      "worker threads (each serves one connection at a time)")(
      "engines", po::value(&config.engines)->default_value(config.engines),
      "searches run at once (0: two per core, at least 4)")(
      "web-root", po::value(&config.web_root),
      "folder of the search page (default: web/ next to the binary)")(
      "api-key-file", po::value(&key_file),
      "file whose first line is the API key the /api routes require")(
      "cors-origin", po::value(&config.cors_origin),
      "allow this origin (or *) to call the API from a browser; off by default")(
      "max-url-bytes", po::value(&config.max_url_bytes)->default_value(config.max_url_bytes),
      "longest request URL (414 beyond)")(
      "max-header-bytes",
      po::value(&config.max_header_bytes)->default_value(config.max_header_bytes),
      "largest request headers (431 beyond)")(
      "max-query-bytes",
      po::value(&config.search.max_query_bytes)->default_value(config.search.max_query_bytes),
      "longest query text (400 beyond)")(
      "max-page-size", po::value(&config.search.max_limit)->default_value(config.search.max_limit),
      "largest limit= (400 beyond)");
  std::ostringstream text;
  text << visible;
  *help_text = text.str();
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(visible).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    throw QueryError(e.what());
  }
  *help = vm.count("help") > 0;
  if (config.dbs.empty()) config.dbs.push_back(resolve_db_path(""));
  if (config.web_root.empty()) config.web_root = default_web_root();
  if (!key_file.empty()) {
    config.api_key = read_key_file(key_file);
  } else if (const char* env = std::getenv("NEWS_API_KEY")) {
    config.api_key = trim(env);
  }
  const std::string problem = config.check();
  if (!problem.empty()) throw QueryError(problem);
  return config;
}

int serve_main(const std::vector<std::string>& args) {
  ServerConfig config;
  try {
    bool help = false;
    std::string help_text;
    config = parse_serve_args(args, &help, &help_text);
    if (help) {
      std::cout << help_text;
      return kOk;
    }
  } catch (const QueryError& e) {
    std::cerr << "news-searcher serve: " << e.what() << "\n";
    return kUsage;
  }

  // SIGINT and SIGTERM go to one thread that waits for them (every thread
  // started from here on inherits the mask), so stopping the server is
  // ordinary code rather than a signal handler.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  const EntityExtractor extractor;
  std::unique_ptr<HttpServer> server;
  try {
    server = std::make_unique<HttpServer>(config, extractor, std::cerr);
  } catch (const WebRootError& e) {
    std::cerr << "news-searcher serve: " << e.what() << " (use --web-root DIR)\n";
    return kFailure;
  } catch (const DatabaseError& e) {
    std::cerr << "news-searcher serve: " << e.what() << "\n";
    return kFailure;
  }
  const int port = server->bind();
  if (port < 0) {
    std::cerr << "news-searcher serve: cannot listen on " << config.host << ":" << config.port
              << " (address in use or not available)\n";
    return kFailure;
  }

  std::atomic<bool> signalled{false};
  std::thread waiter([&server, &stop_signals, &signalled] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    signalled = true;
    server->stop();
  });
  const std::string shown_host =
      config.host.find(':') != std::string::npos ? "[" + config.host + "]" : config.host;
  std::cerr << "news-searcher: listening on http://" << shown_host << ":" << port << "/ ("
            << config.threads << " threads, "
            << (config.api_key.empty() ? "no API key" : "API key required") << ", CORS "
            << (config.cors_origin.empty() ? "off" : config.cors_origin) << ")" << std::endl;
  const bool served = server->serve();
  // Wake the waiter if the server stopped by itself.
  if (!signalled) pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  std::cerr << "news-searcher: stopped" << std::endl;
  return served ? kOk : kFailure;
}

}  // namespace news
