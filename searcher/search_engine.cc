// Running searches; see search_engine.h.
#include "searcher/search_engine.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <optional>

#include "common/index/index_schema.h"
#include "searcher/any_words.h"
#include "searcher/column_spy.h"
#include "searcher/facet_spy.h"
#include "searcher/query_builder.h"
#include "searcher/recency.h"
#include "searcher/rescore.h"
#include "searcher/similar.h"
#include "searcher/snippet.h"
#include "searcher/spelling_index.h"
#include "searcher/story_leads.h"

namespace news {

namespace {

constexpr size_t kSnippetLength = 240;
constexpr size_t kRecencyWindow = 200;
constexpr size_t kExactFoundBelow = 100;
constexpr size_t kMaxCachedNames = 200000;
// Copies per story from which the page matches story leads only.
constexpr double kLeadsFromCopies = 2.0;
// The page's best matches that the phrase boost is weighed on (rescore.h).
constexpr Xapian::doccount kRescoreWindow = 300;

Xapian::Database open_one(const std::string& path, unsigned timeout_ms, bool* remote) {
  if (path.rfind("tcp://", 0) == 0) {
    const std::string rest = path.substr(6);
    const size_t colon = rest.rfind(':');
    if (colon == std::string::npos || colon == 0) {
      throw DatabaseError(path + ": remote database must be tcp://HOST:PORT");
    }
    unsigned port = 0;
    try {
      port = static_cast<unsigned>(std::stoul(rest.substr(colon + 1)));
    } catch (const std::exception&) {
      throw DatabaseError(path + ": bad port");
    }
    *remote = true;
    // Timeouts to connect and for each reply, so a dead shard never hangs us.
    return Xapian::Remote::open(rest.substr(0, colon), port, timeout_ms, timeout_ms);
  }
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    throw DatabaseError("no database at " + path + " (index articles with news-indexer first)");
  }
  return Xapian::Database(path);
}

// The name of facet value `id` from the slot of an article holding its term
// `term`, as indexes written before the name metadata have it; else one
// made from the id.
std::string old_slot_name(const Xapian::Database& db, const std::string& kind,
                          const std::string& term, const std::string& id) {
  Xapian::PostingIterator post = db.postlist_begin(term);
  if (post != db.postlist_end(term)) {
    for (const schema::FacetValue& v : schema::decode_facet_slot(
             kind, db.get_document(*post).get_value(schema::facet_slot(kind)))) {
      if (v.id == id && !v.name.empty()) return v.name;
    }
  }
  return schema::fallback_facet_name(id);
}

// The facet kinds to count: those asked for, then those with a prefix search.
std::vector<std::string> facet_kinds_of(const SearchRequest& request) {
  std::vector<std::string> kinds = request.facets;
  for (const Filter& p : request.facet_prefixes) {
    if (std::find(kinds.begin(), kinds.end(), p.kind) == kinds.end()) kinds.push_back(p.kind);
  }
  return kinds;
}

// Days instead of months when the date range is short (at most 62 days).
bool daily_dates(const SearchRequest& request) {
  if (request.since.size() != 10 || request.until.size() != 10) return false;
  auto days = [](const std::string& d) {
    const int y = std::stoi(d.substr(0, 4)), m = std::stoi(d.substr(5, 2)),
              day = std::stoi(d.substr(8, 2));
    // Days from a fixed epoch (civil calendar; exactness beyond a few days
    // does not matter for choosing the bucket size).
    return y * 372 + (m - 1) * 31 + day;
  };
  try {
    return days(request.until) - days(request.since) <= 62;
  } catch (const std::exception&) {
    return false;  // not a date: the range check reports it
  }
}

}  // namespace

SearchEngine::SearchEngine(const std::vector<std::string>& paths, const EntityExtractor& extractor,
                           const SearchLimits& limits, const ShardOptions& shard_options)
    : paths_(paths), shard_options_(shard_options), extractor_(extractor), limits_(limits) {
  reopen();
}

