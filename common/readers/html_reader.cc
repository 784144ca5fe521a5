// HTML article reader with gumbo; see html_reader.h for the rules.
#include "common/readers/html_reader.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/readers/date_parse.h"
#include "common/readers/html_jsonld.h"
#include "common/readers/reader_util.h"
#include "common/readers/site_chrome.h"
#include "common/text_normalize.h"

namespace news {

namespace {

constexpr int kMaxDepth = 400;           // our walks stop descending here
constexpr size_t kMaxParseDepth = 5000;  // deeper documents are not parsed

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_element(const GumboNode* n) {
  return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE;
}

std::string attr(const GumboNode* n, const char* name) {
  if (!is_element(n)) return "";
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a == nullptr ? "" : a->value;
}

const GumboVector* children(const GumboNode* n) {
  if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
  if (is_element(n)) return &n->v.element.children;
  return nullptr;
}

template <typename F>
void for_children(const GumboNode* n, F f) {
  const GumboVector* c = children(n);
  if (c == nullptr) return;
  for (unsigned i = 0; i < c->length; ++i) f(static_cast<const GumboNode*>(c->data[i]));
}

// All text below `n` (script and style excluded), unnormalized.
void gather_text(const GumboNode* n, std::string& out, int depth) {
  if (depth > kMaxDepth) return;
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
      n->type == GUMBO_NODE_CDATA) {
    out += n->v.text.text;
    return;
  }
  if (is_element(n) &&
      (n->v.element.tag == GUMBO_TAG_SCRIPT || n->v.element.tag == GUMBO_TAG_STYLE)) {
    return;
  }
  for_children(n, [&](const GumboNode* c) { gather_text(c, out, depth + 1); });
}

std::string text_of(const GumboNode* n) {
  std::string s;
  gather_text(n, s, 0);
  return clean_line(s);
}

// The raw text of a script element (its single text child).
std::string script_text(const GumboNode* n) {
  std::string s;
  for_children(n, [&](const GumboNode* c) {
    if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA ||
        c->type == GUMBO_NODE_WHITESPACE) {
      s += c->v.text.text;
    }
  });
  return s;
}

// Class and id tokens that mark page furniture, matched whole after
// splitting on anything but letters and digits ("social-share" -> social,
// share), so that "header" in "shadow" or "ad" in "read" never match.
bool boilerplate_token(const std::string& t) {
  static const char* const kTokens[] = {"ad",
                                        "ads",
                                        "advert",
                                        "adverts",
                                        "advertisement",
                                        "advertising",
                                        "adsense",
                                        "adslot",
                                        "sponsor",
                                        "sponsored",
                                        "promo",
                                        "promoted",
                                        "nav",
                                        "navbar",
                                        "navigation",
                                        "menu",
                                        "breadcrumb",
                                        "breadcrumbs",
                                        "sidebar",
                                        "share",
                                        "sharing",
                                        "shares",
                                        "sharebar",
                                        "social",
                                        "comments",
                                        "comment",
                                        "related",
                                        "recommended",
                                        "recommendations",
                                        "newsletter",
                                        "subscribe",
                                        "subscription",
                                        "signup",
                                        "cookie",
                                        "cookies",
                                        "consent",
                                        "gdpr",
                                        "popup",
                                        "modal",
                                        "footer",
                                        "header",
                                        "masthead",
                                        "outbrain",
                                        "taboola",
                                        "disqus",
                                        "byline",
                                        "tags",
                                        "toolbar",
                                        "caption",
                                        "credit",
                                        "trending",
                                        "popular",
                                        "mostread",
                                        "readmore",
                                        "print",
                                        "banner",
                                        "widget",
                                        "hidden",
                                        "skip",
                                        "author-bio"};
  for (const char* k : kTokens) {
    if (t == k) return true;
  }
  return false;
}

bool has_boilerplate_name(const std::string& value) {
  const std::string v = lower(value);
  std::string token;
  for (size_t i = 0; i <= v.size(); ++i) {
    const char c = i < v.size() ? v[i] : ' ';
    if (std::isalnum(static_cast<unsigned char>(c))) {
      token += c;
    } else {
      if (!token.empty() && boilerplate_token(token)) return true;
      token.clear();
    }
  }
  return false;
}

