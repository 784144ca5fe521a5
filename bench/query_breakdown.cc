// query_breakdown: where a search's time goes. Repeats the steps of
// SearchEngine::run (searcher/search_engine.cc, relevance order, no filters)
// with the searcher's own public pieces (QueryBuilder, FacetCollector,
// parse_stored_article) and times each step per query, plus alternatives
// for the costly steps, so that a proposed change comes with its gain.
// It mirrors search_engine.cc as of the commit that added
// QueryBuilder::leading_words_query (one match with the facet spies; a fill
// without spies and without the any-word form's phrase boost; facets over the
// leading words when no article has them all; collapse only when the index
// has copies); snippets by news::Snippeter and facet names from the
// metadata as of the compact facet slots. Step 2 matches the boosted query
// once, with the spies (run() since a9d62f4 counts a phrase-boosted query
// without its boost and takes the page from a second, pruned match; since
// de6023e a long-lived engine counts every query so, from in-memory slot
// columns, and collapses the page itself: step 7b times that count; where
// stories have many copies its fill matches story leads: step 3b; since
// 710b115 it ranks a fill of plain words from the candidates that
// any_words.h picks: step 3c, without collapse). If run() changes, update
// the steps here.
//
// usage: query_breakdown --db DIR QUERIES [--facets KIND,KIND] [--passes N]
//
// Prints, per step, the number of queries that took it, the sum over them
// of each query's median time over the passes (after one warm-up pass), and
// the p50 and p95 of those medians.
#include <xapian.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "bench/latency_stats.h"
#include "common/entities/entity_extractor.h"
#include "common/index/index_schema.h"
#include "searcher/any_words.h"
#include "searcher/column_spy.h"
#include "searcher/doc_values.h"
#include "searcher/facet_spy.h"
#include "searcher/query_builder.h"
#include "searcher/rescore.h"
#include "searcher/snippet.h"
#include "searcher/spelling.h"
#include "searcher/story_leads.h"

