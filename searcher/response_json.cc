// JSON bodies; see response_json.h.
#include "searcher/response_json.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "common/entity_json.h"

namespace news {

namespace {

using Json = nlohmann::ordered_json;

Json nullable(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

// Two decimals are plenty for scores and timings, and keep bodies short.
double round2(double v) { return std::round(v * 100.0) / 100.0; }

std::string dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

}  // namespace

std::string response_to_json(const SearchResponse& r) {
  Json j;
  j["query"] = r.query;
  j["found"] = r.found;
  j["offset"] = r.offset;
  j["limit"] = r.limit;
  j["took_ms"] = round2(r.took_ms);
  if (r.partial) j["partial"] = true;  // only with --allow-partial and a shard down
  j["suggestion"] = r.suggestion ? Json(*r.suggestion) : Json(nullptr);
  Json hits = Json::array();
  for (const Hit& h : r.hits) {
    Json hit;
    hit["id"] = h.id;
    hit["rank"] = h.rank;
    hit["score"] = round2(h.score);
    hit["title"] = h.title;
    hit["url"] = nullable(h.url);
    hit["source"] = nullable(h.source);
    hit["date"] = nullable(h.date);
    hit["snippet"] = h.snippet;
    hit["entities"] = entities_to_json(h.entities);
    hit["copies"] = h.copies;
    hits.push_back(std::move(hit));
  }
  j["hits"] = std::move(hits);
  Json facets = Json::object();
  Json distinct = Json::object();
  for (const FacetResult& f : r.facets) {
    Json list = Json::array();
    for (const FacetCount& fc : f.values) {
      Json v;
      v["id"] = fc.id;
      v["value"] = fc.value;
      v["count"] = fc.count;
      list.push_back(std::move(v));
    }
    facets[f.kind] = std::move(list);
    distinct[f.kind] = f.distinct;
  }
  j["facets"] = std::move(facets);
  j["facet_distinct"] = std::move(distinct);
  return dump(j);
}

std::string article_to_json(const schema::StoredArticle& a) {
  Json j;
  j["id"] = a.id;
  j["title"] = a.title;
  j["url"] = nullable(a.url);
  j["source"] = nullable(a.source);
  j["date"] = nullable(a.date);
  j["language"] = nullable(a.language);
  j["authors"] = a.authors;
  j["body"] = a.body;
  j["entities"] = entities_to_json(a.entities);
  return dump(j);
}

std::string error_to_json(const std::string& message) {
  Json j;
  j["error"] = message;
  return dump(j);
}

}  // namespace news
