// Near-duplicate fingerprints; see fingerprint.h.
#include "common/index/fingerprint.h"

#include <cctype>
#include <cstdio>

namespace news {

namespace {

uint64_t hash64(std::string_view s) {
  // FNV-1a followed by a 64-bit finalizer (splitmix), so that every bit of
  // the result depends on every byte.
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 31;
  return h;
}

// Lowercased ASCII words; bytes >= 0x80 count as letters so that UTF-8
// words stay whole.
std::vector<std::string_view> words_of(std::string_view text, std::string* storage) {
  storage->clear();
  storage->reserve(text.size());
  for (unsigned char c : text) {
    storage->push_back(c < 0x80 ? static_cast<char>(std::tolower(c)) : static_cast<char>(c));
  }
  std::vector<std::string_view> words;
  const std::string& s = *storage;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !(std::isalnum(static_cast<unsigned char>(s[i])) ||
                             static_cast<unsigned char>(s[i]) >= 0x80)) {
      ++i;
    }
    const size_t start = i;
    while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) ||
                            static_cast<unsigned char>(s[i]) >= 0x80)) {
      ++i;
    }
    if (i > start) words.emplace_back(s.data() + start, i - start);
  }
  return words;
}

}  // namespace

uint64_t text_fingerprint(std::string_view text) {
  std::string storage;
  const std::vector<std::string_view> words = words_of(text, &storage);
  if (words.size() < kMinFingerprintWords) return 0;
  int votes[64] = {0};
  std::string shingle;
  for (size_t i = 0; i + 3 <= words.size(); ++i) {
    shingle.assign(words[i]);
    shingle += ' ';
    shingle += words[i + 1];
    shingle += ' ';
    shingle += words[i + 2];
    const uint64_t h = hash64(shingle);
    for (int b = 0; b < 64; ++b) votes[b] += ((h >> b) & 1) ? 1 : -1;
  }
  uint64_t fp = 0;
  for (int b = 0; b < 64; ++b) {
    if (votes[b] > 0) fp |= uint64_t{1} << b;
  }
  return fp == 0 ? 1 : fp;  // 0 means "none"
}

int fingerprint_distance(uint64_t a, uint64_t b) { return __builtin_popcountll(a ^ b); }

std::vector<std::string> fingerprint_band_terms(uint64_t fingerprint, const std::string& prefix) {
  std::vector<std::string> out;
  for (int band = 0; band < 4; ++band) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%d%04x", band,
                  static_cast<unsigned>((fingerprint >> (16 * band)) & 0xFFFF));
    out.push_back(prefix + buf);
  }
  return out;
}

}  // namespace news