void SearchEngine::reopen() {
  Xapian::Database combined;
  std::vector<Xapian::Database> shards;
  bool remote = false;
  std::vector<std::string> unavailable;
  for (const std::string& path : paths_) {
    if (std::find(unavailable_.begin(), unavailable_.end(), path) != unavailable_.end()) {
      unavailable.push_back(path);  // failed during a search: stays out
      continue;
    }
    try {
      // Opening while the indexer commits can meet a revision that the
      // commit has just discarded: open again (as search() does).
      for (int attempt = 0;; ++attempt) {
        try {
          shards.push_back(open_one(path, shard_options_.timeout_ms, &remote));
          break;
        } catch (const Xapian::DatabaseModifiedError&) {
          if (attempt >= 5) throw;
        }
      }
      combined.add_database(shards.back());
    } catch (const Xapian::Error& e) {
      if (!shard_options_.allow_partial) {
        throw DatabaseError(path + ": cannot open database: " + e.get_description());
      }
      unavailable.push_back(path);
    } catch (const DatabaseError&) {
      if (!shard_options_.allow_partial) throw;
      unavailable.push_back(path);
    }
  }
  if (unavailable.size() == paths_.size()) {
    throw DatabaseError("no database could be opened (" + std::to_string(paths_.size()) +
                        " tried)");
  }
  db_ = combined;
  shards_ = std::move(shards);
  names_.clear();
  has_remote_ = remote;
  unavailable_ = unavailable;
}

void SearchEngine::validate(const SearchRequest& r) const {
  if (r.limit > limits_.max_limit) {
    throw QueryError("limit " + std::to_string(r.limit) + " is too large (at most " +
                     std::to_string(limits_.max_limit) + ")");
  }
  if (r.offset > limits_.max_offset) {
    throw QueryError("offset " + std::to_string(r.offset) + " is too large (at most " +
                     std::to_string(limits_.max_offset) + ")");
  }
  if (r.facets.size() > schema::facet_kinds().size()) throw QueryError("too many facet kinds");
  for (const std::string& kind : facet_kinds_of(r)) {
    if (schema::facet_slot(kind) == Xapian::BAD_VALUENO) {
      throw QueryError(
          "unknown facet kind '" + kind +
          "' (use person, country, org, event, source, author, date, language, topic)");
    }
  }
}

bool SearchEngine::find_article(const std::string& id, schema::StoredArticle* out) {
  for (int attempt = 0;; ++attempt) {
    try {
      db_.reopen();
      Xapian::PostingIterator it = db_.postlist_begin(schema::unique_id_term(id));
      if (it == db_.postlist_end(schema::unique_id_term(id))) return false;
      *out = schema::parse_stored_article(db_.get_document(*it).get_data());
      return true;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt >= 5) throw DatabaseError("index keeps changing under the lookup; try again");
    } catch (const Xapian::Error& e) {
      throw DatabaseError("database error: " + e.get_description());
    }
  }
}

void SearchEngine::drop_unreachable_shards() {
  for (const std::string& path : paths_) {
    if (path.rfind("tcp://", 0) != 0) continue;
    try {
      bool remote = false;
      open_one(path, shard_options_.timeout_ms, &remote).get_doccount();
    } catch (const std::exception&) {
      unavailable_.push_back(path);
    } catch (const Xapian::Error&) {
      unavailable_.push_back(path);
    }
  }
  reopen();
}

SearchResponse SearchEngine::search(const SearchRequest& request) {
  validate(request);
  for (int attempt = 0;; ++attempt) {
    try {
      // Cheap when nothing changed; picks up the indexer's latest commit.
      db_.reopen();
      SearchResponse response = run(request);
      response.partial = !unavailable_.empty();
      return response;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt >= 5) throw DatabaseError("index keeps changing under the search; try again");
    } catch (const Xapian::NetworkError& e) {
      if (!shard_options_.allow_partial || attempt >= 1) {
        throw DatabaseError("remote shard failed: " + e.get_description());
      }
      drop_unreachable_shards();
    } catch (const Xapian::DatabaseError& e) {
      throw DatabaseError("database error: " + e.get_description());
    } catch (const Xapian::QueryParserError& e) {
      throw QueryError("cannot parse query: " + e.get_msg());
    } catch (const Xapian::WildcardError& e) {
      throw QueryError("wildcard matches too many words: " + e.get_msg());
    }
  }
}

