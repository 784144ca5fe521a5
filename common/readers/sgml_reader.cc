// Reuters-21578 SGML reader; see sgml_reader.h for the contract.
#include "common/readers/sgml_reader.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "common/readers/date_parse.h"
#include "common/readers/reader_util.h"
#include "common/text_normalize.h"

namespace news {

namespace {

struct Span {
  size_t begin = std::string_view::npos;  // first byte of the content
  size_t end = std::string_view::npos;    // the '<' of the closing tag
  size_t open = std::string_view::npos;   // the '<' of the opening tag
  bool found() const { return begin != std::string_view::npos; }
};

// The content of the first <TAG ...>...</TAG> in `text` at or after `from`.
Span element(std::string_view text, std::string_view tag, size_t from = 0) {
  const std::string open = "<" + std::string(tag);
  const std::string close = "</" + std::string(tag) + ">";
  size_t p = from;
  while ((p = text.find(open, p)) != std::string_view::npos) {
    const size_t after = p + open.size();
    if (after < text.size() && (text[after] == '>' || text[after] == ' ')) {
      const size_t gt = text.find('>', after);
      if (gt == std::string_view::npos) return {};
      const size_t end = text.find(close, gt + 1);
      if (end == std::string_view::npos) return {};
      return {gt + 1, end, p};
    }
    p = after;
  }
  return {};
}

std::string_view content(std::string_view text, const Span& s) {
  return s.found() ? text.substr(s.begin, s.end - s.begin) : std::string_view();
}

// An attribute value of the opening tag at the start of `record`.
std::string attribute(std::string_view record, std::string_view name) {
  const std::string_view tag = record.substr(0, record.find('>'));
  const std::string key = " " + std::string(name) + "=\"";
  const size_t p = tag.find(key);
  if (p == std::string_view::npos) return "";
  const size_t start = p + key.size();
  const size_t end = tag.find('"', start);
  if (end == std::string_view::npos) return "";
  return std::string(tag.substr(start, end - start));
}

// Decoded, Latin-1-repaired, normalized text of a fragment.
std::string decode(std::string_view raw) {
  return to_valid_nfc(decode_entities(latin1_repair(raw)));
}

// Re-joins the 80-column wire lines: an indented or blank line starts a
// paragraph, other line breaks become spaces.
std::string wire_paragraphs(const std::string& text) {
  std::string out;
  bool new_para = false;
  size_t i = 0;
  while (i <= text.size()) {
    size_t j = text.find('\n', i);
    if (j == std::string::npos) j = text.size();
    const std::string_view line(text.data() + i, j - i);
    const bool indented = !line.empty() && (line[0] == ' ' || line[0] == '\t');
    const std::string t = trim(line);
    if (t.empty()) {
      new_para = true;
    } else {
      if (!out.empty()) out += (new_para || indented) ? "\n\n" : " ";
      out += t;
      new_para = false;
    }
    i = j + 1;
  }
  return collapse_whitespace(out);
}

// Drops the closing "Reuter"/"REUTER" sign-off.
void drop_signoff(std::string& body) {
  for (const char* s : {"Reuter", "REUTER", "Reuters", "REUTERS"}) {
    const std::string sign = s;
    if (body.size() >= sign.size() &&
        body.compare(body.size() - sign.size(), sign.size(), sign) == 0) {
      const size_t before = body.size() - sign.size();
      if (before == 0 || body[before - 1] == ' ' || body[before - 1] == '\n') {
        body.resize(before);
        body = trim(body);
        return;
      }
    }
  }
}

std::string author_of(std::string_view raw) {
  std::string a = clean_line(decode(raw));
  if (a.size() >= 3 &&
      (a.compare(0, 3, "By ") == 0 || a.compare(0, 3, "BY ") == 0 || a.compare(0, 3, "by ") == 0)) {
    a.erase(0, 3);
  }
  const size_t comma = a.find(',');
  if (comma != std::string::npos) a.resize(comma);
  return trim(a);
}

void add_entities(std::string_view record, std::string_view tag, const char* kind,
                  Article& article) {
  const std::string_view list = content(record, element(record, tag));
  size_t p = 0;
  while (true) {
    const Span d = element(list, "D", p);
    if (!d.found()) break;
    Entity e;
    e.kind = kind;
    e.name = clean_line(decode(content(list, d)));
    if (!e.name.empty()) article.given_entities.push_back(std::move(e));
    p = d.end;
  }
}

// The <TEXT> content without the elements kept elsewhere.
std::string text_without_parts(std::string_view text) {
  std::string out(text);
  for (const char* tag : {"TITLE", "DATELINE", "AUTHOR"}) {
    const Span s = element(out, tag);
    if (s.found()) out.erase(s.open, s.end + std::string_view(tag).size() + 3 - s.open);
  }
  return out;
}

std::string date_of(std::string_view raw) {
  std::string d(raw.substr(0, raw.find('&')));  // "27-MAR-1987 00:02:59.13&#5;..."
  std::string iso = normalize_date(d);
  if (iso.empty()) iso = normalize_date(trim(d).substr(0, trim(d).find(' ')));
  return iso;
}

// Builds one article; returns the reason when the record is unusable.
std::string parse_record(std::string_view record, Article& a) {
  const std::string newid = attribute(record, "NEWID");
  if (newid.empty() || !std::all_of(newid.begin(), newid.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      })) {
    return "record has no NEWID";
  }
  a.id = "reuters-" + newid;
  a.source = "Reuters";
  a.language = "en";
  a.date = date_of(content(record, element(record, "DATE")));

