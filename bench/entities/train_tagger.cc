// train_tagger: trains the name tagger of common/entities/tagger.h (an
// averaged perceptron, greedy decoding) on GUM's train split and writes the
// model file that the library compiles in.
//
// Usage: train_tagger GUM_DIR OUT_MODEL [--epochs N] [--min-weight W] [--dropout P]
//                     [--check SPLIT [--verbose 1]]
//
// GUM_DIR holds train/ (and dev/) with .conllu files. Gold labels come from
// the named mentions of gum_corpus.h (person, organization, place; nested
// mentions give way to the longest one). Features whose averaged weights
// are all below --min-weight (default 0.3) are pruned; weights are stored
// as integers x1000. --check SPLIT prints span precision/recall of the
// trained model on that split (tokens of candidate words only).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "bench/entities/gum_corpus.h"
#include "common/entities/lexicon.h"
#include "common/entities/tagger.h"
#include "common/entities/tokenizer.h"

namespace {

using news::entities::Label;
using news::entities::Tagger;
using news::entities::Token;

struct Example {
  std::string text;  // owns the bytes the tokens point into
  std::vector<Token> toks;
  std::vector<Label> gold;
};

Label begin_label(const std::string& type) {
  if (type == "person") return news::entities::kBPer;
  if (type == "organization") return news::entities::kBOrg;
  return news::entities::kBLoc;
}

void make_example(const news::gum::Document& d, Example* ex) {
  ex->text = d.text;
  news::entities::tokenize(ex->text, &ex->toks);
  const size_t n = ex->toks.size();
  ex->gold.assign(n, news::entities::kO);
  std::vector<news::gum::Span> spans = d.spans;
  std::stable_sort(spans.begin(), spans.end(),
                   [](const auto& a, const auto& b) { return a.end - a.begin > b.end - b.begin; });
  std::vector<int> owner(n, -1);
  for (size_t s = 0; s < spans.size(); ++s) {
    std::vector<size_t> in;
    bool free = true;
    for (size_t i = 0; i < n; ++i) {
      const size_t b = ex->toks[i].begin;
      if (b >= spans[s].begin && b < spans[s].end) {
        in.push_back(i);
        if (owner[i] >= 0) free = false;
      }
    }
    if (!free || in.empty()) continue;
    const Label bl = begin_label(spans[s].type);
    for (size_t k = 0; k < in.size(); ++k) {
      owner[in[k]] = static_cast<int>(s);
      ex->gold[in[k]] = k == 0 ? bl : static_cast<Label>(bl + 1);
    }
  }
  // Only candidates are tagged: an I- label whose previous token is not a
  // candidate of the same span opens the span.
  for (size_t i = 0; i < n; ++i) {
    if (!Tagger::candidate(ex->toks, i)) {
      ex->gold[i] = news::entities::kO;
      continue;
    }
    const Label g = ex->gold[i];
    if (g == news::entities::kIPer || g == news::entities::kIOrg || g == news::entities::kILoc) {
      if (i == 0 || !Tagger::candidate(ex->toks, i - 1) || owner[i - 1] != owner[i])
        ex->gold[i] = static_cast<Label>(g - 1);
    }
  }
}

struct Row {
  float w[news::entities::kLabels] = {};
  float total[news::entities::kLabels] = {};
  long stamp[news::entities::kLabels] = {};
};

class Perceptron {
 public:
  void score(const std::vector<uint64_t>& feats, float* s) const {
    for (uint64_t f : feats) {
      auto it = rows_.find(f);
      if (it == rows_.end()) continue;
      for (int l = 0; l < news::entities::kLabels; ++l) s[l] += it->second.w[l];
    }
  }
  void update(const std::vector<uint64_t>& feats, int label, float delta) {
    for (uint64_t f : feats) {
      Row& r = rows_[f];
      r.total[label] += static_cast<float>(time_ - r.stamp[label]) * r.w[label];
      r.stamp[label] = time_;
      r.w[label] += delta;
    }
  }
  void tick() { ++time_; }
  // Averaged weights.
  std::unordered_map<uint64_t, std::vector<float>> average() const {
    std::unordered_map<uint64_t, std::vector<float>> out;
    for (const auto& [f, r] : rows_) {
      std::vector<float> avg(news::entities::kLabels);
      for (int l = 0; l < news::entities::kLabels; ++l) {
        const float total = r.total[l] + static_cast<float>(time_ - r.stamp[l]) * r.w[l];
        avg[static_cast<size_t>(l)] = total / static_cast<float>(time_ > 0 ? time_ : 1);
      }
      out.emplace(f, std::move(avg));
    }
    return out;
  }

