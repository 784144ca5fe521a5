// JSON-LD article metadata; see html_jsonld.h.
#include "common/readers/html_jsonld.h"

#include <nlohmann/json.hpp>

namespace news {

namespace {

using nlohmann::json;

bool is_article_type(const json& type) {
  static const char* const kTypes[] = {
      "NewsArticle",           "Article",     "ReportageNewsArticle", "AnalysisNewsArticle",
      "OpinionNewsArticle",    "BlogPosting", "LiveBlogPosting",      "ReviewNewsArticle",
      "BackgroundNewsArticle", "TechArticle", "ScholarlyArticle",     "SocialMediaPosting"};
  if (type.is_array()) {
    for (const json& t : type) {
      if (is_article_type(t)) return true;
    }
    return false;
  }
  if (!type.is_string()) return false;
  std::string t = type.get<std::string>();
  const size_t slash = t.rfind('/');  // "http://schema.org/NewsArticle"
  if (slash != std::string::npos) t.erase(0, slash + 1);
  for (const char* k : kTypes) {
    if (t == k) return true;
  }
  return false;
}

// A string, or the "name" (else "@id"/"url") of an object.
std::string name_of(const json& v, bool allow_id = false) {
  if (v.is_string()) return v.get<std::string>();
  if (!v.is_object()) return "";
  for (const char* key : {"name", "@value"}) {
    auto it = v.find(key);
    if (it != v.end() && it->is_string()) return it->get<std::string>();
  }
  if (allow_id) {
    for (const char* key : {"@id", "url"}) {
      auto it = v.find(key);
      if (it != v.end() && it->is_string()) return it->get<std::string>();
    }
  }
  return "";
}

std::string string_at(const json& obj, const char* key, bool allow_id = false) {
  auto it = obj.find(key);
  if (it == obj.end()) return "";
  if (it->is_array() && !it->empty()) return name_of(it->front(), allow_id);
  return name_of(*it, allow_id);
}

void fill(const json& obj, JsonLdArticle& out) {
  out.found = true;
  out.headline = string_at(obj, "headline");
  if (out.headline.empty()) out.headline = string_at(obj, "name");
  out.date_published = string_at(obj, "datePublished");
  if (out.date_published.empty()) out.date_published = string_at(obj, "dateCreated");
  auto author = obj.find("author");
  if (author == obj.end()) author = obj.find("creator");
  if (author != obj.end()) {
    if (author->is_array()) {
      for (const json& a : *author) {
        const std::string n = name_of(a);
        if (!n.empty()) out.authors.push_back(n);
      }
    } else {
      const std::string n = name_of(*author);
      if (!n.empty()) out.authors.push_back(n);
    }
  }
  out.publisher = string_at(obj, "publisher");
  out.url = string_at(obj, "url");
  if (out.url.empty()) out.url = string_at(obj, "mainEntityOfPage", true);
  out.body = string_at(obj, "articleBody");
  out.language = string_at(obj, "inLanguage");
  auto kw = obj.find("keywords");
  if (kw != obj.end()) {
    if (kw->is_array()) {
      for (const json& k : *kw) {
        if (k.is_string()) out.keywords.push_back(k.get<std::string>());
      }
    } else if (kw->is_string()) {
      const std::string all = kw->get<std::string>();
      size_t start = 0;
      while (start <= all.size()) {
        size_t comma = all.find(',', start);
        if (comma == std::string::npos) comma = all.size();
        out.keywords.push_back(all.substr(start, comma - start));
        start = comma + 1;
      }
    }
  }
}

void search(const json& v, JsonLdArticle& out, int depth) {
  if (out.found || depth > 8) return;
  if (v.is_array()) {
    for (const json& e : v) search(e, out, depth + 1);
    return;
  }
  if (!v.is_object()) return;
  auto type = v.find("@type");
  if (type != v.end() && is_article_type(*type)) {
    fill(v, out);
    return;
  }
  auto graph = v.find("@graph");
  if (graph != v.end()) search(*graph, out, depth + 1);
}

}  // namespace

void read_jsonld(std::string_view script, JsonLdArticle& out) {
  if (out.found) return;
  const json doc = json::parse(script.begin(), script.end(), nullptr, false);
  if (doc.is_discarded()) return;
  search(doc, out, 0);
}

}  // namespace news
