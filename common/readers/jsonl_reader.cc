// JSON Lines and JSON document reader; see jsonl_reader.h for the contract.
#include "common/readers/jsonl_reader.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <utility>
#include <vector>

#include "common/readers/date_parse.h"
#include "common/readers/reader_util.h"
#include "common/text_normalize.h"

namespace news {

namespace {

using nlohmann::json;

// Reports to on_error, stopping after a limit so a stream of garbage does not
// flood the log.
class ErrorSink {
 public:
  ErrorSink(const ReadCallbacks& callbacks, const std::string& name, size_t limit)
      : callbacks_(callbacks), name_(name), limit_(limit) {}
  void report(const std::string& location, const std::string& reason) {
    ++count_;
    if (!callbacks_.on_error) return;
    if (count_ <= limit_) {
      callbacks_.on_error(location, reason);
    } else if (count_ == limit_ + 1) {
      callbacks_.on_error(
          name_, "more than " + std::to_string(limit_) + " bad records; further errors not shown");
    }
  }

 private:
  const ReadCallbacks& callbacks_;
  const std::string& name_;
  size_t limit_;
  size_t count_ = 0;
};

// A short quotation of a bad value for messages.
std::string quote(const json& value) {
  std::string s = value.is_string() ? value.get<std::string>()
                                    : value.dump(-1, ' ', false, json::error_handler_t::replace);
  if (s.size() > 60) s = s.substr(0, 60) + "...";
  return "\"" + clean_line(s) + "\"";
}

// The first field of `names` that is present and not null.
const json* field(const json& obj, std::initializer_list<const char*> names, std::string* which) {
  for (const char* n : names) {
    auto it = obj.find(n);
    if (it != obj.end() && !it->is_null()) {
      if (which) *which = n;
      return &*it;
    }
  }
  return nullptr;
}

// A string field, or a {"name": ...} object's name. Sets error for another type.
std::optional<std::string> text_of(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_object()) {
    auto it = v.find("name");
    if (it != v.end() && it->is_string()) return it->get<std::string>();
  }
  return std::nullopt;
}

// The first non-empty string among `names`; a present field of another type
// is an error.
bool string_field(const json& obj, std::initializer_list<const char*> names, bool allow_object,
                  std::string& out, std::string& error) {
  for (const char* n : names) {
    auto it = obj.find(n);
    if (it == obj.end() || it->is_null()) continue;
    std::optional<std::string> s;
    if (it->is_string() || (allow_object && it->is_object())) s = text_of(*it);
    if (!s) {
      error = "\"" + std::string(n) + "\" is not a string";
      return false;
    }
    if (!trim(*s).empty()) {
      out = std::move(*s);
      return true;
    }
  }
  return true;
}

std::vector<std::string> string_list(const json& v) {
  std::vector<std::string> out;
  if (v.is_array()) {
    for (const json& e : v) {
      if (std::optional<std::string> s = text_of(e)) out.push_back(clean_line(*s));
    }
  } else if (std::optional<std::string> s = text_of(v)) {
    out.push_back(clean_line(*s));
  }
  return out;
}

void add_facets(const json& obj, std::initializer_list<const char*> names, const char* kind,
                Article& article) {
  std::set<std::string> seen;
  for (const char* n : names) {
    auto it = obj.find(n);
    if (it == obj.end() || it->is_null()) continue;
    std::vector<std::string> values;
    if (it->is_string()) {
      // "a, b, c"
      std::stringstream ss(it->get<std::string>());
      std::string part;
      while (std::getline(ss, part, ',')) values.push_back(clean_line(part));
    } else {
      values = string_list(*it);
    }
    for (std::string& v : values) {
      if (v.empty() || !seen.insert(v).second) continue;
      Entity e;
      e.kind = kind;
      e.name = std::move(v);
      article.given_entities.push_back(std::move(e));
    }
  }
}

// Builds an article from one JSON value. Returns nullopt and sets `error` for
// a record of the wrong shape; sets `warning` for a usable record with a
// bad field.
std::optional<Article> article_from_json(const json& obj, const std::string& fallback_id,
                                         std::string& error, std::string& warning) {
  if (!obj.is_object()) {
    error = "record is not a JSON object";
    return std::nullopt;
  }
  Article a;
  std::string title, body, url, source, language;
  if (!string_field(obj, {"title", "headline"}, false, title, error) ||
      !string_field(obj, {"maintext", "body", "text", "content", "article", "description"}, false,
                    body, error) ||
      !string_field(obj, {"url", "link", "canonical_url"}, false, url, error) ||
      !string_field(obj, {"source_domain", "source", "site_name", "publisher", "domain"}, true,
                    source, error) ||
      !string_field(obj, {"language", "lang"}, false, language, error)) {
    return std::nullopt;
  }
  a.title = clean_line(title);
  a.body = clean_paragraphs(body);
  if (a.title.empty() && a.body.empty()) {
    error = "record has no title or text";
    return std::nullopt;
  }
  a.url = clean_line(url);
  a.source = clean_line(source);
  if (a.source.empty()) a.source = url_host(a.url);
  a.language = clean_line(language);

  std::string id_field;
  if (const json* id = field(obj, {"id", "_id"}, &id_field)) {
    if (id->is_string()) {
      a.id = clean_line(id->get<std::string>());
    } else if (id->is_number_integer()) {
      a.id = id->dump();
    } else {
      error = "\"" + id_field + "\" is not a string or an integer";
      return std::nullopt;
    }
  }
  if (a.id.empty()) a.id = a.url.empty() ? clean_line(fallback_id) : a.url;

  std::string date_field;
  if (const json* d = field(obj,
                            {"date_publish", "published", "date", "published_at", "pubDate",
                             "datePublished", "date_published", "publish_date", "publishedAt"},
                            &date_field)) {
    if (d->is_string()) {
      if (!trim(d->get<std::string>()).empty()) a.date = normalize_date(d->get<std::string>());
      if (a.date.empty() && !trim(d->get<std::string>()).empty()) {
        warning = "\"" + date_field + "\" is not a date: " + quote(*d);
      }
    } else if (d->is_number()) {
      a.date = date_from_epoch(d->get<double>());
      if (a.date.empty()) warning = "\"" + date_field + "\" is not a date: " + quote(*d);
    } else {
      warning = "\"" + date_field + "\" is not a date: " + quote(*d);
    }
  }

  if (const json* au = field(obj, {"authors", "author"}, nullptr)) {
    for (std::string& name : string_list(*au)) {
      if (!name.empty()) a.authors.push_back(std::move(name));
    }
  }
  add_facets(obj, {"tags", "topics", "keywords"}, "topic", a);
  add_facets(obj, {"places", "countries"}, "country", a);
  add_facets(obj, {"people", "persons"}, "person", a);
  add_facets(obj, {"orgs", "organizations"}, "org", a);
  return a;
}

// The reason of a nlohmann parse error without its "[json.exception...]" tag.
std::string parse_reason(const std::exception& e) {
  std::string what = e.what();
  const size_t tag = what.find("] ");
  if (what.rfind("[json.exception", 0) == 0 && tag != std::string::npos) what.erase(0, tag + 2);
  return clean_line(what);
}

// Hands on the article of `value`, or reports why there is none. `repaired`
// (what was repaired in the record's text, or "") joins the record's one
// warning if the article is delivered.
void deliver(const json& value, const std::string& location, const std::string& fallback_id,
             const ReadCallbacks& callbacks, ErrorSink& errors,
             const std::string& repaired = std::string()) {
  std::string error, warning;
  std::optional<Article> a = article_from_json(value, fallback_id, error, warning);
  if (!a) {
    errors.report(location, error);
    return;
  }
  if (!repaired.empty()) warning = warning.empty() ? repaired : repaired + "; " + warning;
  if (!warning.empty()) errors.report(location, warning);
  a->origin = location;
  if (callbacks.on_article) callbacks.on_article(std::move(*a));
}

// Parses one line; invalid UTF-8 and NULs are repaired first (the JSON
// parser refuses them) and reported with the record.
void handle_line(std::string& line, size_t number, const std::string& name,
                 const std::string& id_base, const ReadCallbacks& callbacks, ErrorSink& errors) {
  const std::string location = name + ":" + std::to_string(number);
  std::string repaired;
  if (!is_valid_utf8(line) || line.find('\0') != std::string::npos) {
    repaired = repair_reason(count_repairs(line), false);
    line = to_valid_nfc(line);
  }
  json value;
  try {
    value = json::parse(line);
  } catch (const json::exception& e) {
    errors.report(location, "line is not valid JSON: " + parse_reason(e));
    return;
  }
  deliver(value, location, id_base + ":" + std::to_string(number), callbacks, errors, repaired);
}

bool is_blank(const std::string& s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
  }
  return true;
}

}  // namespace

