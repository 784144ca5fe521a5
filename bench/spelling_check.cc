// spelling_check: the in-memory spelling list (searcher/spelling_index.h)
// against Xapian's own get_spelling_suggestion on a real index. Looks up
// every word of a query file, then misspellings made from random words of
// the index's spelling list (one deletion, substitution, insertion or
// transposition each; a fixed seed), with both, and prints how many
// answers differ (it should be none) and the time per word of each.
//
// usage: spelling_check --db DIR QUERIES [--misspell N]
//   N  words of the spelling list to misspell (default 2000)
#include <xapian.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "searcher/spelling_index.h"

namespace {

using Clock = std::chrono::steady_clock;

double micros(Clock::time_point from, Clock::time_point to) {
  return std::chrono::duration<double, std::micro>(to - from).count();
}

// The lowercase letters of each whitespace-separated token of the file.
std::vector<std::string> query_words(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "spelling_check: cannot read " << path << "\n";
    std::exit(2);
  }
  std::vector<std::string> words;
  std::string token;
  while (in >> token) {
    std::string word;
    for (char c : token) {
      const auto b = static_cast<unsigned char>(c);
      if (std::isalpha(b) || b >= 0x80) word += static_cast<char>(std::tolower(b));
    }
    if (word.size() >= 3) words.push_back(word);
  }
  return words;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db_path, queries;
  size_t misspell = 2000;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--db") && i + 1 < argc) {
      db_path = argv[++i];
    } else if (!std::strcmp(argv[i], "--misspell") && i + 1 < argc) {
      misspell = std::strtoul(argv[++i], nullptr, 10);
    } else if (queries.empty() && argv[i][0] != '-') {
      queries = argv[i];
    } else {
      queries.clear();
      break;
    }
  }
  if (db_path.empty() || queries.empty()) {
    std::cerr << "usage: spelling_check --db DIR QUERIES [--misspell N]\n";
    return 2;
  }
  try {
    const Xapian::Database db(db_path);
    const auto t0 = Clock::now();
    const news::SpellingIndex index(db);
    const auto t1 = Clock::now();
    std::printf("spelling list: %zu words, %.1f MB in memory, built in %.1f ms\n", index.words(),
                static_cast<double>(index.memory()) / 1e6, micros(t0, t1) / 1000);

    std::vector<std::string> words = query_words(queries);
    const size_t from_queries = words.size();
    std::vector<std::string> list;
    for (auto it = db.spellings_begin(); it != db.spellings_end(); ++it) list.push_back(*it);
    std::mt19937 rng(42);
    for (size_t i = 0; i < misspell && !list.empty(); ++i) {
      std::string w = list[rng() % list.size()];
      if (w.size() < 4) continue;
      const size_t at = rng() % (w.size() - 1);
      const char letter = static_cast<char>('a' + rng() % 26);
      switch (i % 4) {
        case 0:
          w.erase(at, 1);
          break;
        case 1:
          w[at] = letter;
          break;
        case 2:
          w.insert(at, 1, letter);
          break;
        default:
          std::swap(w[at], w[at + 1]);
      }
      words.push_back(w);
    }

    size_t differ = 0, suggested = 0;
    double xapian_us = 0, memory_us = 0;
    for (const std::string& w : words) {
      const auto a = Clock::now();
      const std::string expected = db.get_spelling_suggestion(w);
      const auto b = Clock::now();
      const std::string got = index.suggest(w);
      const auto c = Clock::now();
      xapian_us += micros(a, b);
      memory_us += micros(b, c);
      suggested += !expected.empty();
      if (got != expected && ++differ <= 10) {
        std::printf("differs: '%s': Xapian '%s', in memory '%s'\n", w.c_str(), expected.c_str(),
                    got.c_str());
      }
    }
    const double n = words.empty() ? 1 : static_cast<double>(words.size());
    std::printf("words: %zu (%zu from the queries), %zu with a suggestion, %zu differ\n",
                words.size(), from_queries, suggested, differ);
    std::printf("us per word: Xapian %.1f, in memory %.1f\n", xapian_us / n, memory_us / n);
    return differ == 0 ? 0 : 1;
  } catch (const Xapian::Error& e) {
    std::cerr << "spelling_check: " << db_path << ": " << e.get_description() << "\n";
    return 3;
  }
}
