// HTML news pages: the main article text and its metadata, parsed with
// gumbo (Google's HTML5 parser, Debian's libgumbo).
//
// parse_html_article() fills an Article (`origin` is left to the caller):
//   id        the page's URL (below) if it gives one, else `id`
//   title     JSON-LD headline, og:title, twitter:title, <title> without a
//             " | Site" / " - Site" / " — Site" suffix, first <h1>
//   date      JSON-LD datePublished, article:published_time, meta
//             date/pubdate/publishdate/DC.date(.issued)/dcterms.created/
//             sailthru.date/parsely-pub-date, itemprop=datePublished, the
//             first <time datetime> (normalize_date; unparsable -> empty)
//   authors   JSON-LD author (object, array or string), meta author,
//             article:author (unless a URL), rel=author links,
//             itemprop=author; duplicates dropped
//   source    og:site_name, JSON-LD publisher.name, application-name, the
//             canonical URL's host
//   url       link rel=canonical, og:url, JSON-LD url/mainEntityOfPage
//   language  <html lang>, JSON-LD inLanguage, og:locale ("en_US" -> "en")
//   given_entities  article:tag, news_keywords and JSON-LD keywords as kind
//             "topic" (raw value in `name`, `id` empty)
//   body      from the first [itemprop=articleBody], else the <article>
//             with the most paragraph text, else <main>/[role=main], else the
//             element whose <p> children hold the most text. Inside it,
//             nav, header, footer, aside, script, style, form, noscript,
//             iframe, svg, button, figcaption, hidden elements and elements
//             whose class or id names comments, share/social widgets,
//             related/recommended links, ads, newsletters, cookie notices,
//             menus, breadcrumbs or sidebars are dropped. Each block
//             (p, h1-h6, li, blockquote, pre, div, tr...) is a paragraph,
//             joined by "\n\n"; a leading paragraph equal to the title is
//             dropped. Without such text: JSON-LD articleBody, then the meta
//             description.
// Every string passes through to_valid_nfc. The walk stops descending
// below 400 levels of nesting.
//
// Throws ParseError("empty file") for empty or whitespace-only input,
// ParseError("no article title or text in the HTML") when nothing usable is
// found, and ParseError("HTML nested deeper than 5000 elements; not parsed")
// for markup whose nesting (estimated by a quick tag scan) would make
// gumbo's quadratic tree building take minutes.
#ifndef NEWS_COMMON_READERS_HTML_READER_H_
#define NEWS_COMMON_READERS_HTML_READER_H_

#include <string>
#include <string_view>

#include "common/article.h"
#include "common/readers/parse_error.h"

namespace news {

Article parse_html_article(std::string_view html, const std::string& id);

}  // namespace news

#endif  // NEWS_COMMON_READERS_HTML_READER_H_