  const Span text_span = element(record, "TEXT");
  const std::string_view text = content(record, text_span);
  a.title = clean_line(decode(content(text, element(text, "TITLE"))));
  const Span author = element(text, "AUTHOR");
  if (author.found()) {
    const std::string name = author_of(content(text, author));
    if (!name.empty()) a.authors.push_back(name);
  }
  const Span body = element(text, "BODY");
  std::string raw = body.found() ? std::string(content(text, body)) : text_without_parts(text);
  std::string b = wire_paragraphs(decode(raw));
  while (!b.empty() && b[0] == '*') b.erase(0, 1);  // "******" of briefs
  b = trim(b);
  drop_signoff(b);
  if (b == "Blah blah blah.") b.clear();
  if (a.title.empty() && !b.empty()) {
    // UNPROC records: the first line is their heading.
    const std::string first = decode(raw);
    a.title = clean_line(trim(first).substr(0, trim(first).find('\n')));
  }
  a.body = std::move(b);

  add_entities(record, "PLACES", "country", a);
  add_entities(record, "PEOPLE", "person", a);
  add_entities(record, "ORGS", "org", a);
  add_entities(record, "TOPICS", "topic", a);
  return "";
}

}  // namespace

void read_reuters_sgml(std::string_view content, const std::string& name,
                       const ReadCallbacks& callbacks) {
  size_t pos = 0;
  size_t line = 1;
  size_t line_pos = 0;  // `line` is the line number of offset `line_pos`
  size_t records = 0;
  while (true) {
    const size_t start = content.find("<REUTERS", pos);
    if (start == std::string_view::npos) break;
    line +=
        static_cast<size_t>(std::count(content.begin() + static_cast<std::ptrdiff_t>(line_pos),
                                       content.begin() + static_cast<std::ptrdiff_t>(start), '\n'));
    line_pos = start;
    ++records;
    const std::string location = name + ":" + std::to_string(line);
    const size_t end = content.find("</REUTERS>", start);
    const size_t next = content.find("<REUTERS", start + 8);
    if (end == std::string_view::npos || (next != std::string_view::npos && next < end)) {
      if (callbacks.on_error) callbacks.on_error(location, "record has no closing </REUTERS>");
      if (next == std::string_view::npos) break;
      pos = next;
      continue;
    }
    Article a;
    const std::string reason = parse_record(content.substr(start, end - start), a);
    pos = end + 10;
    if (!reason.empty()) {
      if (callbacks.on_error) callbacks.on_error(location, reason);
      continue;
    }
    a.origin = location;
    if (callbacks.on_article) callbacks.on_article(std::move(a));
  }
  if (records == 0 && callbacks.on_error) {
    callbacks.on_error(name, "no <REUTERS> record in the file");
  }
}

}  // namespace news
