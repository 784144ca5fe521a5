// Query building; see query_builder.h.
#include "searcher/query_builder.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "common/index/index_schema.h"
#include "common/text_normalize.h"
#include "searcher/spelling.h"

namespace news {

namespace {

// Field kinds that name facet values, as query prefixes and filter kinds.
const char* const kEntityFields[] = {"person", "country",  "org",    "event",
                                     "topic",  "language", "source", "author"};

bool all_digits(const std::string& s, size_t from, size_t len) {
  if (from + len > s.size()) return false;
  for (size_t i = from; i < from + len; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[month - 1];
}

// A FieldProcessor for person:, country:, ...: resolves the value to ids.
class EntityFieldProcessor : public Xapian::FieldProcessor {
 public:
  EntityFieldProcessor(const QueryBuilder& builder, std::string kind)
      : builder_(builder), kind_(std::move(kind)) {}

  Xapian::Query operator()(const std::string& value) override {
    std::vector<Xapian::Query> terms;
    for (const std::string& id : builder_.resolve(kind_, value)) {
      terms.emplace_back(schema::facet_term(id));
    }
    if (terms.empty()) return Xapian::Query(schema::facet_term(kind_ + ":" + slugify(value)));
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  }

 private:
  const QueryBuilder& builder_;
  std::string kind_;
};

// Rejects what Xapian would silently reinterpret: unbalanced quotes and
// wildcards with fewer than two letters before the '*' (which would expand
// to a large part of the vocabulary).
void check_syntax(const std::string& text) {
  if (std::count(text.begin(), text.end(), '"') % 2 != 0) {
    throw QueryError("query has an unbalanced quote (\")");
  }
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '*') continue;
    size_t letters = 0;
    for (size_t j = i; j > 0; --j) {
      const auto c = static_cast<unsigned char>(text[j - 1]);
      if (!(std::isalnum(c) || c >= 0x80)) break;
      ++letters;
    }
    if (letters < 2) {
      throw QueryError("a wildcard needs at least 2 letters before the * (as in cyber*)");
    }
  }
}

// The number of words if the text is only words (no operators, quotes,
// prefixes or wildcards), else 0.
size_t plain_word_count(const std::string& text) {
  size_t words = 0;
  bool in_word = false;
  for (unsigned char c : text) {
    const bool word_char = std::isalnum(c) || c >= 0x80 || c == '\'' || c == '-';
    if (!word_char && c != ' ') return 0;
    if (word_char && !in_word) ++words;
    in_word = word_char;
  }
  for (const char* op : {" AND ", " OR ", " NOT ", " NEAR ", " XOR "}) {
    if ((" " + text + " ").find(op) != std::string::npos) return 0;
  }
  return words;
}

}  // namespace

