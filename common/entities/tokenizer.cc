// Tokenizer for entity extraction; see tokenizer.h for the contract.
#include "common/entities/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstring>

namespace news {
namespace entities {

namespace {

enum CharClass { kSpaceChar, kNewline, kAlpha, kDigit, kApostrophe, kOther };

struct Char {
  CharClass cls;
  int len;     // bytes
  bool upper;  // an upper-case letter
};

// Classifies the character at s[i]; ASCII is decided by table-free tests,
// other characters by ICU properties.
struct AsciiTable {
  Char c[128];
  AsciiTable() {
    for (int i = 0; i < 128; ++i) {
      c[i] = {kOther, 1, false};
      if (i == '\n') c[i] = {kNewline, 1, false};
      if (i == ' ' || i == '\t' || i == '\r' || i == '\f' || i == '\v')
        c[i] = {kSpaceChar, 1, false};
      if (i >= 'a' && i <= 'z') c[i] = {kAlpha, 1, false};
      if (i >= 'A' && i <= 'Z') c[i] = {kAlpha, 1, true};
      if (i >= '0' && i <= '9') c[i] = {kDigit, 1, false};
      if (i == '\'') c[i] = {kApostrophe, 1, false};
    }
  }
};
const AsciiTable kAscii;

Char classify_other(const char* s, int32_t i, int32_t n);

inline Char classify(const char* s, int32_t i, int32_t n) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return kAscii.c[c];
  return classify_other(s, i, n);
}

Char classify_other(const char* s, int32_t i, int32_t n) {
  int32_t j = i;
  UChar32 cp;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s), j, n, cp);
  const int len = static_cast<int>(j - i);
  if (cp < 0) return {kAlpha, len, false};
  if (cp == 0x2019 || cp == 0x2018) return {kApostrophe, len, false};
  if (cp == 0x2028 || cp == 0x2029) return {kNewline, len, false};
  if (u_isUWhiteSpace(cp) || cp == 0x200B || cp == 0xFEFF) return {kSpaceChar, len, false};
  if (u_isalpha(cp) || u_getCombiningClass(cp) != 0 || u_charType(cp) == U_NON_SPACING_MARK)
    return {kAlpha, len, u_isupper(cp) != 0};
  if (u_isdigit(cp)) return {kDigit, len, false};
  return {kOther, len, false};
}

bool is_alnum(CharClass c) { return c == kAlpha || c == kDigit; }

// Words that keep a following period: titles and company suffixes.
bool keeps_period(std::string_view w) {
  static const char* const kAbbrev[] = {
      "Mr",  "Mrs", "Ms",  "Dr",   "Sen",  "Rep",  "Gov",    "Gen",  "Col",  "Lt",   "Sgt",
      "St",  "Jr",  "Sr",  "Prof", "Capt", "Maj",  "Adm",    "Cmdr", "Inc",  "Corp", "Co",
      "Ltd", "Mt",  "Ft",  "Rev",  "Brig", "Cpl",  "Messrs", "Mx",   "Pres", "Supt", "Fig",
      "vs",  "No",  "Ave", "Rd",   "Gen",  "Dept", "Univ",   "Assn", "Bros"};
  for (const char* a : kAbbrev) {
    if (w == a) return true;
  }
  return false;
}

// True if `w` looks like a name: no upper case letter after a lower case
// one except after Mc/Mac/De/Di/Du/La/Le/Van/O' or a hyphen ("McDonald",
// "DeSantis", "Morgan-Short"), and not "SKidmore".
bool name_shaped(std::string_view w) {
  bool prev_lower = false;
  size_t letters_since_break = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    const bool up = c >= 'A' && c <= 'Z';
    const bool low = c >= 'a' && c <= 'z';
    if (up && prev_lower) {
      std::string_view before = w.substr(i - letters_since_break, letters_since_break);
      if (before != "Mc" && before != "Mac" && before != "De" && before != "Di" && before != "Du" &&
          before != "La" && before != "Le" && before != "Van")
        return false;
    }
    if (i == 1 && up && i + 1 < w.size() && w[i + 1] >= 'a' && w[i + 1] <= 'z') return false;
    if (up || low || static_cast<unsigned char>(c) >= 0x80) {
      ++letters_since_break;
    } else {
      letters_since_break = 0;
    }
    prev_lower = low;
  }
  return true;
}

}  // namespace