FacetTally SearchEngine::count_without_own_filter(const Xapian::Query& text,
                                                  const Xapian::Query& other_filters,
                                                  const std::string& kind, bool daily) {
  FacetCollector collector({kind}, has_remote_, daily);
  if (use_columns()) collector.use_columns(doc_values_.get(), shards_[0]);
  count_facets(text, other_filters, &collector, false);
  return collector.tally(0);
}

std::vector<FacetCount> SearchEngine::facet_values_from_terms(const std::string& kind,
                                                              const FacetSelection& selection,
                                                              size_t* distinct) {
  // Each value of the kind has a boolean term XF<id> whose frequency is the
  // number of articles holding it: the count over every article.
  const std::string prefix = schema::facet_term(kind + ":");
  std::vector<std::pair<Xapian::doccount, std::string>> all;  // (articles, term)
  for (auto it = db_.allterms_begin(prefix); it != db_.allterms_end(prefix); ++it) {
    all.emplace_back(it.get_termfreq(), *it);
  }
  *distinct = all.size();
  // The same order as select_facet_values(): most frequent first, ties by
  // id (term order is id order), or chronological date buckets.
  size_t from = 0, to = all.size();
  if (selection.chronological) {
    if (all.size() > kMaxDateBuckets) from = all.size() - kMaxDateBuckets;
  } else {
    to = std::min(selection.size, all.size());
    std::partial_sort(all.begin(), all.begin() + to, all.end(), [](const auto& a, const auto& b) {
      if (a.first != b.first) return a.first > b.first;
      return a.second < b.second;
    });
  }
  std::vector<FacetCount> out;
  for (size_t i = from; i < to; ++i) {
    const auto& [freq, term] = all[i];
    FacetCount fc;
    fc.count = freq;
    fc.id = term.substr(std::strlen(schema::kFacetPrefix));
    const std::string key = fc.id.substr(fc.id.find(':') + 1);
    if (kind == "date") {
      fc.value = key;
    } else {
      fc.value = facet_name(fc.id);
      if (fc.value.empty()) fc.value = old_slot_name(db_, kind, term, fc.id);
    }
    out.push_back(std::move(fc));
  }
  return out;
}

std::string SearchEngine::facet_name(const std::string& id) {
  if (auto it = names_.find(id); it != names_.end()) return it->second;
  const std::string key = schema::facet_name_key(id);
  std::string name;
  for (Xapian::Database& shard : shards_) {
    try {
      name = shard.get_metadata(key);
    } catch (const Xapian::DatabaseModifiedError&) {
      shard.reopen();
      name = shard.get_metadata(key);
    }
    if (!name.empty()) break;
  }
  // An unnamed id is not cached: the indexer may name it in its next commit.
  if (name.empty()) return name;
  if (names_.size() >= kMaxCachedNames) names_.clear();
  names_.emplace(id, name);
  return name;
}

