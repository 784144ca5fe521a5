// "Did you mean"; see spelling.h.
#include "searcher/spelling.h"

#include <algorithm>
#include <cctype>

#include "common/text_normalize.h"

namespace news {

namespace {

// A word is rare when this few articles have it...
constexpr Xapian::doccount kRareFrequency = 2;
// ...and the suggested spelling is in this many times more articles.
constexpr Xapian::doccount kCommonerFactor = 20;
// A suggestion for an unknown word must be in at least this many articles:
// a spelling seen once is as likely a typo in the archive ("google" ->
// "googel" on Reuters) as the word meant.
constexpr Xapian::doccount kMinSuggestionFrequency = 2;

bool is_word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80 || c == '\''; }

bool is_operator(const std::string& word) {
  return word == "AND" || word == "OR" || word == "NOT" || word == "NEAR" || word == "XOR" ||
         word == "ADJ";
}

std::string correction_for(const Xapian::Database& db, const std::string& word,
                           const WordSuggester& suggester) {
  if (word.size() < 3 || is_operator(word)) return "";
  for (unsigned char c : word) {
    if (std::isdigit(c)) return "";  // numbers, dates, codes are not misspellings
  }
  const std::string lower = fold_case_and_accents(word);
  const Xapian::doccount freq = db.get_termfreq(lower);
  if (freq > kRareFrequency) return "";
  const std::string suggestion = suggester ? suggester(lower) : db.get_spelling_suggestion(lower);
  if (suggestion.empty() || suggestion == lower) return "";
  const Xapian::doccount suggested = db.get_termfreq(suggestion);
  if (suggested < std::max(kMinSuggestionFrequency, kCommonerFactor * freq)) return "";
  return suggestion;
}

}  // namespace

std::string suggest_spelling(const Xapian::Database& db, const std::string& query,
                             const WordSuggester& suggester) {
  std::string out;
  bool changed = false;
  size_t i = 0;
  while (i < query.size()) {
    const auto c = static_cast<unsigned char>(query[i]);
    if (!is_word_byte(c)) {
      out += query[i++];
      continue;
    }
    size_t end = i;
    while (end < query.size() && is_word_byte(static_cast<unsigned char>(query[end]))) ++end;
    const std::string word = query.substr(i, end - i);
    // Leave field names (title:), wildcards (cyber*) and entity values alone.
    const bool prefixed = i > 0 && query[i - 1] == ':';
    const bool field = end < query.size() && query[end] == ':';
    const bool wildcard = end < query.size() && query[end] == '*';
    const std::string fix =
        prefixed || field || wildcard ? "" : correction_for(db, word, suggester);
    if (!fix.empty()) {
      out += fix;
      changed = true;
    } else {
      out += word;
    }
    i = end;
  }
  return changed ? out : "";
}

}  // namespace news