namespace {

using Clock = std::chrono::steady_clock;

// Step name -> per query -> per pass ms.
using Timings = std::map<std::string, std::vector<std::vector<double>>>;

class Stopwatch {
 public:
  Stopwatch(Timings* t, size_t query, size_t queries) : t_(t), query_(query), queries_(queries) {}
  // Runs f and records its time under `step`.
  template <typename F>
  auto time(const std::string& step, F&& f) {
    const auto t0 = Clock::now();
    struct Record {
      Stopwatch* self;
      const std::string& step;
      Clock::time_point t0;
      ~Record() {
        auto& per_query = (*self->t_)[step];
        per_query.resize(self->queries_);
        per_query[self->query_].push_back(
            std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
      }
    } record{this, step, t0};
    return f();
  }

 private:
  Timings* t_;
  size_t query_, queries_;
};

constexpr size_t kSnippetLength = 240;    // as search_engine.cc
constexpr size_t kExactFoundBelow = 100;  // as search_engine.cc

}  // namespace

int main(int argc, char** argv) {
  std::string db_path, queries_path;
  std::vector<std::string> kinds = {"country", "date"};
  int passes = 3;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--db" && i + 1 < argc) {
      db_path = argv[++i];
    } else if (arg == "--facets" && i + 1 < argc) {
      kinds.clear();
      std::istringstream in(argv[++i]);
      for (std::string k; std::getline(in, k, ',');) {
        if (!k.empty()) kinds.push_back(k);
      }
    } else if (arg == "--passes" && i + 1 < argc) {
      passes = std::atoi(argv[++i]);
    } else if (!arg.empty() && arg[0] != '-') {
      queries_path = arg;
    }
  }
  if (db_path.empty() || queries_path.empty() || passes < 1) {
    std::cerr << "usage: query_breakdown --db DIR QUERIES [--facets KIND,KIND] [--passes N]\n";
    return 2;
  }
  std::vector<std::string> queries;
  std::ifstream in(queries_path);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) queries.push_back(line);
  }
  try {
    const Xapian::Database db(db_path);
    news::EntityExtractor extractor;
    const news::SearchLimits limits;
    const Xapian::Stem stemmer("english");
    // Only articles with copies carry a collapse key (index_writer.cc).
    const bool collapse = db.get_value_freq(news::schema::kSlotCollapse) > 0;
    // Facet display names from the metadata (the searcher caches them).
    const news::FacetNames names = [&db](const std::string& id) {
      return db.get_metadata(news::schema::facet_name_key(id));
    };
    // Columns load in the warm-up pass, as in a server's first search.
    news::DocValues columns;
    Timings timings;
    size_t fills = 0, errors = 0, sink = 0;
    for (int pass = 0; pass <= passes; ++pass) {
      Timings pass_timings;
      for (size_t qi = 0; qi < queries.size(); ++qi) {
        Stopwatch sw(&pass_timings, qi, queries.size());
        const std::string& q = queries[qi];
        news::QueryBuilder builder(db, extractor, limits);
        std::string suggestion;
        Xapian::Query text;
        try {
          text = sw.time("1 parse (QueryParser, entity aliases, spelling)",
                         [&] { return builder.parse(q, true, &suggestion); });
        } catch (const news::QueryError&) {
          if (pass == 0) ++errors;
          continue;
        }
        sw.time("1a of which: spelling suggestion", [&] { return news::suggest_spelling(db, q); });
        Xapian::Enquire enquire(db);
        if (collapse) enquire.set_collapse_key(news::schema::kSlotCollapse);
        news::FacetCollector facets(kinds, false, false);
        auto match = [&](const Xapian::Query& query, bool count_facets) {
          enquire.set_query(query);
          if (count_facets) {
            facets.attach(&enquire);
          } else {
            enquire.clear_matchspies();
          }
          const Xapian::doccount check = count_facets && !kinds.empty()
                                             ? db.get_doccount()
                                             : static_cast<Xapian::doccount>(kExactFoundBelow);
          return enquire.get_mset(0, 10, check);
        };
        // One match with the facet spies; a short page of a query of several
        // words is filled by the any-word query (no spies, no spelling); when
        // no article has all the words, the facets count the leading words'
        // matches instead.
        const bool one_word = news::QueryBuilder::count_terms(text) <= 1;
        Xapian::MSet mset = sw.time(one_word ? "2 one-word query: match with facet spies"
                                             : "2 all words: match with facet spies",
                                    [&] { return match(text, true); });
        if (!one_word && mset.get_matches_lower_bound() < 10) {
          if (pass == 0) ++fills;
          const bool none = mset.get_matches_lower_bound() == 0;
          mset = sw.time("3 fill: any-word query parsed and matched, no spies", [&] {
            const Xapian::Query any = builder.parse(q, false, nullptr);
            return match(Xapian::Query(Xapian::Query::OP_AND_MAYBE, any, text), false);
          });
          sw.time("3c the fill from its candidates (any_words.h, as the server since 710b115)",
                  [&] {
                    news::AnyWords flat;
                    const Xapian::Query any = builder.parse(q, false, nullptr, &flat);
                    const Xapian::Query fill(Xapian::Query::OP_AND_MAYBE, any, text);
                    Xapian::Enquire e(db);
                    if (flat.parts == 0) {  // not plain words: Xapian's fill
                      e.set_query(fill);
                      return e.get_mset(0, 10, kExactFoundBelow).size();
                    }
                    const news::AnyWordsTop top =
                        news::top_any_words(db, *columns.lengths(db), flat, 10, nullptr);
                    e.set_query(
                        Xapian::Query(Xapian::Query::OP_FILTER, fill,
                                      Xapian::Query((new news::DocSetSource(top.ids))->release())));
                    return e.get_mset(0, 10, kExactFoundBelow).size();
                  });
          if (collapse) {
            sw.time("3b the same over story leads, uncollapsed (as the server fills)", [&] {
              const Xapian::Query any = builder.parse(q, false, nullptr);
              const Xapian::Query leads(
                  (new news::LeadsSource(columns.leads(db, news::schema::kSlotCollapse)))
                      ->release());
              Xapian::Enquire e(db);
              e.set_query(Xapian::Query(Xapian::Query::OP_FILTER,
                                        Xapian::Query(Xapian::Query::OP_AND_MAYBE, any, text),
                                        leads));
              return e.get_mset(0, 10, kExactFoundBelow).size();
            });
          }
          if (none && !kinds.empty()) {
            sw.time("3a no article has all the words: leading words, facets over them", [&] {
              const Xapian::Query leading = builder.leading_words_query(q, Xapian::Query());
              if (leading.empty()) return 0U;
              Xapian::Enquire e(db);
              e.set_query(leading);
              news::FacetCollector f(kinds, false, false);
              f.attach(&e);
              e.get_mset(0, 0, db.get_doccount());
              return e.get_mset(0, 0).get_matches_estimated();
            });
          }
        }
        if (!kinds.empty()) {
          double copies_per_story = 1;
          Xapian::doccount all_matches = 0;  // articles with all the words (copies too)
          // The remote path's counting (one ValueCountMatchSpy per kind over
          // whole slot values, split afterwards) on the same query, and ours.
          const Xapian::Query same = enquire.get_query();
          auto count_with = [&](const std::string& step, bool value_count_spy) {
            sw.time(step, [&] {
              Xapian::Enquire e(db);
              if (collapse) e.set_collapse_key(news::schema::kSlotCollapse);
              e.set_query(same);
              news::FacetCollector f(kinds, value_count_spy, false);
              f.attach(&e);
              const size_t n = e.get_mset(0, 10, db.get_doccount()).size();
              for (size_t k = 0; k < kinds.size(); ++k) sink += f.tally(k).size();
              return n;
            });
          };
          count_with("7 alternative: step 2/3's facet match counted by ValueCountMatchSpy", true);
          count_with("7a the same with our FacetSpy (as a one-off search counts)", false);
          sw.time("7b the same unweighted, from in-memory columns (as the server counts)", [&] {
            Xapian::Enquire e(db);
            e.set_query(same);
            e.set_weighting_scheme(Xapian::BoolWeight());
            news::FacetCollector f(kinds, false, false);
            f.use_columns(&columns, db);
            f.attach(&e);
            std::unique_ptr<news::CollapseCounter> keys;
            if (collapse) {
              keys = std::make_unique<news::CollapseCounter>(
                  columns.column(db, news::schema::kSlotCollapse));
              e.add_matchspy(keys.get());
            }
            all_matches = e.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
            for (size_t k = 0; k < kinds.size(); ++k) sink += f.tally(k).size();
            if (keys && keys->count() > 0) {
              copies_per_story = static_cast<double>(keys->matches()) / keys->count();
            }
            return keys ? keys->count() : 0U;
          });
          // The server's page after a count from the columns: a window of
          // the best uncollapsed matches, 10 + 10 * copies per story * 1.5
          // wide, with the phrase boost and without.
          const auto span = static_cast<Xapian::doccount>(10 + 10 * copies_per_story * 1.5);
          Xapian::Query base, phrase;
          const bool boosted = news::QueryBuilder::split_phrase_boost(same, &base, &phrase);
          auto window = [&](const std::string& step, const Xapian::Query& query) {
            sw.time(step, [&] {
              Xapian::Enquire e(db);
              e.set_query(query);
              return e.get_mset(0, span, span).size();
            });
          };
          window("7c the page: uncollapsed window of the best matches (as the server)", same);
          if (boosted) {
            window("7c' the same, on the queries with a phrase boost only", same);
            window("7d the same without the phrase boost", base);
            // Where more than 300 articles have all the words, the server
            // weighs the boost on the best 300 only (rescore.h, since
            // a07a46f); 7g is the page so, 7f the same queries
            // with the boost inside the match.
            if (all_matches > 300) {
              window("7f over 300 articles with all the words: the boost inside the match", same);
              sw.time("7g the same, the boost rescored on the best 300 (as the server)", [&] {
                Xapian::Enquire e(db);
                e.set_query(base);
                const Xapian::doccount r = std::max<Xapian::doccount>(span, 300);
                const Xapian::MSet m = e.get_mset(0, r, r);
                return news::rescore(db, m, phrase, 300).size();
              });
            }
          }
          if (collapse) {
            sw.time("7e the page over story leads instead (top 10, uncollapsed)", [&] {
              Xapian::Enquire e(db);
              e.set_query(Xapian::Query(Xapian::Query::OP_FILTER, same,
                                        Xapian::Query((new news::LeadsSource(columns.leads(
                                                           db, news::schema::kSlotCollapse)))
                                                          ->release())));
              return e.get_mset(0, 10, 10).size();
            });
          }
        }
        std::vector<news::schema::StoredArticle> stored = sw.time("4 document data (parsed)", [&] {
          std::vector<news::schema::StoredArticle> out;
          for (auto it = mset.begin(); it != mset.end(); ++it) {
            out.push_back(news::schema::parse_stored_article(it.get_document().get_data()));
          }
          return out;
        });
        // Each variant on a fresh MSet of the same query: an MSet caches the
        // term frequencies its snippets look up, which would favour the
        // later variants.
        const Xapian::Query final_query = enquire.get_query();
        auto snippets = [&](const std::string& step, unsigned flags, size_t body_bytes) {
          const Xapian::MSet fresh = match(final_query, false);
          sw.time(step, [&] {
            for (const auto& s : stored) {
              sink += fresh
                          .snippet(s.body.substr(0, body_bytes), kSnippetLength, stemmer, flags,
                                   "<mark>", "</mark>", "...")
                          .size();
            }
            return 0;
          });
        };
        {
          const Xapian::MSet fresh = match(final_query, false);
          sw.time("5 snippets (news::Snippeter, as the searcher)", [&] {
            const news::Snippeter snippeter(final_query, fresh, stemmer);
            for (const auto& s : stored) sink += snippeter.make(s.body, kSnippetLength).size();
            return 0;
          });
        }
        snippets("5a alternative: Xapian's MSet::snippet, default flags (before Snippeter)", 0,
                 std::string::npos);
        snippets("5b alternative: MSet::snippet EXHAUSTIVE (before 9d57f90)",
                 Xapian::MSet::SNIPPET_EXHAUSTIVE, std::string::npos);
        snippets("5c alternative: MSet::snippet BACKGROUND_MODEL | EXHAUSTIVE (before eb8ae4d)",
                 Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
                 std::string::npos);
        sw.time("6 facet values (tally, top 10)", [&] {
          for (size_t i = 0; i < kinds.size(); ++i) {
            news::FacetSelection selection;
            selection.chronological = kinds[i] == "date";
            size_t distinct = 0;
            sink +=
                news::select_facet_values(kinds[i], facets.tally(i), selection, names, &distinct)
                    .size();
          }
          return 0;
        });
      }
      if (pass == 0) continue;  // warm-up
      for (auto& [step, per_query] : pass_timings) {
        auto& all = timings[step];
        all.resize(queries.size());
        for (size_t qi = 0; qi < per_query.size(); ++qi) {
          for (double ms : per_query[qi]) all[qi].push_back(ms);
        }
      }
    }
    std::printf("%zu queries, %d timed passes, facets:", queries.size(), passes);
    for (const std::string& k : kinds) std::printf(" %s", k.c_str());
    std::printf("; %zu queries took the fill step, %zu query errors\n\n", fills, errors);
    std::printf(
        "| step | queries | sum of per-query medians ms | p50 ms | p95 ms (of the queries with the "
        "step) |\n");
    std::printf("|---|--:|--:|--:|--:|\n");
    for (const auto& [step, per_query] : timings) {
      std::vector<double> medians;
      double sum = 0;
      for (const auto& v : per_query) {
        if (v.empty()) continue;
        medians.push_back(news::bench::nearest_rank(v, 0.5));
        sum += medians.back();
      }
      std::printf("| %s | %zu | %.1f | %.3f | %.3f |\n", step.c_str(), medians.size(), sum,
                  news::bench::nearest_rank(medians, 0.5),
                  news::bench::nearest_rank(medians, 0.95));
    }
    std::printf("\nchecksum=%zu\n", sink % 10);
    return 0;
  } catch (const Xapian::Error& e) {
    std::cerr << "query_breakdown: error: " << e.get_description() << "\n";
  }
  return 3;
}