std::string date_bound(const std::string& date, bool upper, const std::string& what) {
  const auto bad = [&]() {
    return QueryError(what + ": '" + date + "' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
  };
  if (!all_digits(date, 0, 4)) throw bad();
  const int year = std::stoi(date.substr(0, 4));
  if (date.size() == 4) return date + (upper ? "1231" : "0101");
  if (date.size() < 7 || date[4] != '-' || !all_digits(date, 5, 2)) throw bad();
  const int month = std::stoi(date.substr(5, 2));
  if (month < 1 || month > 12) throw bad();
  const std::string ym = date.substr(0, 4) + date.substr(5, 2);
  if (date.size() == 7) {
    return ym + (upper ? std::to_string(days_in_month(year, month)) : std::string("01"));
  }
  if (date.size() != 10 || date[7] != '-' || !all_digits(date, 8, 2)) throw bad();
  const int day = std::stoi(date.substr(8, 2));
  if (day < 1 || day > days_in_month(year, month)) throw bad();
  return ym + date.substr(8, 2);
}

QueryBuilder::QueryBuilder(const Xapian::Database& db, const EntityExtractor& extractor,
                           const SearchLimits& limits)
    : db_(db), extractor_(extractor), limits_(limits) {}

std::vector<std::string> QueryBuilder::resolve(const std::string& kind,
                                               const std::string& value) const {
  std::vector<std::string> out;
  const std::string trimmed = trim(value);
  if (trimmed.empty()) return out;
  std::set<std::string> seen;
  auto present = [&](const std::string& id) { return db_.term_exists(schema::facet_term(id)); };
  auto add = [&](const std::string& id) {
    if (seen.insert(id).second) out.push_back(id);
  };
  // An id as given ("person:vladimir-putin", "country:RU").
  if (trimmed.rfind(kind + ":", 0) == 0 && present(trimmed)) add(trimmed);
  for (const std::string& id : extractor_.resolve_query_value(kind, trimmed)) {
    if (present(id)) add(id);
  }
  const std::string slug = slugify(trimmed);
  if (!slug.empty() && present(kind + ":" + slug)) add(kind + ":" + slug);
  if (!out.empty() || slug.empty()) return out;
  // A part of a name: "putin" finds person:vladimir-putin, "reuters"
  // finds source:reuters-com. Whole hyphen-separated words only.
  const std::string prefix = schema::facet_term(kind + ":");
  size_t scanned = 0;
  for (auto it = db_.allterms_begin(prefix); it != db_.allterms_end(prefix); ++it) {
    if (++scanned > 200000) break;
    const std::string key = (*it).substr(prefix.size());
    const std::string padded = "-" + key + "-";
    if (padded.find("-" + slug + "-") != std::string::npos) add(kind + ":" + key);
  }
  return out;
}

Xapian::Query QueryBuilder::parse(const std::string& text, bool match_all_words,
                                  std::string* suggestion, AnyWords* flat) const {
  if (suggestion != nullptr) suggestion->clear();
  if (flat != nullptr) *flat = AnyWords();
  if (text.size() > limits_.max_query_bytes) {
    throw QueryError("query is too long (" + std::to_string(text.size()) + " bytes; the limit is " +
                     std::to_string(limits_.max_query_bytes) + ")");
  }
  if (!is_valid_utf8(text)) throw QueryError("query is not valid UTF-8");
  const std::string clean = trim(to_valid_nfc(text));
  if (clean.empty()) return Xapian::Query::MatchAll;
  check_syntax(clean);

  Xapian::QueryParser qp;
  qp.set_database(db_);
  qp.set_stemmer(Xapian::Stem("english"));
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  qp.set_default_op(match_all_words ? Xapian::Query::OP_AND : Xapian::Query::OP_OR);
  qp.set_max_expansion(static_cast<Xapian::termcount>(limits_.max_wildcard_expansion),
                       Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  qp.add_prefix("title", schema::kTitlePrefix);
  qp.add_prefix("author", schema::kAuthorPrefix);
  for (const char* kind : kEntityFields) {
    if (std::string(kind) == "author") continue;  // author: is free text
    qp.add_boolean_prefix(kind, (new EntityFieldProcessor(*this, kind))->release());
  }
  // "place:" as in Reuters' PLACES and Omega setups: countries here.
  qp.add_boolean_prefix("place", (new EntityFieldProcessor(*this, "country"))->release());
  Xapian::DateRangeProcessor dates(schema::kSlotDate, Xapian::RP_DATE_PREFER_MDY, 1970);
  qp.add_rangeprocessor(&dates);

  const unsigned flags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                         Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_WILDCARD |
                         Xapian::QueryParser::FLAG_PURE_NOT;
  Xapian::Query query;
  try {
    query = plain_word_count(clean) ? parse_with_entities(qp, clean, flags, match_all_words,
                                                          match_all_words ? nullptr : flat)
                                    : qp.parse_query(clean, flags);
  } catch (const Xapian::QueryParserError& e) {
    throw QueryError("cannot parse query: " + e.get_msg());
  }
  if (suggestion != nullptr) *suggestion = suggest_spelling(db_, clean, suggester_);
  if (query.empty()) {
    throw QueryError("query has no searchable words: '" + clean + "'");
  }
  const size_t terms = count_terms(query);
  if (terms > limits_.max_query_terms) {
    throw QueryError("query has too many terms (" + std::to_string(terms) + "; the limit is " +
                     std::to_string(limits_.max_query_terms) + ")");
  }
  // Articles that have the words together, in order, rank above those that
  // have them scattered. Only on the all-words form: under OP_AND_MAYBE
  // beside an any-word query, Xapian 1.4 checks the phrase's positions for
  // every partial match (30 ms instead of 0.5 ms for 6,000 of them); the
  // fill puts the all-words form, phrase included, under the any-word one.
  if (match_all_words && plain_word_count(clean) >= 2) {
    const Xapian::Query phrase =
        qp.parse_query("\"" + clean + "\"", Xapian::QueryParser::FLAG_PHRASE);
    if (!phrase.empty()) query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, phrase);
  }
  return query;
}

const std::vector<std::string>& QueryBuilder::alias_ids(const std::string& words) const {
  const auto [it, added] = aliases_.try_emplace(words);
  std::vector<std::string>& out = it->second;
  if (!added) return out;
  const std::string slug = slugify(words);
  for (const char* kind : {"country", "org", "person"}) {
    for (const std::string& id : extractor_.resolve_query_value(kind, words)) {
      // The slug fallback of a common word is no alias ("org:talks").
      if (id == std::string(kind) + ":" + slug && kind != std::string("country")) continue;
      if (db_.term_exists(schema::facet_term(id)) &&
          std::find(out.begin(), out.end(), id) == out.end()) {
        out.push_back(id);
      }
    }
  }
  return out;
}

Xapian::Query QueryBuilder::parse_with_entities(Xapian::QueryParser& qp, const std::string& text,
                                                unsigned flags, bool match_all_words,
                                                AnyWords* flat) const {
  bool terms_only = flat != nullptr;
  // Adds the terms of `q` (terms under OP_OR) to `flat` as part `part`;
  // false for any other shape.
  std::function<bool(const Xapian::Query&, size_t)> add_terms = [&](const Xapian::Query& q,
                                                                    size_t part) {
    if (q.get_type() == Xapian::Query::LEAF_TERM) {
      flat->terms.push_back({*q.get_terms_begin(), true, part});
      return true;
    }
    if (q.get_type() != Xapian::Query::OP_OR) return false;
    for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
      if (!add_terms(q.get_subquery(i), part)) return false;
    }
    return true;
  };
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string w; in >> w;) words.push_back(w);
  std::vector<Xapian::Query> parts;
  for (size_t i = 0; i < words.size();) {
    // The longest span (two words, then one) that names an entity.
    size_t len = std::min<size_t>(2, words.size() - i);
    std::vector<std::string> ids;
    for (; len > 0; --len) {
      std::string span = words[i];
      for (size_t k = 1; k < len; ++k) span += " " + words[i + k];
      ids = alias_ids(span);
      if (!ids.empty() || len == 1) break;
    }
    std::string span = words[i];
    for (size_t k = 1; k < len; ++k) span += " " + words[i + k];
    Xapian::Query part = qp.parse_query(span, flags);
    if (terms_only && part.empty()) {
      terms_only = ids.empty();  // a part of facet terms only: not worth a path of its own
    } else if (terms_only) {
      terms_only = add_terms(part, parts.size());
      for (const std::string& id : ids) {
        flat->terms.push_back({schema::facet_term(id), false, parts.size()});
      }
    }
    if (!ids.empty()) {
      std::vector<Xapian::Query> terms;
      for (const std::string& id : ids) terms.emplace_back(schema::facet_term(id));
      // Articles whose facets hold the entity match too, but with no weight
      // from it: they rank after articles that have the word itself.
      part = Xapian::Query(
          Xapian::Query::OP_OR, part,
          Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                        Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()), 0.0));
    }
    if (!part.empty()) parts.push_back(part);
    i += len;
  }
  if (flat != nullptr) {
    // Parts past 64 do not fit the candidates' bit sets.
    if (terms_only && !parts.empty() && parts.size() <= 64) {
      flat->parts = parts.size();
    } else {
      *flat = AnyWords();
    }
  }
  return Xapian::Query(match_all_words ? Xapian::Query::OP_AND : Xapian::Query::OP_OR,
                       parts.begin(), parts.end());
}

