// Text normalization with ICU: every string that enters the index passes here.
//
// to_valid_nfc() never fails: invalid UTF-8 sequences (a stray Latin-1 byte,
// a truncated sequence) become U+FFFD, NUL and other C0 controls except
// tab/newline become spaces, and the result is in Unicode NFC.
#ifndef NEWS_COMMON_TEXT_NORMALIZE_H_
#define NEWS_COMMON_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

namespace news {

// True if `text` is well-formed UTF-8 (no overlongs, no surrogates).
bool is_valid_utf8(std::string_view text);

// Repairs invalid UTF-8 (U+FFFD per bad sequence), replaces control
// characters other than '\n' and '\t' by spaces ('\r' is dropped), and
// normalizes to NFC.
std::string to_valid_nfc(std::string_view text);

// Collapses runs of spaces/tabs into one space and trims each line;
// keeps paragraph breaks as "\n\n" (at most one empty line in a row).
std::string collapse_whitespace(std::string_view text);

// Trims ASCII and Unicode whitespace (including U+00A0) from both ends.
std::string trim(std::string_view text);

// Lowercases and removes accents ("Mélenchon" -> "melenchon"), used for
// keys and slugs; ICU does the case folding and accent removal (ASCII text
// is only lowercased, which is the same).
std::string fold_case_and_accents(std::string_view text);

// A URL- and term-safe key: folded, non-alphanumerics to single '-',
// trimmed of '-' ("Vladimir Putin" -> "vladimir-putin").
std::string slugify(std::string_view text);

}  // namespace news

#endif  // NEWS_COMMON_TEXT_NORMALIZE_H_
