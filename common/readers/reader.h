// The contract every input reader keeps.
//
// A reader turns the bytes of one file (or one stream) into zero or more
// Articles. It never throws for bad input: each bad file or record is reported
// once through `on_error` with its location ("path" or "path:line") and a
// reason, and reading goes on with the next record. Text handed to
// `on_article` is already normalized (text_normalize.h): valid UTF-8, NFC.
#ifndef NEWS_COMMON_READERS_READER_H_
#define NEWS_COMMON_READERS_READER_H_

#include <functional>
#include <string>

#include "common/article.h"

namespace news {

struct ReadCallbacks {
  // Receives each article; the article's `origin` names where it came from.
  std::function<void(Article&&)> on_article;
  // Receives one message per bad file or record; `location` is "path" or
  // "path:line"; `reason` says what was wrong, e.g. "\"date\" is not a date".
  std::function<void(const std::string& location, const std::string& reason)> on_error;
};

}  // namespace news

#endif  // NEWS_COMMON_READERS_READER_H_
