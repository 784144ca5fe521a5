// Plain-text articles: scraped pages saved as text (headline somewhere near
// the top, site chrome around the story) and the BBC-corpus layout (line 1
// the headline, then paragraphs).
//
// parse_text_article() fills id, title, body and authors of an Article
// (`origin` is left to the caller; url, date, source, language stay empty as
// plain text does not give them reliably). Rules, all heuristics:
// - Title: the first line that is not site chrome ("Skip to main content",
//   "Advertisement", "Menu", "Sign in", "Share", image credits, lines of one
//   or two words, category lines of run-together words such as
//   "CyberCrimeSecuritySecurity Management"). If that line is itself a long
//   paragraph (over 200 bytes, or more than one sentence) the file has no
//   headline: the title is its first sentence (cut at a word boundary near
//   150 bytes, with "…") and the paragraph stays in the body.
// - Authors: a byline line ("By Jane Doe", "By Jane Doe and John Roe",
//   "Author: Tom Jowitt", "Written by ...") near the top or in the tail, or an
//   author box at the very end (a line holding just a name followed by a bio
//   that mentions that name); the line is removed from the body.
// - Body: the remaining lines, with chrome removed anywhere (image credits,
//   share/social lines, "Advertisement", "Read also :", "Click to read the
//   authors bio", "Tags ..." lists, "Show Comments") and URL-encoded debris
//   cut from the end. Blank-line separated blocks become paragraphs joined by
//   "\n\n"; lines inside a block stay joined by "\n".
// All strings pass through to_valid_nfc, so invalid UTF-8 is repaired, never
// a failure.
//
// Throws ParseError("empty file") for empty or whitespace-only content and
// ParseError("no article text (only site chrome)") when nothing but chrome
// is left.
#ifndef NEWS_COMMON_READERS_TXT_READER_H_
#define NEWS_COMMON_READERS_TXT_READER_H_

#include <string>
#include <string_view>

#include "common/article.h"
#include "common/readers/parse_error.h"

namespace news {

Article parse_text_article(std::string_view content, const std::string& id);

}  // namespace news

#endif  // NEWS_COMMON_READERS_TXT_READER_H_
