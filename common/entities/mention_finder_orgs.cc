// Finder's rules for organizations and acronyms, and emit(); see mention_finder_scan.h.
#include <algorithm>
#include <string>
#include <string_view>

#include "common/entities/mention_finder_scan.h"

namespace news {
namespace entities {
namespace detail {

// "Air China", "Air New Zealand", "Air Deccan": "Air" before a country's
// name or one more capitalized word that ends the name is an airline.
// Returns the end of its name, or i ("Air Force", "Air Transport
// Association" are runs with a keyword).
size_t Finder::airline_end(size_t i) {
  const size_t n = toks_.size();
  if (toks_[i].text != "Air" || i + 1 >= n || !is_cap_word(toks_[i + 1]) ||
      toks_[i + 1].has(kLineBreakBefore) || toks_[i + 1].has(kAllCaps) ||
      in(i + 1, WordList::kOrgKeyword) || in(i + 1, WordList::kStopword))
    return i;
  const Phrase* ph = match(i + 1);
  size_t e = i + 2;
  if (ph) {
    if ((ph->type != PhraseType::kCountry && ph->type != PhraseType::kCountryWeak) || ph->demonym)
      return i;
    e = i + 1 + ph->tokens;
  }
  if (e < n && is_cap_word(toks_[e]) && !toks_[e].has(kLineBreakBefore)) return i;
  return e;
}

// True if the connector at k is "of" or "for" right after an org keyword
// or head ("Office of", "Society for").
bool Finder::org_of(size_t k) {
  if (k == 0 || !is_cap_word(toks_[k - 1]) ||
      !(in(k - 1, WordList::kOrgKeyword) || in(k - 1, WordList::kOrgHead)))
    return false;
  const std::string& w = lookup(toks_[k]);
  return w == "of" || w == "for";
}

// "a spokeswoman for Zelcor", "executives at Zelcor": "for" or "at" at k
// after people of an organization.
bool Finder::org_member_before(size_t k) {
  if (k == 0 || (toks_[k].text != "for" && toks_[k].text != "at")) return false;
  if (!toks_[k - 1].has(kWord) || toks_[k - 1].has(kCapitalized)) return false;
  const std::string& w = lookup(toks_[k - 1]);
  return in(k - 1, WordList::kOrgCueAfter) && w != "headquarters" && w != "subsidiary" &&
         w != "chief" && w != "boss";
}

// "a stake in Yukos", "shares in Sun Interbrew", "the takeover of
// Harrods", "its merger with Sibneft", "the founder of Microsoft": the
// preposition at k after a word of ownership or deals (or of an org's
// people, with "of") comes before an org's name. Not "a bid for Rooney":
// clubs bid for players.
bool Finder::deal_before(size_t k) {
  if (k == 0 || !toks_[k - 1].has(kWord) || toks_[k - 1].has(kCapitalized)) return false;
  const std::string_view p = toks_[k].text;
  const std::string w = lookup(toks_[k - 1]);
  if (p == "in")
    return detail::in(w, {"stake", "stakes", "shares", "shareholding", "shareholdings"});
  if (p == "of")
    return detail::in(w, {"takeover", "acquisition", "subsidiary", "shareholders", "chairman",
                          "chairwoman", "founder", "co-founder", "owner", "owners"});
  if (p == "with") return w == "merger";
  return false;
}

// "a manager for Capgemini", "analysts at Jupiter Research", "economist
// of Daiwa Securities": "for", "at" or "of" at k after a firm's staff.
// The name after it is an org unless the tagger takes it for a person or
// a place ("engineers at Valley Forge"; see Mention::staff).
bool Finder::staff_before(size_t k) {
  const std::string_view p = toks_[k].text;
  if (k == 0 || (p != "for" && p != "at" && p != "of")) return false;
  if (!toks_[k - 1].has(kWord) || toks_[k - 1].has(kCapitalized)) return false;
  return detail::in(lookup(toks_[k - 1]),
                    {"manager", "managers", "executive", "executives", "analyst", "analysts",
                     "economist", "economists", "engineer", "engineers", "employee", "employees",
                     "staff", "strategist", "trader"});
}

// "a Zelcor spokesman", "Zelcor's employees", "Zelcor CEO Ann Lee",
// "Zelcor said in a statement": the name [b, e) is an organization's,
// unless it opens with a known given name or is a famous surname.
bool Finder::org_cue_after(size_t b, size_t e) {
  const size_t n = toks_.size();
  if (team_role_after(b, e) || team_position_after(b, e)) return true;
  if (first_name(b) || (e == b + 1 && !lex_.famous_person(lookup(toks_[b])).empty())) return false;
  // Nor is a common word alone ("Hiring employees", "the pensions
  // spokeswoman" written "Pensions spokeswoman").
  if (e == b + 1 && lex_.is_common_word(toks_[b].text)) return false;
  if (org_apposition(e)) return true;
  size_t k = e;
  if (k < n && toks_[k].has(kPossessive)) ++k;
  if (k >= n || !toks_[k].has(kWord) || toks_[k].has(kLineBreakBefore)) return false;
  if (in(k, WordList::kOrgCueAfter) && (!toks_[k].has(kCapitalized) || toks_[k].text == "CEO"))
    return true;
  if (lookup(toks_[k]) != "said" && lookup(toks_[k]) != "says") return false;
  if (k + 3 >= n || toks_[k + 1].text != "in") return false;
  const std::string art = lookup(toks_[k + 2]);
  const std::string& what = lookup(toks_[k + 3]);
  return (art == "a" || art == "an") &&
         detail::in(what, {"statement", "filing", "release", "note"});
}

// "Nokia, the Finnish handset maker, said", "Sibneft, a Russian oil
// company.", "Wal-Mart, the largest US retailer,": an apposition at the
// comma at k whose head is an org cue noun (after "a", "an", "the" or a
// possessive and up to three modifiers) that a punctuation mark or a
// function word closes (not "the company said", "a company director").
bool Finder::org_apposition(size_t k) {
  const size_t n = toks_.size();
  if (k + 2 >= n || toks_[k].text != "," || toks_[k + 1].has(kLineBreakBefore)) return false;
  size_t c = k + 1;
  const std::string& det = lookup(toks_[c]);
  if (det == "a" || det == "an" || det == "the") {
    ++c;
  } else if (!(is_cap_word(toks_[c]) && c + 1 < n && toks_[c + 1].has(kPossessive))) {
    return false;  // "Japan's number three mobile operator" opens with a possessive
  }
  for (const size_t last = c + 4; c < n && c < last; ++c) {
    const Token& t = toks_[c];
    if (t.has(kPossessive) || t.text == "-") continue;
    if (!t.has(kWord) || t.has(kLineBreakBefore)) return false;
    const std::string w = lookup(t);
    if (!t.has(kCapitalized) && in(c, WordList::kOrgCue)) {
      if (c + 1 >= n) return true;
      const Token& after = toks_[c + 1];
      if (after.has(kPunct)) return after.text != "-" && !after.has(kPossessive);
      // "the group of chemicals", "a chain of shops": a quantity.
      if (lookup(after) == "of")
        return !detail::in(w, {"group", "chain", "network", "union", "team", "side", "club", "band",
                               "brand", "franchise", "firms", "companies", "clubs"});
      return detail::in(lookup(after), {"which", "that", "in", "with", "and", "based", "whose",
                                        "owned", "controlled", "run", "for", "from"});
    }
    if (detail::in(
            w, {"and", "or",   "but", "who", "which", "that", "of",   "in",  "on",  "at",   "to",
                "for", "with", "by",  "is",  "was",   "said", "says", "his", "her", "their"}))
      return false;
  }
  return false;
}

// "as Chelsea manager.", "the Chelsea striker", "Chelsea's £24m
// striker": a position in a team after one word (no player's name after
// it: see team_role_after) makes the word the team. After "'s" only a
// player's position counts: a person has a manager or a singer
// ("Madonna's manager").
bool Finder::team_position_after(size_t b, size_t e) {
  const size_t n = toks_.size();
  if (e != b + 1 || toks_[b].has(kAllCaps) || toks_[b].has(kSentenceStart) ||
      !lex_.famous_person(lookup(toks_[b])).empty() ||
      detail::in(toks_[b].text,
                 {"Blues", "Reds", "Whites", "Blacks", "Greens", "Yellows", "Golds", "Maroons"}))
    return false;
  size_t k = e;
  const bool possessive = k < n && toks_[k].has(kPossessive);
  if (possessive) ++k;
  // A sum may come first: "Chelsea's £24m striker".
  if (possessive && k + 1 < n && toks_[k].has(kPunct) && toks_[k + 1].has(kNumber)) k += 2;
  if (k >= n || !toks_[k].has(kWord) || toks_[k].has(kCapitalized) ||
      toks_[k].has(kLineBreakBefore) || !in(k, WordList::kTeamRole))
    return false;
  if (k + 1 < n && is_cap_word(toks_[k + 1])) return false;  // team_role_after's case
  // Without a player's name after them, a wing, a centre or a lock are
  // no positions ("the Colorado centre", "its Global Investors wing").
  const std::string w = lookup(toks_[k]);
  if (detail::in(w, {"wing", "centre", "center", "lock"})) return false;
  if (!possessive) return true;
  return !detail::in(
      w, {"manager", "boss", "captain", "skipper", "prop", "singer", "frontman", "frontwoman",
          "guitarist", "drummer", "bassist", "vocalist", "keyboardist"});
}

// "Chelsea defender William Gallas", "Bath prop Duncan Bell": a position
// in a team between the name [b, e) and a person's name makes [b, e) the
// team, even when it is a given name ("Chelsea") or, inside a sentence,
// a common word ("Bath"); not a famous surname alone.
bool Finder::team_role_after(size_t b, size_t e) {
  const size_t n = toks_.size();
  if (e + 1 >= n || !toks_[e].has(kWord) || toks_[e].has(kCapitalized) ||
      !in(e, WordList::kTeamRole) || toks_[e].has(kLineBreakBefore) || !is_cap_word(toks_[e + 1]) ||
      toks_[e + 1].has(kLineBreakBefore))
    return false;
  if (e == b + 1 && !lex_.famous_person(lookup(toks_[b])).empty()) return false;
  // A team's nickname by its colours ("Blues boss Jose Mourinho", "Reds
  // striker ...") names no org of its own: which Blues is unknown.
  if (e == b + 1 && detail::in(toks_[b].text, {"Blues", "Reds", "Whites", "Blacks", "Greens",
                                               "Yellows", "Golds", "Maroons"}))
    return false;
  // A place has singers, not a band: "Glasgow singer ...".
  if (detail::in(lookup(toks_[e]), {"singer", "frontman", "frontwoman", "guitarist", "drummer",
                                    "bassist", "vocalist", "keyboardist"}) &&
      lex_.place_length(toks_, b) == e - b)
    return false;
  // A manager may be a singer's ("Johnny Cash manager ..."): a known
  // given name and more is a person's name there.
  if (e > b + 1 && first_name(b) && lookup(toks_[e]) == "manager") return false;
  // No age group ("Under-21 keeper"); at a sentence start the first word
  // may be an adjective ("Uncapped", "Veteran", "Tough-tackling").
  const std::string_view w = toks_[b].text;
  if (std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  if (!toks_[b].has(kSentenceStart)) return true;
  return !all_common(b, e) && w.find('-') == std::string_view::npos &&
         !(w.size() > 4 && w.substr(w.size() - 2) == "ed");
}

// "Vera Drake star Imelda Staunton", "Sideways director Alexander
// Payne": a star or director between the name [b, e) and a capitalized
// name makes [b, e) the title of a work; not a known given name and one
// more word, nor, at a sentence start, common words ("Film director
// ...", "Veteran star ...").
bool Finder::work_role_after(size_t b, size_t e) {
  const size_t n = toks_.size();
  if (e + 1 >= n || !toks_[e].has(kWord) || toks_[e].has(kCapitalized) ||
      toks_[e].has(kLineBreakBefore) || !is_cap_word(toks_[e + 1]) ||
      toks_[e + 1].has(kLineBreakBefore) ||
      !detail::in(lookup(toks_[e]), {"star", "co-star", "director", "producer"}))
    return false;
  if ((e == b + 2 && first_name(b)) || lex_.place_length(toks_, b) == e - b) return false;
  if (e == b + 1 && !lex_.famous_person(lookup(toks_[b])).empty()) return false;
  return !toks_[b].has(kSentenceStart) || !all_common(b, e);
}

// Where the first of two names joined by "and" ends in the run [b, e):
// at an "and" or "&" right after an organization keyword ("American
// Airlines and Southwest Airlines", "the Democratic Party and Tanya Chan
// of ..."), unless the words after it are all common English words
// ("Birmingham Museum and Art Gallery"), else e.
size_t Finder::split_at_and(size_t b, size_t e) {
  for (size_t c = b + 1; c + 1 < e; ++c) {
    if ((toks_[c].text == "and" || toks_[c].text == "&") && is_cap_word(toks_[c - 1]) &&
        in(c - 1, WordList::kOrgKeyword) && is_cap_word(toks_[c + 1]) && names_something(c + 1, e))
      return c;
  }
  return e;
}

// "Champlin Petroleum", "Texas Eastern Pipeline", "Ashland Oil": a run
// of two or more capitalized words (no connector, no word in capitals)
// that ends in a trade word of a firm's name is an organization, unless
// it opens with a known given name ("David Steel"), all its words are
// common English words ("Natural Gas", "Crude Oil") or it is a place.
// After a country word (`after_country`: "British Steel", "Kuwait
// Petroleum") one word or more will do, common or not. A title after the
// run ("Oil Minister", "US Energy Secretary") is not part of it: the
// words before a title are its portfolio, no org.
bool Finder::industry_org(size_t b, size_t e, bool after_country) {
  if (e < b + (after_country ? 1 : 2) || !in(e - 1, WordList::kOrgIndustry)) return false;
  for (size_t k = b; k < e; ++k) {
    if (!is_cap_word(toks_[k]) || toks_[k].has(kAllCaps)) return false;
  }
  if (e < toks_.size() && is_cap_word(toks_[e]) && !toks_[e].has(kLineBreakBefore) && match(e) &&
      match(e)->type == PhraseType::kTitle)
    return false;
  if (first_name(b)) return false;
  return after_country || (!all_common(b, e) && lex_.place_length(toks_, b) < e - b);
}

// Index of the first connector in [b, e) if it is an "and" or "&" and the
// words before it name a firm by industry_org ("Champlin Petroleum and
// ...", "Sun Refining and Marketing Co"), else e.
size_t Finder::industry_and(size_t b, size_t e) {
  size_t c = b;
  while (c < e && is_cap_word(toks_[c])) ++c;
  if (c + 1 >= e || (toks_[c].text != "and" && toks_[c].text != "&") ||
      !is_cap_word(toks_[c + 1]) || !industry_org(b, c))
    return e;
  return c;
}

// True if the first connector in [b, kw) is an "and" or "&" after a trade
// word and all words from there to the keyword at kw are common English
// words: "Sun Refining and Marketing Co" is one name, "Chrysler and Ford
// Motor Co" (a name after "and") is not; nor after a known given name
// ("David Steel and ...").
bool Finder::industry_joined(size_t b, size_t kw) {
  size_t c = b;
  while (c < kw && is_cap_word(toks_[c])) ++c;
  if (c == b || c + 1 >= kw || (toks_[c].text != "and" && toks_[c].text != "&") ||
      !in(c - 1, WordList::kOrgIndustry) || first_name(b))
    return false;
  for (size_t k = b; k < c; ++k) {
    if (toks_[k].has(kAllCaps)) return false;
  }
  for (size_t k = c + 1; k < kw; ++k) {
    if (!is_cap_word(toks_[k]) || !lex_.is_common_word(toks_[k].text) || first_name(k) || match(k))
      return false;
  }
  return true;
}

// True if the run [b, e) opens with a day's abbreviation ("Sun", "Sat")
// before another capitalized word and has an org keyword or ends in a
// trade word: the abbreviation is the firm's first word, not a date.
bool Finder::day_opens_firm(size_t b, size_t e) {
  const std::string_view w = toks_[b].text;
  if (b + 1 >= e || !is_cap_word(toks_[b + 1]) ||
      !detail::in(w, {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}))
    return false;
  return last_org_keyword(b + 1, e) != e || in(e - 1, WordList::kOrgIndustry);
}

// True if [b, e) names a body of a state: a ministry, department,
// agency, army, embassy, ... (words of the state-noun list or such
// keywords).
bool Finder::state_org(size_t b, size_t e) {
  for (size_t k = b; k < e; ++k) {
    if (!toks_[k].has(kWord)) continue;
    const std::string& w = lookup(toks_[k]);
    if (in(k, WordList::kStateNoun) ||
        detail::in(w, {"ministry",   "department", "agency",      "army",     "navy",
                       "embassy",    "parliament", "senate",      "congress", "cabinet",
                       "government", "office",     "bureau",      "service",  "court",
                       "council",    "commission", "directorate", "force",    "forces"}))
      return true;
  }
  return false;
}

// Index of the last capitalized organization keyword in [b, e), or e.
size_t Finder::last_org_keyword(size_t b, size_t e) {
  size_t found = e;
  for (size_t k = b; k < e; ++k) {
    if (is_cap_word(toks_[k]) && in(k, WordList::kOrgKeyword)) found = k;
  }
  return found;
}

// Where an organization whose (first) keyword is at `kw` ends: the whole
// run when "of"/"for" follows a keyword or the run opens with one
// ("Department of Justice"), else right after the last keyword.
size_t Finder::org_span_end(size_t kw, size_t run_end) {
  return kw + 1 < run_end && !is_cap_word(toks_[kw + 1]) ? run_end : kw + 1;
}

bool Finder::team_word(std::string_view w) {
  return w == "Sox" ||
         (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != '\'');
}

// "radio frequency interference (RFI)", "VM (virtual microscope)": true
// if the acronym at i stands in parentheses right after lower-case words
// whose initials end in its letters, or is followed by such words in
// parentheses (function words may be left out of the initials).
bool Finder::spelled_in_lower_case(size_t i) {
  std::string letters;
  for (char c : toks_[i].text) {
    if (c >= 'A' && c <= 'Z') letters += static_cast<char>(c - 'A' + 'a');
  }
  if (letters.size() < 2) return false;
  const size_t n = toks_.size();
  std::vector<size_t> words;  // the spelled-out words, in text order
  const bool before = i >= 2 && toks_[i - 1].text == "(" && i + 1 < n && toks_[i + 1].text == ")";
  if (before) {
    for (size_t j = i - 1; j > 0 && words.size() < letters.size() + 3; --j) {
      const Token& t = toks_[j - 1];
      if (!t.has(kWord) || t.has(kCapitalized) || t.has(kLineBreakBefore)) break;
      words.insert(words.begin(), j - 1);
    }
  } else if (i + 2 < n && toks_[i + 1].text == "(") {
    size_t j = i + 2;
    for (; j < n && toks_[j].has(kWord) && !toks_[j].has(kCapitalized); ++j) words.push_back(j);
    if (j >= n || toks_[j].text != ")") return false;
  } else {
    return false;
  }
  auto initials = [&](bool all) {
    std::string out;
    for (size_t k : words) {
      const std::string_view w = toks_[k].text;
      if (!all && detail::in(w, {"and", "of", "the", "for", "in", "on", "to", "a"})) continue;
      out += w[0];
    }
    return out;
  };
  for (bool all : {false, true}) {
    const std::string got = initials(all);
    if (got.size() < letters.size()) continue;
    if (before ? got.compare(got.size() - letters.size(), letters.size(), letters) == 0
               : got == letters)
      return true;
  }
  return false;
}

// Appends a mention of [b, e) and records "Name (ACR)"; returns e.
size_t Finder::emit(MentionKind kind, size_t b, size_t e, int index, int titled, bool is_name) {
  Mention m;
  m.kind = kind;
  m.first = static_cast<uint32_t>(b);
  m.last = static_cast<uint32_t>(e);
  m.index = index;
  m.titled = titled == 2;
  m.cued = titled == 1;
  m.work = titled == 3;
  m.org_cue = titled == 4;
  m.staff = titled == 5;
  m.sentence_start = toks_[b].has(kSentenceStart);
  m.after_the = b > 0 && toks_[b - 1].has(kWord) && lookup(toks_[b - 1]) == "the";
  for (size_t k = b; k < e; ++k) {
    // "King's College", "Workers' Union": no space before the possessive.
    const bool glued =
        !toks_[k].has(kSpaceBefore) &&
        (toks_[k].has(kPossessive) || toks_[k].text == "'" || toks_[k].text == "\u2019");
    if (k > b && !glued) m.name += ' ';
    m.name.append(toks_[k].text);
  }
  if (is_name) {
    size_t f = b;
    while (f + 1 < e && toks_[f].text.size() <= 2 && toks_[f].text.back() == '.') ++f;  // "K."
    m.first_name = e - b >= 2 && first_name(f);
    const bool member = e - b >= 2 && !has_org_word(b, e) && (of_org(e) || org_possessive(b));
    // Not after a quote: words in quotes are a person's ('"We will win,"
    // said Dravenholt').
    const bool quoted = b >= 2 && is_quote(toks_[b - 2]);
    m.weak_cue = m.cued && b > 0 && toks_[b - 1].has(kWord) &&
                 ((speech_verb(b - 1) && !quoted) ||
                  detail::in(lookup(toks_[b - 1]), {"told", "by", "named"}));
    m.cue_after = member || cue_after(b, e);
    m.cited = m.cue_after && citation(b, e);
    m.person_after = member || (m.cue_after && cue_after(b, e, true));
    const size_t pl = lex_.place_length(toks_, b);
    m.place = pl == e - b;
    m.place_first = pl > 0;
    m.romanized = (e - b == 2 || e - b == 3) && toks_[b].text.size() <= 6 &&
                  romanized_given_name(toks_[e - 1].text);
    m.unlikely_name = e - b >= 2 && (all_common(b, e) || foreign_article(b) || award(b, e));
  }
  if (is_name) m.listed_with = listed_with(b);
  const size_t n = toks_.size();
  if (e + 2 < n && toks_[e].text == "(" && toks_[e + 1].has(kAllCaps) && toks_[e + 2].text == ")") {
    defs_->emplace_back(std::string(toks_[e + 1].text), out_->size());
  }
  // "the NUJ (National Union of Journalists)": the name in parentheses
  // after an acronym defines it when its initials are the acronym's.
  if (b >= 2 && e < n && toks_[e].text == ")" && toks_[b - 1].text == "(" &&
      toks_[b - 2].has(kAllCaps) && initials_match(toks_[b - 2].text, b, e)) {
    defs_->emplace_back(std::string(toks_[b - 2].text), out_->size());
  }
  out_->push_back(std::move(m));
  return e;
}

// True if the capital letters of `acronym` are the initials of the
// capitalized words of [b, e) ("NUJ", "National Union of Journalists").
bool Finder::initials_match(std::string_view acronym, size_t b, size_t e) {
  std::string letters, initials;
  for (char c : acronym) {
    if (c >= 'A' && c <= 'Z') letters += c;
  }
  for (size_t k = b; k < e; ++k) {
    if (is_cap_word(toks_[k])) initials += toks_[k].text[0];
  }
  return letters.size() >= 2 && letters == initials;
}

// "Wu Chi-wai of the Democratic Party", "Frederick Fung of ADPL", "Alvin
// Yeung from the Civic Party": a name followed by "of" or "from" and an
// organization (a known one, a name ending in a keyword, an acronym) is
// a member of it, a person.
bool Finder::of_org(size_t e) {
  const size_t n = toks_.size();
  // Also in apposition: "Mike Hobday, of the League Against Cruel Sports,".
  if (e + 2 < n && toks_[e].text == ",") ++e;
  if (e + 1 >= n || (toks_[e].text != "of" && toks_[e].text != "from")) return false;
  size_t k = e + 1;
  if (toks_[k].text == "the" && k + 1 < n) ++k;
  if (!is_cap_word(toks_[k]) || toks_[k].has(kLineBreakBefore)) return false;
  if (toks_[k].has(kAllCaps) && toks_[k].text.size() >= 2 && toks_[k].text.size() <= 6 &&
      !lex_.is_acronym_stop(toks_[k].text) && !match(k))
    return true;
  const Phrase* ph = match(k);
  if (ph) return ph->type == PhraseType::kOrg;
  for (size_t j = k; j < n && j < k + 5 && is_cap_word(toks_[j]); ++j) {
    if (in(j, WordList::kOrgKeyword) && !in(j, WordList::kPlaceKeyword)) return true;
  }
  return false;
}

bool Finder::has_org_word(size_t b, size_t e) {
  for (size_t k = b; k < e; ++k) {
    if (in(k, WordList::kOrgKeyword) || in(k, WordList::kOrgHead) || in(k, WordList::kEventNoun) ||
        detail::in(toks_[k].text, {"Award", "Awards", "Prize", "Medal", "Trophy"}))
      return true;
  }
  return false;
}

// "DAB's Ben Chan", "Youngspiration's ...": an organization's possessive
// before a name (the org mention ends right before the "'s").
bool Finder::org_possessive(size_t b) {
  if (b < 2 || !toks_[b - 1].has(kPossessive) || out_->empty()) return false;
  const Mention& prev = out_->back();
  return prev.last == b - 1 &&
         (prev.kind == MentionKind::kOrg || prev.kind == MentionKind::kAcronym);
}

// True if a capitalized word of [b, e) is no common English word, is an
// org keyword or opens a phrase of the lexicon other than a title
// ("Citigroup", "Southwest Airlines", "Pentagon"; not "Art Gallery").
bool Finder::names_something(size_t b, size_t e) {
  for (size_t k = b; k < e; ++k) {
    if (!is_cap_word(toks_[k])) continue;
    if (!lex_.is_common_word(toks_[k].text) || in(k, WordList::kOrgKeyword)) return true;
    const Phrase* ph = match(k);
    if (ph && ph->type != PhraseType::kTitle) return true;
  }
  return false;
}

}  // namespace detail
}  // namespace entities
}  // namespace news