void read_json_stream(std::istream& in, const std::string& name, const ReadCallbacks& callbacks,
                      const JsonReadOptions& options) {
  const std::string& id_base = options.id_base.empty() ? name : options.id_base;
  ErrorSink errors(callbacks, name, options.max_errors_per_stream);
  std::streambuf* buf = in.rdbuf();
  if (buf == nullptr) return;
  std::string line;
  size_t number = 0;
  bool too_long = false;
  bool at_end = false;
  while (!at_end) {
    // Read one line by hand: std::getline would buffer a line of any length.
    line.clear();
    too_long = false;
    int c;
    while (true) {
      c = buf->sbumpc();
      if (c == std::char_traits<char>::eof()) {
        at_end = true;
        break;
      }
      if (c == '\n') break;
      if (line.size() < options.max_line_bytes) {
        line.push_back(static_cast<char>(c));
      } else if (!too_long) {
        too_long = true;
        std::string().swap(line);  // release the buffer while skipping the rest
      }
    }
    if (at_end && line.empty() && !too_long) break;
    ++number;
    if (too_long) {
      errors.report(
          name + ":" + std::to_string(number),
          "line is longer than " + std::to_string(options.max_line_bytes >> 20) + " MiB; skipped");
      continue;
    }
    if (number == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);  // BOM
    if (is_blank(line)) continue;
    handle_line(line, number, name, id_base, callbacks, errors);
  }
}