bool is_boilerplate(const GumboNode* n) {
  switch (n->v.element.tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_HEAD:
      return true;
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
      return false;
    default:
      break;
  }
  if (n->type == GUMBO_NODE_TEMPLATE) return true;
  const GumboVector* attrs = &n->v.element.attributes;
  if (gumbo_get_attribute(attrs, "hidden") != nullptr) return true;
  if (lower(attr(n, "aria-hidden")) == "true") return true;
  std::string style = lower(attr(n, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  if (style.find("display:none") != std::string::npos) return true;
  const std::string role = lower(attr(n, "role"));
  if (role == "navigation" || role == "banner" || role == "contentinfo" ||
      role == "complementary" || role == "dialog" || role == "search") {
    return true;
  }
  if (lower(attr(n, "itemprop")) == "articlebody") return false;
  return has_boilerplate_name(attr(n, "class")) || has_boilerplate_name(attr(n, "id"));
}

// What one walk over the document finds.
struct Page {
  std::string title_tag, h1, html_lang, canonical, time_datetime, itemprop_date;
  std::vector<std::string> rel_authors, itemprop_authors;
  std::unordered_map<std::string, std::vector<std::string>> meta;  // lowercased key
  JsonLdArticle ld;
  const GumboNode* article_body = nullptr;
  const GumboNode* body = nullptr;
  std::vector<const GumboNode*> articles, mains, paragraphs;
  // Memos: pages can hold 100,000s of paragraphs.
  mutable std::unordered_map<const GumboNode*, bool> boilerplate;
  mutable std::unordered_map<const GumboNode*, size_t> text_length;
};

bool boilerplate_memo(const Page& p, const GumboNode* n) {
  if (!is_element(n)) return false;
  auto it = p.boilerplate.find(n);
  if (it != p.boilerplate.end()) return it->second;
  const bool b = is_boilerplate(n);
  p.boilerplate.emplace(n, b);
  return b;
}

// Bytes of non-space text below `n` (a cheap stand-in for the cleaned length).
size_t text_length(const Page& p, const GumboNode* n) {
  auto it = p.text_length.find(n);
  if (it != p.text_length.end()) return it->second;
  std::string raw;
  gather_text(n, raw, 0);
  const size_t len = static_cast<size_t>(std::count_if(raw.begin(), raw.end(), [](char c) {
    return c != ' ' && c != '\n' && c != '\t' && c != '\r';
  }));
  p.text_length.emplace(n, len);
  return len;
}

void collect(const GumboNode* n, Page& p, int depth) {
  if (depth > kMaxDepth) return;
  if (is_element(n)) {
    const GumboTag tag = n->v.element.tag;
    switch (tag) {
      case GUMBO_TAG_TITLE:
        if (p.title_tag.empty()) p.title_tag = text_of(n);
        break;
      case GUMBO_TAG_H1:
        if (p.h1.empty()) p.h1 = text_of(n);
        break;
      case GUMBO_TAG_HTML:
        p.html_lang = attr(n, "lang");
        break;
      case GUMBO_TAG_BODY:
        p.body = n;
        break;
      case GUMBO_TAG_META: {
        std::string key = attr(n, "property");
        if (key.empty()) key = attr(n, "name");
        if (key.empty()) key = attr(n, "itemprop");
        if (key.empty()) key = attr(n, "http-equiv");
        const std::string value = attr(n, "content");
        if (!key.empty() && !value.empty()) p.meta[lower(key)].push_back(value);
        break;
      }
      case GUMBO_TAG_LINK:
        if (p.canonical.empty() && lower(attr(n, "rel")) == "canonical") {
          p.canonical = attr(n, "href");
        }
        break;
      case GUMBO_TAG_A:
        if (lower(attr(n, "rel")) == "author") p.rel_authors.push_back(text_of(n));
        break;
      case GUMBO_TAG_SCRIPT:
        if (lower(attr(n, "type")).find("ld+json") != std::string::npos) {
          read_jsonld(script_text(n), p.ld);
        }
        return;
      case GUMBO_TAG_STYLE:
        return;
      case GUMBO_TAG_TIME:
        if (p.time_datetime.empty()) p.time_datetime = attr(n, "datetime");
        break;
      case GUMBO_TAG_ARTICLE:
        p.articles.push_back(n);
        break;
      case GUMBO_TAG_MAIN:
        p.mains.push_back(n);
        break;
      case GUMBO_TAG_P:
        p.paragraphs.push_back(n);
        break;
      default:
        break;
    }
    if (lower(attr(n, "role")) == "main") p.mains.push_back(n);
    const std::string itemprop = lower(attr(n, "itemprop"));
    if (itemprop == "articlebody" && p.article_body == nullptr) p.article_body = n;
    if (itemprop == "author" && tag != GUMBO_TAG_META && tag != GUMBO_TAG_LINK) {
      const std::string name = text_of(n);
      if (!name.empty() && name.size() < 100) p.itemprop_authors.push_back(name);
    }
    if (itemprop == "datepublished" && p.itemprop_date.empty()) {
      p.itemprop_date = attr(n, "datetime");
      if (p.itemprop_date.empty()) p.itemprop_date = attr(n, "content");
      if (p.itemprop_date.empty()) p.itemprop_date = text_of(n);
    }
  }
  for_children(n, [&](const GumboNode* c) { collect(c, p, depth + 1); });
}

bool inside_boilerplate(const Page& p, const GumboNode* n) {
  for (const GumboNode* a = n; a != nullptr; a = a->parent) {
    if (boilerplate_memo(p, a)) return true;
  }
  return false;
}

// For every element, the text length of the <p> elements below it with no
// furniture in between; one pass, O(paragraphs x depth).
std::unordered_map<const GumboNode*, size_t> paragraph_totals(const Page& p) {
  std::unordered_map<const GumboNode*, size_t> totals;
  for (const GumboNode* para : p.paragraphs) {
    const size_t len = text_length(p, para);
    if (len == 0) continue;
    for (const GumboNode* a = para; a != nullptr; a = a->parent) {
      if (a != para) totals[a] += len;
      if (boilerplate_memo(p, a)) break;
    }
  }
  return totals;
}

const GumboNode* best_of(const std::unordered_map<const GumboNode*, size_t>& totals,
                         const std::vector<const GumboNode*>& nodes) {
  const GumboNode* best = nullptr;
  size_t best_len = 0;
  for (const GumboNode* n : nodes) {
    auto it = totals.find(n);
    if (it != totals.end() && it->second > best_len) {
      best = n;
      best_len = it->second;
    }
  }
  return best;
}

// The element whose <p> children (and, at half weight, grandchildren) hold
// the most text.
const GumboNode* densest(const Page& p) {
  std::unordered_map<const GumboNode*, size_t> score;
  for (const GumboNode* para : p.paragraphs) {
    if (inside_boilerplate(p, para)) continue;
    const size_t len = text_length(p, para);
    if (para->parent != nullptr) {
      score[para->parent] += 2 * len;
      if (para->parent->parent != nullptr) score[para->parent->parent] += len;
    }
  }
  const GumboNode* best = nullptr;
  size_t best_score = 0;
  for (const GumboNode* para : p.paragraphs) {  // document order breaks ties
    for (const GumboNode* n : {para->parent, para->parent ? para->parent->parent : nullptr}) {
      auto it = n == nullptr ? score.end() : score.find(n);
      if (it != score.end() && it->second > best_score) {
        best = n;
        best_score = it->second;
      }
    }
  }
  return best;
}

// Nesting depth as a quick tag scan estimates it (void elements and those
// whose end tag is optional do not nest): gumbo's tree building is
// quadratic in the depth (100,000 nested <div>s take 45 s), so deeper pages
// are refused before parsing.
size_t estimated_depth(std::string_view html) {
  static const char* const kFlat[] = {"area",   "base",     "br",   "col",  "embed",    "hr",
                                      "img",    "input",    "link", "meta", "param",    "source",
                                      "track",  "wbr",      "p",    "li",   "dt",       "dd",
                                      "option", "optgroup", "tr",   "td",   "th",       "thead",
                                      "tbody",  "tfoot",    "rt",   "rp",   "colgroup", "!doctype"};
  size_t depth = 0, max_depth = 0;
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.compare(i, 4, "<!--") == 0) {
      const size_t end = html.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    const bool closing = i + 1 < html.size() && html[i + 1] == '/';
    size_t j = i + (closing ? 2 : 1);
    std::string name;
    while (j < html.size() && name.size() < 16 &&
           (std::isalnum(static_cast<unsigned char>(html[j])) || html[j] == '!')) {
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[j++])));
    }
    i = j;
    if (name.empty()) continue;
    if (!closing && (name == "script" || name == "style")) {
      const size_t end = html.find("</", j);
      i = end == std::string_view::npos ? html.size() : end;
      continue;
    }
    if (std::any_of(std::begin(kFlat), std::end(kFlat), [&](const char* f) { return name == f; })) {
      continue;
    }
    const size_t gt = html.find('>', j);
    if (!closing && gt != std::string_view::npos && gt > 0 && html[gt - 1] == '/') continue;
    if (closing) {
      if (depth > 0) --depth;
    } else {
      max_depth = std::max(max_depth, ++depth);
    }
  }
  return max_depth;
}

