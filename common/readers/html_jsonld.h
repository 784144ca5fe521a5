// JSON-LD metadata of news pages: the schema.org NewsArticle (or Article,
// BlogPosting, ReportageNewsArticle...) object of a
// <script type="application/ld+json"> block. Used by html_reader.
#ifndef NEWS_COMMON_READERS_HTML_JSONLD_H_
#define NEWS_COMMON_READERS_HTML_JSONLD_H_

#include <string>
#include <string_view>
#include <vector>

namespace news {

// Raw (not yet normalized) fields of the first article object found.
struct JsonLdArticle {
  bool found = false;
  std::string headline;
  std::string date_published;
  std::vector<std::string> authors;
  std::string publisher;
  std::string url;
  std::string body;  // articleBody
  std::string language;
  std::vector<std::string> keywords;
};

// Parses one script's text and, if `out` has no article yet, fills it from
// the first article object found at the top level, in an array or in
// "@graph". Invalid JSON is ignored; never throws.
void read_jsonld(std::string_view script, JsonLdArticle& out);

}  // namespace news

#endif  // NEWS_COMMON_READERS_HTML_JSONLD_H_
