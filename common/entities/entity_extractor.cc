// EntityExtractor: the pipeline tokenize -> mentions -> people, countries,
// organizations, events. See entity_extractor.h for the contract and
// docs/entities.md for the method.
#include "common/entities/entity_extractor.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_set>

#include "common/entities/embedded_data.h"
#include "common/entities/event_finder.h"
#include "common/entities/facet_values.h"
#include "common/entities/lexicon.h"
#include "common/entities/mention_finder.h"
#include "common/entities/person_resolver.h"
#include "common/entities/tagger.h"
#include "common/entities/tokenizer.h"
#include "common/text_normalize.h"

namespace news {

namespace {

int kind_rank(const std::string& kind) {
  if (kind == "person") return 0;
  if (kind == "country") return 1;
  if (kind == "org") return 2;
  return 3;
}

int year_of_date(const std::string& date) {
  if (date.size() < 4) return 0;
  int y = 0;
  for (size_t i = 0; i < 4; ++i) {
    if (date[i] < '0' || date[i] > '9') return 0;
    y = y * 10 + (date[i] - '0');
  }
  return y;
}

// Counts mentions per id, remembering the display name of each id.
class Tally {
 public:
  void add(const std::string& kind, const std::string& id, const std::string& name, int n = 1) {
    auto [it, fresh] = index_.emplace(id, entities_.size());
    if (fresh) {
      entities_.push_back({kind, id, name, 0});
    }
    entities_[it->second].count += n;
  }
  std::vector<Entity> take() { return std::move(entities_); }

 private:
  std::map<std::string, size_t> index_;
  std::vector<Entity> entities_;
};

}  // namespace

struct EntityExtractor::Impl {
  // `model` must outlive the Impl when `lazy`: the compiled-in model does.
  Impl(std::string_view model, bool lazy) : model_text(model) {
    if (!lazy) tagger_ = std::make_unique<entities::Tagger>(model);
  }
  // The tagger, built on first use: a searcher resolves query words with
  // the lexicon and never tags, and building the tagger is a third of an
  // extractor's construction (about 15 of 45 ms), paid by every
  // news-searcher command.
  const entities::Tagger& tagger() {
    std::call_once(tagger_once_, [this] {
      if (!tagger_) tagger_ = std::make_unique<entities::Tagger>(model_text);
    });
    return *tagger_;
  }
  entities::Lexicon lex;
  std::string_view model_text;

