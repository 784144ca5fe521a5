// Site-chrome heuristics; see site_chrome.h.
#include "common/readers/site_chrome.h"

#include <cctype>
#include <string>

namespace news {

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) words.push_back(s.substr(i, j - i));
    i = j;
  }
  return words;
}

// True if the line ends like a sentence or a quotation.
bool ends_sentence(std::string_view s) {
  static const char* const kEnds[] = {".", "!", "?",      "\"",     ":",
                                      ";", ")", "\u201d", "\u2019", "\u2026"};
  for (const char* e : kEnds) {
    const std::string_view end(e);
    if (s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0) {
      return true;
    }
  }
  return false;
}

namespace {

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// Menu and widget lines matched whole (lowercased, trailing ":|»>" removed).
bool is_chrome_phrase(const std::string& l) {
  static const char* const kPhrases[] = {"skip to main content",
                                         "skip to content",
                                         "skip to navigation",
                                         "jump to content",
                                         "advertisement",
                                         "advertisements",
                                         "ad",
                                         "sponsored",
                                         "sponsored content",
                                         "menu",
                                         "main menu",
                                         "navigation",
                                         "sign in",
                                         "sign up",
                                         "log in",
                                         "login",
                                         "register",
                                         "subscribe",
                                         "subscribe now",
                                         "share",
                                         "share this",
                                         "share this article",
                                         "share this story",
                                         "share on facebook",
                                         "share on twitter",
                                         "tweet",
                                         "email",
                                         "print",
                                         "comments",
                                         "show comments",
                                         "hide comments",
                                         "view comments",
                                         "leave a comment",
                                         "read more",
                                         "read also",
                                         "see also",
                                         "related",
                                         "related articles",
                                         "related stories",
                                         "home",
                                         "search",
                                         "close",
                                         "loading...",
                                         "back to top",
                                         "cookie policy",
                                         "accept cookies",
                                         "privacy policy",
                                         "terms of use",
                                         "follow us",
                                         "newsletter",
                                         "most popular",
                                         "trending",
                                         "top stories",
                                         "you may also like",
                                         "recommended",
                                         "more stories",
                                         "continue reading"};
  std::string t = l;
  while (!t.empty()) {
    if (t.back() == ':' || t.back() == '|' || t.back() == '>' || t.back() == ' ') {
      t.pop_back();
    } else if (t.size() >= 2 && t.compare(t.size() - 2, 2, "\u00bb") == 0) {
      t.resize(t.size() - 2);  // "»"
    } else {
      break;
    }
  }
  for (const char* p : kPhrases) {
    if (t == p) return true;
  }
  return false;
}

// Credits, widgets and link lists recognized by how they start.
bool has_chrome_prefix(const std::string& l) {
  static const char* const kPrefixes[] = {"(image credit",
                                          "image credit",
                                          "(image:",
                                          "image:",
                                          "images:",
                                          "photo:",
                                          "photo credit",
                                          "(photo:",
                                          "photograph:",
                                          "photos:",
                                          "picture:",
                                          "pictures:",
                                          "credit:",
                                          "image source:",
                                          "click to ",
                                          "click here",
                                          "tags:",
                                          "tags ",
                                          "tagged:",
                                          "tagged with",
                                          "filed under",
                                          "share on ",
                                          "share this",
                                          "share via",
                                          "follow us",
                                          "sign up for",
                                          "subscribe to",
                                          "read also",
                                          "read more:",
                                          "see also:",
                                          "related:",
                                          "advertisement",
                                          "copyright \u00a9",
                                          "\u00a9 ",
                                          "all rights reserved"};
  for (const char* p : kPrefixes) {
    if (starts_with(l, p)) return true;
  }
  return false;
}

// Category lines made of words run together by a scraper that dropped the
// separators: "CyberCrimeSecuritySecurity Management". Brand names
// ("WorldCom", "DaimlerChrysler") have one join each, so it takes three.
bool has_run_together_words(std::string_view line) {
  int joins = 0;
  for (std::string_view w : split_words(line)) {
    int lower_run = 0;
    for (char c : w) {
      if (c >= 'a' && c <= 'z') {
        ++lower_run;
        continue;
      }
      if (c >= 'A' && c <= 'Z' && lower_run >= 4) ++joins;
      lower_run = 0;
    }
  }
  return joins >= 3;
}

}  // namespace

bool is_site_chrome(std::string_view line) {
  if (line.size() > 300) return false;
  std::string l(line);
  for (char& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (is_chrome_phrase(l) || has_chrome_prefix(l)) return true;
  return line.size() < 120 && !ends_sentence(line) && has_run_together_words(line);
}

}  // namespace news
