// Mention finding; see mention_finder.h for the contract.
#include "common/entities/mention_finder.h"

#include <algorithm>

namespace news {
namespace entities {

namespace {

bool is_cap_word(const Token& t) {
  return t.has(kWord) && t.has(kCapitalized) && t.has(kNameShape);
}

// Two or more humps of a capital and two or more lower-case letters, ASCII
// only ("JetBlue", "GlaxoSmithKline"; not "SKidmoreCyber", "iPhone").
bool camel_case(const Token& t) {
  if (!t.has(kWord) || !t.has(kCapitalized) || t.has(kNameShape) || t.has(kAllCaps)) return false;
  int humps = 0;
  size_t lower = 2;
  for (char c : t.text) {
    if (c >= 'A' && c <= 'Z') {
      if (lower < 2) return false;
      ++humps;
      lower = 0;
    } else if (c >= 'a' && c <= 'z') {
      ++lower;
    } else {
      return false;
    }
  }
  return humps >= 2 && lower >= 2;
}

bool in(std::string_view w, std::initializer_list<const char*> words) {
  for (const char* x : words) {
    if (w == x) return true;
  }
  return false;
}

bool day_or_month(std::string_view w) {
  return in(w, {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"});
}

// Lowercase words that may stand inside a name ("Ludwig van Beethoven").
bool is_name_particle(std::string_view w) {
  return in(w, {"de", "du", "da", "del", "della", "der", "den", "van",  "von", "al",  "bin", "ibn",
                "la", "le", "y",  "des", "di",    "dos", "das", "bint", "ter", "ten", "el"});
}

// "al-Assad", "bin-Salman", "el-Sisi": a particle joined to a capitalized name.
bool particle_name(const Token& t) {
  const std::string_view w = t.text;
  const size_t dash = w.find('-');
  if (dash == std::string_view::npos || dash + 1 >= w.size()) return false;
  const char c = w[dash + 1];
  return c >= 'A' && c <= 'Z' && is_name_particle(w.substr(0, dash));
}

bool is_quote(const Token& t) {
  return t.text == "\"" || t.text == "\u201c" || t.text == "'" || t.text == "\u2018";
}

// Lowercase words that may join the parts of an organization's name.
bool is_org_connector(std::string_view w) { return in(w, {"of", "for", "and", "&", "on", "the"}); }

class Finder {
 public:
  Finder(const std::vector<Token>& tokens, const Lexicon& lex, std::vector<Mention>* out,
         std::vector<std::pair<std::string, size_t>>* defs)
      : toks_(tokens),
        lex_(lex),
        out_(out),
        defs_(defs),
        bits_(tokens.size(), kUnknown),
        phrase_(tokens.size(), &kUnmatched) {}

  void run() {
    const size_t n = toks_.size();
    size_t i = 0;
    // 1: a person cue word before, 2: a title, 3: a work noun ("the film"),
    // 4: an org cue ("the carmaker")
    int title_pending = 0;
    while (i < n) {
      const Token& t = toks_[i];
      // "JetBlue", "PlayStation", "WorldCom": a word in camel case (not
      // "McIlroy", "DiCaprio": those are name-shaped) is a brand: never a
      // person; an org with an org cue ("the carmaker DaimlerChrysler",
      // "a WorldCom spokesman") or the tagger's org label, else nothing
      // (products: "PlayStation", "BitTorrent").
      if (camel_case(t)) {
        if (title_pending == 4 || title_pending == 5 || org_cue_after(i, i + 1)) {
          emit(MentionKind::kOrg, i, i + 1, -1, 4, false);
        } else {
          emit(MentionKind::kName, i, i + 1, -1, 0, true);
          out_->back().cut_short = true;
        }
        title_pending = 0;
        ++i;
        continue;
      }
      if (!is_cap_word(t)) {
        if (t.has(kWord)) {
          // Only a word before a capitalized one can be a cue; a work or an
          // org may also be quoted ("the song \"Yesterday\"").
          title_pending = 0;
          if (i + 1 < n && toks_[i + 1].has(kCapitalized) && org_member_before(i)) {
            title_pending = 4;
          } else if (i + 1 < n && toks_[i + 1].has(kCapitalized) && staff_before(i)) {
            title_pending = 5;
          } else if (i + 1 < n && toks_[i + 1].has(kCapitalized)) {
            title_pending = cue_word(i) || speech_inversion(i) ? 1
                            : in(i, WordList::kWorkNoun)       ? 3
                            : in(i, WordList::kOrgCue)         ? 4
                                                               : 0;
          } else if (i + 2 < n && is_quote(toks_[i + 1]) && toks_[i + 2].has(kCapitalized)) {
            title_pending = in(i, WordList::kWorkNoun) ? 3 : in(i, WordList::kOrgCue) ? 4 : 0;
          }
          // Nor past the end of a line (a heading "... aid website" above
          // "Net users ...").
          if (title_pending >= 3 && toks_[i + 1].has(kLineBreakBefore)) title_pending = 0;
          // A team of people is no sports team: "economist team Jim and
          // Margaret Cuthbert".
          if (title_pending == 4 && first_name(i + 1) &&
              ::news::entities::in(lookup(t), {"club", "clubs", "side", "team", "franchise"}))
            title_pending = 0;
        } else if (kinship_apposition(i)) {
          title_pending = 1;
        } else if (!(t.has(kPunct) && (t.text == "-" || (t.text == "." && title_pending <= 2) ||
                                       (title_pending >= 3 && is_quote(t))))) {
          // A work noun or org cue never reaches past a full stop ("the
          // company. Net profit ...").
          title_pending = 0;
        }
        ++i;
        continue;
      }
      // A title or cue never reaches past the end of its line ("... axed
      // MP" ending a headline).
      if (t.has(kLineBreakBefore)) title_pending = 0;
      if (i == 0 || t.has(kLineBreakBefore)) {
        const size_t end = surname_first_line(i, false);
        if (end > i) {
          surname_first_line(i, true);
          title_pending = 0;
          i = end;
          continue;
        }
      }
      const size_t airline = airline_end(i);
      if (airline > i) {
        emit(MentionKind::kOrg, i, airline, -1, 0, false);
        title_pending = 0;
        i = airline;
        continue;
      }
      const Phrase* ph = match(i);
      if (ph && ph->tokens == 1 &&
          (ph->type == PhraseType::kCountry || ph->type == PhraseType::kCountryWeak) &&
          first_name(i) && i + 1 < n && is_cap_word(toks_[i + 1]) && !toks_[i + 1].has(kAllCaps) &&
          match(i + 1) == nullptr) {
        ph = nullptr;  // "Jordan Peterson", "Georgia Smith": a person, not a country
      }
      if (ph && ph->type == PhraseType::kTitle && i + ph->tokens < n &&
          toks_[i + ph->tokens].has(kPossessive)) {
        ph = nullptr;  // "King's College"
      }
      // "St. Louis", "Saint Paul": a known place that opens with a title is
      // the place ("the St. Louis Cardinals" is a team, not Louis Cardinals).
      if (ph && ph->type == PhraseType::kTitle && lex_.place_length(toks_, i) > ph->tokens) {
        ph = nullptr;
      }
      if (ph) {
        const size_t end = i + ph->tokens;
        if (ph->type == PhraseType::kTitle) {
          title_pending = 2;
          i = end;
          continue;
        }
        title_pending = 0;
        if (ph->type == PhraseType::kBlocker) {
          // "British Library", "British Columbia Lottery Corporation": blocked
          // as a country, but an organization if a keyword ends the run.
          const size_t run_end = split_at_and(i, extend_run(end));
          const size_t kw = last_org_keyword(i, run_end);
          i = kw != run_end ? emit(MentionKind::kOrg, i, org_span_end(kw, run_end), -1, 0, false)
                            : end;
          continue;
        }
        if (ph->type == PhraseType::kOrg) {
          // "BBC News", "Reuters Foundation": a known org that opens a longer
          // name ending in a keyword is that longer org.
          const size_t run_end = split_at_and(i, extend_run(end));
          const size_t kw = last_org_keyword(end, run_end);
          if (kw != run_end) {
            i = emit(MentionKind::kOrg, i, org_span_end(kw, run_end), -1, 0, false);
            continue;
          }
          i = emit(MentionKind::kOrg, i, end, ph->index, 0, false);
          continue;
        }
        // A country word that opens an organization's name: "Russian Foreign Ministry".
        const size_t run_end = split_at_and(i, extend_run(end));
        const size_t kw = last_org_keyword(end, run_end);
        if (kw != run_end) {
          // The state's own body ("Russian Foreign Ministry", "U.S. Justice
          // Department") also mentions the country; "American Academy of
          // Pediatrics" does not (no state word).
          if (state_org(end, org_span_end(kw, run_end))) {
            Mention c;
            c.kind = MentionKind::kCountry;
            c.first = static_cast<uint32_t>(i);
            c.last = static_cast<uint32_t>(end);
            c.index = ph->index;
            c.demonym = ph->demonym;
            c.state = true;
            out_->push_back(std::move(c));
          }
          i = emit(MentionKind::kOrg, i, org_span_end(kw, run_end), -1, 0, false);
          continue;
        }
        if (end < n && toks_[end].text == "$" && !toks_[end].has(kSpaceBefore)) {
          i = end + 1;  // "US$ 10 billion": a currency
          continue;
        }
        Mention m;
        m.kind = MentionKind::kCountry;
        m.first = static_cast<uint32_t>(i);
        m.last = static_cast<uint32_t>(end);
        m.index = ph->index;
        m.weak = ph->type == PhraseType::kCountryWeak;
        m.demonym = ph->demonym;
        m.state = ph->demonym && end < n && state_follows(end);
        out_->push_back(std::move(m));
        i = end;
        continue;
      }
      if (hyphenated_countries(i)) {
        title_pending = 0;
        ++i;
        continue;
      }
      const size_t run_end = extend_run(i + 1, true);
      i = classify_run(i, run_end, title_pending);
      title_pending = 0;
    }
  }

 private:
  static constexpr uint32_t kUnknown = 0xFFFFFFFF;
  static const Phrase kUnmatched;

  // Word-list bits of token k, looked up once per token.
  uint32_t bits(size_t k) {
    if (bits_[k] == kUnknown) bits_[k] = toks_[k].has(kWord) ? lex_.word_bits(lookup(toks_[k])) : 0;
    return bits_[k];
  }
  bool in(size_t k, WordList list) { return (bits(k) & Lexicon::bit(list)) != 0; }
  // A known given name, or two joined by a hyphen ("Mary-Kate",
  // "Jean-Louis").
  bool first_name(size_t k) {
    if ((bits(k) & Lexicon::kFirstNameBit) != 0) return true;
    const std::string_view w = toks_[k].text;
    const size_t dash = w.find('-');
    if (dash == std::string_view::npos || dash < 2 || dash + 3 > w.size() ||
        !toks_[k].has(kCapitalized) || !(w[dash + 1] >= 'A' && w[dash + 1] <= 'Z'))
      return false;
    std::string a, b;
    append_lookup_form(w.substr(0, dash), &a);
    append_lookup_form(w.substr(dash + 1), &b);
    return lex_.is_first_name(a) && lex_.is_first_name(b);
  }
  // A person cue word, also in the plural before a list ("publishers Jann
  // Wenner and ...") and as the last part of a compound ("singer-songwriter").
  bool cue_word(size_t k) {
    if (in(k, WordList::kCueBefore) || in(k, WordList::kTeamRole) || in(k, WordList::kCueMore))
      return true;
    const std::string& w = lookup(toks_[k]);
    const size_t dash = w.rfind('-');
    std::string_view stem(w);
    if (dash != std::string::npos && dash + 3 < w.size()) stem = stem.substr(dash + 1);
    if (stem.size() > 4 && stem.back() == 's') stem.remove_suffix(1);
    if (stem.size() == w.size()) return false;
    return (lex_.word_bits(std::string(stem)) &
            (Lexicon::bit(WordList::kCueBefore) | Lexicon::bit(WordList::kCueMore))) != 0;
  }
  // Lexicon::match at token k, computed once per token.
  const Phrase* match(size_t k) {
    if (phrase_[k] == &kUnmatched) phrase_[k] = lex_.match(toks_, k);
    return phrase_[k];
  }

  const std::string& lookup(const Token& t) {
    buf_.clear();
    append_lookup_form(t.text, &buf_);
    return buf_;
  }  // True if the stopword at i is a given name that starts a name ("Bill Clinton").
  bool name_starts(size_t i, size_t end) {
    return first_name(i) && i + 1 < end && is_cap_word(toks_[i + 1]) &&
           !in(i + 1, WordList::kStopword);
  }

  // True if a title ("President") or a state noun ("officials") is at `j`.
  bool state_follows(size_t j) {
    const Phrase* ph = toks_[j].has(kCapitalized) ? match(j) : nullptr;
    if (ph && ph->type == PhraseType::kTitle) return true;
    return toks_[j].has(kWord) && in(j, WordList::kStateNoun);
  }

  // End of the capitalized run that continues at `j`: capitalized words,
  // name particles, and "of"/"for"/"and" between capitalized words. Stops
  // before a lexicon phrase unless an "of"/"for" leads into it
  // ("University of New South Wales") or, when `after_first_word` (j is
  // the run's second word), it is the surname of a given name
  // (surname_place).
  size_t extend_run(size_t j, bool after_first_word = false) {
    const size_t n = toks_.size();
    bool after_connector = false;
    const size_t first = j;
    size_t connector = j;  // where the connectors before j begin
    while (j < n) {
      const Token& t = toks_[j];
      if (t.has(kLineBreakBefore)) break;
      if (is_cap_word(t)) {
        const Phrase* ph = match(j);
        // After "of" or "for" that follows an org keyword or head, a
        // title is part of the name too ("Office of the Deputy Prime
        // Minister", "Society for General Systems Research", "European
        // Court of Justice").
        if (ph && after_connector && (ph->type != PhraseType::kTitle || org_of(connector))) {
          j += ph->tokens;
          after_connector = false;
          continue;
        }
        if (ph && ph->type != PhraseType::kCountryWeak &&
            !(after_first_word && j == first && surname_place(j, ph))) {
          // A run never ends in its connectors ("Office of the" before a title).
          if (after_connector) j = connector;
          break;
        }
        ++j;
        after_connector = false;
        continue;
      }
      if (t.has(kWord) && particle_name(t)) {  // "Bashar al-Assad"
        ++j;
        after_connector = false;
        continue;
      }
      if (j + 1 < n && (t.has(kWord) || t.text == "&")) {
        const std::string& w = lookup(t);
        size_t k = j + 1;
        if ((w == "of" || w == "for") && k < n && lookup(toks_[k]) == "the") ++k;
        // Not to a day or month: "Blackburn Rovers on Saturday".
        if (k < n && is_cap_word(toks_[k]) && !day_or_month(toks_[k].text) &&
            (is_name_particle(lookup(t)) || is_org_connector(lookup(t)))) {
          connector = j;
          j = k;
          after_connector = true;
          continue;
        }
      }
      if (t.has(kPossessive) && j + 1 < n && is_cap_word(toks_[j + 1]) &&
          in(j + 1, WordList::kOrgKeyword)) {
        ++j;  // "King's College"
        continue;
      }
      break;
    }
    return j;
  }

  // "Air China", "Air New Zealand", "Air Deccan": "Air" before a country's
  // name or one more capitalized word that ends the name is an airline.
  // Returns the end of its name, or i ("Air Force", "Air Transport
  // Association" are runs with a keyword).
  size_t airline_end(size_t i) {
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
  bool org_of(size_t k) {
    if (k == 0 || !is_cap_word(toks_[k - 1]) ||
        !(in(k - 1, WordList::kOrgKeyword) || in(k - 1, WordList::kOrgHead)))
      return false;
    const std::string& w = lookup(toks_[k]);
    return w == "of" || w == "for";
  }

  // "a spokeswoman for Zelcor", "executives at Zelcor": "for" or "at" at k
  // after people of an organization.
  bool org_member_before(size_t k) {
    if (k == 0 || (toks_[k].text != "for" && toks_[k].text != "at")) return false;
    if (!toks_[k - 1].has(kWord) || toks_[k - 1].has(kCapitalized)) return false;
    const std::string& w = lookup(toks_[k - 1]);
    return in(k - 1, WordList::kOrgCueAfter) && w != "headquarters" && w != "subsidiary" &&
           w != "chief" && w != "boss";
  }

  // "a manager for Capgemini", "analysts at Jupiter Research", "economist
  // of Daiwa Securities": "for", "at" or "of" at k after a firm's staff.
  // The name after it is an org unless the tagger takes it for a person or
  // a place ("engineers at Valley Forge"; see Mention::staff).
  bool staff_before(size_t k) {
    const std::string_view p = toks_[k].text;
    if (k == 0 || (p != "for" && p != "at" && p != "of")) return false;
    if (!toks_[k - 1].has(kWord) || toks_[k - 1].has(kCapitalized)) return false;
    return ::news::entities::in(lookup(toks_[k - 1]),
                                {"manager", "managers", "executive", "executives", "analyst",
                                 "analysts", "economist", "economists", "engineer", "engineers",
                                 "employee", "employees", "staff", "strategist", "trader"});
  }

  // "a Zelcor spokesman", "Zelcor's employees", "Zelcor CEO Ann Lee",
  // "Zelcor said in a statement": the name [b, e) is an organization's,
  // unless it opens with a known given name or is a famous surname.
  bool org_cue_after(size_t b, size_t e) {
    const size_t n = toks_.size();
    if (team_role_after(b, e)) return true;
    if (first_name(b) || (e == b + 1 && !lex_.famous_person(lookup(toks_[b])).empty()))
      return false;
    // Nor is a common word alone ("Hiring employees", "the pensions
    // spokeswoman" written "Pensions spokeswoman").
    if (e == b + 1 && lex_.is_common_word(toks_[b].text)) return false;
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
           ::news::entities::in(what, {"statement", "filing", "release", "note"});
  }

  // "Chelsea defender William Gallas", "Bath prop Duncan Bell": a position
  // in a team between the name [b, e) and a person's name makes [b, e) the
  // team, even when it is a given name ("Chelsea") or, inside a sentence,
  // a common word ("Bath"); not a famous surname alone.
  bool team_role_after(size_t b, size_t e) {
    const size_t n = toks_.size();
    if (e + 1 >= n || !toks_[e].has(kWord) || toks_[e].has(kCapitalized) ||
        !in(e, WordList::kTeamRole) || toks_[e].has(kLineBreakBefore) ||
        !is_cap_word(toks_[e + 1]) || toks_[e + 1].has(kLineBreakBefore))
      return false;
    if (e == b + 1 && !lex_.famous_person(lookup(toks_[b])).empty()) return false;
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

  // '"It works," said Moran.': a verb of speech after a comma or a
  // closing quote comes before the speaker's name.
  bool speech_inversion(size_t k) {
    if (k == 0 || !in(k, WordList::kCueAfter)) return false;
    const std::string_view prev = toks_[k - 1].text;
    if (prev != "," && prev != "\"" && prev != "\u201d" && prev != "'" && prev != "\u2019")
      return false;
    const std::string& w = lookup(toks_[k]);
    if (::news::entities::in(w, {"who", "whose", "he", "she", "his", "her", "himself", "herself"}))
      return false;
    // The name must close the clause: '," said Moran.', 'said Moran, a
    // ...', 'said Jamie Graham of ...'; not '," said Arts minister Estelle
    // Morris', 'said Iron Maiden's Bruce Dickinson' (the speaker follows).
    const size_t n = toks_.size();
    size_t j = k + 1;
    while (j < n && (is_cap_word(toks_[j]) || particle_name(toks_[j])) &&
           !toks_[j].has(kLineBreakBefore)) {
      const Phrase* ph = match(j);
      if (ph && ph->type == PhraseType::kTitle) return false;  // "... City Councillor Ann Lee"
      ++j;
    }
    if (j >= n || toks_[j].has(kLineBreakBefore)) return true;
    const std::string_view after = toks_[j].text;
    return ::news::entities::in(after, {",", ".", ";", "(", "!", "?", "of", "from", "\""}) ||
           after == "\u201d";
  }

  // "his father, Anthony, was ...", "Jeanne's sister, Michelle.": a cue
  // word after a possessive or "the", then a comma at k, then a name that the
  // next comma or full stop closes.
  bool kinship_apposition(size_t k) {
    const size_t n = toks_.size();
    if (toks_[k].text != "," || k < 2 || k + 2 >= n || !is_cap_word(toks_[k + 1])) return false;
    if (!toks_[k - 1].has(kWord) || toks_[k - 1].has(kCapitalized) || !cue_word(k - 1))
      return false;
    const std::string& det = lookup(toks_[k - 2]);
    if (!toks_[k - 2].has(kPossessive) &&
        !::news::entities::in(det, {"his", "her", "their", "my", "our", "your", "the"}))
      return false;
    size_t e = k + 1;
    while (e < n && is_cap_word(toks_[e]) && !toks_[e].has(kLineBreakBefore)) ++e;
    return e < n && e <= k + 4 && (toks_[e].text == "," || toks_[e].text == ".");
  }

  // A line that lists authors surname first, as a bibliography does:
  // "Austen, Jane.", "Macaulay, Thomas Babington.", "Marx, Karl and
  // Engels, Friedrich." Each author is a known given name (and up to two
  // more names) after a surname and a comma; a full stop or the end of
  // the line closes the list. Returns the end of its last name, or b if
  // the line does not open with such a list;
  // with `emit_names`, appends each author as a cued name in the usual
  // order ("Jane Austen").
  size_t surname_first_line(size_t b, bool emit_names) {
    const size_t n = toks_.size();
    size_t k = b, last_end = b;
    while (true) {
      const size_t surname = k;
      if (k + 2 >= n || !is_cap_word(toks_[k]) || in(k, WordList::kStopword) ||
          toks_[k + 1].text != "," || !is_cap_word(toks_[k + 2]) || !first_name(k + 2))
        return b;
      k += 2;
      const size_t given = k;
      while (k < n && k < given + 3 && is_cap_word(toks_[k]) && !toks_[k].has(kLineBreakBefore))
        ++k;
      if (emit_names) {
        Mention m;
        m.kind = MentionKind::kName;
        m.first = static_cast<uint32_t>(surname);
        m.last = static_cast<uint32_t>(k);
        for (size_t g = given; g < k; ++g) {
          m.name.append(toks_[g].text);
          m.name += ' ';
        }
        m.name.append(toks_[surname].text);
        m.cued = m.first_name = m.sentence_start = true;
        out_->push_back(std::move(m));
      }
      last_end = k;
      if (k < n && (toks_[k].text == "and" || toks_[k].text == "&") &&
          !toks_[k].has(kLineBreakBefore)) {
        ++k;
        continue;
      }
      // A full stop or the end of the line closes the list ("Austen, Jane.
      // Pride and Prejudice" may follow on the same line).
      if (k < n && toks_[k].text == "." && !toks_[k].has(kLineBreakBefore)) return last_end;
      return k >= n || toks_[k].has(kLineBreakBefore) ? last_end : b;
    }
  }

  // "George Washington", "Jack London": a place of a country (one word,
  // not a demonym, not in capitals) right after a given name that opens
  // the run (j is its second word) is the surname. A given name that is also a common word
  // ("Will Britain ...") counts only inside a sentence.
  bool surname_place(size_t j, const Phrase* ph) {
    if (ph->type != PhraseType::kCountry || ph->tokens != 1 || ph->demonym || ph->all_caps ||
        toks_[j].has(kAllCaps) || j == 0)
      return false;
    const size_t g = j - 1;
    if (!is_cap_word(toks_[g]) || !first_name(g) || in(g, WordList::kStopword)) return false;
    return !toks_[g].has(kSentenceStart) || !lex_.is_common_word(toks_[g].text);
  }

  // Where the first of two names joined by "and" ends in the run [b, e):
  // at an "and" or "&" right after an organization keyword ("American
  // Airlines and Southwest Airlines", "the Democratic Party and Tanya Chan
  // of ..."), unless the words after it are all common English words
  // ("Birmingham Museum and Art Gallery"), else e.
  size_t split_at_and(size_t b, size_t e) {
    for (size_t c = b + 1; c + 1 < e; ++c) {
      if ((toks_[c].text == "and" || toks_[c].text == "&") && is_cap_word(toks_[c - 1]) &&
          in(c - 1, WordList::kOrgKeyword) && is_cap_word(toks_[c + 1]) &&
          names_something(c + 1, e))
        return c;
    }
    return e;
  }

  // True if [b, e) names a body of a state: a ministry, department,
  // agency, army, embassy, ... (words of the state-noun list or such
  // keywords).
  bool state_org(size_t b, size_t e) {
    for (size_t k = b; k < e; ++k) {
      if (!toks_[k].has(kWord)) continue;
      const std::string& w = lookup(toks_[k]);
      if (in(k, WordList::kStateNoun) ||
          ::news::entities::in(w,
                               {"ministry",   "department", "agency",      "army",     "navy",
                                "embassy",    "parliament", "senate",      "congress", "cabinet",
                                "government", "office",     "bureau",      "service",  "court",
                                "council",    "commission", "directorate", "force",    "forces"}))
        return true;
    }
    return false;
  }

  // Index of the last capitalized organization keyword in [b, e), or e.
  size_t last_org_keyword(size_t b, size_t e) {
    size_t found = e;
    for (size_t k = b; k < e; ++k) {
      if (is_cap_word(toks_[k]) && in(k, WordList::kOrgKeyword)) found = k;
    }
    return found;
  }

  // Where an organization whose (first) keyword is at `kw` ends: the whole
  // run when "of"/"for" follows a keyword or the run opens with one
  // ("Department of Justice"), else right after the last keyword.
  size_t org_span_end(size_t kw, size_t run_end) {
    return kw + 1 < run_end && !is_cap_word(toks_[kw + 1]) ? run_end : kw + 1;
  }

  bool adverb_or_gerund(size_t k) {
    const std::string_view w = toks_[k].text;
    auto ends = [&w](std::string_view x) {
      return w.size() > x.size() + 2 && w.compare(w.size() - x.size(), x.size(), x) == 0;
    };
    // Sentence adverbs without "-ly": "Later Trump left", "Earlier Putin
    // said"; participles of the dictionary: "Injured Chelsea winger ...",
    // and "Born Jocelyn Stoker in ...".
    return ends("ing") || ends("ly") || (ends("ed") && lex_.is_common_word(w)) ||
           ::news::entities::in(
               w, {"Born", "Later", "Earlier", "Afterwards", "Afterward", "Soon", "Nonetheless",
                   "Nevertheless", "Moreover", "Furthermore", "Otherwise", "Elsewhere", "Overall"});
  }

  // "Chitonga-speaking", "Prize-winner", "Kong-based": a word whose part
  // after the last hyphen is a lower-case common word of five letters or
  // more, or "born".
  bool compound_modifier(size_t k) {
    const std::string_view w = toks_[k].text;
    const size_t dash = w.rfind('-');
    if (dash == std::string_view::npos || dash == 0 || w.size() - dash - 1 < 4) return false;
    const std::string_view tail = w.substr(dash + 1);
    // Four letters are too few: "Kwok-hung", "Cheuk-ting" are given names.
    return tail[0] >= 'a' && tail[0] <= 'z' && (tail.size() >= 5 || tail == "born") &&
           lex_.is_common_word(tail);
  }

  static bool team_word(std::string_view w) {
    return w == "Sox" ||
           (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != '\'');
  }

  bool is_connector_at(size_t k) {
    const Token& t = toks_[k];
    if (is_cap_word(t)) return false;
    return t.text == "&" || (t.has(kWord) && is_org_connector(lookup(t)));
  }

  bool hyphenated_countries(size_t i) {
    const std::string_view w = toks_[i].text;
    if (w.find('-') == std::string_view::npos) return false;
    std::vector<Token> parts;
    size_t start = 0;
    while (start <= w.size()) {
      size_t dash = w.find('-', start);
      if (dash == std::string_view::npos) dash = w.size();
      tokenize(w.substr(start, dash - start), &part_);
      if (part_.size() == 1) parts.push_back(part_[0]);
      start = dash + 1;
    }
    std::vector<int> found;
    for (size_t p = 0; p < parts.size(); ++p) {
      std::vector<Token> one{parts[p]};
      const Phrase* ph = lex_.match(one, 0);
      if (ph && ph->type == PhraseType::kCountry && parts[p].has(kCapitalized))
        found.push_back(ph->index);
    }
    if (found.empty()) return false;
    for (int idx : found) {
      Mention m;
      m.kind = MentionKind::kCountry;
      m.first = static_cast<uint32_t>(i);
      m.last = static_cast<uint32_t>(i + 1);
      m.index = idx;
      out_->push_back(std::move(m));
    }
    return true;
  }

  // Classifies the capitalized run [i, end); returns where scanning goes on.
  size_t classify_run(size_t i, size_t end, int titled) {
    // Leading stopwords ("The", "However") are not part of a name.
    while (i < end && !toks_[i].has(kAllCaps) &&
           ((in(i, WordList::kStopword) && !in(i, WordList::kOrgHead) && !name_starts(i, end)) ||
            is_connector_at(i))) {
      ++i;
    }
    if (i >= end) return end;
    const size_t kw = last_org_keyword(i, end);
    if (kw == end) return classify_name(i, end, titled);
    // "Isabel Ruiz of Heaven Sent Gaming": unless the run opens with an
    // organization word, the organization starts after the last connector.
    size_t org_b = i;
    if (!in(i, WordList::kOrgHead) && !in(i, WordList::kOrgKeyword)) {
      for (size_t k = i + 1; k < kw; ++k) {
        if (is_connector_at(k)) org_b = k + 1;
      }
      while (org_b < kw && !is_cap_word(toks_[org_b])) ++org_b;
    }
    size_t p = i;
    while (p < org_b) {
      if (!is_cap_word(toks_[p])) {
        ++p;
        continue;
      }
      size_t conn = p;
      while (conn < org_b && !is_connector_at(conn)) ++conn;
      p = std::max(classify_name(p, conn, titled), p + 1);
      titled = 0;
    }
    const size_t org_e = org_span_end(kw, end);
    // A keyword alone ("College", "Inc.") names no organization, but a
    // state body's does: "Parliament", "the Commission" (the extractor
    // resolves it to the article's one org of that keyword); not in a
    // longer name ("Parliament Square", "Parliament Act").
    if (org_e == org_b + 1) {
      if (org_e == end && !toks_[org_b].has(kAllCaps) &&
          ::news::entities::in(toks_[org_b].text,
                               {"Parliament", "Cabinet", "Commission", "Council", "Assembly"})) {
        emit(MentionKind::kOrg, org_b, org_e, -1, 0, false);
        out_->back().bare = true;
      }
      return org_e;
    }
    // "Olympic Games", "Democratic Convention": events, not organizations.
    if (in(org_e - 1, WordList::kEventNoun))
      return emit(MentionKind::kEvent, org_b, org_e, -1, 0, false);
    // "American Airlines and Southwest Airlines": two organizations; so are
    // an org and a name that opens with a known given name ("the Labour
    // Party and Frederick Fung of ADPL"; not of common words only: "Museum
    // and Art Gallery").
    for (size_t c = org_b + 2; c + 1 < org_e; ++c) {
      if ((toks_[c].text == "and" || toks_[c].text == "&") && in(c - 1, WordList::kOrgKeyword) &&
          is_cap_word(toks_[c + 1]) &&
          (last_org_keyword(c + 1, end) != end ||
           (c + 2 < end && first_name(c + 1) && is_cap_word(toks_[c + 2]) &&
            names_something(c + 1, end)))) {
        emit(MentionKind::kOrg, org_b, c, -1, 0, false);
        return classify_run(c + 1, end, 0);
      }
      // So are an org and a name after "and" that ends the run, unless
      // its words are common English words ("Deutsche Bank and Citigroup",
      // "Champions League and Liverpool"; not "Birmingham Museum and Art
      // Gallery"): scanning goes on after the "and".
      if (c == kw + 1 && (toks_[c].text == "and" || toks_[c].text == "&") &&
          is_cap_word(toks_[c + 1]) && names_something(c + 1, end)) {
        emit(MentionKind::kOrg, org_b, c, -1, 0, false);
        return c + 1;
      }
    }
    // "When the Soviet Union ...": a run joined by "the" can end in a
    // country's name that ends in a keyword; that is the country.
    const Phrase* ph = match(org_b);
    if (ph && ph->type == PhraseType::kCountry && !ph->demonym && org_b + ph->tokens == org_e) {
      Mention c;
      c.kind = MentionKind::kCountry;
      c.first = static_cast<uint32_t>(org_b);
      c.last = static_cast<uint32_t>(org_e);
      c.index = ph->index;
      out_->push_back(std::move(c));
      return org_e;
    }
    return emit(MentionKind::kOrg, org_b, org_e, -1, 0, false);
  }

  // "Chris Day", "George Best", "Courtney Love": a known given name and
  // one of a few stopwords that are also surnames, ending the run, are a
  // name (not "Christmas Day", "Green Day": no given name).
  bool stopword_surname(size_t i, size_t e, size_t end) {
    return e == i + 1 && e + 1 == end && first_name(i) && !in(i, WordList::kStopword) &&
           ::news::entities::in(toks_[e].text,
                                {"Day", "Little", "Love", "Best", "Page", "Good", "Story"});
  }

  // Classifies [i, end), which holds no organization keyword, as a name
  // candidate, an acronym or nothing; returns where scanning goes on.
  size_t classify_name(size_t i, size_t end, int titled) {
    while (i < end && !toks_[i].has(kAllCaps) && in(i, WordList::kStopword) && !name_starts(i, end))
      ++i;
    // "Considering Socotra", "Eventually Smith": an opening adverb or
    // gerund is not part of the name.
    if (i + 1 < end && toks_[i].has(kSentenceStart) && !first_name(i) && adverb_or_gerund(i)) {
      ++i;
      // And a stopword after it ("Earlier Conservative Graham Brady said").
      while (i + 1 < end && !toks_[i].has(kAllCaps) && in(i, WordList::kStopword) &&
             !name_starts(i, end))
        ++i;
    }
    // "Actor Tom Hanks", "Fly-half Stephen Jones", "US Attorney David
    // Kelley": a cue word opening a sentence or after a capitalized word
    // before two more capitalized words is a cue, not part of the name
    // ("Star Trek" keeps its first word; no plural: "Queens Park
    // Rangers"; not "Imam Khomeini International Airport" after "new").
    if (i + 2 < end && !first_name(i) && cue_word(i) &&
        (toks_[i].has(kSentenceStart) || (i > 0 && toks_[i - 1].has(kCapitalized))) &&
        (toks_[i].text.back() != 's' || in(i, WordList::kCueBefore) || in(i, WordList::kTeamRole) ||
         in(i, WordList::kCueMore)) &&
        is_cap_word(toks_[i + 1]) && is_cap_word(toks_[i + 2])) {
      ++i;
      titled = 1;
    }
    if (i >= end) return end;
    // A name ends at the first connector ("Trump and Putin").
    size_t e = i + 1;
    while (e < end) {
      const Token& t = toks_[e];
      if (!is_cap_word(t) && !(t.has(kWord) && (is_name_particle(lookup(t)) || particle_name(t))))
        break;
      if (is_cap_word(t) && !t.has(kAllCaps) && in(e, WordList::kStopword) && !first_name(e) &&
          !stopword_surname(i, e, end))
        break;
      ++e;
    }
    // "Peter the Great", "John the Baptist": an epithet after "the" is part
    // of a name and says it is a person's.
    if (e + 1 < end && toks_[e].text == "the" &&
        ::news::entities::in(toks_[e + 1].text,
                             {"Great", "Elder", "Younger", "Conqueror", "Apostle", "Baptist",
                              "Evangelist", "Wise", "Bold", "Magnificent", "Terrible", "Pious"})) {
      e += 2;
      titled = 2;
    }
    const size_t next = e;
    // "by George SKidmoreCyber": a lone word before a capitalized word of
    // no name shape on the same line is a name cut short (a caption or
    // credit glued to the next line), not a one-word name.
    if (e == i + 1 && e < toks_.size() && toks_[e].has(kWord) && toks_[e].has(kCapitalized) &&
        !toks_[e].has(kNameShape) && !toks_[e].has(kAllCaps) && !toks_[e].has(kLineBreakBefore)) {
      emit(MentionKind::kName, i, e, -1, titled, true);
      out_->back().cut_short = true;
      return next;
    }
    // "Chitonga-speaking", "a Booker Prize-winner": a name that ends in a
    // compound with a common lower-case word after the hyphen is a
    // modifier or a description, no person.
    if (compound_modifier(e - 1)) {
      emit(MentionKind::kName, i, e, -1, titled, true);
      out_->back().cut_short = true;
      return next;
    }
    // "Summer Olympic Games": the name of an event, not of a person.
    if (e < end && in(e, WordList::kEventNoun)) {
      emit(MentionKind::kEvent, i, e + 1, -1, 0, false);
      return next;
    }
    // A trailing name particle is not part of the name.
    while (e > i + 1 && !is_cap_word(toks_[e - 1]) && !particle_name(toks_[e - 1])) --e;
    // "Boston Red Sox", "Tampa Bay Rays": a known city or state and a
    // plural is a sports team.
    const size_t pl = lex_.place_length(toks_, i);
    if (pl > 0 && i + pl < e && e - (i + pl) <= 2 && team_word(toks_[e - 1].text)) {
      emit(MentionKind::kOrg, i, e, -1, 0, false);
      return next;
    }
    if (in(e - 1, WordList::kPlaceKeyword) ||
        (e > i + 1 && in(i, WordList::kPlacePrefix) &&
         (!first_name(i) || lex_.is_common_word(toks_[i].text)))) {  // "Fort Lee", "Port Hutt"
      emit(MentionKind::kPlace, i, e, -1, 0, false);
      return next;
    }
    if (in(e - 1, WordList::kEventNoun) || in(i, WordList::kEventPrefix)) {
      emit(MentionKind::kEvent, i, e, -1, 0, false);
      return next;
    }
    if (e == i + 1 && toks_[i].has(kAllCaps)) {
      if (lex_.is_acronym_stop(toks_[i].text)) return next;
      emit(spelled_in_lower_case(i) ? MentionKind::kTerm : MentionKind::kAcronym, i, e, -1, 0,
           false);
      return next;
    }
    // "the carmaker Toyota": an org cue before the name makes it an org,
    // and so does one after it ("a Zelcor spokesman").
    if (titled == 4 || (titled == 0 && org_cue_after(i, e))) {
      emit(MentionKind::kOrg, i, e, -1, 4, false);
      return next;
    }
    emit(MentionKind::kName, i, e, -1, titled, true);
    return next;
  }

  // "radio frequency interference (RFI)", "VM (virtual microscope)": true
  // if the acronym at i stands in parentheses right after lower-case words
  // whose initials end in its letters, or is followed by such words in
  // parentheses (function words may be left out of the initials).
  bool spelled_in_lower_case(size_t i) {
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
        if (!all && ::news::entities::in(w, {"and", "of", "the", "for", "in", "on", "to", "a"}))
          continue;
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
  size_t emit(MentionKind kind, size_t b, size_t e, int index, int titled, bool is_name) {
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
      if (k > b) m.name += ' ';
      m.name.append(toks_[k].text);
    }
    if (is_name) {
      size_t f = b;
      while (f + 1 < e && toks_[f].text.size() <= 2 && toks_[f].text.back() == '.') ++f;  // "K."
      m.first_name = e - b >= 2 && first_name(f);
      m.cue_after = cue_after(b, e) ||
                    (e - b >= 2 && !has_org_word(b, e) && (of_org(e) || org_possessive(b)));
      m.cited = m.cue_after && citation(b, e);
      m.place = lex_.place_length(toks_, b) == e - b;
      m.romanized = (e - b == 2 || e - b == 3) && toks_[b].text.size() <= 6 &&
                    romanized_given_name(toks_[e - 1].text);
      m.unlikely_name = e - b >= 2 && (all_common(b, e) || foreign_article(b) || award(b, e));
    }
    if (is_name) m.listed_with = listed_with(b);
    const size_t n = toks_.size();
    if (e + 2 < n && toks_[e].text == "(" && toks_[e + 1].has(kAllCaps) &&
        toks_[e + 2].text == ")") {
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
  bool initials_match(std::string_view acronym, size_t b, size_t e) {
    std::string letters, initials;
    for (char c : acronym) {
      if (c >= 'A' && c <= 'Z') letters += c;
    }
    for (size_t k = b; k < e; ++k) {
      if (is_cap_word(toks_[k])) initials += toks_[k].text[0];
    }
    return letters.size() >= 2 && letters == initials;
  }

  // "Wai-ching", "Jong-un", "Kwok-hung": two syllables joined by a hyphen,
  // the second in lower case, as Chinese and Korean given names are
  // romanized. Not when both are common English words ("Long-term"), the
  // first is an English prefix ("Ex-wife", "Anti-war") or the second a
  // common word of four letters or more ("Kong-based").
  bool romanized_given_name(std::string_view w) {
    const size_t dash = w.find('-');
    if (dash == std::string_view::npos || dash < 2 || dash > 5) return false;
    const std::string_view a = w.substr(0, dash), b = w.substr(dash + 1);
    if (b.size() < 2 || b.size() > 5 || !(a[0] >= 'A' && a[0] <= 'Z')) return false;
    for (size_t k = 1; k < a.size(); ++k) {
      if (!(a[k] >= 'a' && a[k] <= 'z')) return false;
    }
    for (char c : b) {
      if (!(c >= 'a' && c <= 'z')) return false;
    }
    std::string first;
    ascii_lower(a, &first);
    if (::news::entities::in(first, {"ex", "co", "non", "pre", "pro", "anti", "post", "mid", "vice",
                                     "self", "semi", "sub", "well", "half", "re"}))
      return false;
    // "Hong Kong-based", "New York-born": a longer common word after the
    // hyphen makes an English compound.
    if (b.size() >= 4 && lex_.is_common_word(b)) return false;
    return !(lex_.is_common_word(a) && lex_.is_common_word(b));
  }

  // Index of the name mention right before token b if only ",", "and",
  // "or", "&" stand between them, else -1.
  int32_t listed_with(size_t b) {
    if (out_->empty() || out_->back().kind != MentionKind::kName) return -1;
    const size_t prev_end = out_->back().last;
    if (prev_end >= b || b - prev_end > 2) return -1;
    for (size_t k = prev_end; k < b; ++k) {
      const std::string_view w = toks_[k].text;
      if (w != "," && w != "and" && w != "or" && w != "&") return -1;
    }
    return static_cast<int32_t>(out_->size() - 1);
  }

  // True if an opening parenthesis that is still open comes shortly before k
  // in the same paragraph.
  bool in_parentheses(size_t k) {
    for (size_t j = k, steps = 0; j > 0 && steps < 40; --j, ++steps) {
      const Token& t = toks_[j - 1];
      if (t.text == ")") return false;
      if (t.text == "(") return true;
      if (t.has(kLineBreakBefore)) return false;
    }
    return false;
  }

  // A pronoun after a name says less than a verb: after a single word that
  // opens a sentence ("Nevertheless, her ...", "Discussing his ...") it is
  // no cue.
  bool pronoun_cue(size_t b, size_t e, size_t k) {
    if (!in(k, WordList::kCueAfter)) return false;
    if (!(e == b + 1 && toks_[b].has(kSentenceStart))) return true;
    const std::string& w = lookup(toks_[k]);
    return w != "he" && w != "she" && w != "his" && w != "her" && w != "himself" && w != "herself";
  }

  // "Wu Chi-wai of the Democratic Party", "Frederick Fung of ADPL", "Alvin
  // Yeung from the Civic Party": a name followed by "of" or "from" and an
  // organization (a known one, a name ending in a keyword, an acronym) is
  // a member of it, a person.
  bool of_org(size_t e) {
    const size_t n = toks_.size();
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

  bool has_org_word(size_t b, size_t e) {
    for (size_t k = b; k < e; ++k) {
      if (in(k, WordList::kOrgKeyword) || in(k, WordList::kOrgHead) ||
          in(k, WordList::kEventNoun) ||
          ::news::entities::in(toks_[k].text, {"Award", "Awards", "Prize", "Medal", "Trophy"}))
        return true;
    }
    return false;
  }

  // "DAB's Ben Chan", "Youngspiration's ...": an organization's possessive
  // before a name (the org mention ends right before the "'s").
  bool org_possessive(size_t b) {
    if (b < 2 || !toks_[b - 1].has(kPossessive) || out_->empty()) return false;
    const Mention& prev = out_->back();
    return prev.last == b - 1 &&
           (prev.kind == MentionKind::kOrg || prev.kind == MentionKind::kAcronym);
  }

  // "La Dominique", "Les Saintes", "El Mirador": a name that opens with a
  // foreign article is a place or a work far more often than a person.
  bool foreign_article(size_t b) {
    return ::news::entities::in(toks_[b].text, {"La", "Las", "Le", "Les", "Lo", "Los", "El", "Il",
                                                "Gli", "Der", "Die", "Das", "Het"});
  }

  bool award(size_t b, size_t e) {
    for (size_t k = b; k < e; ++k) {
      if (::news::entities::in(toks_[k].text, {"Award", "Awards", "Prize", "Prizes", "Medal",
                                               "Trophy", "Series", "Mysteries"}))
        return true;
    }
    return false;
  }

  // True if a capitalized word of [b, e) is no common English word, is an
  // org keyword or opens a phrase of the lexicon other than a title
  // ("Citigroup", "Southwest Airlines", "Pentagon"; not "Art Gallery").
  bool names_something(size_t b, size_t e) {
    for (size_t k = b; k < e; ++k) {
      if (!is_cap_word(toks_[k])) continue;
      if (!lex_.is_common_word(toks_[k].text) || in(k, WordList::kOrgKeyword)) return true;
      const Phrase* ph = match(k);
      if (ph && ph->type != PhraseType::kTitle) return true;
    }
    return false;
  }

  // True if every word of [b, e) is a common English word and no given name.
  bool all_common(size_t b, size_t e) {
    for (size_t k = b; k < e; ++k) {
      if (toks_[k].has(kWord) && (first_name(k) || !lex_.is_common_word(toks_[k].text)))
        return false;
    }
    return true;
  }

  bool cue_after(size_t b, size_t e) {
    const size_t n = toks_.size();
    if (e < n && toks_[e].has(kPossessive)) return false;
    if (e < n && toks_[e].has(kWord) && pronoun_cue(b, e, e)) return true;
    // An age in apposition: "Daniel Montalvo, 19, a member of ...".
    if (e + 3 < n && toks_[e].text == "," && toks_[e + 1].has(kNumber) &&
        toks_[e + 1].text.size() <= 3 && toks_[e + 2].text == "," && toks_[e + 3].has(kWord) &&
        !toks_[e + 3].has(kCapitalized))
      return true;
    if (citation(b, e)) return true;
    if (e + 1 < n && toks_[e].text == "," && toks_[e + 1].has(kWord)) {
      const std::string& w = lookup(toks_[e + 1]);
      if (w == "who" || w == "whose") return true;
      if ((w == "a" || w == "an" || w == "the") && e + 2 < n && toks_[e + 2].has(kWord) &&
          !toks_[e + 2].has(kCapitalized) && cue_word(e + 2))
        return true;
      if (pronoun_cue(b, e, e + 1)) return true;
    }
    return false;
  }

  // A citation after [b, e): "Brieber et al.", "Parry (1971)", "(Chin, 2010)".
  bool citation(size_t b, size_t e) {
    const size_t n = toks_.size();
    if (e + 1 < n && toks_[e].text == "et" && toks_[e + 1].text == "al") return true;
    // (Not when every word is a common word: "Seven Nights (1960)" is a film.)
    if (e + 1 < n && toks_[e].text == "(" && toks_[e + 1].has(kNumber) &&
        toks_[e + 1].text.size() == 4 && !all_common(b, e))
      return true;
    // Inside parentheses: "(Brieber 2014; Chin, 2010)".
    const size_t y = e < n && toks_[e].text == "," ? e + 1 : e;
    return y < n && toks_[y].has(kNumber) && toks_[y].text.size() == 4 && in_parentheses(e);
  }

  const std::vector<Token>& toks_;
  const Lexicon& lex_;
  std::vector<Mention>* out_;
  std::vector<std::pair<std::string, size_t>>* defs_;
  std::string buf_;
  std::vector<Token> part_;
  std::vector<uint32_t> bits_;
  std::vector<const Phrase*> phrase_;
};

const Phrase Finder::kUnmatched{PhraseType::kTitle};

}  // namespace

void find_mentions(const std::vector<Token>& tokens, const Lexicon& lex, std::vector<Mention>* out,
                   std::vector<std::pair<std::string, size_t>>* acronym_defs) {
  out->clear();
  acronym_defs->clear();
  Finder(tokens, lex, out, acronym_defs).run();
}

}  // namespace entities
}  // namespace news
