// Shared reader helpers; see reader_util.h.
#include "common/readers/reader_util.h"

#include <cctype>

#include "common/text_normalize.h"

namespace news {

std::string clean_line(std::string_view text) {
  std::string s = to_valid_nfc(text);
  for (char& c : s) {
    if (c == '\n') c = ' ';
  }
  return trim(collapse_whitespace(s));
}

std::string clean_paragraphs(std::string_view text) {
  const std::string s = collapse_whitespace(to_valid_nfc(text));
  std::string out;
  out.reserve(s.size() + s.size() / 16);
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n') {
      out += "\n\n";
      while (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string url_host(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos || scheme == 0) return "";
  for (size_t i = 0; i < scheme; ++i) {
    const char c = url[i];
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.')) {
      return "";
    }
  }
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  const size_t at = rest.rfind('@');
  if (at != std::string_view::npos) rest = rest.substr(at + 1);
  rest = rest.substr(0, rest.find(':'));
  std::string host;
  for (char c : rest) host += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (host.compare(0, 4, "www.") == 0) host.erase(0, 4);
  return clean_line(host);
}

bool truncate_text(std::string& text, size_t max_bytes) {
  if (text.size() <= max_bytes) return false;
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  const size_t floor = max_bytes - max_bytes / 4;
  const size_t para = text.rfind("\n\n", cut);
  if (para != std::string::npos && para >= floor) {
    cut = para;
  } else {
    const size_t space = text.find_last_of(" \n", cut);
    if (space != std::string::npos && space >= floor) cut = space;
  }
  text.resize(cut);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
  return true;
}

}  // namespace news
