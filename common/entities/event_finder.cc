// Event finding; see event_finder.h for the contract.
#include "common/entities/event_finder.h"

#include <algorithm>
#include <map>

namespace news {
namespace entities {

namespace {

int year_of(const Token& t) {
  if (!t.has(kNumber) || t.text.size() != 4) return 0;
  int y = 0;
  for (char c : t.text) {
    if (c < '0' || c > '9') return 0;
    y = y * 10 + (c - '0');
  }
  return (y >= 1800 && y <= 2099) ? y : 0;
}

bool is_roman_or_number(const Token& t) {
  if (t.has(kNumber)) return t.text.size() <= 3;
  if (!t.has(kAllCaps) && t.text != "I" && t.text != "V" && t.text != "X") return false;
  return t.text.find_first_not_of("IVXL") == std::string_view::npos;
}

std::string singular(std::string noun) {
  static const std::pair<const char*, const char*> kPlural[] = {
      {"elections", "election"},  {"attacks", "attack"},   {"hacks", "hack"},
      {"bombings", "bombing"},    {"floods", "flood"},     {"primaries", "primary"},
      {"caucuses", "caucus"},     {"protests", "protest"}, {"wildfires", "wildfire"},
      {"Elections", "Elections"}, {"Attacks", "Attacks"}};
  for (const auto& [pl, sg] : kPlural) {
    if (noun == pl) return sg;
  }
  return noun;
}

// Words that open a sentence without being part of a name after them.
bool function_word(const std::string& w) {
  for (const char* x :
       {"a",      "an",      "this",  "that",   "these",   "those",  "his",  "her",
        "its",    "their",   "our",   "my",     "your",    "last",   "next", "every",
        "each",   "another", "after", "before", "during",  "since",  "when", "while",
        "if",     "as",      "but",   "and",    "or",      "so",     "then", "however",
        "in",     "on",      "at",    "for",    "of",      "with",   "by",   "from",
        "to",     "both",    "all",   "some",   "many",    "most",   "no",   "not",
        "it",     "he",      "she",   "they",   "we",      "i",      "you",  "what",
        "which",  "who",     "where", "why",    "how",     "there",  "here", "although",
        "though", "because", "until", "once",   "despite", "unlike", "like", "amid"}) {
    if (w == x) return true;
  }
  return false;
}

bool recurring(const std::string& noun_lookup) {
  for (const char* w : {"summit", "games", "olympics", "cup", "championship", "championships",
                        "conference", "convention", "forum", "festival", "expo", "congress"}) {
    if (noun_lookup == w) return true;
  }
  return false;
}

bool country_free_key(const std::string& noun_lookup) {
  return noun_lookup == "election" || noun_lookup == "elections" || noun_lookup == "referendum" ||
         noun_lookup == "primary" || noun_lookup == "primaries";
}

struct Found {
  std::string name;
  std::string noun;  // lookup form, singular
  int year = 0;
  std::vector<std::string> mods;  // lookup forms that distinguish it
};

class EventScanner {
 public:
  EventScanner(const std::vector<Token>& tokens, const Lexicon& lex, int year)
      : toks_(tokens), lex_(lex), article_year_(year) {}

  std::vector<Found> scan() {
    std::vector<Found> out;
    for (size_t k = 0; k < toks_.size(); ++k) {
      const Token& t = toks_[k];
      if (!t.has(kWord) || !lex_.maybe_event_word(t.text)) continue;
      const std::string& w = lookup(t);
      if (t.has(kCapitalized) && (lex_.word_bits(w) & Lexicon::bit(WordList::kEventPrefix))) {
        size_t e = k + 1;
        while (e < toks_.size() && toks_[e].has(kCapitalized) && toks_[e].has(kWord) &&
               !toks_[e].has(kLineBreakBefore))
          ++e;
        if (e > k + 1) {
          Found f;
          f.name = join(k, e);
          f.noun = lookup(toks_[k]);
          for (size_t j = k + 1; j < e; ++j) f.mods.push_back(lookup(toks_[j]));
          out.push_back(std::move(f));
          k = e - 1;
        }
        continue;
      }
      if (!(lex_.word_bits(w) & Lexicon::bit(WordList::kEventNoun))) continue;
      Found f;
      if (try_noun(k, &f)) out.push_back(std::move(f));
    }
    return out;
  }

 private:
  const std::string& lookup(const Token& t) {
    buf_.clear();
    append_lookup_form(t.text, &buf_);
    return buf_;
  }

  std::string join(size_t b, size_t e) {
    std::string s;
    for (size_t j = b; j < e; ++j) {
      if (toks_[j].has(kPossessive)) continue;
      if (!s.empty()) s += ' ';
      s.append(toks_[j].text);
    }
    return s;
  }

  // Tokens of the name or demonym of a country at x ("United States",
  // "U.S.", "American"), else 0; cities ("Helsinki") are not country words.
  size_t country_words(size_t x) {
    const Phrase* ph = lex_.match(toks_, x);
    if (!ph || ph->type != PhraseType::kCountry) return 0;
    if (ph->demonym) return ph->tokens;
    std::string name;
    for (size_t j = x; j < x + ph->tokens && j < toks_.size(); ++j) {
      if (!name.empty()) name += ' ';
      name.append(toks_[j].text);
    }
    return lex_.country_by_name(name) >= 0 ? ph->tokens : 0;
  }