 private:
  std::once_flag tagger_once_;
  std::unique_ptr<entities::Tagger> tagger_;
};

namespace entities {
namespace {

// True if the mention is a capital letter, with or without a full stop,
// and one more name-shaped word ("N Mas", "J. Smith").
bool initial_and_surname(const std::vector<Token>& tokens, const Mention& m) {
  if (m.last != m.first + 2) return false;
  const std::string_view w = tokens[m.first].text;
  const bool initial =
      (w.size() == 1 || (w.size() == 2 && w[1] == '.')) && w[0] >= 'A' && w[0] <= 'Z';
  return initial && tokens[m.first + 1].has(kNameShape);
}

std::string lookup_form(const Token& t) {
  std::string key;
  append_lookup_form(t.text, &key);
  return key;
}

// Combines the tagger's spans with the rule mentions: each name candidate
// gets the tagger's majority label over its words (an organization or a
// place without a title or cue stops being a person candidate), and spans
// no mention touches add organizations and name candidates.
void apply_tagger(const std::vector<Token>& tokens, const std::vector<Label>& labels,
                  const Lexicon& lex, std::vector<Mention>* mentions) {
  std::vector<uint8_t> covered(tokens.size(), 0);
  for (Mention& m : *mentions) {
    int votes[4] = {};
    for (uint32_t k = m.first; k < m.last && k < tokens.size(); ++k) {
      covered[k] = 1;
      const Label l = labels[k];
      votes[l == kO ? 0 : (l - 1) / 2 + 1]++;
    }
    if (m.kind != MentionKind::kName && m.kind != MentionKind::kAcronym) continue;
    int best = 0;
    for (int t = 1; t < 4; ++t) {
      if (votes[t] > votes[best]) best = t;
    }
    m.tag = static_cast<uint8_t>(best);
    m.person_words = static_cast<uint8_t>(std::min(votes[1], 255));
    m.other_words = static_cast<uint8_t>(std::min(votes[2] + votes[3], 255));
    if (m.kind == MentionKind::kAcronym) {
      if (best == 2) m.kind = MentionKind::kOrg;  // "WHO", used once
      continue;
    }
    // A firm's staff before it ("analysts at Jupiter Research") makes an
    // org of a name the tagger takes for neither a person nor a place, and
    // that opens with no known given name.
    if (m.staff && best != 1 && best != 3 && !m.place && !m.first_name &&
        !(m.last == m.first + 1 && lex.is_first_name(lookup_form(tokens[m.first])))) {
      m.kind = MentionKind::kOrg;
      m.org_cue = true;
      continue;
    }
    // A cue after a single word ("Zelcor said") does not outweigh the
    // tagger's org: organizations say things too. An initial and a surname
    // ("N Mas", "W Servat" in a team sheet) stay a name.
    if (best == 2 && !m.titled && !m.cued && (!m.cue_after || m.last == m.first + 1) &&
        !initial_and_surname(tokens, m))
      m.kind = MentionKind::kOrg;
  }
  const size_t first_span = mentions->size();
  for (const TagSpan& s : Tagger::spans(labels, tokens)) {
    if (s.type == SpanType::kPlace) continue;
    // An acronym of the stop list alone ("GNP", "CEO") is no name.
    if (s.last == s.first + 1 && lex.is_acronym_stop(tokens[s.first].text)) continue;
    bool free = true, named = false;
    std::string key;
    for (uint32_t k = s.first; k < s.last; ++k) {
      free = free && !covered[k];
      key.clear();
      append_lookup_form(tokens[k].text, &key);
      if (key.size() >= 2 && !(lex.word_bits(key) & Lexicon::bit(WordList::kStopword)))
        named = true;
    }
    if (!free || !named) continue;
    Mention m;
    m.kind = s.type == SpanType::kOrg ? MentionKind::kOrg : MentionKind::kName;
    m.first = s.first;
    m.last = s.last;
    m.tag = s.type == SpanType::kOrg ? 2 : 1;
    m.sentence_start = tokens[s.first].has(kSentenceStart);
    const size_t pl = lex.place_length(tokens, s.first);
    m.place = pl == s.last - s.first;
    m.place_first = pl > 0;
    for (uint32_t k = s.first; k < s.last; ++k) {
      if (k > s.first) m.name += ' ';
      m.name.append(tokens[k].text);
    }
    mentions->push_back(std::move(m));
  }
  // A name from a span is listed with the name before it as the rules'
  // names are ("Elisha Cuthbert, Chad Michael Murray, and Paris Hilton").
  if (mentions->size() == first_span) return;
  std::vector<int> name_ends(tokens.size() + 1, -1);
  for (size_t mi = 0; mi < mentions->size(); ++mi) {
    const Mention& m = (*mentions)[mi];
    if (m.kind == MentionKind::kName && m.last <= tokens.size())
      name_ends[m.last] = static_cast<int>(mi);
  }
  for (size_t mi = first_span; mi < mentions->size(); ++mi) {
    Mention& m = (*mentions)[mi];
    if (m.kind != MentionKind::kName) continue;
    size_t j = m.first;
    while (j > 0 && m.first - j < 2 &&
           (tokens[j - 1].text == "," || tokens[j - 1].text == "and" ||
            tokens[j - 1].text == "or" || tokens[j - 1].text == "&"))
      --j;
    if (j < m.first) m.listed_with = name_ends[j];
  }
}

// A person's organization: "Cheng Chung-tai of Civic Passion", "Nick
// Rhodes of Duran Duran", "Demosisto's Nathan Law". A name candidate right
// after a person's name and "of" or "from" (with or without "the"), or
// right before "'s" and a person's name, is an org when it is no given
// name, famous surname or place ("of Springfield, Ill." is a home town:
// a comma after the name says so) and the capitalized words end with it. The person is a name of
// two words or more with a known given name or a romanized one ("Yau Wai-ching").
void member_orgs(const std::vector<Token>& tokens, const Lexicon& lex,
                 std::vector<Mention>* mentions) {
  std::vector<int> starts(tokens.size() + 1, -1), ends(tokens.size() + 1, -1);
  for (size_t mi = 0; mi < mentions->size(); ++mi) {
    const Mention& m = (*mentions)[mi];
    // An acronym is a member's org too: "Frederick Fung of ADPL", "DAB's Ben Chan".
    if (m.kind != MentionKind::kName && m.kind != MentionKind::kAcronym) continue;
    starts[m.first] = static_cast<int>(mi);
    ends[m.last] = static_cast<int>(mi);
  }
  auto person = [](const Mention& m) {
    return m.kind == MentionKind::kName && m.last >= m.first + 2 && (m.first_name || m.romanized);
  };
  std::string key;
  auto org_candidate = [&](const Mention& o) {
    if (o.kind == MentionKind::kAcronym) return !lex.is_acronym_stop(tokens[o.first].text);
    if (o.kind != MentionKind::kName || o.place || o.first_name || o.romanized || o.titled ||
        o.cued || o.tag == 3 || o.work)
      return false;
    key.clear();
    append_lookup_form(tokens[o.first].text, &key);
    if (o.last == o.first + 1 && (lex.is_first_name(key) || !lex.famous_person(key).empty()))
      return false;
    // Nor when the name goes on ("Civic Party" cut at a stopword, "Studio 54").
    if (o.last >= tokens.size()) return true;
    const Token& after = tokens[o.last];
    if (after.has(kLineBreakBefore)) return true;
    return after.text != "," && !after.has(kCapitalized) && !after.has(kNumber);
  };
  // The member is evidence enough: the org needs no further cue (a
  // sentence-initial or common word alone is an org here).
  auto make_org = [mentions](int o) {
    Mention& org = (*mentions)[static_cast<size_t>(o)];
    org.kind = MentionKind::kOrg;
    org.org_cue = true;
  };
  for (const Mention& m : *mentions) {
    if (!person(m)) continue;
    size_t k = m.last;
    if (k + 1 < tokens.size() && (tokens[k].text == "of" || tokens[k].text == "from")) {
      ++k;
      if (tokens[k].text == "the") ++k;
      const int o = starts[k];
      if (o >= 0 && org_candidate((*mentions)[static_cast<size_t>(o)])) make_org(o);
    }
    if (m.first >= 2 && tokens[m.first - 1].has(kPossessive)) {
      const int o = ends[m.first - 1];
      if (o >= 0 && org_candidate((*mentions)[static_cast<size_t>(o)])) make_org(o);
    }
  }
}

// "Chelsea have", "Yukos are": one capitalized word with a plural verb is
// a team or a company (British usage), not a person, and so is one
// followed by ", which", unless a list or an
// auxiliary comes before it ("Smith and Jones have", "would Smith have"):
// no name candidate of that word anywhere in the article is a person
// (a tagger's org label still makes it an org).
void collective_verbs(const std::vector<Token>& tokens, std::vector<Mention>* mentions) {
  std::unordered_set<std::string> words;
  for (Mention& m : *mentions) {
    if (m.kind != MentionKind::kName || m.last != m.first + 1 || m.titled || m.cued ||
        m.last >= tokens.size() || m.listed_with >= 0)
      continue;
    const std::string_view next = tokens[m.last].text;
    // ", which" after it: a thing, a firm or a place, never a person
    // ("Euronext, which combines ...", "Chelsea, which gave ...").
    const bool which = next == "," && m.last + 1 < tokens.size() &&
                       tokens[m.last + 1].text == "which" && !m.cue_after;
    if (next != "have" && next != "are" && next != "were" && !which) continue;
    const std::string_view w = tokens[m.first].text;
    if (w.size() < 3 || (w.back() == 's' && !which)) continue;  // "the Beatles are"
    if (m.first > 0) {
      const std::string_view before = tokens[m.first - 1].text;
      if (before == "and" || before == "or" || before == "," || before == "&" || before == "did" ||
          before == "does" || before == "do" || before == "would" || before == "could" ||
          before == "should" || before == "will" || before == "might" || before == "must" ||
          before == "can" || before == "may" || before == "to" || before == "not")
        continue;
    }
    words.insert(std::string(w));
  }
  for (Mention& m : *mentions) {
    if (m.kind == MentionKind::kName && m.last == m.first + 1 && !m.titled && words.count(m.name))
      m.cut_short = true;
  }
}

// "deals with Arsenal and Chelsea", "Toshiba and NEC", "Everton,
// Chelsea and Charlton": one word listed with an org ("and", "&", "or" or
// a comma between them) is an org too, along the whole list. Not a word
// with a title or cue, not the last word of a longer name in the article
// ("Microsoft and Gates" beside "Bill Gates"), a famous surname, a given
// name ("Isabel", "James": a person named by it), a word of the lexicon's
// lists, a common English word, a word opening a sentence or after "of"
// ("County of Maui, Office of the Mayor"), or one the tagger takes for a
// place. Returns whether a mention changed.
bool listed_orgs(const std::vector<Token>& tokens, const Lexicon& lex,
                 std::vector<Mention>* mentions) {
  // Most articles have no org or no one-word name: nothing to build then.
  bool any_org = false, any_single = false;
  for (const Mention& m : *mentions) {
    any_org = any_org || (m.kind == MentionKind::kOrg && !m.bare);
    any_single = any_single || (m.kind == MentionKind::kName && m.last == m.first + 1);
  }
  if (!any_org || !any_single) return false;
  std::vector<int> starts(tokens.size() + 1, -1), ends(tokens.size() + 1, -1);
  std::unordered_set<std::string> surnames;
  for (size_t mi = 0; mi < mentions->size(); ++mi) {
    const Mention& m = (*mentions)[mi];
    if (m.kind == MentionKind::kName && m.last > m.first + 1)
      surnames.emplace(tokens[m.last - 1].text);
    if (m.kind != MentionKind::kName && m.kind != MentionKind::kOrg) continue;
    starts[m.first] = static_cast<int>(mi);
    ends[m.last] = static_cast<int>(mi);
  }
  bool changed = false;
  std::string key;
  auto candidate = [&](const Mention& m) {
    if (m.kind != MentionKind::kName || m.last != m.first + 1 || m.titled || m.cued ||
        m.cut_short || m.place || m.tag == 3 || m.work || m.sentence_start ||
        surnames.count(m.name) || (m.first > 0 && tokens[m.first - 1].text == "of") ||
        lex.is_common_word(m.name))
      return false;
    key.clear();
    append_lookup_form(tokens[m.first].text, &key);
    return lex.word_bits(key) == 0 && lex.famous_person(key).empty();
  };
  auto list_word = [&tokens](size_t k) {
    const std::string_view w = tokens[k].text;
    return !tokens[k].has(kLineBreakBefore) && (w == "and" || w == "," || w == "&" || w == "or");
  };
  // The neighbour of [first, last) in a list, before or after it.
  auto neighbour = [&](const Mention& m, bool before) -> int {
    if (before) return m.first >= 2 && list_word(m.first - 1) ? ends[m.first - 1] : -1;
    if (m.last + 1 >= tokens.size() || !list_word(m.last)) return -1;
    // "Chelsea, Everton and Arsenal": a comma may be followed by "and".
    size_t k = m.last + 1;
    if (tokens[m.last].text == "," && (tokens[k].text == "and" || tokens[k].text == "or")) ++k;
    return starts[k];
  };
  auto is_org = [&](int o) {
    if (o < 0) return false;
    const Mention& m = (*mentions)[static_cast<size_t>(o)];
    // A known org, one with an org cue, or one by pattern ("X Airlines");
    // the tagger's org label alone is too weak ("Hayes, Byrne, ..." in a
    // team sheet).
    return m.kind == MentionKind::kOrg && !m.bare && !m.place &&
           (m.index >= 0 || m.org_cue || m.tag == 0);
  };
  // A backward and a forward pass carry org-ness along a list.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t step = 0; step < mentions->size(); ++step) {
      const size_t mi = pass == 0 ? mentions->size() - 1 - step : step;
      Mention& m = (*mentions)[mi];
      if (!candidate(m)) continue;
      if (is_org(neighbour(m, true)) || is_org(neighbour(m, false))) {
        m.kind = MentionKind::kOrg;
        m.org_cue = true;
        changed = true;
      }
    }
  }
  return changed;
}

// One word that an org cue or a member makes an org ("a Yukos spokesman",
// "Frederick Fung of ADPL") names that org wherever it stands alone
// ("Yukos said"): its name candidates become org mentions, unless a title
// goes before them or a name with a known given name or a title ends in the
// word ("Martin Scorsese" ... "Scorsese's employees").
void org_words_are_orgs(const std::vector<Token>& tokens, std::vector<Mention>* mentions) {
  std::unordered_set<std::string> org_words;
  for (const Mention& m : *mentions) {
    if (m.kind == MentionKind::kOrg && m.index < 0 && m.last == m.first + 1 && m.org_cue)
      org_words.insert(m.name);
  }
  if (org_words.empty()) return;
  for (const Mention& m : *mentions) {
    if (m.kind == MentionKind::kName && m.last > m.first + 1 && (m.first_name || m.titled))
      org_words.erase(std::string(tokens[m.last - 1].text));
  }
  for (Mention& m : *mentions) {
    if (m.kind == MentionKind::kName && m.last == m.first + 1 && !m.titled &&
        org_words.count(m.name)) {
      m.kind = MentionKind::kOrg;
      m.org_cue = true;
    }
  }
}

// "shareholders of Deutsche Boerse" (the tagger's org) beside "Deutsche
// Boerse said": a name the article also has as an org is that org
// wherever it stands, unless a title or cue goes before it, it opens with
// a known given name or, alone, it is a given name ("Marilyn", tagged org
// once) or the last word of a longer name ("Martin Scorsese").
void same_name_orgs(const std::vector<Token>& tokens, const Lexicon& lex,
                    std::vector<Mention>* mentions) {
  std::unordered_set<std::string> orgs, surnames, teams;
  for (const Mention& m : *mentions) {
    if (m.kind == MentionKind::kOrg && m.index < 0 && !m.bare && !m.place) orgs.insert(m.name);
    if (m.kind == MentionKind::kOrg && m.fixture) teams.insert(m.name);
  }
  if (orgs.empty()) return;
  for (const Mention& m : *mentions) {
    if (m.kind == MentionKind::kName && m.last > m.first + 1)
      surnames.emplace(tokens[m.last - 1].text);
  }
  for (Mention& m : *mentions) {
    if (m.kind != MentionKind::kName || m.titled || m.cued || !orgs.count(m.name)) continue;
    // A team of a fixture line is one even if a given name opens it
    // ("Sheffield United", "Chelsea": the list holds both).
    const bool team = teams.count(m.name) != 0;
    if (m.first_name && !team) continue;
    if (m.last == m.first + 1 &&
        (surnames.count(m.name) || (!team && lex.is_first_name(lookup_form(tokens[m.first])))))
      continue;
    m.kind = MentionKind::kOrg;
  }
}

// "Chrysler Corp ... Chrysler said", "Newmont Mining Corp ... Newmont":
// a name that is an org's name of the article without its last words,
// all of them keywords or trade words, is that org (and counts for it),
// under the guards of same_name_orgs and if only one org is so named.
void short_org_names(const std::vector<Token>& tokens, const Lexicon& lex,
                     std::vector<Mention>* mentions) {
  const uint32_t org_word = Lexicon::bit(WordList::kOrgKeyword) |
                            Lexicon::bit(WordList::kOrgKeywordMore) |
                            Lexicon::bit(WordList::kOrgIndustry);
  std::map<std::string, std::string> full;  // short name -> org's name, "" if several
  std::string key;
  for (const Mention& m : *mentions) {
    if (m.kind != MentionKind::kOrg || m.index >= 0 || m.bare || m.place) continue;
    std::string prefix;
    for (uint32_t k = m.first; k + 1 < m.last; ++k) {
      if (!tokens[k].has(kWord) || !tokens[k].has(kCapitalized)) break;
      if (k > m.first) prefix += ' ';
      prefix.append(tokens[k].text);
      bool rest_org_words = true;
      for (uint32_t j = k + 1; j < m.last && rest_org_words; ++j) {
        key.clear();
        append_lookup_form(tokens[j].text, &key);
        rest_org_words = tokens[j].has(kCapitalized) && (lex.word_bits(key) & org_word) != 0;
      }
      if (!rest_org_words) continue;
      auto [it, fresh] = full.emplace(prefix, m.name);
      if (!fresh && it->second != m.name) it->second.clear();
    }
  }
  if (full.empty()) return;
  std::unordered_set<std::string> surnames;
  for (const Mention& m : *mentions) {
    if (m.kind == MentionKind::kName && m.last > m.first + 1)
      surnames.emplace(tokens[m.last - 1].text);
  }
  for (Mention& m : *mentions) {
    if (m.kind != MentionKind::kName || m.titled || m.cued || m.first_name) continue;
    auto it = full.find(m.name);
    if (it == full.end() || it->second.empty()) continue;
    if (m.last == m.first + 1 &&
        (surnames.count(m.name) || lex.is_first_name(lookup_form(tokens[m.first])) ||
         lex.is_common_word(m.name) || !lex.famous_person(lookup_form(tokens[m.first])).empty()))
      continue;
    m.kind = MentionKind::kOrg;
    m.name = it->second;
    m.org_cue = true;  // the org's full name is evidence enough
  }
}

// True if every word of the mention is a common English word of the
// dictionary and none is a given name ("Compact Fluorescent Light").
bool common_words_only(const std::vector<Token>& tokens, const Lexicon& lex, const Mention& m) {
  std::string key;
  for (uint32_t k = m.first; k < m.last; ++k) {
    if (!tokens[k].has(kWord)) continue;
    key.clear();
    append_lookup_form(tokens[k].text, &key);
    if (!lex.is_common_word(tokens[k].text) || lex.is_first_name(key)) return false;
  }
  return true;
}

// Id and name of each org mention, in text order. Known orgs take their
// canonical name. An org named after a country word ("Russian Foreign
// Ministry", "U.S. Commerce Department") is the org the rest of its name
// names when that is a known one ("U.S. Justice Department" -> Department
// of Justice); otherwise the same org written without the country word
// ("the Foreign Ministry") counts for the prefixed one, if the article
// prefixes that name with one country only. The prefixed form is the
// canonical one: it says whose ministry it is.
std::vector<std::pair<std::string, std::string>> org_names(const std::vector<Token>& tokens,
                                                           const Lexicon& lex,
                                                           const std::vector<Mention>& mentions) {
  std::vector<std::pair<std::string, std::string>> out;
  std::map<std::string, std::vector<size_t>> prefixed;  // slug of the rest -> entries of out
  std::vector<std::string> bare_slugs;                  // per entry of out: its own slug
  // One-word orgs from the tagger: not a word of the lexicon's lists
  // ("Church", "Research"), and written inside a sentence at least once
  // (a heading "Testing" or "Technology" says nothing) unless in capitals.
  std::unordered_set<std::string> inside;
  for (const Mention& m : mentions) {
    if (m.kind == MentionKind::kOrg && m.last == m.first + 1 && !m.sentence_start)
      inside.insert(m.name);
  }
  // A state body's keyword alone after "the" ("the Commission") is the
  // article's one org whose name ends in it ("European Commission");
  // "Parliament" with none, or without "the" ("through Parliament"), is
  // an org of its own.
  std::map<std::string, std::string> bare_target;  // keyword -> its org's name, "" if several
  std::vector<std::string> bare_names;             // per bare mention with one: that name
  const bool any_bare =
      std::any_of(mentions.begin(), mentions.end(), [](const Mention& m) { return m.bare; });
  for (const Mention& m : mentions) {
    if (!any_bare) break;
    if (m.kind != MentionKind::kOrg || m.bare || m.last < m.first + 2) continue;
    const std::string last(tokens[m.last - 1].text);
    const std::string name =
        m.index >= 0 ? lex.orgs()[static_cast<size_t>(m.index)].display : m.name;
    auto [it, fresh] = bare_target.emplace(last, name);
    if (!fresh && it->second != name) it->second.clear();
  }
  std::string key;
  for (const Mention& m : mentions) {
    if (m.kind != MentionKind::kOrg) continue;
    if (m.bare) {
      // Without "the" ("through Parliament") it is the country's own.
      auto it = m.after_the ? bare_target.find(m.name) : bare_target.end();
      if (it != bare_target.end()) {
        if (!it->second.empty()) bare_names.push_back(it->second);
      } else if (m.name == "Parliament") {
        out.emplace_back("org:parliament", m.name);
        bare_slugs.emplace_back();
      }
      continue;
    }
    if (m.place) continue;  // the tagger's org is a known city or state ("Pennsylvania")
    if (m.index < 0 && m.last == m.first + 1) {
      const Token& t = tokens[m.first];
      key.clear();
      append_lookup_form(t.text, &key);
      const uint32_t bits = lex.word_bits(key) & ~Lexicon::kFirstNameBit;
      if (bits != 0) continue;
      // A common English word alone ("Collection", "Baseball") is no org,
      // unless an org cue comes before it ("the journal Nature").
      if (!t.has(kAllCaps) && !m.org_cue && (!inside.count(m.name) || lex.is_common_word(t.text)))
        continue;
    }
    if (m.index >= 0) {
      const Org& o = lex.orgs()[static_cast<size_t>(m.index)];
      out.emplace_back("org:" + o.slug, o.display);
      bare_slugs.emplace_back();
      continue;
    }
    int known = lex.org_by_alias(m.name);
    std::string rest;
    const Phrase* ph = m.last > m.first + 1 ? lex.match(tokens, m.first) : nullptr;
    if (known < 0 && ph && ph->type == PhraseType::kCountry && m.first + ph->tokens < m.last) {
      for (uint32_t k = m.first + ph->tokens; k < m.last; ++k) {
        if (!rest.empty()) rest += ' ';
        rest.append(tokens[k].text);
      }
      known = lex.org_by_alias(rest);
    }
    if (known >= 0) {
      const Org& o = lex.orgs()[static_cast<size_t>(known)];
      out.emplace_back("org:" + o.slug, o.display);
      bare_slugs.emplace_back();
      continue;
    }
    out.emplace_back("org:" + slugify(m.name), m.name);
    bare_slugs.push_back(out.back().first);
    if (!rest.empty()) prefixed["org:" + slugify(rest)].push_back(out.size() - 1);
  }
  for (size_t i = 0; i < out.size(); ++i) {
    auto it = prefixed.find(bare_slugs[i]);
    if (it == prefixed.end()) continue;
    const std::string& first = out[it->second.front()].first;
    bool one = true;
    for (size_t j : it->second) one = one && out[j].first == first;
    if (one) out[i] = out[it->second.front()];
  }
  for (const std::string& name : bare_names) {
    for (size_t i = 0, n = out.size(); i < n; ++i) {
      if (out[i].second != name) continue;
      out.push_back(out[i]);
      break;
    }
  }
  return out;
}

}  // namespace
}  // namespace entities