Xapian::doccount SearchEngine::count_facets(const Xapian::Query& text, const Xapian::Query& filter,
                                            FacetCollector* collector, bool collapse,
                                            std::unique_ptr<CollapseCounter>* keys) {
  Xapian::Enquire enquire(db_);
  enquire.set_query(filter.empty() ? text : Xapian::Query(Xapian::Query::OP_FILTER, text, filter));
  // Only counts: no weights, so no document length is read per match.
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  collector->attach(&enquire);
  std::unique_ptr<CollapseCounter> counter;
  if (collapse && use_columns()) {
    counter =
        std::make_unique<CollapseCounter>(doc_values_->column(shards_[0], schema::kSlotCollapse));
    enquire.add_matchspy(counter.get());
  } else if (collapse && !has_remote_) {
    counter = std::make_unique<CollapseCounter>(schema::kSlotCollapse);
    enquire.add_matchspy(counter.get());
  } else if (collapse) {
    enquire.set_collapse_key(schema::kSlotCollapse);
  }
  const Xapian::doccount matches =
      enquire.get_mset(0, 0, db_.get_doccount()).get_matches_estimated();
  if (!counter) return matches;
  const Xapian::doccount collapsed = counter->count();
  if (keys != nullptr) *keys = std::move(counter);
  return collapsed;
}

