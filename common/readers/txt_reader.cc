// Plain-text articles; see txt_reader.h for the rules.
#include "common/readers/txt_reader.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "common/readers/date_parse.h"
#include "common/readers/site_chrome.h"
#include "common/text_normalize.h"

namespace news {

namespace {

struct Line {
  std::string text;
  int block = 0;  // index of the blank-line separated block
  bool keep = true;
};

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// A personal name: 1 to 5 words, each capitalized or a name particle.
bool looks_like_name(std::string_view s, size_t min_words) {
  const auto words = split_words(s);
  if (words.size() < min_words || words.size() > 5) return false;
  static const char* const kParticles[] = {"van", "von", "de",  "der", "da",  "di",
                                           "la",  "le",  "bin", "al",  "del", "du"};
  for (std::string_view w : words) {
    const unsigned char first = static_cast<unsigned char>(w[0]);
    const bool particle = std::any_of(std::begin(kParticles), std::end(kParticles),
                                      [&](const char* p) { return ascii_lower(w) == p; });
    if (!(std::isupper(first) || first >= 0x80 || particle)) return false;
    for (char c : w) {
      if (std::isdigit(static_cast<unsigned char>(c)) || c == '@' || c == '/' || c == ':') {
        return false;
      }
    }
  }
  return true;
}

std::string strip_punct(std::string s) {
  while (!s.empty() && (s.back() == ',' || s.back() == '.' || s.back() == ' ')) s.pop_back();
  return trim(s);
}

// "By Jane Doe and John Roe | July 9, 2017" -> names (and a date if given).
bool parse_byline(const std::string& line, std::vector<std::string>& names, std::string& date) {
  static const char* const kLeads[] = {"by:",       "by ",     "written by ", "posted by ",
                                       "words by ", "author:", "authors:",    "reporting by "};
  if (line.size() > 160) return false;
  const std::string l = ascii_lower(line);
  size_t lead = 0;
  for (const char* p : kLeads) {
    if (starts_with(l, p)) {
      lead = std::string_view(p).size();
      break;
    }
  }
  if (lead == 0) return false;
  const bool explicit_author = starts_with(l, "author");
  std::string rest = trim(line.substr(lead));
  std::string when;
  const size_t bar = rest.find_first_of("|\u2022");
  if (bar != std::string::npos) {
    when = normalize_date(trim(rest.substr(rest.find_first_of(" ", bar) + 1)));
    rest = trim(rest.substr(0, bar));
  }
  // Split on ",", ";", "&" and " and ".
  std::vector<std::string> parts;
  std::string cur;
  const auto words = split_words(rest);
  for (std::string_view w : words) {
    if (w == "and" || w == "&") {
      parts.push_back(strip_punct(cur));
      cur.clear();
      continue;
    }
    if (!cur.empty()) cur += ' ';
    cur += std::string(w);
    if (w.back() == ',' || w.back() == ';') {
      parts.push_back(strip_punct(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) parts.push_back(strip_punct(cur));
  static const char* const kRoles[] = {"staff",  "writer",   "correspondent",
                                       "editor", "reporter", "contributor",
                                       "agency", "news",     "press"};
  std::vector<std::string> found;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    const std::string lp = ascii_lower(p);
    if (std::any_of(std::begin(kRoles), std::end(kRoles),
                    [&](const char* r) { return lp.find(r) != std::string::npos; })) {
      continue;
    }
    if (!looks_like_name(p, explicit_author ? 1 : 2)) return false;
    found.push_back(p);
  }
  if (found.empty()) return false;
  names.insert(names.end(), found.begin(), found.end());
  if (!when.empty()) date = when;
  return true;
}

// A sentence ends at ". X" unless the dot closes an abbreviation such as
// "U.S." or "Mr." (the two characters before it are not both lowercase).
bool sentence_end_at(std::string_view s, size_t i) {
  if (i + 2 >= s.size() || i < 2) return false;
  if (!((s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i + 1] == ' ' &&
        std::isupper(static_cast<unsigned char>(s[i + 2])))) {
    return false;
  }
  if (s[i] != '.') return true;
  return std::islower(static_cast<unsigned char>(s[i - 1])) &&
         std::islower(static_cast<unsigned char>(s[i - 2]));
}

size_t count_sentence_ends(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) n += sentence_end_at(s, i) ? 1 : 0;
  return n;
}

// The first sentence of a paragraph, cut near 150 bytes at a word boundary.
std::string first_sentence(const std::string& para) {
  size_t end = para.size();
  for (size_t i = 0; i < para.size(); ++i) {
    if (sentence_end_at(para, i)) {
      end = i + 1;
      break;
    }
  }
  if (end <= 160) return para.substr(0, end);
  size_t cut = para.rfind(' ', 150);
  if (cut == std::string::npos || cut < 40) cut = 150;
  while (cut > 0 && (static_cast<unsigned char>(para[cut]) & 0xC0) == 0x80) --cut;
  return trim(para.substr(0, cut)) + "\u2026";
}

bool is_nav_like(const std::string& line) {
  return split_words(line).size() <= 2 && !ends_sentence(line);
}

// URL-encoded debris a scraper left after the last sentence, e.g.
// "best idea. 95ca d693%2fthumb%2f00001".
void cut_trailing_debris(std::string& text) {
  auto is_junk = [](std::string_view w) {
    bool letter = false, digit = false;
    for (char c : w) {
      letter = letter || std::isalpha(static_cast<unsigned char>(c));
      digit = digit || std::isdigit(static_cast<unsigned char>(c));
    }
    return w.find('%') != std::string_view::npos || (letter && digit);
  };
  size_t end = text.size();
  int removed = 0;
  while (removed < 5) {
    const size_t sp = text.find_last_of(" \n", end == 0 ? 0 : end - 1);
    const size_t start = sp == std::string::npos ? 0 : sp + 1;
    if (start >= end || !is_junk(std::string_view(text).substr(start, end - start))) break;
    end = sp == std::string::npos ? 0 : sp;
    ++removed;
  }
  if (removed == 0 || end == 0) return;
  const std::string kept = trim(text.substr(0, end));
  if (!kept.empty() && ends_sentence(kept)) text = kept;
}

std::vector<Line> split_lines(const std::string& text) {
  std::vector<Line> lines;
  int block = 0;
  size_t i = 0;
  while (i <= text.size()) {
    size_t j = text.find('\n', i);
    if (j == std::string::npos) j = text.size();
    if (j == i) {
      ++block;
    } else {
      lines.push_back({text.substr(i, j - i), block, true});
    }
    i = j + 1;
  }
  return lines;
}

// Drops blocks of three or more very short lines (menus, link lists).
void drop_menu_blocks(std::vector<Line>& lines) {
  size_t i = 0;
  while (i < lines.size()) {
    size_t j = i;
    bool all_short = true;
    while (j < lines.size() && lines[j].block == lines[i].block) {
      all_short =
          all_short && split_words(lines[j].text).size() <= 3 && !ends_sentence(lines[j].text);
      ++j;
    }
    if (all_short && j - i >= 3) {
      for (size_t k = i; k < j; ++k) lines[k].keep = false;
    }
    i = j;
  }
}

// An author box closing the file: a name line, then a bio naming that person.
// The name becomes the author; the bio is kept.
void take_author_box(std::vector<Line>& lines, std::vector<std::string>& authors) {
  int last = -1;
  for (size_t i = lines.size(); i-- > 0;) {
    if (lines[i].keep) {
      last = lines[i].block;
      break;
    }
  }
  if (last < 0) return;
  std::vector<size_t> idx;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].keep && lines[i].block == last) idx.push_back(i);
  }
  if (idx.size() < 2) return;
  const std::string& name = lines[idx[0]].text;
  if (ends_sentence(name) || !looks_like_name(name, 2) || split_words(name).size() > 4) return;
  const auto words = split_words(name);
  bool mentioned = false;
  for (size_t k = 1; k < idx.size(); ++k) {
    const std::string& bio = lines[idx[k]].text;
    mentioned = mentioned || bio.find(std::string(words.front())) != std::string::npos ||
                bio.find(std::string(words.back())) != std::string::npos;
  }
  if (!mentioned) return;
  if (std::find(authors.begin(), authors.end(), name) == authors.end()) authors.push_back(name);
  // The name line is a byline; the bio stays in the body: it is text about a
  // person and places ("...in South Korea for seven years") that readers
  // search for, and it names the author for author: queries.
  lines[idx[0]].keep = false;
}

}  // namespace