bool is_block(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
      return true;
    default:
      return false;
  }
}

// Flattens `n` into text with "\n\n" around blocks.
void extract(const GumboNode* n, const GumboNode* root, std::string& out, int depth) {
  if (depth > kMaxDepth) return;
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
      n->type == GUMBO_NODE_WHITESPACE) {
    std::string_view t = n->v.text.text;
    for (char c : t) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    return;
  }
  if (!is_element(n) && n->type != GUMBO_NODE_DOCUMENT) return;
  if (is_element(n) && n != root && is_boilerplate(n)) return;
  const GumboTag tag = is_element(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN;
  if (tag == GUMBO_TAG_BR) {
    out += '\n';
    return;
  }
  const bool block = is_block(tag);
  const bool cell = tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH;
  if (block) out += "\n\n";
  if (cell) out += ' ';
  for_children(n, [&](const GumboNode* c) { extract(c, root, out, depth + 1); });
  if (block) out += "\n\n";
  if (cell) out += ' ';
}

std::string body_text(const GumboNode* root, const std::string& title) {
  std::string raw;
  extract(root, root, raw, 0);
  const std::string paras = clean_paragraphs(raw);
  std::string out;
  size_t start = 0;
  bool first = true;
  while (start <= paras.size()) {
    size_t end = paras.find("\n\n", start);
    if (end == std::string::npos) end = paras.size();
    const std::string_view p(paras.data() + start, end - start);
    const bool skip = p.empty() || is_site_chrome(p) || (first && p == title);
    if (!skip) {
      if (!out.empty()) out += "\n\n";
      out += p;
      first = false;
    }
    start = end + 2;
  }
  return out;
}