 private:
  std::unordered_map<uint64_t, Row> rows_;
  long time_ = 0;
};

void train_epoch(const std::vector<Example>& exs, const std::vector<size_t>& order,
                 const news::entities::Lexicon& lex, double dropout, std::mt19937* rng,
                 Perceptron* p) {
  std::vector<uint64_t> feats;
  std::uniform_real_distribution<double> drop(0.0, 1.0);
  for (size_t e : order) {
    const Example& ex = exs[e];
    news::entities::TagContext ctx(ex.toks);
    Label prev = news::entities::kO;
    for (size_t i = 0; i < ex.toks.size(); ++i) {
      if (!Tagger::candidate(ex.toks, i)) {
        prev = news::entities::kO;
        continue;
      }
      Tagger::features(ex.toks, lex, i, prev, ctx, &feats, drop(*rng) >= dropout);
      float s[news::entities::kLabels] = {};
      p->score(feats, s);
      int best = 0;
      for (int l = 1; l < news::entities::kLabels; ++l) {
        if (s[l] > s[best]) best = l;
      }
      p->tick();
      const int gold = ex.gold[i];
      if (best != gold) {
        p->update(feats, gold, 1.0f);
        p->update(feats, best, -1.0f);
      }
      prev = static_cast<Label>(best);
      ctx.record(ex.toks[i], prev);
    }
  }
}

// Span precision and recall of `tagger` on `exs`.
void check(const std::vector<Example>& exs, const Tagger& tagger,
           const news::entities::Lexicon& lex, bool verbose) {
  const char* names[] = {"person", "org", "place"};
  long tp[3] = {}, np[3] = {}, ng[3] = {};
  std::vector<Label> labels;
  for (const Example& ex : exs) {
    tagger.tag(ex.toks, lex, &labels);
    const auto pred = Tagger::spans(labels);
    const auto gold = Tagger::spans(ex.gold);
    for (const auto& s : pred) np[static_cast<int>(s.type)]++;
    for (const auto& g : gold) {
      ng[static_cast<int>(g.type)]++;
      bool found = false;
      for (const auto& s : pred) {
        if (s.first == g.first && s.last == g.last && s.type == g.type) found = true;
      }
      if (found) tp[static_cast<int>(g.type)]++;
      if (!found && verbose) {
        std::string words;
        for (uint32_t k = g.first; k < g.last; ++k) words += std::string(ex.toks[k].text) + " ";
        std::string got;
        for (uint32_t k = g.first; k < g.last; ++k) got += std::to_string(labels[k]);
        std::printf("  missed %s: %s[%s]\n", names[static_cast<int>(g.type)], words.c_str(),
                    got.c_str());
      }
    }
  }
  for (int t = 0; t < 3; ++t) {
    const double p = np[t] ? static_cast<double>(tp[t]) / static_cast<double>(np[t]) : 0;
    const double r = ng[t] ? static_cast<double>(tp[t]) / static_cast<double>(ng[t]) : 0;
    std::printf("%-7s spans P %.3f R %.3f F1 %.3f (gold %ld)\n", names[t], p, r,
                p + r > 0 ? 2 * p * r / (p + r) : 0.0, ng[t]);
  }
}

std::vector<Example> load(const std::string& dir) {
  std::vector<news::gum::Document> docs;
  std::string error;
  if (!news::gum::read_split(dir, &docs, &error)) {
    std::fprintf(stderr, "train_tagger: %s\n", error.c_str());
    std::exit(1);
  }
  std::vector<Example> exs(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) make_example(docs[i], &exs[i]);
  return exs;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr,
                 "usage: train_tagger GUM_DIR OUT_MODEL [--epochs N] [--min-weight W] "
                 "[--check SPLIT [--verbose 1]]\n");
    return 2;
  }
  const std::string dir = argv[1];
  const std::string out_path = argv[2];
  int epochs = 10;
  double min_weight = 0.3;
  double dropout = 0.5;
  std::string check_split;
  bool verbose = false;
  for (int i = 3; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--epochs") {
      epochs = std::atoi(argv[i + 1]);
    } else if (a == "--dropout") {
      dropout = std::atof(argv[i + 1]);
    } else if (a == "--min-weight") {
      min_weight = std::atof(argv[i + 1]);
    } else if (a == "--verbose") {
      verbose = argv[i + 1][0] == '1';
    } else if (a == "--check") {
      check_split = argv[i + 1];
    } else {
      std::fprintf(stderr, "train_tagger: unknown option %s\n", a.c_str());
      return 2;
    }
  }
  const news::entities::Lexicon lex;
  const std::vector<Example> exs = load(dir + "/train");
  std::vector<size_t> order(exs.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(12345);
  Perceptron p;
  for (int e = 0; e < epochs; ++e) {
    std::shuffle(order.begin(), order.end(), rng);
    train_epoch(exs, order, lex, dropout, &rng, &p);
  }
  // Prune and quantize; sorted by key so the file is reproducible.
  const auto avg = p.average();
  std::vector<uint64_t> keys;
  for (const auto& [f, w] : avg) {
    float m = 0;
    for (float x : w) m = std::max(m, std::fabs(x));
    if (m >= min_weight) keys.push_back(f);
  }
  std::sort(keys.begin(), keys.end());
  std::string model =
      "# Name tagger of common/entities/tagger.h: averaged perceptron trained on GUM train\n"
      "# (Zeldes 2017, CC BY 4.0) by bench/entities/train_tagger; see docs/entities.md.\n"
      "# labels 0 O, 1 B-PER, 2 I-PER, 3 B-ORG, 4 I-ORG, 5 B-LOC, 6 I-LOC; key label:weight*1000\n";
  char buf[64];
  for (uint64_t f : keys) {
    std::snprintf(buf, sizeof buf, "%010llx", static_cast<unsigned long long>(f));
    std::string line = buf;
    const auto& w = avg.at(f);
    for (int l = 0; l < news::entities::kLabels; ++l) {
      const long q = std::lround(w[static_cast<size_t>(l)] * 1000.0f);
      if (q == 0) continue;
      std::snprintf(buf, sizeof buf, " %d:%ld", l, q);
      line += buf;
    }
    model += line + "\n";
  }
  std::ofstream out(out_path, std::ios::binary);
  out << model;
  if (!out) {
    std::fprintf(stderr, "train_tagger: cannot write %s\n", out_path.c_str());
    return 1;
  }
  std::printf("%zu documents, %zu features kept of %zu, %zu bytes -> %s\n", exs.size(), keys.size(),
              avg.size(), model.size(), out_path.c_str());
  const Tagger tagger(model);
  std::printf("train:\n");
  check(exs, tagger, lex, false);
  if (!check_split.empty()) {
    std::printf("%s:\n", check_split.c_str());
    check(load(dir + "/" + check_split), tagger, lex, verbose);
  }
  return 0;
}
