// Turns the user's query text and filters into a Xapian::Query.
//
// Query text goes through Xapian's QueryParser: words, "phrases", AND/OR/NOT,
// +word -word, NEAR, prefix wildcards (expansion capped), field prefixes
// title: author: source: person: country: org: event: topic: language:,
// date ranges (2017-07-01..2017-07-31), English stemming. Entity field
// values and --filter values are resolved to entity ids through the
// EntityExtractor's aliases and the ids present in the database. Every
// user mistake is a QueryError naming what was wrong.
#ifndef NEWS_SEARCHER_QUERY_BUILDER_H_
#define NEWS_SEARCHER_QUERY_BUILDER_H_

#include <xapian.h>

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/entities/entity_extractor.h"
#include "searcher/any_words.h"
#include "searcher/search_types.h"
#include "searcher/spelling.h"

namespace news {

// The filters of a request, by kind, so that a facet of a filtered kind can
// be counted without its own filter (disjunctive facets).
struct FilterSet {
  std::map<std::string, Xapian::Query> by_kind;  // OR of the kind's values
  Xapian::Query date_range;                      // --since/--until; empty if none
  // All filters ANDed, leaving out `except_kind`'s; empty if none remain.
  Xapian::Query combined(const std::string& except_kind = "") const;
  bool empty() const { return by_kind.empty() && date_range.empty(); }
};

class QueryBuilder {
 public:
  // `db` and `extractor` must outlive the builder.
  QueryBuilder(const Xapian::Database& db, const EntityExtractor& extractor,
               const SearchLimits& limits);

  // Parses the query text; an empty text matches every article. With
  // `match_all_words` the words are ANDed, otherwise ORed. Sets
  // `*suggestion` to a spelling correction of the whole text, or ""
  // (spelling.h); a null `suggestion` skips the spelling lookup. The
  // all-words form also ranks articles with the words as a phrase higher.
  // With `flat` given, the any-word form of a query of plain words that
  // parse to terms only (no phrase, no wildcard) also comes as its list of
  // terms (any_words.h); otherwise flat->parts is 0. Throws QueryError.
  Xapian::Query parse(const std::string& text, bool match_all_words, std::string* suggestion,
                      AnyWords* flat = nullptr) const;

  // For a plain-words query that no article matches in full: the all-words
  // query of its first words, dropping words from the end (as Typesense's
  // drop_tokens does) until some article that passes `filter` has them all;
  // without the phrase boost (it is for counting). Empty if no word is
  // left, or if the text is not plain words.
  Xapian::Query leading_words_query(const std::string& text, const Xapian::Query& filter) const;

  // The filter part: values of one kind OR, kinds AND, plus the date range.
  // Throws QueryError.
  FilterSet filters(const std::vector<Filter>& filters, const std::string& since,
                    const std::string& until) const;

  // The facet ids of `kind` in the database that `value` names: an id, a
  // name, an alias ("Kremlin" -> country:RU), or a surname ("putin" ->
  // person:vladimir-putin). Empty if none is present.
  std::vector<std::string> resolve(const std::string& kind, const std::string& value) const;

  // The words of a query made of plain words only (no operators, quotes,
  // field prefixes or wildcards); empty for any other query.
  static std::vector<std::string> plain_words(const std::string& text);

  // Number of distinct terms of a query (for the term limit).
  static size_t count_terms(const Xapian::Query& query);

  // True if `query` (from parse()) carries the phrase boost; `*base` then
  // receives the query without it, which matches the same articles and,
  // unlike the boosted one, reads no word positions per match, and
  // `*boost`, if given, the phrase (rescore.h weighs it on the page only).
  static bool split_phrase_boost(const Xapian::Query& query, Xapian::Query* base,
                                 Xapian::Query* boost = nullptr);

  // The entity ids present in the database that a word or two of free
  // text name as an alias ("Kremlin" -> country:RU, "DNC" -> an org).
  // Remembered for the builder's life: a search parses its words again for
  // the fill and the leading-words facets.
  const std::vector<std::string>& alias_ids(const std::string& words) const;

  // Corrects single words for parse()'s suggestion (spelling.h); without
  // it, the database does.
  void use_word_suggester(WordSuggester suggester) { suggester_ = std::move(suggester); }

 private:
  // A plain-words query, each word (or two-word name) also matching the
  // articles whose facets hold the entity it names.
  // `flat` as for parse(), if not null.
  Xapian::Query parse_with_entities(Xapian::QueryParser& qp, const std::string& text,
                                    unsigned flags, bool match_all_words, AnyWords* flat) const;

  const Xapian::Database& db_;
  const EntityExtractor& extractor_;
  SearchLimits limits_;
  mutable std::unordered_map<std::string, std::vector<std::string>> aliases_;  // alias_ids()
  WordSuggester suggester_;  // null: the database's own
};

// Checks a "YYYY", "YYYY-MM" or "YYYY-MM-DD" bound and returns it as a
// "YYYYMMDD" value-slot bound (the first or the last day it covers).
// Throws QueryError naming `what` (e.g. "--since") if it is not a date.
std::string date_bound(const std::string& date, bool upper, const std::string& what);

}  // namespace news

#endif  // NEWS_SEARCHER_QUERY_BUILDER_H_