std::string first_meta(const Page& p, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    auto it = p.meta.find(k);
    if (it != p.meta.end()) {
      for (const std::string& v : it->second) {
        if (!trim(v).empty()) return v;
      }
    }
  }
  return "";
}

// "Headline | Site", "Headline - Site" -> "Headline".
std::string strip_site_suffix(const std::string& title, const std::string& site) {
  static const char* const kSeps[] = {" | ", " \u2014 ", " \u2013 ", " - ", " :: ", " \u00b7 "};
  for (const char* sep : kSeps) {
    const size_t at = title.rfind(sep);
    if (at == std::string::npos || at == 0) continue;
    const std::string suffix = trim(title.substr(at + std::string_view(sep).size()));
    const size_t words = split_words(suffix).size();
    const bool pipe = std::string_view(sep) == " | " || std::string_view(sep) == " :: ";
    const bool is_site = !site.empty() && lower(suffix) == lower(site);
    if (is_site || (site.empty() && words <= (pipe ? 4u : 3u))) {
      return strip_site_suffix(trim(title.substr(0, at)), site);
    }
  }
  return title;
}

std::string language_code(std::string_view raw) {
  std::string code = lower(trim(raw));
  code = code.substr(0, code.find_first_of("-_"));
  if (code.size() < 2 || code.size() > 3) return "";
  for (char c : code) {
    if (c < 'a' || c > 'z') return "";
  }
  return code;
}

void add_author(Article& a, const std::string& raw) {
  std::string name = clean_line(raw);
  if (name.size() >= 3 && lower(name.substr(0, 3)) == "by ") name = trim(name.substr(3));
  if (name.empty() || name.size() > 100 || name.find("://") != std::string::npos) return;
  if (std::find(a.authors.begin(), a.authors.end(), name) == a.authors.end()) {
    a.authors.push_back(name);
  }
}