SearchResponse SearchEngine::run(const SearchRequest& request) {
  const auto start = std::chrono::steady_clock::now();
  QueryBuilder builder(db_, extractor_, limits_);
  if (use_columns()) {
    // The in-memory spelling list, built when a word first needs it.
    builder.use_word_suggester([this](const std::string& word) {
      return doc_values_->spelling(shards_[0])->suggest(word);
    });
  }
  std::string suggestion;
  std::optional<SimilarSeed> seed;
  Xapian::Query text_query;
  if (!request.similar.empty()) {
    seed = similar_seed(db_, request.similar);
    text_query = seed->query;
  } else {
    text_query = builder.parse(request.query, true, &suggestion);
  }
  const FilterSet filters = builder.filters(request.filters, request.since, request.until);
  const Xapian::Query filter = filters.combined();

  Xapian::Enquire enquire(db_);
  switch (request.sort) {
    case SortOrder::kRelevance:
      break;
    case SortOrder::kDateAscending:
      enquire.set_sort_by_value_then_relevance(schema::kSlotDateTime, false);
      break;
    case SortOrder::kDateDescending:
      enquire.set_sort_by_value_then_relevance(schema::kSlotDateTime, true);
      break;
  }
  // Only articles with copies carry a collapse key; with none in the index,
  // collapsing would read a slot of every match for nothing.
  const bool collapse = request.collapse && db_.get_value_freq(schema::kSlotCollapse) > 0;
  if (collapse) enquire.set_collapse_key(schema::kSlotCollapse);
  // After a count from the in-memory columns, the page's match is collapsed
  // here instead of by Xapian, whose collapse reads the key of every
  // candidate from the slot: see run_query below.
  std::shared_ptr<const SlotColumn> collapse_column;
  double copies_per_story = 1;      // among the matches, from the count
  bool from_picked = false;         // the page is `picked`, collapsed here
  std::vector<RankedMatch> picked;  // the collapsed page, when collapsed here
  std::vector<RankedMatch> ranked;  // the page's match in rank order, from `first` on
  Xapian::MSet boost_mset;          // the phrase boost's match, when rescored
  bool boost_weighed = false;       // boost_mset holds it
  std::unordered_map<uint32_t, Xapian::doccount> window_copies;  // key -> matches in the window
  Xapian::doccount window_stories = 0;  // matches in the window, copies collapsed
  bool window_complete = false;         // the window holds every match

  // "More like this" reorders a deeper candidate list by shared entities.
  // "More like this" and recency rescore a deeper candidate list (like
  // Elasticsearch's rescore window); pages beyond it keep plain BM25 order.
  const bool recency = request.recency_half_life_days > 0;
  const bool rerank = (seed.has_value() || recency) && request.sort == SortOrder::kRelevance;
  const size_t window = seed ? 50 : kRecencyWindow;
  const size_t first = rerank ? 0 : request.offset;
  const size_t count =
      rerank ? std::max<size_t>(window, request.offset + request.limit) : request.limit;

  const std::vector<std::string> kinds = facet_kinds_of(request);
  const bool daily = daily_dates(request);
  // Every article matches (no query, no filter): a kind without a prefix
  // search is counted from its facet terms' frequencies, without visiting
  // any article (the landing page of a large archive).
  const bool every_article = request.query.empty() && request.similar.empty() && filters.empty();
  std::vector<std::string> spy_kinds;  // the kinds a MatchSpy counts
  for (const std::string& kind : kinds) {
    const bool prefix = std::any_of(request.facet_prefixes.begin(), request.facet_prefixes.end(),
                                    [&](const Filter& p) { return p.kind == kind; });
    if (!every_article || prefix) spy_kinds.push_back(kind);
  }
  FacetCollector facets(spy_kinds, has_remote_, daily);
  if (use_columns()) facets.use_columns(doc_values_.get(), shards_[0]);
  // With story leads (below), every match of the page is restricted to one
  // copy per story: no collapse.
  std::shared_ptr<const StoryLeads> leads;
  Xapian::Query leads_query;
  // A fill of plain words, ranked from its candidates (any_words.h).
  const AnyWords* any_words = nullptr;
  std::shared_ptr<const DocLengths> lengths;
  AnyWordsTop any_top;
  // Matches the page of `text` into `ranked` (from rank `first` on) or,
  // when collapsed here, `picked`. With `boost` (the phrase boost split off
  // `text`), the boost is weighed on the best kRescoreWindow matches only
  // (rescore.h).
  auto run_query = [&](const Xapian::Query& text, const Xapian::Query& boost, bool count_facets,
                       bool counted_before) {
    const Xapian::Query query =
        leads ? Xapian::Query(Xapian::Query::OP_FILTER, text, leads_query) : text;
    enquire.set_query(filter.empty() ? query
                                     : Xapian::Query(Xapian::Query::OP_FILTER, query, filter));
    if (count_facets) {
      facets.attach(&enquire);
    } else {
      enquire.clear_matchspies();
    }
    // Facets count over every match; otherwise `found` is exact up to
    // kExactFoundBelow matches (and past the page), Xapian's estimate above.
    // After an exact count (the number found and each story's copies), the
    // page's match is pruned from its first candidates on: checking 100
    // matches would weigh each one's phrase boost for nothing.
    const Xapian::doccount check =
        count_facets && !spy_kinds.empty() ? db_.get_doccount()
        : counted_before
            ? static_cast<Xapian::doccount>(first + count)
            : static_cast<Xapian::doccount>(std::max(first + count + 1, kExactFoundBelow));
    from_picked = collapse_column && !leads && !count_facets;
    // Matches `size` from rank `from` on into `ranked` (with a boost, all
    // that were matched past `from`); `*asked` is the number of matches
    // asked for from rank 0.
    auto rank = [&](Xapian::doccount from, Xapian::doccount size, Xapian::doccount at_least,
                    Xapian::doccount* asked) {
      if (any_words != nullptr) {
        // The fill over its candidates only (any_words.h): Xapian weighs
        // and orders them.
        *asked = from + size;
        any_top = top_any_words(db_, *lengths, *any_words, *asked, leads.get());
        enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query,
                                        Xapian::Query((new DocSetSource(any_top.ids))->release())));
        Xapian::MSet m = enquire.get_mset(from, size, at_least);
        ranked = ranked_matches(m);
        return m;
      }
      if (boost.empty()) {
        *asked = from + size;
        Xapian::MSet m = enquire.get_mset(from, size, at_least);
        ranked = ranked_matches(m);
        return m;
      }
      *asked = std::max(from + size, kRescoreWindow);
      Xapian::MSet m = enquire.get_mset(0, *asked, std::max(*asked, at_least));
      ranked = rescore(db_, m, boost, kRescoreWindow, &boost_mset);
      boost_weighed = boost_weighed || !m.empty();
      ranked.erase(ranked.begin(),
                   ranked.begin() + std::min(static_cast<std::ptrdiff_t>(from),
                                             static_cast<std::ptrdiff_t>(ranked.size())));
      return m;
    };
    Xapian::doccount asked = 0;
    if (!from_picked) {
      Xapian::MSet m = rank(static_cast<Xapian::doccount>(first),
                            static_cast<Xapian::doccount>(count), check, &asked);
      if (ranked.size() > count) ranked.resize(count);
      return m;
    }
    // Uncollapsed, a window of the best matches large enough to hold the
    // page's stories with their copies (the count gave copies per story);
    // the first match of each key in weight order is its best copy, so the
    // stories and their order are those Xapian's collapse would give. A
    // window that holds too few stories (more matches left) grows.
    const size_t want = first + count;
    size_t span = want + static_cast<size_t>(static_cast<double>(want) * copies_per_story * 1.5);
    for (;;) {
      Xapian::MSet m = rank(0, static_cast<Xapian::doccount>(span),
                            std::max(static_cast<Xapian::doccount>(span), check), &asked);
      picked.clear();
      window_copies.clear();
      window_stories = 0;
      for (const RankedMatch& r : ranked) {
        const uint32_t ord = collapse_column->ord(*r.it);
        if (ord != 0 && window_copies[ord]++ > 0) continue;
        ++window_stories;
        if (picked.size() < want) picked.push_back(r);
      }
      window_complete = m.size() < asked;
      if (picked.size() >= want || window_complete) return m;
      span *= 4;
    }
  };

  // Facets and the exact count come from an unweighted match of their own,
  // the page from a weighted match that Xapian prunes. With a phrase boost,
  // one match would read each article's word positions to weigh the phrase
  // (431,560 articles: p99 70 -> 62 ms). With local databases every query
  // is counted so: with in-memory columns the count costs far less than the
  // slots and document lengths one weighted match reads per article, and
  // either way it counts the stories exactly, where Xapian's collapse of a
  // pruned match estimates. Searches with remote shards and no boost count
  // in the page's match.
  // A collapsed search over local databases is counted so even without
  // facets: the count makes `found` and each story's copies exact, where
  // Xapian's collapse of a pruned match estimates them (200 stories for 642
  // on Reuters), and with columns it decides how the page is collapsed
  // (below). Without columns each match's collapse key is read from its
  // slot: 309,300 matches on Reuters 20x took 18 -> 82 ms.
  const bool counted = !spy_kinds.empty() || (collapse && !has_remote_);
  Xapian::Query unboosted;
  bool split = counted && QueryBuilder::split_phrase_boost(text_query, &unboosted);
  if (!split && counted && !has_remote_) {
    unboosted = text_query;
    split = true;
  }
  std::unique_ptr<CollapseCounter> keys;  // each key's matches, when counted
  const Xapian::doccount exact =
      split ? count_facets(unboosted, filter, &facets, collapse, &keys) : 0;
  if (keys && use_columns()) {
    enquire.set_collapse_key(Xapian::BAD_VALUENO);
    collapse_column = doc_values_->column(shards_[0], schema::kSlotCollapse);
    copies_per_story = exact > 0 ? static_cast<double>(keys->matches()) / exact : 1;
    // Where stories have many copies (among the matches, or in the whole
    // index when nothing matches), the page matches one copy per story, its
    // lead (story_leads.h): a plain top-N match that Xapian prunes, where a
    // collapse ranks every copy of each story it keeps (310 matches for a
    // page of 10 stories of 20 copies, each weighing the phrase boost).
    std::shared_ptr<const StoryLeads> all_leads;
    double per_story = copies_per_story;
    if (exact == 0) {
      all_leads = doc_values_->leads(shards_[0], schema::kSlotCollapse);
      per_story = static_cast<double>(db_.get_doccount()) / std::max(1U, all_leads->count());
    }
    if (per_story >= kLeadsFromCopies) {
      leads = all_leads ? all_leads : doc_values_->leads(shards_[0], schema::kSlotCollapse);
      leads_query = Xapian::Query((new LeadsSource(leads))->release());
    }
  }
  const bool may_fill =
      !seed && !request.query.empty() && QueryBuilder::count_terms(text_query) > 1;
  // The page from all the words, unless the count says a fill replaces it.
  Xapian::MSet mset;
  // The count knows `found` and each story's copies, unless Xapian's collapse
  // (remote shards) counted them.
  const bool page_counted = split && (keys != nullptr || !collapse);
  // Ranked by relevance over one local database, the phrase boost is
  // weighed on the page's best matches only (rescore.h) where more articles
  // have all the words
  // than the window holds: the boost inside the match checks the phrase
  // only in those, so with fewer, rescoring would save nothing.
  // Over story leads the page sees one article per story.
  Xapian::Query page_base = text_query, page_boost;
  const Xapian::doccount page_matches = keys && !leads ? keys->matches() : exact;
  if (request.sort == SortOrder::kRelevance && !has_remote_ && shards_.size() == 1 && split &&
      page_matches > kRescoreWindow) {
    QueryBuilder::split_phrase_boost(text_query, &page_base, &page_boost);
  }
  if (!split || !may_fill || exact >= first + count) {
    mset = run_query(page_base, page_boost, !split, page_counted);
  }
  const Xapian::doccount matches = split ? exact : mset.get_matches_lower_bound();
  bool filled = false;
  Xapian::Query facet_text = split ? unboosted : text_query;
  if (may_fill && matches < first + count) {
    // Fewer articles have all the words than the page asks for: fill it with
    // articles that have some of them, those with all of them still first
    // (Typesense's drop_tokens_threshold, at the end of the page). Facets
    // keep counting the articles with all the words.
    const bool none = matches == 0;
    AnyWords flat;
    const Xapian::Query any = builder.parse(request.query, false, nullptr, &flat);
    // Plain words over one local database, ranked by relevance, with no
    // filter and no collapse by Xapian: Xapian weighs only the candidates
    // that any_words.h picks, where it would weigh every article with a word.
    if (flat.parts > 0 && use_columns() && filter.empty() &&
        request.sort == SortOrder::kRelevance && (!collapse || collapse_column)) {
      lengths = doc_values_->lengths(shards_[0]);
      any_words = &flat;
    }
    // The phrase needs all the words, which fewer articles than the page
    // have: it is weighed inside the match.
    mset = run_query(Xapian::Query(Xapian::Query::OP_AND_MAYBE, any, text_query), Xapian::Query(),
                     false, false);
    any_words = nullptr;
    filled = true;
    if (none && !spy_kinds.empty()) {
      // No article has them all: the facets count the articles with the
      // longest leading run of the words that some article has (Typesense
      // drops words from the end), never every article with any word, which
      // on a large index means visiting most of it.
      facet_text = builder.leading_words_query(request.query, filter);
      if (!facet_text.empty()) count_facets(facet_text, filter, &facets, false);
    }
  }

  SearchResponse response;
  response.query = request.query;
  response.offset = request.offset;
  response.limit = request.limit;
  // A fill collapsed here: exact if its window held every match, else
  // Xapian's estimate of the uncollapsed matches less the copies. A fill
  // over story leads: the stories with any of the words (estimated), those
  // with all of them included.
  // A fill ranked from its candidates counts its matches itself: the
  // restricted match knows only the candidates.
  const Xapian::doccount fill_matches = lengths ? any_top.matches : mset.get_matches_estimated();
  response.found = split && !filled ? exact
                   : leads          ? std::max(exact, fill_matches)
                   : !from_picked   ? fill_matches
                   : window_complete
                       ? window_stories
                       : static_cast<Xapian::doccount>(fill_matches / copies_per_story);
  if (!suggestion.empty() && suggestion != request.query) response.suggestion = suggestion;

  struct Candidate {
    Xapian::MSetIterator it;
    double score;
  };
  std::vector<Candidate> candidates;
  if (from_picked) {
    for (size_t i = first; i < picked.size(); ++i)
      candidates.push_back({picked[i].it, picked[i].weight});
  } else {
    for (const RankedMatch& r : ranked) candidates.push_back({r.it, r.weight});
  }
  if (rerank && !candidates.empty()) {
    const double best = mset.get_max_attained();
    const RecencyDecay decay(db_.get_value_upper_bound(schema::kSlotDate),
                             request.recency_half_life_days);
    for (Candidate& c : candidates) {
      if (seed) {
        c.score = similar_score(c.score, best, seed->entity_ids,
                                document_entity_ids(c.it.get_document()));
      }
      if (recency) c.score *= decay.factor(c.it.get_document().get_value(schema::kSlotDate));
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    const size_t from = std::min(request.offset, candidates.size());
    const size_t to = std::min(request.offset + request.limit, candidates.size());
    candidates = std::vector<Candidate>(candidates.begin() + from, candidates.begin() + to);
  }

  // A filled page collapsed here: the copies in its window (a lower bound,
  // as Xapian's collapse count of a pruned match is).
  auto window_copies_of = [&](Xapian::docid did) -> Xapian::doccount {
    const auto it = window_copies.find(collapse_column->ord(did));
    return it == window_copies.end() || it->second == 0 ? 0 : it->second - 1;
  };
  auto leads_copies_of = [&](Xapian::docid did) -> Xapian::doccount {
    const Xapian::doccount n = leads->copies(collapse_column->ord(did));
    return n == 0 ? 0 : n - 1;
  };
  const Snippeter snippeter(enquire.get_query(), mset, Xapian::Stem("english"), page_boost,
                            boost_weighed ? &boost_mset : nullptr);
  SnippetMarkup plain;  // "more like this": the lead, without highlights
  plain.open = plain.close = "";
  size_t rank = request.offset;
  for (const Candidate& c : candidates) {
    const schema::StoredArticle stored =
        schema::parse_stored_article(c.it.get_document().get_data());
    Hit hit;
    hit.rank = ++rank;
    hit.score = c.score;
    hit.id = stored.id;
    hit.title = stored.title;
    hit.url = stored.url;
    hit.source = stored.source;
    hit.date = stored.date.substr(0, 10);
    hit.snippet = seed
                      ? snippeter.make(stored.body.substr(0, kSnippetLength), kSnippetLength, plain)
                      : snippeter.make(stored.body, kSnippetLength);
    hit.entities = stored.entities;
    // The page's match is pruned, so Xapian saw only the copies that
    // ranked high enough; the count over every match knows them all.
    // A fill over story leads: the story's other copies in the index.
    hit.copies = !request.collapse ? 0
                 : keys && !filled ? keys->copies_of(c.it.get_document())
                 : leads           ? leads_copies_of(*c.it)
                 : from_picked     ? window_copies_of(*c.it)
                                   : c.it.get_collapse_count();
    response.hits.push_back(std::move(hit));
  }
  for (const std::string& kind : kinds) {
    FacetSelection selection;
    selection.size = request.facet_size;
    selection.chronological = kind == "date";
    for (const Filter& p : request.facet_prefixes) {
      if (p.kind == kind) selection.prefix = p.value;
    }
    FacetResult result;
    result.kind = kind;
    const auto spy = std::find(spy_kinds.begin(), spy_kinds.end(), kind);
    if (spy == spy_kinds.end()) {
      result.values = facet_values_from_terms(kind, selection, &result.distinct);
      response.facets.push_back(std::move(result));
      continue;
    }
    FacetTally tally = facets.tally(static_cast<size_t>(spy - spy_kinds.begin()));
    // A kind with an active filter is counted without its own filter, so
    // that a page can offer the other values of that kind (disjunctive).
    if (filters.by_kind.count(kind) > 0) {
      tally = count_without_own_filter(facet_text, filters.combined(kind), kind, daily);
    }
    result.values = select_facet_values(
        kind, tally, selection, [this](const std::string& id) { return facet_name(id); },
        &result.distinct);
    response.facets.push_back(std::move(result));
  }
  response.took_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return response;
}

}  // namespace news
