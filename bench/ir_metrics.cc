// Ranking-quality measures; see ir_metrics.h.
#include "bench/ir_metrics.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <iomanip>
#include <sstream>
#include <stdexcept>

namespace news::ir {

namespace {

int grade_of(const Judgments& judged, const std::string& doc_id) {
  const auto it = judged.find(doc_id);
  return it == judged.end() ? 0 : it->second;
}

size_t relevant_count(const Judgments& judged) {
  return static_cast<size_t>(
      std::count_if(judged.begin(), judged.end(), [](const auto& j) { return j.second >= 1; }));
}

}  // namespace

Qrels parse_qrels(std::istream& in, const std::string& name) {
  Qrels qrels;
  std::string line;
  for (size_t line_no = 1; std::getline(in, line); ++line_no) {
    std::istringstream fields(line);
    std::string qid, iter, doc_id, extra;
    int grade = 0;
    if (!(fields >> qid)) continue;  // blank line
    if (!(fields >> iter >> doc_id >> grade) || (fields >> extra)) {
      throw std::runtime_error(name + ":" + std::to_string(line_no) +
                               ": error: expected \"qid iter docid grade\"");
    }
    qrels[qid][doc_id] = grade;
  }
  return qrels;
}

void sort_like_trec_eval(std::vector<ScoredDoc>* run) {
  std::sort(run->begin(), run->end(), [](const ScoredDoc& a, const ScoredDoc& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.doc_id > b.doc_id;
  });
}

double average_precision(const std::vector<ScoredDoc>& run, const Judgments& judged) {
  const size_t relevant = relevant_count(judged);
  if (relevant == 0) return 0;
  double sum = 0;
  size_t found = 0;
  for (size_t i = 0; i < run.size(); ++i) {
    if (grade_of(judged, run[i].doc_id) >= 1) {
      ++found;
      sum += static_cast<double>(found) / static_cast<double>(i + 1);
    }
  }
  return sum / static_cast<double>(relevant);
}

double precision_at(const std::vector<ScoredDoc>& run, const Judgments& judged, size_t k) {
  if (k == 0) return 0;
  size_t found = 0;
  for (size_t i = 0; i < std::min(k, run.size()); ++i) {
    if (grade_of(judged, run[i].doc_id) >= 1) ++found;
  }
  return static_cast<double>(found) / static_cast<double>(k);
}

double ndcg_at(const std::vector<ScoredDoc>& run, const Judgments& judged, size_t k) {
  auto discount = [](size_t i) { return 1.0 / std::log2(static_cast<double>(i) + 2.0); };
  double dcg = 0;
  for (size_t i = 0; i < std::min(k, run.size()); ++i) {
    const int grade = grade_of(judged, run[i].doc_id);
    if (grade > 0) dcg += grade * discount(i);
  }
  std::vector<int> ideal;
  for (const auto& [doc_id, grade] : judged) {
    if (grade > 0) ideal.push_back(grade);
  }
  std::sort(ideal.rbegin(), ideal.rend());
  double idcg = 0;
  for (size_t i = 0; i < std::min(k, ideal.size()); ++i) idcg += ideal[i] * discount(i);
  return idcg > 0 ? dcg / idcg : 0;
}

Summary evaluate(const std::map<std::string, std::vector<ScoredDoc>>& runs, const Qrels& qrels) {
  Summary s;
  const std::vector<ScoredDoc> empty;
  for (const auto& [qid, judged] : qrels) {
    if (relevant_count(judged) == 0) continue;
    const auto it = runs.find(qid);
    const std::vector<ScoredDoc>& run = it == runs.end() ? empty : it->second;
    ++s.queries;
    s.map += average_precision(run, judged);
    s.p10 += precision_at(run, judged, 10);
    s.ndcg10 += ndcg_at(run, judged, 10);
  }
  if (s.queries > 0) {
    const double n = static_cast<double>(s.queries);
    s.map /= n;
    s.p10 /= n;
    s.ndcg10 /= n;
  }
  return s;
}

void write_trec_run(std::ostream& out, const std::string& query_id,
                    const std::vector<ScoredDoc>& run, const std::string& tag) {
  // Enough digits that no two different scores print alike (trec_eval
  // would reorder such false ties by document id).
  out << std::setprecision(12);
  for (size_t i = 0; i < run.size(); ++i) {
    out << query_id << " Q0 " << run[i].doc_id << " " << i + 1 << " " << run[i].score << " " << tag
        << "\n";
  }
}

std::string sanitize_query(const std::string& text) {
  std::string out;
  bool space = false;
  for (const unsigned char c : text) {
    if (c < 0x80 && std::isalnum(c)) {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += static_cast<char>(std::tolower(c));
    } else {
      space = true;
    }
  }
  return out;
}

}  // namespace news::ir
