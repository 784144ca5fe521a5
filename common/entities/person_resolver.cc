// Person resolution within one article; see person_resolver.h.
#include "common/entities/person_resolver.h"

#include <algorithm>
#include <map>

namespace news {
namespace entities {

namespace {

struct NameWords {
  std::vector<std::string> words;  // lookup forms, initials left out
};

NameWords split_name(const std::string& name) {
  NameWords out;
  size_t start = 0;
  while (start < name.size()) {
    size_t sp = name.find(' ', start);
    if (sp == std::string::npos) sp = name.size();
    std::string_view w(name.data() + start, sp - start);
    start = sp + 1;
    std::string key;
    append_lookup_form(w, &key);
    if (key.size() <= 1) continue;  // an initial ("J.")
    out.words.push_back(std::move(key));
  }
  return out;
}

// "al-assad" also answers to "assad".
std::string strip_article(const std::string& w) {
  for (const char* p : {"al-", "el-", "ad-", "as-", "an-"}) {
    if (w.rfind(p, 0) == 0 && w.size() > 3) return w.substr(3);
  }
  return w;
}

struct Group {
  std::vector<std::string> words;
  std::map<std::string, int> surfaces;  // display form -> uses
  std::vector<uint32_t> positions;      // first token of each mention
  int count = 0;
  bool evidence = false;
  bool accepted = false;
  int merged_into = -1;
};

bool is_affix(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.size() >= b.size()) return false;
  return std::equal(a.begin(), a.end(), b.begin()) ||
         std::equal(a.begin(), a.end(), b.end() - static_cast<long>(a.size()));
}

}  // namespace

std::vector<Person> resolve_people(const std::vector<Mention>& mentions, const Lexicon& lex) {
  std::vector<Group> groups;
  std::map<std::string, int> by_key;
  struct Single {
    std::string word;
    uint32_t pos;
    bool titled;
  };
  std::vector<Single> singles;

  for (const Mention& m : mentions) {
    if (m.kind != MentionKind::kName) continue;
    NameWords nw = split_name(m.name);
    if (nw.words.empty()) continue;
    if (nw.words.size() == 1) {
      singles.push_back({nw.words[0], m.first, m.titled});
      continue;
    }
    if (nw.words.size() > 4) continue;
    std::string key;
    for (const auto& w : nw.words) key += w + ' ';
    auto it = by_key.find(key);
    int gi;
    if (it == by_key.end()) {
      gi = static_cast<int>(groups.size());
      by_key.emplace(key, gi);
      groups.emplace_back();
      groups.back().words = nw.words;
    } else {
      gi = it->second;
    }
    Group& g = groups[static_cast<size_t>(gi)];
    g.surfaces[m.name]++;
    g.positions.push_back(m.first);
    g.count++;
    if (m.first_name || m.titled || m.cue_after) g.evidence = true;
  }

  // Evidence: the surname (or given name) is used alone elsewhere.
  for (Group& g : groups) {
    if (g.evidence) continue;
    const std::string last = strip_article(g.words.back());
    for (const Single& s : singles) {
      if (strip_article(s.word) == last) g.evidence = true;
    }
  }
  // Shorter full forms merge into the unique longer form they are part of
  // ("Mario Lucero" into "Mario J. Lucero" is already one key).
  for (size_t a = 0; a < groups.size(); ++a) {
    int target = -1;
    for (size_t b = 0; b < groups.size(); ++b) {
      if (a == b || !is_affix(groups[a].words, groups[b].words)) continue;
      if (!groups[b].evidence) continue;
      target = target == -1 ? static_cast<int>(b) : -2;
    }
    if (target >= 0) groups[a].merged_into = target;
  }
  for (size_t a = 0; a < groups.size(); ++a) {
    Group& g = groups[a];
    if (g.merged_into < 0) {
      g.accepted = g.evidence;
      continue;
    }
    Group& t = groups[static_cast<size_t>(g.merged_into)];
    t.count += g.count;
    t.positions.insert(t.positions.end(), g.positions.begin(), g.positions.end());
  }

  // Single words: surname first, then given name, then a famous surname.
  for (const Single& s : singles) {
    const std::string word = strip_article(s.word);
    int best = -1;
    uint32_t best_dist = UINT32_MAX;
    for (int pass = 0; pass < 2 && best < 0; ++pass) {
      for (size_t gi = 0; gi < groups.size(); ++gi) {
        const Group& g = groups[gi];
        if (!g.accepted) continue;
        const std::string& w = pass == 0 ? g.words.back() : g.words.front();
        if (strip_article(w) != word) continue;
        // The nearest mention before this one wins; else the first after it.
        uint32_t dist = UINT32_MAX - 1;
        for (uint32_t p : g.positions) {
          uint32_t d = p <= s.pos ? s.pos - p : (UINT32_MAX / 2) + (p - s.pos);
          dist = std::min(dist, d);
        }
        if (dist < best_dist) {
          best_dist = dist;
          best = static_cast<int>(gi);
        }
      }
    }
    if (best < 0) {
      std::string_view full = lex.famous_person(s.word);
      if (full.empty()) continue;
      NameWords nw = split_name(std::string(full));
      std::string key;
      for (const auto& w : nw.words) key += w + ' ';
      auto it = by_key.find(key);
      if (it == by_key.end()) {
        best = static_cast<int>(groups.size());
        by_key.emplace(key, best);
        groups.emplace_back();
        groups.back().words = nw.words;
        groups.back().surfaces[std::string(full)] = 0;
        groups.back().accepted = true;
      } else {
        best = it->second;
        groups[static_cast<size_t>(best)].accepted = true;
      }
    }
    Group& g = groups[static_cast<size_t>(best)];
    g.count++;
    g.positions.push_back(s.pos);
  }

  std::vector<Person> people;
  for (const Group& g : groups) {
    if (!g.accepted || g.count == 0) continue;
    // Display: the most used of the longest surface forms.
    std::string display;
    size_t display_words = 0;
    int display_uses = -1;
    for (const auto& [surface, uses] : g.surfaces) {
      const size_t words = split_name(surface).words.size();
      if (words > display_words || (words == display_words && uses > display_uses)) {
        display = surface;
        display_words = words;
        display_uses = uses;
      }
    }
    people.push_back({display, g.count});
  }
  return people;
}

}  // namespace entities
}  // namespace news
