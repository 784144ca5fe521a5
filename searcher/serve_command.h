// `news-searcher serve`: the flags, then the HTTP server until SIGINT or
// SIGTERM (docs/http_api.md).
#ifndef NEWS_SEARCHER_SERVE_COMMAND_H_
#define NEWS_SEARCHER_SERVE_COMMAND_H_

#include <string>
#include <vector>

#include "searcher/http_server.h"

namespace news {

// The flags after "serve" into a config; throws QueryError naming a bad
// flag. Reads the API key from --api-key-file, else $NEWS_API_KEY.
// Sets *help (and *help_text) for --help.
ServerConfig parse_serve_args(const std::vector<std::string>& args, bool* help,
                              std::string* help_text);

// Runs the server; returns the exit code: 0 after a clean shutdown, 2 for
// bad usage, 3 when the database, the web folder or the address fails.
int serve_main(const std::vector<std::string>& args);

}  // namespace news

#endif  // NEWS_SEARCHER_SERVE_COMMAND_H_
