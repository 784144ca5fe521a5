// JSON articles: JSON Lines streams (one object per line, as news-please and
// most crawlers write) and .json documents holding one object or an array.
//
// Field names (the first present, non-empty one wins):
//   id        id | _id                   (string or integer)
//   url       url | link | canonical_url
//   title     title | headline
//   body      maintext | body | text | content | article | description (last
//             resort); a newline in the text starts a new paragraph
//   date      date_publish | published | date | published_at | pubDate |
//             datePublished | date_published | publish_date | publishedAt
//             (string in any form normalize_date() accepts, or epoch number)
//   authors   authors (array of strings or {"name":..}, or a string) | author
//   source    source_domain | source (string or {"name":..}) | site_name |
//             publisher (string or {"name":..}) | domain; else the URL's host
//             without "www."
//   language  language | lang
//   facets    tags | topics | keywords -> given_entities of kind "topic";
//             places | countries -> "country"; people | persons -> "person";
//             orgs | organizations -> "org" (arrays of strings or one
//             comma-separated string; raw value in `name`, `id` left empty
//             for the entity module to canonicalize)
// Article id: its own id, else its url, else "<id_base>:<line>" (for a .json
// document: "<id_base>" for a lone object, "<id_base>#<n>" for the n-th,
// 1-based, array element).
//
// Errors (reported through on_error at "name:line", reading goes on):
//   line is not valid JSON: <parser message>   (also a truncated last line)
//   record is not a JSON object
//   record has no title or text
//   "title" is not a string                     (likewise other text fields)
//   line is longer than N MiB                   (skipped without buffering it)
// A field that is present but unusable as a date gives
//   "<field>" is not a date: "<value>"
// and the article is still delivered, without a date (a warning: the record
// is not lost, but the run reports it). A line with invalid UTF-8 or NUL
// bytes is repaired (U+FFFD; NUL becomes a space), delivered, and reported
// once: "invalid UTF-8 replaced (3 bytes)" and/or "NUL bytes replaced by
// spaces (1)", joined with "; " to its date warning if it has one. A .json
// document is repaired the same way; file_reader reports it once per file. After
// max_errors_per_stream messages a stream reports one "further errors not shown" line and goes on
// silently.
#ifndef NEWS_COMMON_READERS_JSONL_READER_H_
#define NEWS_COMMON_READERS_JSONL_READER_H_

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>

#include "common/readers/reader.h"

namespace news {

struct JsonReadOptions {
  // Base of the fallback ids ("<id_base>:<line>"); empty means use `name`.
  std::string id_base;
  // Longer lines are reported and skipped; memory stays bounded by this.
  size_t max_line_bytes = size_t{64} << 20;
  size_t max_errors_per_stream = 100;
};

// Reads JSON Lines from `in` line by line until it ends, handing each article
// to the callbacks as soon as its line is complete (so `tail -f | ...` works).
// Blank lines are skipped. `name` is the location used in messages and
// origins ("name:line"). Never throws for bad input.
void read_json_stream(std::istream& in, const std::string& name, const ReadCallbacks& callbacks,
                      const JsonReadOptions& options = JsonReadOptions());

// Reads a whole .json document: one object, an array of objects, or, if the
// text is not one JSON value but its first line is, JSON Lines. A document
// that is not JSON gives one error for `name`. Never throws for bad input.
void read_json_document(std::string_view content, const std::string& name,
                        const ReadCallbacks& callbacks,
                        const JsonReadOptions& options = JsonReadOptions());

}  // namespace news

#endif  // NEWS_COMMON_READERS_JSONL_READER_H_