void ascii_lower(std::string_view in, std::string* out) {
  out->resize(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    (*out)[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
}

void tokenize(std::string_view text, std::vector<Token>* out) {
  out->clear();
  const char* s = text.data();
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  bool sentence_pending = true;
  bool space_before = true;
  bool newline_before = true;
  while (i < n) {
    const Char c = classify(s, i, n);
    if (c.cls == kSpaceChar || c.cls == kNewline) {
      space_before = true;
      if (c.cls == kNewline) {
        newline_before = true;
        sentence_pending = true;
      }
      i += c.len;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(i);
    uint16_t flags = 0;
    if (space_before) flags |= kSpaceBefore;
    if (newline_before) flags |= kLineBreakBefore;
    space_before = false;
    newline_before = false;

    if (is_alnum(c.cls)) {
      const bool starts_digit = c.cls == kDigit;
      const bool first_upper = c.upper;
      int letters = 0, uppers = 0;
      int32_t j = i;
      int32_t segment_letters = 0;  // letters since the last '.'
      bool dotted = false;          // "U.S" so far
      while (j < n) {
        // Fast path: ASCII letters and digits.
        const unsigned char b = static_cast<unsigned char>(s[j]);
        if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') {
          ++letters;
          ++segment_letters;
          if (b <= 'Z') ++uppers;
          ++j;
          continue;
        }
        if (b >= '0' && b <= '9') {
          ++j;
          continue;
        }
        const Char d = classify(s, j, n);
        if (is_alnum(d.cls)) {
          if (d.cls == kAlpha) {
            ++letters;
            ++segment_letters;
            if (d.upper) ++uppers;
          }
          j += d.len;
          continue;
        }
        if (j + d.len >= n) break;
        const Char e = classify(s, j + d.len, n);
        if (!is_alnum(e.cls)) break;
        const char ch = s[j];
        if (d.cls == kApostrophe) {
          // "Putin's" splits; "O'Brien", "don't" stay whole.
          const int32_t k = j + d.len;
          const bool s_end =
              (s[k] == 's' || s[k] == 'S') && (k + 1 >= n || !is_alnum(classify(s, k + 1, n).cls));
          if (s_end) break;
          j += d.len;
          continue;
        }
        if (ch == '-' || ch == '&') {
          j += 1;
          segment_letters = 0;
          continue;
        }
        if (ch == '.') {
          // "U.S", "3.5"; not "end.Next".
          if ((segment_letters == 1 && e.cls == kAlpha) || (starts_digit && e.cls == kDigit)) {
            dotted = dotted || segment_letters == 1;
            segment_letters = 0;
            j += 1;
            continue;
          }
        }
        break;
      }
      std::string_view w(s + i, static_cast<size_t>(j - i));
      // A trailing period belongs to "U.S.", "J." and titles like "Sen.".
      if (j < n && s[j] == '.' &&
          (dotted || (letters == 1 && uppers == 1 && w.size() == 1) || keeps_period(w))) {
        ++j;
        w = std::string_view(s + i, static_cast<size_t>(j - i));
      }
      flags |= starts_digit ? kNumber : kWord;
      if (!starts_digit && first_upper) {
        flags |= kCapitalized;
        if (name_shaped(w)) flags |= kNameShape;
      }
      if (letters >= 2 && uppers == letters) flags |= kAllCaps;
      if (sentence_pending) flags |= kSentenceStart;
      sentence_pending = false;
      t.text = w;
      t.flags = flags;
      out->push_back(t);
      i = j;
      continue;
    }
    if (c.cls == kApostrophe && i + c.len < n && (s[i + c.len] == 's' || s[i + c.len] == 'S') &&
        !out->empty() && !(flags & kSpaceBefore) &&
        (i + c.len + 1 >= n || !is_alnum(classify(s, i + c.len + 1, n).cls))) {
      t.text = std::string_view(s + i, static_cast<size_t>(c.len + 1));
      t.flags = flags | kPossessive;
      out->push_back(t);
      i += c.len + 1;
      continue;
    }
    // Punctuation: one character.
    t.text = std::string_view(s + i, static_cast<size_t>(c.len));
    t.flags = flags | kPunct;
    const char ch = s[i];
    if (ch == '.' || ch == '!' || ch == '?' || ch == ':' ||
        (c.len == 3 && std::memcmp(s + i, "\xE2\x80\xA6", 3) == 0)) {
      sentence_pending = true;
    } else if (ch == ',' || ch == ';') {
      sentence_pending = false;
    }
    out->push_back(t);
    i += c.len;
  }
}

}  // namespace entities
}  // namespace news