Article parse_text_article(std::string_view content, const std::string& id) {
  const std::string text = collapse_whitespace(to_valid_nfc(content));
  if (text.empty()) throw ParseError("empty file");

  Article article;
  article.id = to_valid_nfc(id);
  std::vector<Line> lines = split_lines(text);
  drop_menu_blocks(lines);

  // Headline: the first line that is not chrome, a byline, a date or a menu item.
  size_t first_body = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (!line.keep) continue;
    if (is_site_chrome(line.text) || parse_byline(line.text, article.authors, article.date))
      continue;
    const std::string date = normalize_date(line.text);
    if (!date.empty()) {
      if (article.date.empty()) article.date = date;
      continue;
    }
    // A word or two ("World", "Tech News") is a menu item when a plausible
    // headline follows; before a paragraph it is the headline.
    if (is_nav_like(line.text) && i + 1 < lines.size() &&
        split_words(lines[i + 1].text).size() <= 20 && !ends_sentence(lines[i + 1].text)) {
      continue;
    }
    if (line.text.size() > 200 || (line.text.size() > 120 && count_sentence_ends(line.text) >= 2)) {
      article.title = first_sentence(line.text);
      first_body = i;  // a paragraph, not a headline: it stays in the body
    } else {
      article.title = line.text;
      first_body = i + 1;
    }
    break;
  }

  // Body: chrome goes anywhere; bylines near the top or in the tail.
  size_t body_lines = 0;
  for (size_t i = first_body; i < lines.size(); ++i) {
    Line& line = lines[i];
    if (!line.keep) continue;
    const bool near_edge = body_lines < 4 || i + 6 >= lines.size();
    const bool explicit_author = starts_with(ascii_lower(line.text.substr(0, 6)), "author");
    if (is_site_chrome(line.text) || ((near_edge || explicit_author) &&
                                      parse_byline(line.text, article.authors, article.date))) {
      line.keep = false;
      continue;
    }
    ++body_lines;
  }
  // Lines before the headline are chrome (or a byline or date already taken).
  for (size_t i = 0; i < first_body && i < lines.size(); ++i) lines[i].keep = false;
  take_author_box(lines, article.authors);

  std::string body;
  int block = -1;
  for (const Line& line : lines) {
    if (!line.keep) continue;
    if (!body.empty()) body += line.block == block ? "\n" : "\n\n";
    body += line.text;
    block = line.block;
  }
  cut_trailing_debris(body);
  article.body = std::move(body);
  if (article.title.empty() && article.body.empty()) {
    throw ParseError("no article text (only site chrome)");
  }
  return article;
}

}  // namespace news