Xapian::Query QueryBuilder::leading_words_query(const std::string& text,
                                                const Xapian::Query& filter) const {
  const std::vector<std::string> words = plain_words(text);
  Xapian::Enquire enquire(db_);
  // Whether any article matches, not how well: no weights, and no phrase
  // boost, whose positions Xapian would otherwise read in every article
  // with the words (80 ms for "the of to and in said" on Reuters).
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  // The all-words query of the first n words, and whether it matches.
  auto leading = [&](size_t n, Xapian::Query* query) {
    std::string shorter = words[0];
    for (size_t i = 1; i < n; ++i) shorter += " " + words[i];
    *query = parse(shorter, true, nullptr);
    split_phrase_boost(*query, query);
    enquire.set_query(filter.empty() ? *query
                                     : Xapian::Query(Xapian::Query::OP_FILTER, *query, filter));
    return enquire.get_mset(0, 1).size() > 0;
  };
  Xapian::Query best;
  if (words.size() < 2 || !leading(1, &best)) return Xapian::Query();
  // Fewer words match at least as many articles, so the longest matching
  // run is found by bisection: a few parses even for a 60-word query.
  size_t lo = 1, hi = words.size() - 1;  // lo matches; the whole text does not
  while (lo < hi) {
    const size_t mid = lo + (hi - lo + 1) / 2;
    Xapian::Query query;
    if (leading(mid, &query)) {
      lo = mid;
      best = query;
    } else {
      hi = mid - 1;
    }
  }
  return best;
}

