// Ranking-quality measures with trec_eval's conventions (MAP, P@k, nDCG@k),
// TREC qrels and run files, and the query clean-up both ranked systems of
// bench/ranking_eval share.
#ifndef NEWS_BENCH_IR_METRICS_H_
#define NEWS_BENCH_IR_METRICS_H_

#include <istream>
#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace news::ir {

// Judgments of one query: document id -> grade. Grade >= 1 is relevant;
// grade 0 is judged and not relevant.
using Judgments = std::map<std::string, int>;
// Query id -> its judgments.
using Qrels = std::map<std::string, Judgments>;

// Reads TREC qrels ("qid iter docid grade" per line; blank lines skipped).
// Throws std::runtime_error naming `name` and the line of a malformed line.
Qrels parse_qrels(std::istream& in, const std::string& name);

struct ScoredDoc {
  std::string doc_id;
  double score = 0;
};

// Orders a run as trec_eval does: score descending, ties by document id
// descending (string order), whatever order the system returned.
void sort_like_trec_eval(std::vector<ScoredDoc>* run);

// Each takes a run already in trec_eval order (sort_like_trec_eval).
// Average precision: the mean over the query's relevant documents of the
// precision at the rank where each is found (0 for those not found).
// 0 when the query has no relevant document.
double average_precision(const std::vector<ScoredDoc>& run, const Judgments& judged);
// Relevant documents among the first k, divided by k (not by the run length).
double precision_at(const std::vector<ScoredDoc>& run, const Judgments& judged, size_t k);
// nDCG@k with linear gains (the grade) and log2(rank + 1) discounts; the
// ideal ranking orders all judged grades. 0 when nothing is relevant.
double ndcg_at(const std::vector<ScoredDoc>& run, const Judgments& judged, size_t k);

struct Summary {
  size_t queries = 0;  // queries with at least one relevant document
  double map = 0, p10 = 0, ndcg10 = 0;
};

// Means over the queries of `qrels` that have a relevant document; a query
// missing from `runs` counts as an empty run (all zeros). Runs must be in
// trec_eval order.
Summary evaluate(const std::map<std::string, std::vector<ScoredDoc>>& runs, const Qrels& qrels);

// Writes one query's run as TREC lines: "qid Q0 docid rank score tag".
void write_trec_run(std::ostream& out, const std::string& query_id,
                    const std::vector<ScoredDoc>& run, const std::string& tag);

// Query text as both systems of ranking_eval see it: ASCII letters and
// digits kept (letters lower-cased), everything else a space, spaces
// collapsed. Lower case keeps QueryParser's AND/OR/NOT/NEAR inert and makes
// STEM_SOME stem every word; dropping punctuation removes quotes,
// parentheses, +/- and field prefixes. Non-ASCII bytes become spaces too
// (the IR collections are ASCII).
std::string sanitize_query(const std::string& text);

}  // namespace news::ir

#endif  // NEWS_BENCH_IR_METRICS_H_
