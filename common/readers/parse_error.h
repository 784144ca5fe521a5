// The typed exception of the single-document parsers (parse_text_article,
// parse_html_article): thrown when a document holds no article at all.
//
// Parsers throw it; the dispatcher (file_reader.h) catches it at its one
// per-file boundary and reports what() through ReadCallbacks::on_error, so a
// ParseError never ends a run. what() is the reason only ("empty file"); the
// caller adds the location.
#ifndef NEWS_COMMON_READERS_PARSE_ERROR_H_
#define NEWS_COMMON_READERS_PARSE_ERROR_H_

#include <stdexcept>
#include <string>

namespace news {

class ParseError : public std::runtime_error {
 public:
  explicit ParseError(const std::string& reason) : std::runtime_error(reason) {}
};

}  // namespace news

#endif  // NEWS_COMMON_READERS_PARSE_ERROR_H_
