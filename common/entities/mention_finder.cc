// Mention finding; see mention_finder.h for the contract and mention_finder_scan.h
// for the Finder, whose scan of the article and classification of runs are here.
#include "common/entities/mention_finder.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "common/entities/mention_finder_scan.h"

namespace news {
namespace entities {
namespace detail {

const Phrase Finder::kUnmatched{PhraseType::kTitle};

Finder::Finder(const std::vector<Token>& tokens, const Lexicon& lex, std::vector<Mention>* out,
               std::vector<std::pair<std::string, size_t>>* defs)
    : toks_(tokens),
      lex_(lex),
      out_(out),
      defs_(defs),
      bits_(tokens.size(), kUnknown),
      phrase_(tokens.size(), &kUnmatched) {}

void Finder::run() {
  const size_t n = toks_.size();
  size_t i = 0;
  // 1: a person cue word before, 2: a title, 3: a work noun ("the film"),
  // 4: an org cue ("the carmaker"), 5: a firm's staff and "for", "at" or
  // "of", 6: a person cue in the plural ("analysts": classify_name decides)
  int title_pending = 0;
  while (i < n) {
    const Token& t = toks_[i];
    // "JetBlue", "PlayStation", "WorldCom": a word in camel case (not
    // "McIlroy", "DiCaprio": those are name-shaped) is a brand: never a
    // person; an org with an org cue ("the carmaker DaimlerChrysler",
    // "a WorldCom spokesman") or the tagger's org label, else nothing
    // (products: "PlayStation", "BitTorrent").
    if (camel_case(t)) {
      if (title_pending >= 4 || org_cue_after(i, i + 1)) {
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
        if (i + 1 < n && toks_[i + 1].has(kCapitalized) &&
            (org_member_before(i) || deal_before(i))) {
          // Not before a known given name (no common word: "Royal Mail")
          // and more: "a spokesman for Michael Howard" speaks for a person.
          title_pending = first_name(i + 1) && !lex_.is_common_word(toks_[i + 1].text) &&
                                  i + 2 < n && is_cap_word(toks_[i + 2])
                              ? 0
                              : 4;
        } else if (i + 1 < n && toks_[i + 1].has(kCapitalized) && staff_before(i)) {
          title_pending = 5;
        } else if (i + 1 < n && toks_[i + 1].has(kCapitalized)) {
          title_pending = cue_word(i) || speech_inversion(i)                  ? 1
                          : in(i, WordList::kWorkNoun)                        ? 3
                          : in(i, WordList::kOrgCue) || org_compound(t, lex_) ? 4
                                                                              : 0;
        } else if (i + 2 < n && is_quote(toks_[i + 1]) && toks_[i + 2].has(kCapitalized)) {
          title_pending = in(i, WordList::kWorkNoun) ? 3 : in(i, WordList::kOrgCue) ? 4 : 0;
        }
        // "analysts Gartner": a cue in the plural may name a firm.
        if (title_pending == 1 && plural_cue(i)) title_pending = 6;
        // Nor past the end of a line (a heading "... aid website" above
        // "Net users ...").
        if (title_pending >= 3 && toks_[i + 1].has(kLineBreakBefore)) title_pending = 0;
        // A team of people is no sports team: "economist team Jim and
        // Margaret Cuthbert"; nor is a group, a label or a maker before a
        // known given name a firm ("film maker Ken Loach").
        if (title_pending == 4 && first_name(i + 1) &&
            detail::in(lookup(t), {"club", "clubs", "side", "team", "franchise", "group", "union",
                                   "label", "operator", "carrier", "chain", "studio", "broker",
                                   "bookmaker", "maker", "think-tank"}))
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
    // "Belgians", "Italians": a demonym in the plural (the table holds a
    // few: "North Koreans"), no person.
    if (!ph && !t.has(kAllCaps)) ph = lex_.demonym_plural(t.text);
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
        if (title_surname(i, end)) {
          i = end;
          continue;
        }
        const size_t saint = saint_possessive(i, end);
        if (saint > end) {
          i = emit(MentionKind::kPlace, i, saint, -1, 0, false);
          title_pending = 0;
          continue;
        }
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
      if (kw != run_end && toks_[kw].text == "Empire" && org_span_end(kw, run_end) == kw + 1) {
        i = emit(MentionKind::kPlace, i, kw + 1, -1, 0, false);  // "the British Empire": a realm
        continue;
      }
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
      if (ph->type == PhraseType::kCountry && industry_org(end, run_end, true)) {
        i = emit(MentionKind::kOrg, i, run_end, -1, 0, false);  // "British Steel"
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
      // "Paris-based Euronext": the name after it is an org ("US-based
      // Alistair Cragg", a given name and more, is a person's).
      title_pending = org_compound(t, lex_) && i + 1 < n && !first_name(i + 1) ? 4 : 0;
      ++i;
      continue;
    }
    const size_t run_end = extend_run(i + 1, true);
    i = classify_run(i, run_end, title_pending);
    title_pending = 0;
  }
}

// True if a title ("President") or a state noun ("officials") is at `j`.
bool Finder::state_follows(size_t j) {
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
// "John Major", "Mike Judge", "governor Mervyn King": a title that is
// also a common surname, right after a known given name (or a word after
// a cue) that was emitted as a one-word name and ending the capitalized
// words, is the surname: the name is re-emitted with it.
bool Finder::title_surname(size_t i, size_t end) {
  const size_t n = toks_.size();
  if (end != i + 1 || i == 0 || out_->empty() || (end < n && is_cap_word(toks_[end])) ||
      !detail::in(toks_[i].text, {"King", "Major", "Judge", "Dean", "Bishop", "Prince"}))
    return false;
  const Mention& m = out_->back();
  if (m.kind != MentionKind::kName || m.last != i || m.first + 1 != i || m.cut_short ||
      !(first_name(m.first) || m.cued) || in(m.first, WordList::kStopword) ||
      !toks_[i].has(kSpaceBefore))
    return false;
  const int titled = m.titled ? 2 : m.cued ? 1 : m.work ? 3 : 0;
  const size_t first = m.first;
  out_->pop_back();
  emit(MentionKind::kName, first, end, -1, titled, true);
  return true;
}

// "at St Mary's", "St James' Park", "St Andrew's": a saint's name with a
// possessive names a church, a ground or a school, as news writes them;
// a living person is never called so. Returns the end of "St Mary's",
// or end if [i, end) is no saint's title before such a name.
size_t Finder::saint_possessive(size_t i, size_t end) {
  const size_t n = toks_.size();
  if (end + 1 >= n || !detail::in(toks_[i].text, {"St", "St.", "Saint"}) ||
      !is_cap_word(toks_[end]) || toks_[end].has(kLineBreakBefore))
    return end;
  const Token& p = toks_[end + 1];
  if (p.has(kPossessive)) return end + 2;
  const bool apostrophe = p.text == "'" || p.text == "\u2019";
  return apostrophe && !p.has(kSpaceBefore) && toks_[end].text.back() == 's' ? end + 2 : end;
}

size_t Finder::extend_run(size_t j, bool after_first_word) {
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
    // "King's College", "the Transport and General Workers' Union": a
    // possessive, also a plural's bare apostrophe, before an org keyword.
    const bool plural_possessive = (t.text == "'" || t.text == "\u2019") && !t.has(kSpaceBefore) &&
                                   j > 0 && toks_[j - 1].has(kWord) &&
                                   toks_[j - 1].text.back() == 's';
    if ((t.has(kPossessive) || plural_possessive) && j + 1 < n && is_cap_word(toks_[j + 1]) &&
        in(j + 1, WordList::kOrgKeyword)) {
      ++j;
      continue;
    }
    break;
  }
  return j;
}

bool Finder::is_connector_at(size_t k) {
  const Token& t = toks_[k];
  if (is_cap_word(t)) return false;
  return t.text == "&" || (t.has(kWord) && is_org_connector(lookup(t)));
}

bool Finder::hyphenated_countries(size_t i) {
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
size_t Finder::classify_run(size_t i, size_t end, int titled) {
  // Leading stopwords ("The", "However") are not part of a name; a day's
  // abbreviation before a firm's name is ("Sun Refining and Marketing Co",
  // "Sun Co Inc").
  while (i < end && !toks_[i].has(kAllCaps) &&
         ((in(i, WordList::kStopword) && !in(i, WordList::kOrgHead) && !name_starts(i, end) &&
           !day_opens_firm(i, end)) ||
          is_connector_at(i))) {
    ++i;
  }
  if (i >= end) return end;
  const size_t kw = last_org_keyword(i, end);
  if (kw == end && titled != 2 && industry_org(i, end))
    return emit(MentionKind::kOrg, i, end, -1, 0, false);
  // "Champlin Petroleum and Texas Eastern Pipeline", "Ashland Oil and
  // Murphy Oil Corp": a firm by its trade word before "and" and another
  // name are two.
  const size_t ind = titled == 2 ? end : industry_and(i, std::min(kw, end));
  if (ind != end && (kw == end || names_something(ind + 1, kw))) {
    emit(MentionKind::kOrg, i, ind, -1, 0, false);
    return classify_run(ind + 1, end, 0);
  }
  if (kw == end) return classify_name(i, end, titled);
  // "Ashland Oil Inc and Murphy Oil Corp": an "and" right after a keyword
  // ends the first name, also when the run opens with no org word (below,
  // the org would start after the last connector and the first name be
  // taken for a person's); not after a keyword alone ("Entertainment and
  // Leisure Software Publishers Association").
  const size_t split = split_at_and(i, end);
  if (split < kw && split >= i + 2) {
    classify_run(i, split, titled);
    return classify_run(split + 1, end, 0);
  }
  // "Isabel Ruiz of Heaven Sent Gaming": unless the run opens with an
  // organization word, the organization starts after the last connector.
  // Nor when a trade word and "and" come before common words and the
  // keyword: "Sun Refining and Marketing Co", "Louisville Gas and
  // Electric Co" are one name.
  size_t org_b = i;
  if (!in(i, WordList::kOrgHead) && !in(i, WordList::kOrgKeyword) &&
      !(titled != 2 && industry_joined(i, kw))) {
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
        detail::in(toks_[org_b].text,
                   {"Parliament", "Cabinet", "Commission", "Council", "Assembly"})) {
      emit(MentionKind::kOrg, org_b, org_e, -1, 0, false);
      out_->back().bare = true;
    }
    return org_e;
  }
  // "Olympic Games", "Democratic Convention": events, not organizations.
  if (in(org_e - 1, WordList::kEventNoun))
    return emit(MentionKind::kEvent, org_b, org_e, -1, 0, false);
  // "the Roman Empire", "the British Empire": a realm, a place (the
  // keyword serves "Empire Pictures", "Galactic Empire Inc").
  if (toks_[org_e - 1].text == "Empire" && org_e - 1 == kw)
    return emit(MentionKind::kPlace, org_b, org_e, -1, 0, false);
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

}  // namespace detail

void find_mentions(const std::vector<Token>& tokens, const Lexicon& lex, std::vector<Mention>* out,
                   std::vector<std::pair<std::string, size_t>>* acronym_defs) {
  out->clear();
  acronym_defs->clear();
  detail::Finder(tokens, lex, out, acronym_defs).run();
}

}  // namespace entities
}  // namespace news