  // True if the line of token k is a headline in title case ("Russian
  // Hacking", "US And Russia Exploring Joint Group"): every word of four
  // letters or more is capitalized, so capitals say nothing there.
  bool title_case_line(size_t k) {
    size_t b = k;
    while (b > 0 && !toks_[b].has(kLineBreakBefore)) --b;
    int caps = 0;
    for (size_t j = b; j < toks_.size() && (j == b || !toks_[j].has(kLineBreakBefore)); ++j) {
      const Token& t = toks_[j];
      if (!t.has(kWord) || t.text.size() < 4) continue;
      if (!t.has(kCapitalized)) return false;
      ++caps;
    }
    return caps >= 2;
  }

  bool try_noun(size_t k, Found* f) {
    const Token& noun = toks_[k];
    const bool proper_noun =
        noun.has(kCapitalized) && !noun.has(kSentenceStart) && !title_case_line(k);
    std::string noun_text(noun.text);
    if (!proper_noun) {
      for (char& c : noun_text) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    noun_text = singular(noun_text);
    std::string noun_key;
    append_lookup_form(noun_text, &noun_key);

    // Modifiers before the noun.
    std::vector<size_t> mods;
    int year = 0;
    bool has_proper = false;
    size_t j = k;
    while (j > 0) {
      const Token& m = toks_[j - 1];
      if (m.has(kLineBreakBefore) && j - 1 != k - 1 && !m.has(kWord)) break;
      if (int y = year_of(m)) {
        year = y;
        break;
      }
      if (m.has(kPossessive) && j >= 3 && lookup(toks_[j - 2]) == "year") {
        const std::string& rel = lookup(toks_[j - 3]);
        if (rel == "last" && article_year_) year = article_year_ - 1;
        if (rel == "this" && article_year_) year = article_year_;
        break;
      }
      // "last year's Presidential election": a capitalized adjective of the
      // list before a lower-case noun is still an adjective ("G20", "NATO",
      // "Olympic Games" stay proper).
      const bool adj = m.has(kWord) && !noun.has(kCapitalized) && !m.has(kAllCaps) &&
                       m.text.find_first_of("0123456789") == std::string_view::npos &&
                       (lex_.word_bits(lookup(m)) & Lexicon::bit(WordList::kEventAdj));
      if (m.has(kWord) && m.has(kCapitalized) && m.has(kNameShape) && !adj) {
        if ((lex_.word_bits(lookup(m)) & Lexicon::bit(WordList::kStopword)) && !m.has(kAllCaps)) {
          // "The" before the event, or a capitalized common word: stop;
          // but a sentence may open with a proper noun's modifier ("World
          // War II ended").
          if (lookup(m) == "the" ||
              (m.has(kSentenceStart) && !(proper_noun && !function_word(lookup(m)))))
            break;
        }
        mods.push_back(j - 1);
        has_proper = true;
        --j;
        if (m.has(kLineBreakBefore)) break;
        continue;
      }
      if (m.has(kWord) && (lex_.word_bits(lookup(m)) & Lexicon::bit(WordList::kEventAdj))) {
        mods.push_back(j - 1);
        --j;
        continue;
      }
      break;
    }
    std::reverse(mods.begin(), mods.end());
    // "US Congress", "European Union summit": a known organization that
    // ends at or covers the noun is no event.
    for (size_t x : mods) {
      const Phrase* ph = lex_.match(toks_, x);
      if (ph && ph->type == PhraseType::kOrg && x + ph->tokens > k) return false;
    }
    // "Xbox games", "PC games": "games" in lower case are video games
    // unless a year or "Olympic", "Paralympic" or "Commonwealth" goes
    // before.
    if (noun.text == "games" && year == 0 &&
        std::none_of(mods.begin(), mods.end(), [this](size_t x) {
          const std::string_view m = toks_[x].text;
          return m == "Olympic" || m == "Paralympic" || m == "Commonwealth";
        }))
      return false;
    // "summit in Helsinki" -> "Helsinki summit".
    if (!has_proper && year == 0 && k + 2 < toks_.size() &&
        (lookup(toks_[k + 1]) == "in" || lookup(toks_[k + 1]) == "at")) {
      size_t e = k + 2;
      while (e < toks_.size() && toks_[e].has(kWord) && toks_[e].has(kCapitalized) &&
             toks_[e].has(kNameShape) &&
             !(lex_.word_bits(lookup(toks_[e])) & Lexicon::bit(WordList::kStopword)))
        ++e;
      if (e > k + 2 && e - (k + 2) <= 3) {
        mods.clear();
        for (size_t x = k + 2; x < e; ++x) mods.push_back(x);
        has_proper = true;
      }
    }
    if (!has_proper && year == 0) return false;
    // Country words name no event by themselves: "US election", "American
    // election", "Russian hacking", "US Congress" are not events; "Korean
    // War" (a proper noun that is no recurring meeting) and "2016 US
    // election" (a year) are.
    std::vector<bool> country(mods.size(), false);
    bool other_proper = false;
    for (size_t a = 0; a < mods.size(); ++a) {
      if (country[a]) continue;
      const size_t len = country_words(mods[a]);
      for (size_t b = a; b < mods.size() && mods[b] < mods[a] + len; ++b) country[b] = true;
      const Token& m = toks_[mods[a]];
      if (!country[a] && m.has(kCapitalized)) other_proper = true;
    }
    if (!other_proper && year == 0 && !(proper_noun && !recurring(noun_key))) return false;
    // A capitalized noun takes a numeral after it: "World War II".
    std::string tail;
    if (proper_noun && k + 1 < toks_.size() &&
        ((is_roman_or_number(toks_[k + 1]) && !year_of(toks_[k + 1])) ||
         toks_[k + 1].text == "One" || toks_[k + 1].text == "Two")) {
      tail = " " + std::string(toks_[k + 1].text);
    }
    if (year == 0 && article_year_ && recurring(noun_key)) year = article_year_;

    std::string name = year ? std::to_string(year) : std::string();
    for (size_t mi = 0; mi < mods.size(); ++mi) {
      const size_t x = mods[mi];
      const Token& m = toks_[x];
      if (country[mi] && country_free_key(noun_key)) continue;  // "2016 US election"
      if (!name.empty()) name += ' ';
      if (m.has(kCapitalized) &&
          !(m.has(kSentenceStart) && !proper_noun &&
            (lex_.word_bits(lookup(m)) & Lexicon::bit(WordList::kEventAdj)))) {
        name.append(m.text);
      } else {
        std::string low(m.text);
        for (char& c : low) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
        name += low;
      }
      if (!(m.has(kWord) && !m.has(kCapitalized) && country_free_key(noun_key))) {
        f->mods.push_back(lookup(m));
      }
    }
    if (!name.empty()) name += ' ';
    name += noun_text + tail;
    // One name per world war: "First World War", "World War One" and
    // "World War 1" are World War I.
    static const std::pair<const char*, const char*> kWorldWars[] = {
        {"First World War", "World War I"}, {"World War One", "World War I"},
        {"World War 1", "World War I"},     {"Second World War", "World War II"},
        {"World War Two", "World War II"},  {"World War 2", "World War II"},
        {"World War II", "World War II"},   {"World War I", "World War I"}};
    for (const auto& [from, to] : kWorldWars) {
      if (name != from) continue;
      name = to;
      tail = name.substr(name.rfind(' '));
      f->mods = {"world"};
      break;
    }
    f->name = name;
    f->noun = noun_key + tail;
    f->year = year;
    return true;
  }

  const std::vector<Token>& toks_;
  const Lexicon& lex_;
  int article_year_;
  std::string buf_;
};

bool subset(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const auto& x : a) {
    if (std::find(b.begin(), b.end(), x) == b.end()) return false;
  }
  return true;
}

}  // namespace

std::vector<Event> find_events(const std::vector<Token>& tokens, const Lexicon& lex,
                               int article_year) {
  std::vector<Found> found = EventScanner(tokens, lex, article_year).scan();
  // Group by noun, year and distinguishing modifiers; a group whose
  // modifiers are a subset of another's joins it ("2016 election" into
  // "2016 presidential election").
  struct Group {
    Found rep;
    std::map<std::string, int> names;
    int count = 0;
    int into = -1;
  };
  std::vector<Group> groups;
  for (Found& f : found) {
    Group* g = nullptr;
    for (Group& x : groups) {
      if (x.rep.noun == f.noun && x.rep.year == f.year && x.rep.mods == f.mods) g = &x;
    }
    if (!g) {
      groups.push_back({f, {}, 0, -1});
      g = &groups.back();
    }
    g->names[f.name]++;
    g->count++;
  }
  for (size_t a = 0; a < groups.size(); ++a) {
    for (size_t b = 0; b < groups.size(); ++b) {
      if (a == b || groups[b].into >= 0) continue;
      const Found& x = groups[a].rep;
      const Found& y = groups[b].rep;
      if (x.noun == y.noun && x.year == y.year && x.mods.size() < y.mods.size() &&
          subset(x.mods, y.mods)) {
        groups[a].into = static_cast<int>(b);
        break;
      }
    }
  }
  for (Group& g : groups) {
    if (g.into < 0) continue;
    Group* t = &groups[static_cast<size_t>(g.into)];
    while (t->into >= 0) t = &groups[static_cast<size_t>(t->into)];
    t->count += g.count;
  }
  std::vector<Event> out;
  for (const Group& g : groups) {
    if (g.into >= 0) continue;
    std::string best;
    int uses = -1;
    for (const auto& [name, n] : g.names) {  // the most used, then the longest
      if (n > uses || (n == uses && name.size() > best.size())) {
        best = name;
        uses = n;
      }
    }
    out.push_back({best, g.count});
  }
  return out;
}

}  // namespace entities
}  // namespace news
