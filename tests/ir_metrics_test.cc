// Tests of bench/ir_metrics: trec_eval's conventions on hand-computed cases.
#include "bench/ir_metrics.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <sstream>

using news::ir::ScoredDoc;

namespace {

std::vector<ScoredDoc> run_of(std::initializer_list<const char*> ids) {
  std::vector<ScoredDoc> run;
  double score = 100;
  for (const char* id : ids) run.push_back({id, score--});
  return run;
}

}  // namespace

TEST_CASE("average precision over the relevant documents, found or not") {
  // Relevant: a, c, e (e never retrieved). Found at ranks 1 and 3.
  const news::ir::Judgments judged = {{"a", 1}, {"c", 2}, {"e", 1}, {"b", 0}};
  const auto run = run_of({"a", "b", "c", "d"});
  CHECK(news::ir::average_precision(run, judged) == Approx((1.0 / 1 + 2.0 / 3) / 3));
  CHECK(news::ir::precision_at(run, judged, 10) == Approx(0.2));  // divides by k
  CHECK(news::ir::precision_at(run, judged, 2) == Approx(0.5));
  CHECK(news::ir::average_precision(run, {{"b", 0}}) == 0);
}

TEST_CASE("nDCG with linear gains against the ideal order of the judged grades") {
  const news::ir::Judgments judged = {{"a", 1}, {"b", 3}, {"c", 2}, {"z", 0}};
  const auto run = run_of({"a", "z", "b"});
  const double dcg = 1 / std::log2(2.0) + 3 / std::log2(4.0);
  const double idcg = 3 / std::log2(2.0) + 2 / std::log2(3.0) + 1 / std::log2(4.0);
  CHECK(news::ir::ndcg_at(run, judged, 10) == Approx(dcg / idcg));
  CHECK(news::ir::ndcg_at(run, judged, 1) == Approx(1.0 / 3.0));
  CHECK(news::ir::ndcg_at(run_of({"b", "c", "a"}), judged, 10) == Approx(1.0));
  CHECK(news::ir::ndcg_at(run, {{"z", 0}}, 10) == 0);
}

TEST_CASE("ties are broken by document id descending, as trec_eval does") {
  std::vector<ScoredDoc> run = {{"10", 1.0}, {"9", 2.0}, {"2", 1.0}, {"3", 1.0}};
  news::ir::sort_like_trec_eval(&run);
  REQUIRE(run.size() == 4);
  CHECK(run[0].doc_id == "9");
  CHECK(run[1].doc_id == "3");
  CHECK(run[2].doc_id == "2");
  CHECK(run[3].doc_id == "10");
}

TEST_CASE("means over the queries that have a relevant document") {
  std::istringstream in("1 0 a 1\n1 0 b 0\n\n2 0 c 0\n3 0 d 2\n");
  const news::ir::Qrels qrels = news::ir::parse_qrels(in, "qrels.txt");
  REQUIRE(qrels.size() == 3);
  // Query 2 has no relevant document: left out. Query 3 has no run: zeros.
  const news::ir::Summary s = news::ir::evaluate({{"1", run_of({"b", "a"})}}, qrels);
  CHECK(s.queries == 2);
  CHECK(s.map == Approx(0.25));
  CHECK(s.p10 == Approx(0.05));
}

TEST_CASE("a malformed qrels line names the file and the line") {
  std::istringstream in("1 0 a 1\n1 0 b\n");
  CHECK_THROWS_WITH(news::ir::parse_qrels(in, "q.txt"),
                    "q.txt:2: error: expected \"qid iter docid grade\"");
}

TEST_CASE("TREC run lines with ranks from 1") {
  std::ostringstream out;
  news::ir::write_trec_run(out, "7", {{"d1", 2.5}, {"d2", 1.25}}, "ours");
  CHECK(out.str() == "7 Q0 d1 1 2.5 ours\n7 Q0 d2 2 1.25 ours\n");
}

TEST_CASE("queries lose operators, punctuation and case the same way for both systems") {
  CHECK(news::ir::sanitize_query("What is \"information science\"? (Give AND/OR NOT)") ==
        "what is information science give and or not");
  CHECK(news::ir::sanitize_query("  non-linear, title:x  +y -z ") == "non linear title x y z");
  CHECK(news::ir::sanitize_query("?!") == "");
}
