// entity_eval: document-level precision, recall and F1 of the entity
// extractor per kind (person, country, org) against the gold annotation of
// the GUM corpus.
//
// Usage: entity_eval GUM_DIR [--split dev|train] [--verbose] [--model FILE]
// --model uses another tagger model (from train_tagger) than the compiled-in
// one: to score a model trained on part of train on the rest of it.
// GUM_DIR holds dev/ and train/ with .conllu files. Without GUM_DIR (or if
// it does not exist) the program says so and exits 0: a skip, not a failure.
//
// Matching (see docs/entities.md): per document, gold entities are named
// GUM chains (gum_corpus.h); gold countries are place chains linked to the
// Wikipedia article of a country. A predicted person or org is correct if
// its normalized name (case and accents folded, punctuation dropped, a
// leading "the" dropped) equals a gold name or link of that kind, or, for
// people, shares the last word with it and one word set contains the other,
// or, for orgs, one contains the other as a run of at least two words, one
// is the initials of the other, or the gold name is an alias of the
// predicted known org ("Senate" for United States Senate). Precision counts
// correct predictions, recall counts gold entities matched by some
// prediction; both are summed over documents (micro average).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "bench/entities/gum_corpus.h"
#include "common/entities/entity_extractor.h"
#include "common/entities/lexicon.h"
#include "common/text_normalize.h"

