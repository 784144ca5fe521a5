// Person resolution within one article; see person_resolver.h.
#include "common/entities/person_resolver.h"

#include <algorithm>
#include <map>

namespace news {
namespace entities {

namespace {

struct NameWords {
  std::vector<std::string> words;  // lookup forms, initials left out
  bool initials = false;           // the name has an initial ("J. Smith")
};

NameWords split_name(const std::string& name) {
  NameWords out;
  std::vector<std::string> initials;
  size_t start = 0;
  while (start < name.size()) {
    size_t sp = name.find(' ', start);
    if (sp == std::string::npos) sp = name.size();
    std::string_view w(name.data() + start, sp - start);
    start = sp + 1;
    std::string key;
    append_lookup_form(w, &key);
    if (key.size() <= 1) {  // an initial ("J.")
      out.initials = true;
      initials.push_back(std::move(key));
      continue;
    }
    out.words.push_back(std::move(key));
  }
  // "R Saravanan": an initial and a surname still make a full name.
  if (out.words.size() == 1 && !initials.empty()) {
    initials.push_back(out.words[0]);
    out.words = std::move(initials);
  }
  return out;
}

// Words that are never a one-word name: the plural of an acronym ("MSPs",
// "PCs"), feasts, awards and their ceremonies ("Christmas", "the Oscars",
// "an Oscar"), continents and regions ("Europe").
bool never_single_name(const std::string& w) {
  static const char* const kWords[] = {
      "Christmas", "Easter", "Halloween", "Thanksgiving", "Ramadan", "Diwali", "Hanukkah", "Oscars",
      "Grammys", "Emmys", "Baftas", "Olympics", "Paralympics", "Oscar", "Grammy", "Emmy", "Bafta",
      // Continents and regions ("Europe" was a person in 6 BBC articles).
      "Europe", "Asia", "Africa", "Antarctica", "Oceania", "Australasia", "Eurasia", "Scandinavia",
      "Americas", "Balkans", "Caribbean"};
  for (const char* x : kWords) {
    if (w == x) return true;
  }
  if (w.size() < 3 || w.back() != 's') return false;
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (w[i] < 'A' || w[i] > 'Z') return false;
  }
  return true;
}

// A surname by its shape: "O'Rourke", "McBride", "al-Maeena", and endings
// of Slavic, Nordic, Greek, Romanian and Ukrainian surnames.
bool surname_shape(std::string_view w) {
  auto starts = [&w](std::string_view p) {
    return w.size() > p.size() + 1 && w.substr(0, p.size()) == p && w[p.size()] >= 'A' &&
           w[p.size()] <= 'Z';
  };
  if (starts("O'") || starts("Mc") || starts("Al-") || starts("al-") || starts("El-") ||
      starts("el-"))
    return true;
  auto ends = [&w](std::string_view s) {
    return w.size() > s.size() + 2 && w.substr(w.size() - s.size()) == s;
  };
  for (const char* s : {"ski", "sky", "ska", "wicz", "czyk", "ović", "ovic", "evic", "enko", "escu",
                        "opoulos", "akis", "sson", "chuk", "shvili"})
    if (ends(s)) return true;
  return false;
}

// True if the last word of `name` has two capitals or more and no lower-case
// letter ("Sinclair QL", "Early HSDPA").
bool all_caps(const std::string& name) {
  const size_t sp = name.rfind(' ');
  int caps = 0;
  for (size_t k = sp == std::string::npos ? 0 : sp + 1; k < name.size(); ++k) {
    if (name[k] >= 'a' && name[k] <= 'z') return false;
    caps += name[k] >= 'A' && name[k] <= 'Z';
  }
  return caps >= 2;
}

// "al-assad" also answers to "assad".
std::string_view strip_article(std::string_view w) {
  if (w.size() > 3 && w[2] == '-' &&
      (w.compare(0, 2, "al") == 0 || w.compare(0, 2, "el") == 0 || w.compare(0, 2, "ad") == 0 ||
       w.compare(0, 2, "as") == 0 || w.compare(0, 2, "an") == 0))
    return w.substr(3);
  return w;
}

struct Group {
  std::vector<std::string> words;
  std::map<std::string, int> surfaces;  // display form -> uses
  std::vector<uint32_t> positions;      // first token of each mention
  int count = 0;
  bool evidence = false;
  bool blocked = false;  // a mention is a place or an unlikely name: no evidence by listing
  bool work = false;     // a mention is the title of a work: no person at all
  bool accepted = false;
  int merged_into = -1;
  // A mention says person as a club or firm never is named: a known given
  // name or an initial opens it, a title, a person cue word or a cue
  // after it that is no verb of speech, a famous surname.
  bool person_evidence = false;
  // The first word is a known place or a common English word ("Sheffield
  // United", "Time Warner").
  bool weak_first = false;
  // The tagger takes a mention for a place: only a list may say person.
  bool list_only = false;
};

bool is_affix(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.size() >= b.size()) return false;
  return std::equal(a.begin(), a.end(), b.begin()) ||
         std::equal(a.begin(), a.end(), b.end() - static_cast<long>(a.size()));
}

// "C Dominici" for "Christophe Dominici", "J. Smith" for "John Smith":
// initials and a surname `a` (as split_name keeps them) shorten the full
// name `b` with that surname whose first word starts with the first
// initial.
bool shortens_by_initials(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.size() < 2 || b.size() < 2 || a.back() != b.back() || b.front().size() < 2) return false;
  for (size_t k = 0; k + 1 < a.size(); ++k) {
    if (a[k].size() != 1) return false;
  }
  return b.front()[0] == a.front()[0];
}

}  // namespace