void read_json_document(std::string_view content, const std::string& name,
                        const ReadCallbacks& callbacks, const JsonReadOptions& options) {
  const std::string& id_base = options.id_base.empty() ? name : options.id_base;
  ErrorSink errors(callbacks, name, options.max_errors_per_stream);
  if (content.compare(0, 3, "\xEF\xBB\xBF") == 0) content.remove_prefix(3);
  std::string repaired;
  if (!is_valid_utf8(content) || content.find('\0') != std::string_view::npos) {
    repaired = to_valid_nfc(content);
    content = repaired;
  }
  json doc;
  try {
    doc = json::parse(content.begin(), content.end());
  } catch (const json::exception& e) {
    // JSON Lines saved as .json: the first non-blank line is a value by itself.
    size_t start = content.find_first_not_of(" \t\r\n");
    size_t end = start == std::string_view::npos ? start : content.find('\n', start);
    const std::string_view first =
        start == std::string_view::npos ? std::string_view() : content.substr(start, end - start);
    if (end != std::string_view::npos && json::accept(first.begin(), first.end())) {
      std::istringstream in{std::string(content)};
      JsonReadOptions lines = options;
      lines.id_base = id_base;
      read_json_stream(in, name, callbacks, lines);
      return;
    }
    errors.report(name, "not valid JSON: " + parse_reason(e));
    return;
  }
  if (doc.is_array()) {
    size_t n = 0;
    for (const json& element : doc) {
      ++n;
      deliver(element, name + "#" + std::to_string(n), id_base + "#" + std::to_string(n), callbacks,
              errors);
    }
    return;
  }
  deliver(doc, name, id_base, callbacks, errors);
}

}  // namespace news