EntityExtractor::EntityExtractor()
    : impl_(std::make_unique<Impl>(entities::data::tagger_model_txt(), true)) {}
EntityExtractor::EntityExtractor(std::string_view tagger_model)
    : impl_(std::make_unique<Impl>(tagger_model, false)) {}
EntityExtractor::~EntityExtractor() = default;

std::vector<Entity> EntityExtractor::extract(const Article& article) const {
  using namespace entities;
  const Lexicon& lex = impl_->lex;
  std::string text;
  text.reserve(article.title.size() + article.body.size() + 2);
  text += article.title;
  text += "\n\n";
  text += article.body;

  std::vector<Token> tokens;
  tokenize(text, &tokens);
  std::vector<Mention> mentions;
  std::vector<std::pair<std::string, size_t>> defs;
  find_mentions(tokens, lex, &mentions, &defs);
  std::vector<Label> labels;
  impl_->tagger().tag(tokens, lex, &labels);
  apply_tagger(tokens, labels, lex, &mentions);
  member_orgs(tokens, lex, &mentions);
  collective_verbs(tokens, &mentions);
  org_words_are_orgs(tokens, &mentions);
  if (listed_orgs(tokens, lex, &mentions)) org_words_are_orgs(tokens, &mentions);
  same_name_orgs(tokens, lex, &mentions);
  short_org_names(tokens, lex, &mentions);

  Tally tally;
  // Countries: weak names ("Georgia") count only beside a strong mention;
  // demonyms ("Americans", "Italian trade") only beside a name or place of
  // the country, or when they stand for the state ("Russian officials").
  std::vector<int> strong(lex.countries().size(), 0);
  for (const Mention& m : mentions) {
    if (m.kind == MentionKind::kCountry && !m.weak && (!m.demonym || m.state))
      strong[static_cast<size_t>(m.index)] = 1;
  }
  for (const Mention& m : mentions) {
    if (m.kind != MentionKind::kCountry) continue;
    if (!strong[static_cast<size_t>(m.index)]) continue;
    tally.add("country", country_id(lex, m.index),
              lex.countries()[static_cast<size_t>(m.index)].display);
  }

  // Organizations, with the acronyms the text defines. An acronym the text
  // spells out in lower-case words is a term (kTerm), and so is one spelled
  // out in common English words that the tagger does not take for an org
  // ("Compact Fluorescent Light (CFL)", "Ultraviolet (UV)").
  std::map<std::string, std::pair<std::string, std::string>> acronyms;  // ACR -> (id, name)
  std::unordered_set<std::string> terms;
  for (const Mention& m : mentions) {
    if (m.kind == MentionKind::kTerm) terms.insert(m.name);
  }
  for (const auto& [acr, mi] : defs) {
    Mention& m = mentions[mi];
    if (m.kind == MentionKind::kName && !m.first_name && !m.titled && !m.cued) {
      if (common_words_only(tokens, lex, m)) {
        m.kind = MentionKind::kTerm;
        terms.insert(acr);
        continue;
      }
      m.kind = MentionKind::kOrg;
    }
    if (m.kind != MentionKind::kOrg) continue;
    const std::string name =
        m.index >= 0 ? lex.orgs()[static_cast<size_t>(m.index)].display : m.name;
    acronyms.emplace(acr, std::make_pair("org:" + slugify(name), name));
  }
  for (Mention& m : mentions) {
    if ((m.kind == MentionKind::kAcronym || (m.kind == MentionKind::kOrg && m.index < 0)) &&
        m.last == m.first + 1 && terms.count(m.name))
      m.kind = MentionKind::kTerm;
    // A defined acronym the tagger labelled org counts for its long form.
    if (m.kind == MentionKind::kOrg && m.index < 0 && m.last == m.first + 1 &&
        tokens[m.first].has(kAllCaps) && acronyms.count(m.name))
      m.kind = MentionKind::kAcronym;
  }
  std::map<std::string, int> acronym_uses;
  std::map<std::string, bool> acronym_org;
  for (const Mention& m : mentions) {
    if (m.kind == MentionKind::kAcronym && !acronyms.count(m.name)) acronym_uses[m.name]++;
    if (m.kind == MentionKind::kOrg && m.last == m.first + 1) acronym_org[m.name] = true;
  }
  for (const auto& [id, name] : org_names(tokens, lex, mentions)) tally.add("org", id, name);
  for (const Mention& m : mentions) {
    if (m.kind != MentionKind::kAcronym) continue;
    auto it = acronyms.find(m.name);
    if (it != acronyms.end()) {
      tally.add("org", it->second.first, it->second.second);
    } else if (acronym_uses[m.name] >= 2 && m.name.size() <= 5 && acronym_org[m.name]) {
      tally.add("org", "org:" + slugify(m.name), m.name);
    }
  }

  // Words of name candidates that the article also writes in lower case.
  std::unordered_set<std::string> name_words, common_words;
  std::vector<bool> name_pairs(1 << 16);  // first two letters of name words: a cheap filter
  for (const Mention& m : mentions) {
    if (m.kind != MentionKind::kName) continue;
    for (uint32_t k = m.first; k < m.last; ++k) {
      std::string w;
      append_lookup_form(tokens[k].text, &w);
      if (w.size() > 2) name_pairs[Lexicon::pair_index(w)] = true;
      name_words.insert(std::move(w));
    }
  }
  std::string key;
  for (const Token& t : tokens) {
    if (!t.has(kWord) || t.has(kCapitalized) || t.text.size() <= 2) continue;
    if (!name_pairs[Lexicon::pair_index(t.text)]) continue;
    key.clear();
    append_lookup_form(t.text, &key);
    if (name_words.count(key)) common_words.insert(key);
    // The plural or singular of a name word ("Polaroids" beside "polaroid").
    key += 's';
    if (name_words.count(key)) common_words.insert(key);
    key.pop_back();
    if (key.size() > 3 && key.back() == 's') {
      key.pop_back();
      if (name_words.count(key)) common_words.insert(key);
    }
  }
  for (const Person& p : resolve_people(mentions, lex, common_words)) {
    tally.add("person", "person:" + slugify(p.name), p.name, p.count);
  }
  for (const Event& e : find_events(tokens, lex, year_of_date(article.date))) {
    tally.add("event", "event:" + slugify(e.name), e.name, e.count);
  }

  std::vector<Entity> out = tally.take();
  out.erase(std::remove_if(out.begin(), out.end(),
                           [](const Entity& e) { return e.id.size() <= e.kind.size() + 1; }),
            out.end());
  std::sort(out.begin(), out.end(), [](const Entity& a, const Entity& b) {
    const int ra = kind_rank(a.kind), rb = kind_rank(b.kind);
    if (ra != rb) return ra < rb;
    if (a.count != b.count) return a.count > b.count;
    return a.name < b.name;
  });
  return out;
}

bool EntityExtractor::canonicalize(const std::string& kind, const std::string& value,
                                   Entity* out) const {
  return entities::canonicalize_value(impl_->lex, kind, value, out);
}

std::vector<std::string> EntityExtractor::resolve_query_value(const std::string& kind,
                                                              const std::string& value) const {
  return entities::resolve_value(impl_->lex, kind, value);
}

}  // namespace news