std::vector<Person> resolve_people(const std::vector<Mention>& mentions, const Lexicon& lex,
                                   const std::unordered_set<std::string>& common_words) {
  std::vector<Group> groups;
  std::map<std::string, int> by_key;
  struct Single {
    std::string word;
    uint32_t pos;
    bool titled;
    bool cued;
    bool strong_cue;      // a cue word before ("writer Scalia") or a citation ("Chin (2010)")
    bool tagged;          // the tagger says person
    bool sentence_start;  // the word opens a sentence
    bool place;           // a known city or state ("Tulsa")
    bool person_cue;      // a title, a cue word before, a cue after that no club takes
    std::string display;
  };
  std::vector<Single> singles;
  // A new accepted group for `words` (or the existing one), shown as `display`.
  auto add_group = [&](const std::vector<std::string>& words, const std::string& display) {
    std::string key;
    for (const auto& w : words) key += w + ' ';
    auto it = by_key.find(key);
    if (it != by_key.end()) {
      groups[static_cast<size_t>(it->second)].accepted = true;
      return it->second;
    }
    const int gi = static_cast<int>(groups.size());
    by_key.emplace(key, gi);
    groups.emplace_back();
    groups.back().words = words;
    groups.back().surfaces[display] = 0;
    groups.back().accepted = true;
    return gi;
  };
  auto given_name_ok = [&](std::string_view word) {
    int uses = 0;
    bool cue = false;
    for (const Single& s : singles) {
      if (s.word != word) continue;
      ++uses;
      cue = cue || s.cued || s.titled;
    }
    return uses >= 2 && cue;
  };

  // The tagger alone makes a single name a person only if the word is no
  // title, cue word, stopword, keyword or state noun ("Professor", "Creek",
  // "Lawmakers"), stands somewhere inside a sentence (capitals at a
  // sentence start say nothing: "Eventually", "Christianity"), and is used
  // twice (one capitalized word the tagger guesses at is mostly noise).
  auto lexicon_word = [&lex](const std::string& word) {
    return (lex.word_bits(word) &
            (Lexicon::bit(WordList::kCueBefore) | Lexicon::bit(WordList::kCueMore) |
             Lexicon::bit(WordList::kStopword) | Lexicon::bit(WordList::kPlaceKeyword) |
             Lexicon::bit(WordList::kOrgKeyword) | Lexicon::bit(WordList::kOrgKeywordMore) |
             Lexicon::bit(WordList::kStateNoun))) != 0;
  };
  auto tagged_ok = [&lexicon_word, &singles](const std::string& word) {
    if (word.size() < 3 || lexicon_word(word)) return false;
    bool inside = false;
    int uses = 0;
    for (const Single& s : singles) {
      if (s.word != word) continue;
      ++uses;
      inside = inside || !s.sentence_start;
    }
    return inside && uses >= 2;
  };

  // Single names listed with a cued one share its cue: "Reich and Thuma
  // (2003)", "Heidenreich & Turano 2011".
  std::vector<uint8_t> list_cue(mentions.size(), 0);
  // Names that a later name is listed with.
  std::vector<uint8_t> listed_to(mentions.size(), 0);
  for (const Mention& m : mentions) {
    if (m.kind == MentionKind::kName && m.listed_with >= 0)
      listed_to[static_cast<size_t>(m.listed_with)] = 1;
  }
  // A list is a chain of links to the name before: a backward pass carries
  // a cue to the front, a forward pass from there to the end.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t step = 0; step < mentions.size(); ++step) {
      const size_t mi = pass == 0 ? mentions.size() - 1 - step : step;
      const Mention& m = mentions[mi];
      if (m.kind != MentionKind::kName || m.listed_with < 0) continue;
      const size_t other = static_cast<size_t>(m.listed_with);
      const Mention& o = mentions[other];
      if (m.cue_after || o.cue_after || list_cue[mi] || list_cue[other])
        list_cue[mi] = list_cue[other] = 1;
    }
  }

  std::vector<int> group_of(mentions.size(), -1), single_of(mentions.size(), -1);
  for (size_t mi = 0; mi < mentions.size(); ++mi) {
    const Mention& m = mentions[mi];
    if (m.kind != MentionKind::kName || m.cut_short) continue;
    NameWords nw = split_name(m.name);
    if (nw.words.empty()) continue;
    // Two words, neither a common English word, nor one the article writes
    // in lower case, nor a word of the lexicon's lists.
    bool plain_pair = nw.words.size() == 2;
    for (const auto& w : nw.words) {
      plain_pair =
          plain_pair && !lex.is_common_word(w) && !common_words.count(w) && !lexicon_word(w);
    }
    // The tagger takes it for a place ("Santa Cruz") and nothing says person:
    // a list of cited names does ("(Jasny, Chin, Chong, & Vignieri, 2011)"),
    // so do a citation ("Spang (1983)") and a known given name with such a
    // word inside a sentence ("drove in Daniel Nava"; also "at Roland
    // Garros", a stadium).
    const bool given_pair = m.first_name && plain_pair && !m.sentence_start && !m.place;
    // A name of two to four words in a list waits for the list to say
    // person, and nothing else may ("Elisha Cuthbert, Chad Michael Murray,
    // and Paris Hilton"; team sheets, "D Peel (Wales), C Sweeney (Wales)",
    // where the countries make the tagger say place).
    bool place_listed = false;
    if (m.tag == 3 && !m.titled && !m.cued && !list_cue[mi] && !m.cited && !given_pair) {
      if (nw.words.size() < 2 || nw.words.size() > 4 || m.place || m.after_the || m.work ||
          m.unlikely_name || !(m.listed_with >= 0 || listed_to[mi]))
        continue;
      place_listed = true;
    }
    // "the film Jules", "the series Gilmore Girls": the title of a work.
    const bool work = m.work && !m.titled;
    if (nw.words.size() == 1) {
      if (work || never_single_name(m.name)) continue;
      single_of[mi] = static_cast<int>(singles.size());
      singles.push_back({nw.words[0], m.first, m.titled, m.cued || m.cue_after || list_cue[mi],
                         m.cued || m.cited || list_cue[mi] != 0, m.tag == 1, m.sentence_start,
                         m.place, m.titled || (m.cued && !m.weak_cue) || m.person_after, m.name});
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
    group_of[mi] = gi;
    Group& g = groups[static_cast<size_t>(gi)];
    g.surfaces[m.name]++;
    g.positions.push_back(m.first);
    g.count++;
    if (place_listed) {
      g.list_only = true;
      continue;
    }
    bool given = false;  // "Teenager Sania Mirza", "Photographer Jim de Booy"
    for (size_t k = 0; k + 1 < nw.words.size(); ++k)
      given = given || lex.is_first_name(nw.words[k]);
    if (m.titled || (m.cued && !m.weak_cue) || m.person_after || m.first_name || m.romanized ||
        nw.initials || given ||
        surname_shape(std::string_view(m.name).substr(m.name.rfind(' ') + 1)))
      g.person_evidence = true;
    if (m.place_first || lex.is_common_word(nw.words.front())) g.weak_first = true;
    // A name that ends in a word the article also writes in lower case
    // ("Warhol Polaroids", "Fan Responses") needs a title, a cue word or a
    // known given name.
    // A known given name and one more word, inside a sentence, neither
    // word written in lower case in the article nor on the lexicon's lists
    // ("rob Ian Kinsler of a hit"), is a name even if the tagger says O.
    const bool common_end = common_words.count(nw.words.back()) != 0;
    bool plain = nw.words.size() == 2 && !m.sentence_start;
    for (const auto& w : nw.words) plain = plain && !common_words.count(w) && !lexicon_word(w);
    // "the Red Sox", "the Imitation Game": "the" before a name makes it a
    // team, a title or a place, whatever the tagger says.
    // Not when a known given name and a plain word that the tagger labels
    // person throughout modify a noun: "the Edward Seidensticker
    // translation", "the Annie Oakley screen print".
    if (m.after_the && !m.titled &&
        !(m.first_name && plain_pair && m.other_words == 0 && m.person_words >= nw.words.size())) {
      // Nor may a list or the last word used alone make one of it ("the
      // Satellite Awards" beside "Awards", "the Spotless Mind").
      g.blocked = true;
      continue;
    }
    // So is a name of common words only ("Early Music"), one that opens
    // with a foreign article ("La Dominique") or an award ("Satellite Awards").
    // A known city or state ("Broken Arrow") is a person only with a title or cue.
    if (work || ((m.unlikely_name || m.place) && !m.titled && !m.cued && !m.cue_after)) {
      g.blocked = true;
      g.work = g.work || work;
      continue;
    }
    // At a sentence start too when the second word is no common English
    // word, no acronym ("Sinclair QL") and the first no stopword ("West
    // Brom") nor written in lower case in the article ("Mike Hobday, of
    // the League ...").
    const bool start_pair = nw.words.size() == 2 && m.sentence_start &&
                            !lex.is_common_word(nw.words[1]) && !common_words.count(nw.words[1]) &&
                            !lexicon_word(nw.words[1]) && !common_words.count(nw.words[0]) &&
                            !lexicon_word(nw.words[0]) && !all_caps(m.name);
    if (m.titled || m.cued || (m.romanized && m.tag != 2) ||
        (m.first_name &&
         (m.tag != 0 || (m.person_words > 0 && nw.words.size() == 2) || plain || start_pair)) ||
        (!common_end && (m.cue_after || m.tag == 1)))
      g.evidence = true;
    // So is a last word shaped like a surname when the tagger labels no
    // word org or place ("Beto O'Rourke", "Nikolay Davydenko").
    if (nw.words.size() <= 3 && m.other_words == 0 && !common_end &&
        surname_shape(std::string_view(m.name).substr(m.name.rfind(' ') + 1)))
      g.evidence = true;
  }

  // A name listed with one that says person says so too: "artists such
  // as Madonna and Elton John", "Usher and Avril Lavigne"; the chain runs
  // along the list, back and forth.
  auto person_said = [&](size_t mi) -> bool* {
    if (group_of[mi] >= 0) return &groups[static_cast<size_t>(group_of[mi])].person_evidence;
    if (single_of[mi] >= 0) return &singles[static_cast<size_t>(single_of[mi])].person_cue;
    return nullptr;
  };
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t step = 0; step < mentions.size(); ++step) {
      const size_t mi = pass == 0 ? mentions.size() - 1 - step : step;
      if (mentions[mi].listed_with < 0) continue;
      bool* a = person_said(mi);
      bool* b = person_said(static_cast<size_t>(mentions[mi].listed_with));
      if (a && b && (*a || *b)) *a = *b = true;
    }
  }

  // Evidence: the surname (or given name) is used alone elsewhere.
  for (Group& g : groups) {
    if (g.evidence || g.blocked || g.list_only) continue;
    size_t real_words = 0;
    bool common = false;
    for (const auto& w : g.words) {
      if (w.size() > 1) ++real_words;
      if (common_words.count(w)) common = true;
    }
    if (real_words < 2 || common) continue;
    const std::string_view last = strip_article(g.words.back());
    for (const Single& s : singles) {
      if (strip_article(s.word) == last) g.evidence = true;
    }
  }
  // Names listed together ("K. Michael Stevens, Shannon Ramsey, and Aubin
  // Calvert") are people if one of them is.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t step = 0; step < mentions.size(); ++step) {
      const size_t mi = pass == 0 ? mentions.size() - 1 - step : step;
      const Mention& m = mentions[mi];
      if (m.kind != MentionKind::kName || m.listed_with < 0) continue;
      const int a = group_of[mi];
      const int b = group_of[static_cast<size_t>(m.listed_with)];
      if (a < 0 || b < 0) continue;
      Group& ga = groups[static_cast<size_t>(a)];
      Group& gb = groups[static_cast<size_t>(b)];
      if (ga.evidence || gb.evidence) {
        ga.evidence = ga.evidence || !ga.blocked;
        gb.evidence = gb.evidence || !gb.blocked;
      }
    }
  }
  // Shorter full forms merge into the unique longer form they are part of
  // ("Mario Lucero" into "Mario J. Lucero" is already one key), and so do
  // initials with a surname ("C Dominici" into "Christophe Dominici").
  for (size_t a = 0; a < groups.size(); ++a) {
    int target = -1;
    for (size_t b = 0; b < groups.size(); ++b) {
      if (a == b || !(is_affix(groups[a].words, groups[b].words) ||
                      shortens_by_initials(groups[a].words, groups[b].words)))
        continue;
      if (!groups[b].evidence) continue;
      target = target == -1 ? static_cast<int>(b) : -2;
    }
    if (target >= 0) groups[a].merged_into = target;
  }
  for (size_t a = 0; a < groups.size(); ++a) {
    Group& g = groups[a];
    if (g.merged_into < 0) {
      // A work's title is no person wherever else it stands ("the film
      // Vera Drake" ... "Vera Drake won").
      g.accepted = g.evidence && !g.work;
      continue;
    }
    Group& t = groups[static_cast<size_t>(g.merged_into)];
    t.count += g.count;
    t.person_evidence = t.person_evidence || g.person_evidence;
    t.positions.insert(t.positions.end(), g.positions.begin(), g.positions.end());
  }

  // Single words: surname first, then given name, then a famous surname.
  for (const Single& s : singles) {
    const std::string_view word = strip_article(s.word);
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
      if (!full.empty()) {
        best = add_group(split_name(std::string(full)).words, std::string(full));
        groups[static_cast<size_t>(best)].person_evidence = true;
      } else if (s.place && !s.titled && !s.cued) {
        continue;  // "Tulsa": a known place, no title or cue
      } else if (s.titled || (lex.is_first_name(word) && given_name_ok(word)) ||
                 (((s.cued && (s.strong_cue || !lex.is_common_word(s.word))) ||
                   (s.tagged && tagged_ok(s.word) && !lex.is_common_word(s.word))) &&
                  !common_words.count(s.word) && !lexicon_word(s.word))) {
        // A single name that matches no full name in the article is a
        // person when the evidence says so: a title ("Justice Scalia"), a
        // cue ("Scalia wrote", "said Moran") or the tagger's decision, or a
        // given name used more than once, once with a cue ("Gloria said").
        // Words of the lexicon's lists are no names ("Lawmakers said"), nor
        // are common English words with only a verb after them ("Analysts
        // said", "Treasury said"; "Chin (2010)" and "writer Marks" are). It
        // never becomes a second person beside a full name with that
        // surname (matched above).
        best = add_group({s.word}, s.display);
      } else {
        continue;  // no evidence: not a person
      }
    }
    Group& g = groups[static_cast<size_t>(best)];
    g.count++;
    g.positions.push_back(s.pos);
    g.person_evidence = g.person_evidence || s.person_cue;
  }

  std::vector<Person> people;
  for (const Group& g : groups) {
    if (!g.accepted || g.count == 0) continue;
    // News names a person in full or with a title or cue at least once; a
    // name with no such mention that is one word or opens with a place or
    // a common word is a club, a firm or a thing ("Wimbledon said",
    // "Leicester will visit", "Manchester United", "Time Warner said").
    if (!g.person_evidence && (g.words.size() == 1 || g.weak_first)) continue;
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
