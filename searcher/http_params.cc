// Query string to SearchRequest; see http_params.h.
#include "searcher/http_params.h"

#include <set>

#include "searcher/cli_options.h"
#include "searcher/recency.h"

namespace news {

namespace {

const std::set<std::string> kSingleValued = {"q",       "facets",   "offset", "limit",
                                             "sort",    "since",    "until",  "facet_size",
                                             "similar", "collapse", "recency"};
// Parameters that may be given several times.
const std::set<std::string> kRepeatable = {"filter", "facet_prefix"};

// Values above this are nonsense for every numeric parameter; the engine's
// own limits (max_limit, max_offset) are far lower.
constexpr size_t kMaxNumber = 1000000000;

size_t parse_count(const std::string& name, const std::string& value) {
  if (value.empty() || value.size() > 10 ||
      value.find_first_not_of("0123456789") != std::string::npos) {
    throw QueryError(name + " '" + value.substr(0, 40) + "' is not a whole number");
  }
  const size_t n = std::stoull(value);
  if (n > kMaxNumber) throw QueryError(name + " " + value + " is too large");
  return n;
}

}  // namespace

SearchRequest search_request_from_params(const QueryParams& params, const SearchLimits& limits) {
  for (auto it = params.begin(); it != params.end(); it = params.upper_bound(it->first)) {
    const std::string& key = it->first;
    if (kRepeatable.count(key) == 0 && kSingleValued.count(key) == 0) {
      throw QueryError("unknown parameter '" + key.substr(0, 40) +
                       "' (use q, filter, facets, facet_prefix, offset, limit, sort, since, "
                       "until, facet_size, similar, collapse, recency)");
    }
    if (kRepeatable.count(key) == 0 && params.count(key) > 1) {
      throw QueryError("parameter '" + key + "' is given more than once");
    }
  }
  auto value = [&](const std::string& key) -> const std::string* {
    const auto it = params.find(key);
    return it == params.end() ? nullptr : &it->second;
  };

  SearchRequest request;
  if (const std::string* q = value("q")) {
    if (q->size() > limits.max_query_bytes) {
      throw QueryError("query is too long (" + std::to_string(q->size()) + " bytes, at most " +
                       std::to_string(limits.max_query_bytes) + ")");
    }
    request.query = *q;
  }
  if (params.count("filter") > limits.max_filters) {
    throw QueryError("too many filters (at most " + std::to_string(limits.max_filters) + ")");
  }
  const auto [first, last] = params.equal_range("filter");
  for (auto it = first; it != last; ++it) request.filters.push_back(parse_filter(it->second));
  if (const std::string* v = value("facets")) request.facets = split_list(*v);
  if (params.count("facet_prefix") > limits.max_filters) {
    throw QueryError("too many facet_prefix parameters (at most " +
                     std::to_string(limits.max_filters) + ")");
  }
  const auto [pfirst, plast] = params.equal_range("facet_prefix");
  for (auto it = pfirst; it != plast; ++it) {
    request.facet_prefixes.push_back(parse_filter(it->second));
  }
  if (const std::string* v = value("collapse")) {
    if (*v != "true" && *v != "false") {
      throw QueryError("collapse '" + v->substr(0, 40) + "' must be true or false");
    }
    request.collapse = *v == "true";
  }
  if (const std::string* v = value("recency")) request.recency_half_life_days = parse_half_life(*v);
  if (const std::string* v = value("offset")) request.offset = parse_count("offset", *v);
  if (const std::string* v = value("limit")) request.limit = parse_count("limit", *v);
  if (const std::string* v = value("facet_size")) {
    request.facet_size = parse_count("facet_size", *v);
    if (request.facet_size > limits.max_limit) {
      throw QueryError("facet_size " + *v + " is too large (at most " +
                       std::to_string(limits.max_limit) + ")");
    }
  }
  if (const std::string* v = value("sort")) request.sort = parse_sort(*v);
  if (const std::string* v = value("since")) request.since = *v;
  if (const std::string* v = value("until")) request.until = *v;
  if (const std::string* v = value("similar")) {
    if (v->empty()) throw QueryError("similar needs an article id");
    request.similar = *v;
  }
  return request;
}

}  // namespace news
