// Tokenizer for entity extraction: splits UTF-8 article text into words,
// numbers and punctuation in one pass, without allocating per token.
//
// Tokens are views into the text given to tokenize(), which must outlive
// them. Words keep internal hyphens, apostrophes and periods of
// abbreviations ("al-Assad", "O'Brien", "U.S.", "Sen."); a possessive "'s"
// or "’s" becomes a token of its own with kPossessive set. Never fails:
// invalid UTF-8 bytes are treated as letters.
#ifndef NEWS_COMMON_ENTITIES_TOKENIZER_H_
#define NEWS_COMMON_ENTITIES_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace news {
namespace entities {

enum TokenFlags : uint16_t {
  kWord = 1 << 0,             // letters (and maybe digits)
  kNumber = 1 << 1,           // starts with a digit
  kPunct = 1 << 2,            // anything else, one character
  kCapitalized = 1 << 3,      // a word whose first letter is upper case
  kAllCaps = 1 << 4,          // a word with two or more letters, all upper case
  kSentenceStart = 1 << 5,    // first token of a sentence, line or text
  kPossessive = 1 << 6,       // the "'s" split off a word
  kSpaceBefore = 1 << 7,      // whitespace precedes the token
  kLineBreakBefore = 1 << 8,  // a line break precedes the token
  kNameShape = 1 << 9,        // capitalized and shaped like a name (no "SKidmore")
};

struct Token {
  std::string_view text;
  uint32_t begin = 0;  // byte offset in the tokenized text
  uint16_t flags = 0;
  bool has(uint16_t f) const { return (flags & f) != 0; }
};

// Splits `text` into tokens (appended to `out`, which is cleared first).
void tokenize(std::string_view text, std::vector<Token>* out);

// ASCII-lowercases `in` into `out` (bytes >= 0x80 are copied unchanged);
// lookups in the lexicon use this form.
void ascii_lower(std::string_view in, std::string* out);

}  // namespace entities
}  // namespace news

#endif  // NEWS_COMMON_ENTITIES_TOKENIZER_H_
