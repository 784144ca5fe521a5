// The article model: what every reader produces and every later stage consumes.
//
// A reader fills the metadata and text fields; entity extraction fills
// `entities`. Strings are UTF-8 in NFC (see text_normalize.h). Empty strings
// mean "not known"; they are never placeholders such as "unknown".
#ifndef NEWS_COMMON_ARTICLE_H_
#define NEWS_COMMON_ARTICLE_H_

#include <string>
#include <vector>

namespace news {

// One entity of an article, or one facet value given by the input.
// `kind` is one of person, country, org, event, topic (see entity_kinds.h);
// `id` is "<kind>:<key>", stable across articles and runs
// (e.g. "person:vladimir-putin", "country:RU"); `name` is the display name;
// `count` is the number of mentions in the article (at least 1).
struct Entity {
  std::string kind;
  std::string id;
  std::string name;
  int count = 1;
};

struct Article {
  std::string id;     // stable id: own id, else URL, else path relative to the input root
  std::string url;    // canonical URL if known
  std::string title;  // headline
  std::string body;   // main text, paragraphs separated by "\n\n"
  std::string date;   // ISO 8601 "YYYY-MM-DD" (or "YYYY-MM-DDTHH:MM:SS"), empty if unknown
  std::vector<std::string> authors;
  std::string source;    // publisher or domain, e.g. "reuters.com"
  std::string language;  // ISO 639-1 code, e.g. "en"; empty if unknown
  std::string origin;    // where it came from, for messages: "dir/file.jsonl:12"
  // Facet values the input itself gives (Reuters PLACES/PEOPLE/ORGS/TOPICS,
  // a crawler's tags); merged with the extracted ones at index time.
  std::vector<Entity> given_entities;
  // Entities found in the text by the extractor.
  std::vector<Entity> entities;
};

}  // namespace news

#endif  // NEWS_COMMON_ARTICLE_H_