namespace {

using Words = std::vector<std::string>;

Words normalize(const std::string& s) {
  const std::string f = news::fold_case_and_accents(s);
  Words out;
  std::string cur;
  for (char c : f) {
    const bool alnum =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
    if (alnum) {
      cur += c;
    } else if (c == '\'') {
      continue;
    } else if (!cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(cur);
  if (!out.empty() && out[0] == "the") out.erase(out.begin());
  if (!out.empty() && out.back() == "s" && out.size() > 1) out.pop_back();  // possessive
  return out;
}

// "John Hobhouse, 1st Baron Broughton" -> "John Hobhouse"; "Morris (cartoonist)" -> "Morris".
std::string link_name(const std::string& link) {
  std::string s = link.substr(0, link.find(" ("));
  return s.substr(0, s.find(", "));
}

bool contains_run(const Words& big, const Words& small) {
  if (small.size() > big.size()) return false;
  for (size_t i = 0; i + small.size() <= big.size(); ++i) {
    if (std::equal(small.begin(), small.end(), big.begin() + static_cast<long>(i))) return true;
  }
  return false;
}

bool subset(const Words& a, const Words& b) {
  std::set<std::string> sb(b.begin(), b.end());
  for (const auto& w : a) {
    if (!sb.count(w)) return false;
  }
  return true;
}

std::string initials(const Words& w) {
  std::string s;
  for (const auto& x : w) {
    if (x != "of" && x != "and" && x != "for" && x != "the") s += x[0];
  }
  return s;
}

bool names_match(const std::string& kind, const Words& p, const Words& g) {
  if (p.empty() || g.empty()) return false;
  if (p == g) return true;
  if (kind == "person") {
    return p.back() == g.back() && (subset(p, g) || subset(g, p));
  }
  if (p.size() >= 2 && contains_run(g, p)) return true;
  if (g.size() >= 2 && contains_run(p, g)) return true;
  if (p.size() == 1 && g.size() >= 2 && initials(g) == p[0]) return true;
  if (g.size() == 1 && p.size() >= 2 && initials(p) == g[0]) return true;
  return false;
}

struct Counts {
  int pred = 0, pred_ok = 0, gold = 0, gold_found = 0;
};

struct GoldItem {
  std::string label;
  std::vector<Words> names;
};

// True if the gold name is an alias of the known org the prediction is
// ("Senate" -> org:united-states-senate): the extractor shows known orgs by
// their full name, GUM by the words of the text.
bool alias_of(const news::entities::Lexicon& lex, const news::Entity& e, const Words& g) {
  std::string text;
  for (const auto& w : g) text += (text.empty() ? "" : " ") + w;
  const int idx = lex.org_by_alias(text);
  return idx >= 0 && e.id == "org:" + lex.orgs()[static_cast<size_t>(idx)].slug;
}

void score(const std::string& kind, const std::vector<news::Entity>& pred,
           const std::vector<GoldItem>& gold, const news::entities::Lexicon& lex, Counts* c,
           bool verbose) {
  std::vector<bool> found(gold.size(), false);
  for (const auto& e : pred) {
    if (e.kind != kind) continue;
    ++c->pred;
    const Words p = normalize(e.name);
    bool ok = false;
    for (size_t g = 0; g < gold.size(); ++g) {
      for (const Words& gn : gold[g].names) {
        if (names_match(kind, p, gn) || (kind == "org" && alias_of(lex, e, gn))) {
          ok = true;
          found[g] = true;
        }
      }
    }
    if (ok) ++c->pred_ok;
    if (verbose) std::printf("  %s %s: %s\n", ok ? "TP" : "FP", kind.c_str(), e.name.c_str());
  }
  for (size_t g = 0; g < gold.size(); ++g) {
    ++c->gold;
    if (found[g]) ++c->gold_found;
    if (verbose && !found[g]) {
      // The names as the text gives them, to tell why the extractor missed it.
      std::set<std::string> seen;
      std::string names;
      for (const Words& n : gold[g].names) {
        std::string s;
        for (const auto& w : n) s += (s.empty() ? "" : " ") + w;
        if (seen.insert(s).second) names += (names.empty() ? "" : " | ") + s;
      }
      std::printf("  FN %s: %s [%s]\n", kind.c_str(), gold[g].label.c_str(), names.c_str());
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir, split = "dev", model_path;
  bool verbose = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--split" && i + 1 < argc) {
      split = argv[++i];
    } else if (a == "--model" && i + 1 < argc) {
      model_path = argv[++i];
    } else if (a == "--verbose") {
      verbose = true;
    } else if (a == "-h" || a == "--help") {
      std::printf("usage: entity_eval GUM_DIR [--split dev|train] [--verbose] [--model FILE]\n");
      return 0;
    } else {
      dir = a;
    }
  }
  if (dir.empty() || !std::filesystem::is_directory(dir)) {
    std::printf("entity_eval: skipped: GUM corpus directory %s not found\n",
                dir.empty() ? "(none given)" : dir.c_str());
    return 0;
  }
  std::vector<news::gum::Document> docs;
  std::string error;
  if (!news::gum::read_split(dir + "/" + split, &docs, &error)) {
    std::fprintf(stderr, "entity_eval: error: %s\n", error.c_str());
    return 1;
  }
  std::string model;
  if (!model_path.empty()) {
    std::ifstream in(model_path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    if (!in) {
      std::fprintf(stderr, "entity_eval: error: cannot read %s\n", model_path.c_str());
      return 1;
    }
    model = ss.str();
  }
  const news::EntityExtractor extractor_default;
  const news::EntityExtractor extractor_model(model);
  const news::EntityExtractor& extractor = model_path.empty() ? extractor_default : extractor_model;
  const news::entities::Lexicon lex;
  std::map<std::string, Counts> counts;
  for (const auto& d : docs) {
    news::Article a;
    a.id = d.id;
    a.body = d.text;
    a.date = d.date;
    const std::vector<news::Entity> pred = extractor.extract(a);
    std::map<std::string, std::vector<GoldItem>> gold;
    std::map<std::string, size_t> by_link;  // chains with one link are one entity
    std::set<std::string> countries;
    for (const auto& g : d.entities) {
      if (g.type == "place") {
        const int idx = g.link.empty() ? -1 : lex.country_by_name(g.link);
        if (idx >= 0) countries.insert(lex.countries()[static_cast<size_t>(idx)].code);
        continue;
      }
      const std::string kind = g.type == "person" ? "person" : "org";
      std::vector<GoldItem>& items = gold[kind];
      GoldItem* item = nullptr;
      if (!g.link.empty()) {
        auto it = by_link.find(kind + g.link);
        if (it != by_link.end()) item = &items[it->second];
      }
      // Chains that share a name are one entity ("writers Mark Twain, ..."
      // and "Mark Twain").
      for (size_t k = 0; k < items.size() && !item; ++k) {
        for (const auto& n : g.names) {
          const Words w = normalize(n);
          if (std::find(items[k].names.begin(), items[k].names.end(), w) != items[k].names.end())
            item = &items[k];
        }
      }
      if (!item) {
        if (!g.link.empty()) by_link[kind + g.link] = items.size();
        items.push_back({g.link.empty() ? g.names[0] : g.link, {}});
        item = &items.back();
      }
      if (!g.link.empty()) item->names.push_back(normalize(link_name(g.link)));
      for (const auto& n : g.names) item->names.push_back(normalize(n));
    }
    std::vector<GoldItem> country_items;
    for (const auto& code : countries) country_items.push_back({code, {{code}}});
    std::vector<news::Entity> pred_countries;
    for (const auto& e : pred) {
      if (e.kind == "country") pred_countries.push_back({"country", e.id, e.id.substr(8), 1});
    }
    if (verbose) std::printf("%s\n", d.id.c_str());
    score("person", pred, gold["person"], lex, &counts["person"], verbose);
    // The same, with gold people that the text names by more than one word
    // ("Lord Byron", "Mu Li"); the extractor never makes a person of a bare
    // surname ("Brieber et al."), which GUM annotates.
    std::vector<GoldItem> full;
    for (const auto& g : gold["person"]) {
      bool multi = false;
      for (const auto& n : g.names) multi = multi || n.size() >= 2;
      if (multi) full.push_back(g);
    }
    score("person", pred, full, lex, &counts["person*"], false);
    score("org", pred, gold["org"], lex, &counts["org"], verbose);
    // Countries compare by code: the name of a predicted country is its code here.
    std::vector<GoldItem> cg;
    for (const auto& code : countries) {
      std::string low = code;
      for (char& ch : low) ch = static_cast<char>(ch - 'A' + 'a');
      cg.push_back({code, {{low}}});
    }
    score("country", pred_countries, cg, lex, &counts["country"], verbose);
  }
  std::printf("GUM %s: %zu documents\n", split.c_str(), docs.size());
  std::printf("%-8s %6s %6s %6s   %s\n", "kind", "P", "R", "F1", "pred ok/pred, gold found/gold");
  for (const char* kind : {"person", "person*", "country", "org"}) {
    const Counts& c = counts[kind];
    const double p = c.pred ? double(c.pred_ok) / c.pred : 0;
    const double r = c.gold ? double(c.gold_found) / c.gold : 0;
    const double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    std::printf("%-8s %6.3f %6.3f %6.3f   %d/%d, %d/%d\n", kind, p, r, f, c.pred_ok, c.pred,
                c.gold_found, c.gold);
  }
  std::printf("person*: gold people named by two or more words somewhere in the document\n");
  return 0;
}