void fill_metadata(const Page& p, Article& a) {
  a.source = clean_line(first_meta(p, {"og:site_name"}));
  if (a.source.empty()) a.source = clean_line(p.ld.publisher);
  if (a.source.empty()) a.source = clean_line(first_meta(p, {"application-name"}));

  std::string title = p.ld.headline;
  if (trim(title).empty()) title = first_meta(p, {"og:title", "twitter:title"});
  if (trim(title).empty() && !p.h1.empty() && p.title_tag.find(p.h1) != std::string::npos) {
    title = p.h1;  // "Site | Headline": the <h1> tells which part is the headline
  }
  if (trim(title).empty()) title = strip_site_suffix(p.title_tag, a.source);
  if (trim(title).empty()) title = p.h1;
  a.title = clean_line(title);

  a.url = clean_line(p.canonical);
  if (a.url.empty()) a.url = clean_line(first_meta(p, {"og:url"}));
  if (a.url.empty()) a.url = clean_line(p.ld.url);
  if (a.source.empty()) a.source = url_host(a.url);

  for (const std::string& d :
       {p.ld.date_published,
        first_meta(p,
                   {"article:published_time", "og:published_time", "date", "pubdate", "publishdate",
                    "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date", "sailthru.date",
                    "parsely-pub-date", "article.published", "datepublished"}),
        p.itemprop_date, p.time_datetime}) {
    if (!a.date.empty()) break;
    a.date = normalize_date(d);
  }

  for (const std::string& n : p.ld.authors) add_author(a, n);
  if (a.authors.empty()) {
    auto it = p.meta.find("author");
    if (it != p.meta.end()) {
      for (const std::string& n : it->second) add_author(a, n);
    }
    it = p.meta.find("article:author");
    if (it != p.meta.end()) {
      for (const std::string& n : it->second) add_author(a, n);
    }
  }
  if (a.authors.empty()) {
    for (const std::string& n : p.rel_authors) add_author(a, n);
    for (const std::string& n : p.itemprop_authors) add_author(a, n);
  }

  a.language = language_code(p.html_lang);
  if (a.language.empty()) a.language = language_code(p.ld.language);
  if (a.language.empty()) a.language = language_code(first_meta(p, {"og:locale"}));

  std::vector<std::string> topics;
  auto tags = p.meta.find("article:tag");
  if (tags != p.meta.end()) topics = tags->second;
  auto news_kw = p.meta.find("news_keywords");
  if (news_kw != p.meta.end()) {
    for (const std::string& all : news_kw->second) {
      size_t start = 0;
      while (start <= all.size()) {
        size_t comma = all.find(',', start);
        if (comma == std::string::npos) comma = all.size();
        topics.push_back(all.substr(start, comma - start));
        start = comma + 1;
      }
    }
  }
  topics.insert(topics.end(), p.ld.keywords.begin(), p.ld.keywords.end());
  std::vector<std::string> seen;
  for (const std::string& t : topics) {
    const std::string name = clean_line(t);
    if (name.empty() || std::find(seen.begin(), seen.end(), name) != seen.end()) continue;
    seen.push_back(name);
    Entity e;
    e.kind = "topic";
    e.name = name;
    a.given_entities.push_back(std::move(e));
  }
}

struct OutputDeleter {
  void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

}  // namespace

Article parse_html_article(std::string_view html, const std::string& id) {
  if (trim(html).empty()) throw ParseError("empty file");
  // gumbo wants valid UTF-8; repairing also turns NULs into spaces.
  std::string repaired;
  if (!is_valid_utf8(html) || html.find('\0') != std::string_view::npos) {
    repaired = to_valid_nfc(html);
    html = repaired;
  }
  if (estimated_depth(html) > kMaxParseDepth) {
    throw ParseError("HTML nested deeper than " + std::to_string(kMaxParseDepth) +
                     " elements; not parsed");
  }
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // keep no parse errors: they are not used
  std::unique_ptr<GumboOutput, OutputDeleter> output(
      gumbo_parse_with_options(&options, html.data(), html.size()));
  if (!output) throw ParseError("the HTML parser failed");

  Page page;
  collect(output->document, page, 0);
  Article a;
  fill_metadata(page, a);
  a.id = a.url.empty() ? to_valid_nfc(id) : a.url;  // the article's own URL is its id

  const auto totals = paragraph_totals(page);
  const GumboNode* root = page.article_body;
  if (root == nullptr) root = best_of(totals, page.articles);
  if (root == nullptr && !page.articles.empty()) root = page.articles.front();
  if (root == nullptr) root = best_of(totals, page.mains);
  if (root == nullptr) root = densest(page);
  if (root == nullptr) root = page.body;
  if (root != nullptr) a.body = body_text(root, a.title);
  if (a.body.empty()) a.body = clean_paragraphs(page.ld.body);
  if (a.body.empty())
    a.body = clean_paragraphs(first_meta(page, {"og:description", "description"}));
  if (a.title.empty() && a.body.empty()) {
    throw ParseError("no article title or text in the HTML");
  }
  return a;
}

}  // namespace news
