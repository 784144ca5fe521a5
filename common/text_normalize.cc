// Text normalization with ICU; see text_normalize.h for the contract.
#include "text_normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <stdexcept>

namespace news {

namespace {

const icu::Normalizer2& nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFC normalizer unavailable");
  return *n;
}

const icu::Normalizer2& nfd() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFD normalizer unavailable");
  return *n;
}

bool is_space_codepoint(UChar32 c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x2009 ||
         c == 0x200B || c == 0x202F || c == 0x3000 || c == 0xFEFF || (c >= 0x2000 && c <= 0x200A);
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

std::string to_valid_nfc(std::string_view text) {
  // Fast path: pure printable ASCII is already valid NFC.
  bool ascii = true;
  for (unsigned char c : text) {
    if (c >= 0x80 || (c < 0x20 && c != '\n' && c != '\t')) {
      ascii = false;
      break;
    }
  }
  if (ascii) return std::string(text);

  // Decode by hand so that each invalid sequence becomes one U+FFFD and
  // control characters are dealt with in the same pass.
  icu::UnicodeString u;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      u.append(static_cast<UChar32>(0xFFFD));
    } else if (c == '\r') {
      continue;
    } else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
      u.append(static_cast<UChar>(' '));
    } else {
      u.append(c);
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString normalized = nfc().normalize(u, status);
  std::string out;
  if (U_FAILURE(status)) {
    u.toUTF8String(out);
  } else {
    normalized.toUTF8String(out);
  }
  return out;
}

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::string line;
  int blank_run = 0;
  auto flush_line = [&]() {
    std::string t = trim(line);
    line.clear();
    if (t.empty()) {
      ++blank_run;
      return;
    }
    if (!out.empty()) out += blank_run > 0 ? "\n\n" : "\n";
    out += t;
    blank_run = 0;
  };
  bool in_space = false;
  for (char c : text) {
    if (c == '\n') {
      flush_line();
      in_space = false;
    } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      if (!in_space) line += ' ';
      in_space = true;
    } else {
      line += c;
      in_space = false;
    }
  }
  flush_line();
  return out;
}

std::string trim(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t n = static_cast<int32_t>(text.size());
  int32_t begin = 0;
  while (begin < n) {
    int32_t next = begin;
    UChar32 c;
    U8_NEXT(s, next, n, c);
    if (c < 0 || !is_space_codepoint(c)) break;
    begin = next;
  }
  int32_t end = n;
  while (end > begin) {
    int32_t prev = end;
    UChar32 c;
    U8_PREV(s, 0, prev, c);
    if (c < 0 || !is_space_codepoint(c)) break;
    end = prev;
  }
  return std::string(text.substr(begin, end - begin));
}

std::string fold_case_and_accents(std::string_view text) {
  // ASCII has no accents, and its case folding is lowercasing: most words
  // need no trip through UTF-16.
  if (std::all_of(text.begin(), text.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string out(text);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString decomposed = nfd().normalize(u, status);
  if (U_FAILURE(status)) decomposed = u;
  icu::UnicodeString stripped;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    stripped.append(c);
  }
  stripped.foldCase();
  std::string out;
  stripped.toUTF8String(out);
  return out;
}

std::string slugify(std::string_view text) {
  const std::string folded = fold_case_and_accents(text);
  std::string out;
  bool pending_dash = false;
  const auto* s = reinterpret_cast<const uint8_t*>(folded.data());
  const int32_t n = static_cast<int32_t>(folded.size());
  int32_t i = 0;
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c >= 0 && u_isalnum(c)) {
      if (pending_dash && !out.empty()) out += '-';
      pending_dash = false;
      out.append(folded, start, i - start);
    } else {
      pending_dash = true;
    }
  }
  return out;
}

}  // namespace news
