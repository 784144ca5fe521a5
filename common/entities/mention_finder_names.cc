// Finder's rules for names and people; see mention_finder_scan.h.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/entities/mention_finder_scan.h"

namespace news {
namespace entities {
namespace detail {

// A known given name, or two joined by a hyphen ("Mary-Kate",
// "Jean-Louis").
bool Finder::first_name(size_t k) {
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
bool Finder::cue_word(size_t k) {
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

// "analysts", "auditors", "consultants": a person cue in the plural (not
// of kin or fellows: "brothers", "colleagues", "teammates"; nor "stars",
// a verb: "the film stars Tom Hanks").
bool Finder::plural_cue(size_t k) {
  if (in(k, WordList::kCueBefore) || in(k, WordList::kTeamRole) || in(k, WordList::kCueMore))
    return false;
  const std::string& w = lookup(toks_[k]);
  if (w.size() < 5 || w.back() != 's' || w.find('-') != std::string::npos ||
      detail::in(w, {"brothers", "sisters", "sons", "daughters", "cousins", "colleagues",
                     "teammates", "parents", "uncles", "aunts", "stars"}))
    return false;
  return (lex_.word_bits(w.substr(0, w.size() - 1)) &
          (Lexicon::bit(WordList::kCueBefore) | Lexicon::bit(WordList::kCueMore))) != 0;
}

// "analysts Gartner", "auditors Arthur Andersen", "consultants Booz
// Allen": a person cue in the plural before one name at i that opens with
// no known given name and starts no list ("publishers Jann Wenner and
// ...", "analysts Smith, Jones and ...") names a firm of such people.
bool Finder::firm_of_cue(size_t i, size_t end) {
  if (first_name(i)) return false;
  size_t j = i;
  while (j < end && (is_cap_word(toks_[j]) || particle_name(toks_[j]))) ++j;
  if (j < end) return false;  // "and", "of", ... inside the run
  // Nor before a connector or a list ("publishers Jann Wenner of Rolling
  // Stone Magazine and ...", "artists Mase and the Madd Rapper").
  const size_t n = toks_.size();
  // A remark in parentheses may come first ("athletes Vitas Gerulaitis
  // (tennis) and Jack Nicklaus (golf)").
  if (j < n && toks_[j].text == "(") {
    size_t c = j + 1;
    while (c < n && c < j + 8 && toks_[c].text != ")") ++c;
    if (c < n && toks_[c].text == ")") j = c + 1;
  }
  if (j >= n) return true;
  const std::string_view w = toks_[j].text;
  if (w == "of" || w == "from" || w == "for") return false;
  if (w != "," && w != "and" && w != "&" && w != "or") return true;
  size_t k = j + 1;
  if (k < n && toks_[k].text == "the") ++k;
  return !(k < n && is_cap_word(toks_[k]));
}

// True if the stopword at i is a given name that starts a name ("Bill Clinton").
bool Finder::name_starts(size_t i, size_t end) {
  return first_name(i) && i + 1 < end && is_cap_word(toks_[i + 1]) &&
         !in(i + 1, WordList::kStopword);
}

// '"It works," said Moran.': a verb of speech after a comma or a
// closing quote comes before the speaker's name.
bool Finder::speech_inversion(size_t k) {
  if (k == 0 || !in(k, WordList::kCueAfter)) return false;
  const std::string_view prev = toks_[k - 1].text;
  if (prev != "," && prev != "\"" && prev != "\u201d" && prev != "'" && prev != "\u2019")
    return false;
  const std::string& w = lookup(toks_[k]);
  if (detail::in(w, {"who", "whose", "he", "she", "his", "her", "himself", "herself"}))
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
  return detail::in(after, {",", ".", ";", "(", "!", "?", "of", "from", "\""}) || after == "\u201d";
}

// "his father, Anthony, was ...", "Jeanne's sister, Michelle.": a cue
// word after a possessive or "the", then a comma at k, then a name that the
// next comma or full stop closes.
bool Finder::kinship_apposition(size_t k) {
  const size_t n = toks_.size();
  if (toks_[k].text != "," || k < 2 || k + 2 >= n || !is_cap_word(toks_[k + 1])) return false;
  if (!toks_[k - 1].has(kWord) || toks_[k - 1].has(kCapitalized) || !cue_word(k - 1)) return false;
  const std::string& det = lookup(toks_[k - 2]);
  if (!toks_[k - 2].has(kPossessive) &&
      !detail::in(det, {"his", "her", "their", "my", "our", "your", "the"}))
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
size_t Finder::surname_first_line(size_t b, bool emit_names) {
  const size_t n = toks_.size();
  size_t k = b, last_end = b;
  while (true) {
    const size_t surname = k;
    if (k + 2 >= n || !is_cap_word(toks_[k]) || in(k, WordList::kStopword) ||
        toks_[k + 1].text != "," || !is_cap_word(toks_[k + 2]) || !first_name(k + 2))
      return b;
    k += 2;
    const size_t given = k;
    while (k < n && k < given + 3 && is_cap_word(toks_[k]) && !toks_[k].has(kLineBreakBefore)) ++k;
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
bool Finder::surname_place(size_t j, const Phrase* ph) {
  if (ph->type != PhraseType::kCountry || ph->tokens != 1 || ph->demonym || ph->all_caps ||
      toks_[j].has(kAllCaps) || j == 0)
    return false;
  const size_t g = j - 1;
  if (!is_cap_word(toks_[g]) || in(g, WordList::kStopword)) return false;
  if (!first_name(g)) {
    // A name-shaped word that is on no list, with a cue after the pair that
    // a person takes and a club or firm does not: "Valeska Paris, an
    // Australian woman", "Juan Houston, who ...".
    return toks_[g].has(kNameShape) && bits(g) == 0 && !lex_.is_common_word(toks_[g].text) &&
           match(g) == nullptr && j + 1 < toks_.size() && !is_cap_word(toks_[j + 1]) &&
           cue_after(g, j + 1, true);
  }
  return !toks_[g].has(kSentenceStart) || !lex_.is_common_word(toks_[g].text);
}

bool Finder::adverb_or_gerund(size_t k) {
  const std::string_view w = toks_[k].text;
  auto ends = [&w](std::string_view x) {
    return w.size() > x.size() + 2 && w.compare(w.size() - x.size(), x.size(), x) == 0;
  };
  // Sentence adverbs without "-ly": "Later Trump left", "Earlier Putin
  // said"; participles of the dictionary: "Injured Chelsea winger ...",
  // and "Born Jocelyn Stoker in ...".
  return ends("ing") || ends("ly") || (ends("ed") && lex_.is_common_word(w)) ||
         detail::in(
             w, {"Born", "Later", "Earlier", "Afterwards", "Afterward", "Soon", "Nonetheless",
                 "Nevertheless", "Moreover", "Furthermore", "Otherwise", "Elsewhere", "Overall"});
}

// "Chitonga-speaking", "Prize-winner", "Kong-based": a word whose part
// after the last hyphen is a lower-case common word of five letters or
// more, or "born".
bool Finder::compound_modifier(size_t k) {
  const std::string_view w = toks_[k].text;
  const size_t dash = w.rfind('-');
  if (dash == std::string_view::npos || dash == 0 || w.size() - dash - 1 < 4) return false;
  const std::string_view tail = w.substr(dash + 1);
  // Four letters are too few: "Kwok-hung", "Cheuk-ting" are given names.
  return tail[0] >= 'a' && tail[0] <= 'z' && (tail.size() >= 5 || tail == "born") &&
         lex_.is_common_word(tail);
}

// "Chris Day", "George Best", "Courtney Love": a known given name and
// one of a few stopwords that are also surnames, ending the run, are a
// name (not "Christmas Day", "Green Day": no given name).
bool Finder::stopword_surname(size_t i, size_t e, size_t end) {
  return e == i + 1 && e + 1 == end && first_name(i) && !in(i, WordList::kStopword) &&
         detail::in(toks_[e].text, {"Day", "Little", "Love", "Best", "Page", "Good", "Story"});
}

// Classifies [i, end), which holds no organization keyword, as a name
// candidate, an acronym or nothing; returns where scanning goes on.
size_t Finder::classify_name(size_t i, size_t end, int titled) {
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
  if (titled == 6) titled = firm_of_cue(i, end) ? 4 : 1;
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
  // At a sentence start before one more capitalized word too, if that
  // word is no common English word and on no list ("Rapper Eminem",
  // "Actress Roberts", "Sprinter Walker"; not "Star Trek").
  if (i + 2 == end && !first_name(i) && cue_word(i) && toks_[i].has(kSentenceStart) &&
      (toks_[i].text.back() != 's' || in(i, WordList::kCueBefore) || in(i, WordList::kTeamRole) ||
       in(i, WordList::kCueMore)) &&
      is_cap_word(toks_[i + 1]) && !toks_[i + 1].has(kAllCaps) && bits(i + 1) == 0 &&
      !lex_.is_common_word(toks_[i + 1].text) && match(i + 1) == nullptr) {
    ++i;
    titled = 1;
  }
  // "Seattle-based Zelcor", "London-listed Kazakhmys": a compound that
  // places or owns a firm opens no name; the name after it is an org
  // ("London-based Ann Lee", a given name and more, is a person's).
  if (i + 1 < end && org_compound(toks_[i], lex_) && is_cap_word(toks_[i + 1])) {
    ++i;
    titled = i + 1 < end && first_name(i) && is_cap_word(toks_[i + 1]) ? 0 : 4;
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
      detail::in(toks_[e + 1].text,
                 {"Great", "Elder", "Younger", "Conqueror", "Apostle", "Baptist", "Evangelist",
                  "Wise", "Bold", "Magnificent", "Terrible", "Pious"})) {
    e += 2;
    titled = 2;
  }
  // "Standard & Poor's", "Marks & Spencer", "Ernst & Young": names joined
  // by "&" are one firm's, unless a citation follows or they stand in
  // parentheses ("Heidenreich & Turano 2011", "(Dye & Bavelier, 2010)"),
  // the article cites works anywhere (authors: "In Carrano & Biewener's
  // study" beside "Carrano & Biewener [7]"), a cue other than "by" goes
  // before ("the move by Johnson & Johnson" is the firm's) or a known
  // given name opens them ("Ant & Dec", "Richard & Judy"; see also below).
  if (e + 1 < end && toks_[e].text == "&" && is_cap_word(toks_[e + 1]) &&
      toks_[i].text.size() > 1 && toks_[e + 1].text.size() > 1 &&
      (titled <= 0 || titled >= 4 || (titled == 1 && i > 0 && toks_[i - 1].text == "by")) &&
      !first_name(i) && !in_parentheses(i) && !cites()) {
    size_t k = e + 1;
    while (k < end && is_cap_word(toks_[k])) ++k;
    const size_t n = toks_.size();
    const bool cited = k < n && (toks_[k].has(kNumber) || toks_[k].text == "[" ||
                                 (k + 1 < n && (toks_[k].text == "(" || toks_[k].text == ",") &&
                                  toks_[k + 1].has(kNumber)));
    // Common words only ("Black & White", "Track & Field", "Dungeons &
    // Dragons") are a title or a sport unless a possessive closes them
    // ("Standard & Poor's").
    if (!cited && (!all_common(i, k) || (k < n && toks_[k].has(kPossessive)))) {
      emit(MentionKind::kOrg, i, k, -1, 4, false);
      return k;
    }
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
  if (in(e - 1, WordList::kPlaceKeyword) || in(e - 1, WordList::kPlaceMore) ||
      (e > i + 1 && (in(i, WordList::kPlacePrefix) || in(i, WordList::kPlacePrefixMore)) &&
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
    emit(spelled_in_lower_case(i) ? MentionKind::kTerm : MentionKind::kAcronym, i, e, -1, 0, false);
    return next;
  }
  // "the carmaker Toyota": an org cue before the name makes it an org,
  // and so does one after it ("a Zelcor spokesman").
  // Not a known place before a possessive: "the founder of California's
  // Maxis studio".
  if (titled == 4 && pl == e - i && e < toks_.size() && toks_[e].has(kPossessive)) titled = 0;
  if (titled == 0 && fixture_line(i, e)) {
    emit(MentionKind::kOrg, i, e, -1, 4, false);
    out_->back().fixture = true;
    return next;
  }
  if (titled == 4 || (titled == 0 && org_cue_after(i, e))) {
    emit(MentionKind::kOrg, i, e, -1, 4, false);
    return next;
  }
  // "Vera Drake star Imelda Staunton": the title of a work.
  if (titled == 0 && work_role_after(i, e)) {
    emit(MentionKind::kName, i, e, -1, 3, true);
    return next;
  }
  emit(MentionKind::kName, i, e, -1, titled, true);
  // "the Bundesbank said", "the Premiership.": one word after "the" that
  // modifies no lower-case noun ("the Blair government") is no person.
  Mention& m = out_->back();
  // Not a plural: "the Romans", "the Tagbanuas" are peoples, which GUM
  // counts as people.
  if (e == i + 1 && m.after_the && !m.titled && !m.cued && toks_[i].text.back() != 's' &&
      !modifies_noun(e))
    m.cut_short = true;
  return next;
}

// "Burnley or Blackburn v Leicester", "Bolton v Arsenal or Sheffield
// United": a line of capitalized names, scores, "v" or "vs" and "or",
// as sports news lists its fixtures, makes teams of the names on it.
// [b, e) must stand next to "v", "vs" or "or" on such a line.
bool Finder::fixture_line(size_t b, size_t e) {
  const size_t n = toks_.size();
  auto joint = [this, n](size_t k) {
    return k < n && detail::in(toks_[k].text, {"v", "vs", "or"}) && !toks_[k].has(kLineBreakBefore);
  };
  if (!joint(e) && !(b > 0 && joint(b - 1) && !toks_[b].has(kLineBreakBefore))) return false;
  size_t k = b;
  while (k > 0 && !toks_[k].has(kLineBreakBefore)) --k;
  bool versus = false;
  for (const size_t start = k; k < n && (k == start || !toks_[k].has(kLineBreakBefore)); ++k) {
    const Token& t = toks_[k];
    if (t.text == "v" || t.text == "vs") {
      versus = true;
    } else if (!(t.text == "or" || is_cap_word(t) || t.has(kNumber))) {
      return false;
    }
  }
  return versus;
}

// True if the word at k is a lower-case word that may be the noun a name
// before it modifies ("the Blair government"): not a verb of speech, a
// form of "be" or "have", a modal, a conjunction or a preposition ("the
// Bundesbank said", "the Premiership is").
bool Finder::modifies_noun(size_t k) {
  if (k >= toks_.size() || !toks_[k].has(kWord) || toks_[k].has(kCapitalized)) return false;
  if (in(k, WordList::kCueAfter)) return false;
  return !detail::in(
      lookup(toks_[k]),
      {"is",    "was",   "are", "were",  "be",    "been",   "has",  "had", "have", "will",
       "would", "could", "can", "may",   "might", "should", "must", "did", "does", "do",
       "and",   "or",    "but", "in",    "on",    "at",     "to",   "of",  "for",  "from",
       "with",  "by",    "as",  "which", "that",  "than",   "also", "not", "now"});
}

// "Wai-ching", "Jong-un", "Kwok-hung": two syllables joined by a hyphen,
// the second in lower case, as Chinese and Korean given names are
// romanized. Not when both are common English words ("Long-term"), the
// first is an English prefix ("Ex-wife", "Anti-war") or the second a
// common word of four letters or more ("Kong-based").
bool Finder::romanized_given_name(std::string_view w) {
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
  if (detail::in(first, {"ex", "co", "non", "pre", "pro", "anti", "post", "mid", "vice", "self",
                         "semi", "sub", "well", "half", "re"}))
    return false;
  // "Hong Kong-based", "New York-born": a longer common word after the
  // hyphen makes an English compound.
  if (b.size() >= 4 && lex_.is_common_word(b)) return false;
  return !(lex_.is_common_word(a) && lex_.is_common_word(b));
}

// Index of the name mention right before token b if only ",", "and",
// "or", "&" stand between them, else -1.
// A remark in parentheses may follow each name: "Foreman (Champion and
// The Victors), and Manoel de Oliveira (Gebo et l'Ombre)".
int32_t Finder::listed_with(size_t b) {
  if (out_->empty() || b < 2) return -1;
  size_t j = b;  // the list words run back from b to j
  while (j > 0 && b - j < 2 && detail::in(toks_[j - 1].text, {",", "and", "or", "&"})) --j;
  if (j == b) return -1;
  if (toks_[j - 1].text == ")") {
    size_t open = j - 1;
    while (open > 0 && j - open < 12 && toks_[open].text != "(" &&
           !toks_[open].has(kLineBreakBefore))
      --open;
    if (toks_[open].text != "(") return -1;
    j = open;
  }
  // The name that ends at j (mentions inside the parentheses come after it).
  for (size_t mi = out_->size(); mi > 0; --mi) {
    const Mention& m = (*out_)[mi - 1];
    if (m.last > j) continue;
    return m.last == j && m.kind == MentionKind::kName ? static_cast<int32_t>(mi - 1) : -1;
  }
  return -1;
}

// True if an opening parenthesis that is still open comes shortly before k
// in the same paragraph.
bool Finder::in_parentheses(size_t k) {
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
bool Finder::pronoun_cue(size_t b, size_t e, size_t k) {
  if (!in(k, WordList::kCueAfter)) return false;
  if (!(e == b + 1 && toks_[b].has(kSentenceStart))) return true;
  const std::string& w = lookup(toks_[k]);
  return w != "he" && w != "she" && w != "his" && w != "her" && w != "himself" && w != "herself";
}

// "La Dominique", "Les Saintes", "El Mirador": a name that opens with a
// foreign article is a place or a work far more often than a person.
bool Finder::foreign_article(size_t b) {
  return detail::in(toks_[b].text, {"La", "Las", "Le", "Les", "Lo", "Los", "El", "Il", "Gli", "Der",
                                    "Die", "Das", "Het"});
}

bool Finder::award(size_t b, size_t e) {
  for (size_t k = b; k < e; ++k) {
    if (detail::in(toks_[k].text, {"Award", "Awards", "Prize", "Prizes", "Medal", "Trophy",
                                   "Series", "Mysteries"}))
      return true;
  }
  return false;
}

// True if the article cites works somewhere: "et al", "[7]", "(2010)",
// "(Chin, 2010)". Computed once.
bool Finder::cites() {
  if (cites_ >= 0) return cites_ != 0;
  cites_ = 0;
  const size_t n = toks_.size();
  for (size_t k = 0; k + 2 < n && !cites_; ++k) {
    const std::string_view w = toks_[k].text;
    if (w == "et" && toks_[k + 1].text == "al") cites_ = 1;
    if (w == "[" && toks_[k + 1].has(kNumber) && toks_[k + 2].text == "]") cites_ = 1;
    if (toks_[k + 1].has(kNumber) && toks_[k + 1].text.size() == 4 && toks_[k + 2].text == ")" &&
        (w == "(" || w == ",") && (w == "(" || in_parentheses(k)))
      cites_ = 1;
  }
  return cites_ != 0;
}

// True if every word of [b, e) is a common English word and no given name.
bool Finder::all_common(size_t b, size_t e) {
  for (size_t k = b; k < e; ++k) {
    if (toks_[k].has(kWord) && (first_name(k) || !lex_.is_common_word(toks_[k].text))) return false;
  }
  return true;
}

// "said", "told", "added": a word of cue_after that is a verb, which
// clubs and firms take as well as people ("Chelsea said", "Time Warner
// said"), not a pronoun or "who".
bool Finder::speech_verb(size_t k) {
  if (!in(k, WordList::kCueAfter)) return false;
  return !detail::in(lookup(toks_[k]),
                     {"who", "whose", "he", "she", "his", "her", "himself", "herself"});
}

// True if the word `w` (a lookup form) stands somewhere before a verb of
// speech and "it" or "they", also after "that": a firm or a club
// ("Highfield said that it intends").
bool Finder::says_it(const std::string& w) {
  const size_t n = toks_.size();
  const std::string word = w;
  for (size_t k = 0; k + 2 < n; ++k) {
    if (!toks_[k].has(kCapitalized) || lookup(toks_[k]) != word || !speech_verb(k + 1)) continue;
    size_t p = k + 2;
    if (toks_[p].text == "that" && p + 1 < n) ++p;
    if (detail::in(toks_[p].text, {"it", "they"})) return true;
  }
  return false;
}

// With `person_only`, only cues that a person takes and a club or firm
// does not: no verb of speech.
bool Finder::cue_after(size_t b, size_t e, bool person_only) {
  const size_t n = toks_.size();
  // Only a person has kin or a body: "Debbie's sister", "Ruiz's knee".
  if (e + 1 < n && toks_[e].has(kPossessive) && toks_[e + 1].has(kWord) &&
      !toks_[e + 1].has(kCapitalized) && in(e + 1, WordList::kKinBody))
    return true;
  if (e < n && toks_[e].has(kPossessive)) return citation(b, e);
  if (person_act_after(b, e)) return true;
  if (e < n && toks_[e].has(kWord) && pronoun_cue(b, e, e) && !(person_only && speech_verb(e)))
    return true;
  // "the Clinton administration", "the Monti government": a leader's.
  // Not a demonym: "the Italian government" is the state's.
  if (e == b + 1 && b > 0 && e < n && toks_[b - 1].text == "the" && toks_[e].has(kWord) &&
      detail::in(toks_[e].text, {"administration", "government", "presidency", "premiership"}) &&
      match(b) == nullptr && !in(b, WordList::kStopword))
    return true;
  // '"We will win," Dravenholt said': words in quotes are a person's, as
  // in '"We will win," said Dravenholt'; not when the name says "it" or
  // "they" elsewhere ("Highfield said that it intends").
  if (e < n && speech_verb(e) && b >= 2 && is_quote(toks_[b - 1]) &&
      detail::in(toks_[b - 2].text, {",", "?", "!"}) && !says_it(lookup(toks_[b])))
    return true;
  // "Safin said he was ...", "Scalia wrote that he ...": a club or firm
  // says "it" or "they".
  if (e + 1 < n && speech_verb(e)) {
    const size_t p = e + 2 < n && toks_[e + 1].text == "that" ? e + 2 : e + 1;
    if (detail::in(lookup(toks_[p]), {"he", "she"})) return true;
  }
  // An age in apposition: "Daniel Montalvo, 19, a member of ...".
  if (e + 3 < n && toks_[e].text == "," && toks_[e + 1].has(kNumber) &&
      toks_[e + 1].text.size() <= 3 && toks_[e + 2].text == "," && toks_[e + 3].has(kWord) &&
      !toks_[e + 3].has(kCapitalized))
    return true;
  if (citation(b, e)) return true;
  if (substitute(b, e)) return true;
  if (e + 1 < n && toks_[e].text == "," && toks_[e + 1].has(kWord)) {
    const std::string& w = lookup(toks_[e + 1]);
    if (w == "who" || w == "whose") return true;
    if ((w == "a" || w == "an" || w == "the") && e + 2 < n && toks_[e + 2].has(kWord) &&
        !toks_[e + 2].has(kCapitalized) && cue_word(e + 2))
      return true;
    if (pronoun_cue(b, e, e + 1) && !(person_only && speech_verb(e + 1))) return true;
    if (e - b >= 2 && apposition_cue(e + 1)) return true;
  }
  return false;
}

// What a person does and a club, firm or place does not, right after the
// name at [b, e): a verb of the person_act list ("Anna smiled", "Ruiz
// died"), "was born", "grew up", "and I" ("Rebecca and I put it
// together"). The name must be the whole subject: not after an article,
// a preposition or another capitalized word ("one Korean died", "Father
// of Mac dies", "Apple Mac dies"), and "and I" not after a word at all
// ("against Betis and I think").
bool Finder::person_act_after(size_t b, size_t e) {
  const size_t n = toks_.size();
  if (e + 1 >= n || !toks_[e].has(kWord) || toks_[e].has(kCapitalized)) return false;
  if (b > 0 && !toks_[b].has(kSentenceStart) && toks_[b - 1].has(kWord) &&
      (toks_[b - 1].has(kCapitalized) ||
       detail::in(lookup(toks_[b - 1]), {"the", "a", "an", "one", "of", "by", "to", "for", "from",
                                         "with", "in", "on", "at", "about", "against", "into"})))
    return false;
  if (in(e, WordList::kPersonAct)) return true;
  if (!toks_[e + 1].has(kWord)) return false;
  const std::string_view w = toks_[e].text, next = toks_[e + 1].text;
  // A verb and a reflexive or "his own": "Debbie caused her own death",
  // "Ruiz hurt himself" (a club or firm says "its own", "themselves").
  if (detail::in(next, {"himself", "herself"}) ||
      (e + 2 < n && detail::in(next, {"his", "her"}) && toks_[e + 2].text == "own"))
    return true;
  if (w == "and" && (next == "I" || next == "me"))
    return b == 0 || toks_[b].has(kSentenceStart) || !toks_[b - 1].has(kWord);
  return (w == "was" && next == "born") || (w == "grew" && next == "up");
}

// "Tim Dean, director of ...", "Theresa May, shadow secretary for ...",
// "Philip Knight, chairman and chief executive, said", "Lisa Power, head
// of policy at ...": a person cue noun in the singular and lower case
// opens the apposition at k, after up to two lower-case modifiers ("shadow", "senior"; no function
// word: "Smith, Jones and his brother"; a capitalized word would make a list: "Greg Abbott, Texas
// attorney general" lists "Texas").
bool Finder::apposition_cue(size_t k) {
  const size_t n = toks_.size();
  // After an article the modifiers may be capitalized ("an Australian
  // woman", "a BBC reporter").
  const bool article = k < n && detail::in(toks_[k].text, {"a", "an", "the"});
  if (article) ++k;
  for (size_t c = k; c < n && c < k + 4; ++c) {
    const Token& t = toks_[c];
    if (article && t.has(kPossessive)) continue;  // "the organisation's president"
    if (!t.has(kWord) || t.has(kLineBreakBefore) || (t.has(kCapitalized) && !article)) return false;
    if (t.has(kCapitalized)) continue;
    const std::string w = lookup(t);
    // Nouns of people that are no cue before a name count here too ("Ann
    // Lee, an Australian woman and former ...", "John Smith, a 25-year-old
    // man from ...").
    if (in(c, WordList::kCueBefore) || in(c, WordList::kTeamRole) || in(c, WordList::kCueMore) ||
        detail::in(w, {"man", "woman", "boy", "girl", "teenager", "pensioner", "widow", "widower",
                       "resident", "head"})) {
      // Verbs and abbreviations of cue_before are no nouns ("Smith, by
      // contrast", "Jones, told ..."), and a cue before a name is that
      // name's ("At La Manga, performance director David Felgate
      // said").
      return !detail::in(w,
                         {"by", "told", "named", "dr", "mr", "mrs", "ms", "sen", "rep", "gov"}) &&
             !(c + 1 < n && is_cap_word(toks_[c + 1]));
    }
    if (detail::in(
            w, {"and",   "or",   "but",   "nor",   "his",    "her",   "their", "its", "our", "my",
                "your",  "the",  "a",     "an",    "of",     "in",    "on",    "at",  "to",  "for",
                "with",  "from", "as",    "who",   "which",  "that",  "this",  "is",  "was", "said",
                "where", "when", "while", "after", "before", "whose", "whom",  "if",  "so"}))
      return false;
  }
  return false;
}

// A player in a team sheet or a scorer in a result: a name in parentheses
// with a minute after it, right after a name or a score ("Gallas (Kezman
// 74)", "Liverpool 2 (Gerrard 45)").
bool Finder::substitute(size_t b, size_t e) {
  const size_t n = toks_.size();
  if (b < 2 || e + 1 >= n || toks_[b - 1].text != "(") return false;
  if (!is_cap_word(toks_[b - 2]) && !toks_[b - 2].has(kNumber)) return false;
  return toks_[e].has(kNumber) && toks_[e].text.size() <= 3 && toks_[e + 1].text == ")";
}

// A citation after [b, e): "Brieber et al.", "Parry (1971)", "(Chin, 2010)".
bool Finder::citation(size_t b, size_t e) {
  const size_t n = toks_.size();
  if (e + 1 < n && toks_[e].text == "et" && toks_[e + 1].text == "al") return true;
  // Names joined by "&" in an article that cites works are authors
  // ("Carrano & Biewener [7]", "In Carrano & Biewener's study").
  if (((e + 1 < n && toks_[e].text == "&" && is_cap_word(toks_[e + 1])) ||
       (b >= 2 && toks_[b - 1].text == "&" && is_cap_word(toks_[b - 2]))) &&
      cites())
    return true;
  // (Not when every word is a common word: "Seven Nights (1960)" is a film.)
  // Also after a possessive: "Navarro's (2016) analyses".
  const size_t paren = e < n && toks_[e].has(kPossessive) ? e + 1 : e;
  if (paren + 1 < n && toks_[paren].text == "(" && toks_[paren + 1].has(kNumber) &&
      toks_[paren + 1].text.size() == 4 && !all_common(b, e))
    return true;
  // Inside parentheses: "(Brieber 2014; Chin, 2010)".
  const size_t y = e < n && toks_[e].text == "," ? e + 1 : e;
  return y < n && toks_[y].has(kNumber) && toks_[y].text.size() == 4 && in_parentheses(e);
}

}  // namespace detail
}  // namespace entities
}  // namespace news
