// Plain-text articles: scraped pages saved as text (headline somewhere near
// the top, site chrome around the story) and the BBC-corpus layout (line 1
// the headline, then paragraphs).
//
// parse_text_article() fills id, title, body, authors and (rarely) date of an
// Article (`origin` is left to the caller; url, source, language stay empty
// as plain text does not give them). Rules, all heuristics:
// - Title: the first line that is not site chrome ("Skip to main content",
//   "Advertisement", "Menu", "Sign in", "Share", image credits, lines of one
//   or two words, category lines of run-together words such as
//   "CyberCrimeSecuritySecurity Management"; see site_chrome.h). One or two
//   words are a menu item when a short line follows, else the headline. If
//   the line is itself a paragraph (over 200 bytes, or over 120 bytes with
//   two or more sentences) the file has no headline: the title is its first
//   sentence (cut at a word boundary near 150 bytes, with "…") and the
//   paragraph stays in the body.
// - Date: a line before the headline that is only a date ("July 9, 2017"),
//   or the date after a bar in a byline ("By Jane Doe | July 9, 2017").
// - Authors: a byline line ("By Jane Doe", "By Jane Doe and John Roe",
//   "Author: Tom Jowitt", "Written by ...") near the top or in the tail, or an
//   author box at the very end (a line holding just a name followed by a bio
//   that mentions that name); the line is removed from the body.
// - Body: the remaining lines, with chrome removed anywhere (image credits,
//   share/social lines, "Advertisement", "Read also :", "Click to read the
//   authors bio", "Tags ..." lists, "Show Comments") and URL-encoded debris
//   cut from the end; blocks of three or more lines of at most three words
//   (menus) are dropped. Blank-line separated blocks become paragraphs
//   joined by "\n\n"; lines inside a block stay joined by "\n".
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
