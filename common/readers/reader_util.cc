// Shared reader helpers; see reader_util.h.
#include "common/readers/reader_util.h"

#include <cctype>
#include <cstdint>

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

namespace {

// Length of the valid UTF-8 sequence at text[i], or 0 if there is none.
size_t utf8_sequence_length(std::string_view text, size_t i) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char c = s[i];
  const size_t len = c >= 0xF0 && c <= 0xF4   ? 4
                     : c >= 0xE0 && c <= 0xEF ? 3
                     : c >= 0xC2 && c <= 0xDF ? 2
                                              : 0;
  bool ok = len > 0 && i + len <= text.size();
  for (size_t k = 1; ok && k < len; ++k) ok = (s[i + k] & 0xC0) == 0x80;
  return ok && is_valid_utf8(text.substr(i, len)) ? len : 0;
}

std::string plural(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

RepairCount count_repairs(std::string_view text) {
  RepairCount out;
  size_t line = 1;
  size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    size_t step = 1;
    bool bad = false;
    if (c == 0) {
      ++out.nul_bytes;
      bad = true;
    } else if (c == '\n') {
      ++line;
    } else if (c >= 0x80) {
      step = utf8_sequence_length(text, i);
      if (step == 0) {
        ++out.invalid_bytes;
        bad = true;
        step = 1;
      }
    }
    if (bad && out.first_line == 0) out.first_line = line;
    i += step;
  }
  return out;
}

std::string repair_reason(const RepairCount& count, bool latin1) {
  std::string out;
  if (count.invalid_bytes > 0) {
    out = std::string(latin1 ? "invalid UTF-8 read as Latin-1 (" : "invalid UTF-8 replaced (") +
          plural(count.invalid_bytes, "byte", "bytes") + ")";
  }
  if (count.nul_bytes > 0) {
    if (!out.empty()) out += "; ";
    out += "NUL bytes replaced by spaces (" + std::to_string(count.nul_bytes) + ")";
  }
  return out;
}

std::string latin1_repair(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    const size_t len = utf8_sequence_length(text, i);
    if (len > 0) {
      out.append(text.data() + i, len);
      i += len;
    } else {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
      ++i;
    }
  }
  return out;
}

namespace {

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

std::string decode_entities(std::string_view text) {
  static const struct {
    const char* name;
    const char* value;
  } kNamed[] = {{"lt", "<"},    {"gt", ">"},   {"amp", "&"},
                {"quot", "\""}, {"apos", "'"}, {"nbsp", "\u00a0"}};
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    const size_t amp = text.find('&', i);
    if (amp == std::string_view::npos) {
      out.append(text.substr(i));
      break;
    }
    out.append(text.substr(i, amp - i));
    const size_t semi = text.find(';', amp);
    if (semi == std::string_view::npos || semi - amp > 10) {
      out += '&';
      i = amp + 1;
      continue;
    }
    const std::string_view ref = text.substr(amp + 1, semi - amp - 1);
    bool done = false;
    if (ref.size() >= 2 && ref[0] == '#') {
      const bool hex = ref[1] == 'x' || ref[1] == 'X';
      uint32_t cp = 0;
      bool ok = ref.size() > (hex ? 2u : 1u);
      for (size_t k = hex ? 2 : 1; ok && k < ref.size(); ++k) {
        const char c = ref[k];
        int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                : hex && std::isxdigit(static_cast<unsigned char>(c))
                    ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                    : -1;
        ok = d >= 0 && cp <= 0x10FFFF;
        cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d < 0 ? 0 : d);
      }
      if (ok && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
        if (cp >= 0x20 && cp != 0x7F && !(cp >= 0x80 && cp < 0xA0)) {
          append_utf8(out, cp);
        } else if (cp == '\t' || cp == '\n') {
          out += static_cast<char>(cp);
        }
        done = true;
      }
    } else {
      for (const auto& e : kNamed) {
        if (ref == e.name) {
          out += e.value;
          done = true;
          break;
        }
      }
    }
    if (done) {
      i = semi + 1;
    } else {
      out += '&';
      i = amp + 1;
    }
  }
  return out;
}

}  // namespace news
