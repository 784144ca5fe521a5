// Small text helpers shared by the readers: every string they return has
// passed through to_valid_nfc (valid UTF-8, NFC).
#ifndef NEWS_COMMON_READERS_READER_UTIL_H_
#define NEWS_COMMON_READERS_READER_UTIL_H_

#include <string>
#include <string_view>

namespace news {

// One line of text: normalized, whitespace (newlines included) collapsed to
// single spaces, trimmed. For titles, names, sources.
std::string clean_line(std::string_view text);

// Paragraph text: normalized, spaces collapsed, every non-empty line its own
// paragraph, paragraphs joined by "\n\n". For bodies given as plain text.
std::string clean_paragraphs(std::string_view text);

// The lowercased host of an http(s) URL without a leading "www." and port,
// or "" if `url` has no "scheme://host".
std::string url_host(std::string_view url);

// Cuts `text` to at most `max_bytes`, at the last paragraph break or space in
// the final quarter when there is one, never inside a UTF-8 sequence.
// Returns false (text unchanged) when it already fits.
bool truncate_text(std::string& text, size_t max_bytes);

// Keeps valid UTF-8 sequences and reads every other byte as Latin-1
// (0xFC -> "ü"): for old 8-bit files, where that guess beats U+FFFD.
std::string latin1_repair(std::string_view text);

// What the text repairs (to_valid_nfc, latin1_repair) will change in `text`:
// bytes that are not part of a valid UTF-8 sequence, and NUL bytes.
struct RepairCount {
  size_t invalid_bytes = 0;
  size_t nul_bytes = 0;
  size_t first_line = 0;  // 1-based line of the first such byte; 0 if none
  bool any() const { return invalid_bytes > 0 || nul_bytes > 0; }
};
RepairCount count_repairs(std::string_view text);

// The one-line reason readers report for a repaired file or record, e.g.
// "invalid UTF-8 replaced (3 bytes)" or, with `latin1`, "invalid UTF-8 read
// as Latin-1 (1 byte)"; NUL bytes add "NUL bytes replaced by spaces (2)".
// "" if there is nothing to report.
std::string repair_reason(const RepairCount& count, bool latin1);

// Decodes &lt; &gt; &amp; &quot; &apos; &nbsp; and numeric references
// (&#65; &#x41;); references to control characters other than tab and
// newline are dropped; unknown entities are left as written.
std::string decode_entities(std::string_view text);

}  // namespace news

#endif  // NEWS_COMMON_READERS_READER_UTIL_H_