bool QueryBuilder::split_phrase_boost(const Xapian::Query& query, Xapian::Query* base,
                                      Xapian::Query* boost) {
  if (query.get_type() != Xapian::Query::OP_AND_MAYBE || query.get_num_subqueries() != 2 ||
      query.get_subquery(1).get_type() != Xapian::Query::OP_PHRASE) {
    return false;
  }
  *base = query.get_subquery(0);
  if (boost != nullptr) *boost = query.get_subquery(1);
  return true;
}

std::vector<std::string> QueryBuilder::plain_words(const std::string& text) {
  std::vector<std::string> words;
  const std::string clean = trim(text);
  if (plain_word_count(clean) == 0) return words;
  std::istringstream in(clean);
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

size_t QueryBuilder::count_terms(const Xapian::Query& query) {
  size_t n = 0;
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) ++n;
  return n;
}

Xapian::Query FilterSet::combined(const std::string& except_kind) const {
  std::vector<Xapian::Query> parts;
  for (const auto& [kind, q] : by_kind) {
    if (kind != except_kind) parts.push_back(q);
  }
  if (!date_range.empty()) parts.push_back(date_range);
  if (parts.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

FilterSet QueryBuilder::filters(const std::vector<Filter>& filters, const std::string& since,
                                const std::string& until) const {
  if (filters.size() > limits_.max_filters) {
    throw QueryError("too many filters (" + std::to_string(filters.size()) + "; the limit is " +
                     std::to_string(limits_.max_filters) + ")");
  }
  std::map<std::string, std::vector<Xapian::Query>> by_kind;
  for (const Filter& f : filters) {
    if (schema::facet_slot(f.kind) == Xapian::BAD_VALUENO) {
      throw QueryError(
          "unknown filter kind '" + f.kind +
          "' (use person, country, org, event, source, author, date, language, topic)");
    }
    if (trim(f.value).empty()) throw QueryError("filter " + f.kind + ": has no value");
    if (f.kind == "date") {
      const std::string v = trim(f.value);
      const std::string key = v.rfind("date:", 0) == 0 ? v.substr(5) : v;
      by_kind["date"].emplace_back(Xapian::Query::OP_VALUE_RANGE, schema::kSlotDate,
                                   date_bound(key, false, "filter date"),
                                   date_bound(key, true, "filter date"));
      continue;
    }
    std::vector<std::string> ids = resolve(f.kind, f.value);
    if (ids.empty()) ids.push_back(f.kind + ":" + slugify(f.value));  // matches nothing
    for (const std::string& id : ids) by_kind[f.kind].emplace_back(schema::facet_term(id));
  }
  FilterSet out;
  for (auto& [kind, qs] : by_kind) {
    out.by_kind[kind] = Xapian::Query(Xapian::Query::OP_OR, qs.begin(), qs.end());
  }
  if (!since.empty() || !until.empty()) {
    const std::string lo = since.empty() ? "00000101" : date_bound(since, false, "--since");
    const std::string hi = until.empty() ? "99991231" : date_bound(until, true, "--until");
    if (lo > hi) throw QueryError("--since " + since + " is after --until " + until);
    out.date_range = Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotDate, lo, hi);
  }
  return out;
}

}  // namespace news
