// Line heuristics shared by the text and HTML readers: what site chrome
// (menus, widgets, credits) looks like once a page is flattened to lines.
#ifndef NEWS_COMMON_READERS_SITE_CHROME_H_
#define NEWS_COMMON_READERS_SITE_CHROME_H_

#include <string_view>
#include <vector>

namespace news {

// True for a line that is page furniture rather than article text: menu and
// widget phrases matched whole ("Skip to main content", "Advertisement",
// "Sign in", "Share this article", "Show Comments"...), lines starting like
// credits, link lists or widgets ("(Image credit: ...", "Image: ...",
// "Click to read...", "Tags ...", "Read also", "Share on ..."), and short
// category lines of words run together by a scraper (three or more joins such
// as "CyberCrimeSecurity"). Lines over 300 bytes are never chrome.
bool is_site_chrome(std::string_view line);

// The space-separated words of a line.
std::vector<std::string_view> split_words(std::string_view line);

// True if the line ends like a sentence or a quotation (. ! ? : ; " ” ’ ) …).
bool ends_sentence(std::string_view line);

}  // namespace news

#endif  // NEWS_COMMON_READERS_SITE_CHROME_H_
