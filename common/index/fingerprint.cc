// Near-duplicate fingerprints; see fingerprint.h.
#include "common/index/fingerprint.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <limits>

namespace news {

namespace {

uint64_t mix64(uint64_t h) {
  // splitmix64's finalizer: every output bit depends on every input bit.
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 31;
  return h;
}

uint64_t fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

bool is_word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// Hashes of the lowercased words; bytes >= 0x80 count as letters so that
// UTF-8 words stay whole.
std::vector<uint64_t> word_hashes(std::string_view text) {
  std::vector<uint64_t> out;
  std::string word;
  for (size_t i = 0; i <= text.size(); ++i) {
    const auto c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (is_word_byte(c)) {
      word += c < 0x80 ? static_cast<char>(std::tolower(c)) : static_cast<char>(c);
    } else if (!word.empty()) {
      out.push_back(fnv1a(word));
      word.clear();
    }
  }
  return out;
}

}  // namespace

Signature text_signature(std::string_view text) {
  const std::vector<uint64_t> words = word_hashes(text);
  if (words.empty()) return {};
  if (words.size() < kMinSignatureWords) {
    // Too short for shingles to tell a copy from another story worded
    // alike: only the same words in the same order are a copy. Every
    // minimum derives from a hash of the whole word sequence, so two such
    // signatures are equal (similarity 1) or share nothing.
    uint64_t whole = words.size();
    for (uint64_t w : words) whole = mix64(whole * 0x100000001b3ULL + w);
    Signature exact(kSignatureSize);
    for (size_t k = 0; k < kSignatureSize; ++k) {
      exact[k] = static_cast<uint32_t>(mix64(whole + 0x7f4a7c159e3779b9ULL * (k + 1)));
    }
    return exact;
  }
  Signature mins(kSignatureSize, std::numeric_limits<uint32_t>::max());
  for (size_t i = 0; i + 3 <= words.size(); ++i) {
    const uint64_t shingle = mix64(words[i] * 31 * 31 + words[i + 1] * 31 + words[i + 2]);
    for (size_t k = 0; k < kSignatureSize; ++k) {
      const auto h = static_cast<uint32_t>(mix64(shingle + 0x9e3779b97f4a7c15ULL * (k + 1)));
      if (h < mins[k]) mins[k] = h;
    }
  }
  return mins;
}

double signature_similarity(const Signature& a, const Signature& b) {
  if (a.size() != kSignatureSize || b.size() != kSignatureSize) return 0;
  size_t equal = 0;
  for (size_t k = 0; k < kSignatureSize; ++k) equal += a[k] == b[k];
  return static_cast<double>(equal) / kSignatureSize;
}

std::vector<uint64_t> signature_band_keys(const Signature& sig) {
  std::vector<uint64_t> out;
  if (sig.size() != kSignatureSize) return out;
  for (size_t band = 0; band < kSignatureSize / kBandWidth; ++band) {
    uint64_t h = band;
    for (size_t k = 0; k < kBandWidth; ++k)
      h = mix64(h * 0x100000001b3ULL + sig[band * kBandWidth + k]);
    out.push_back(static_cast<uint64_t>(band) << 48 | (h & 0xFFFFFFFFFFFFULL));
  }
  return out;
}

std::vector<std::string> signature_band_terms(const Signature& sig, const std::string& prefix) {
  std::vector<std::string> out;
  for (uint64_t key : signature_band_keys(sig)) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%llx%012llx", static_cast<unsigned long long>(key >> 48),
                  static_cast<unsigned long long>(key & 0xFFFFFFFFFFFFULL));
    out.push_back(prefix + buf);
  }
  return out;
}

namespace {

// 32 bits of a band key for the in-memory index (band number mixed in).
uint64_t short_key(uint64_t band_key) { return mix64(band_key) >> 32; }

}  // namespace

void BandIndex::insert(uint64_t entry) {
  const size_t mask = slots_.size() - 1;
  size_t i = static_cast<size_t>(mix64(entry >> 32)) & mask;
  while (slots_[i] != 0) i = (i + 1) & mask;
  slots_[i] = entry;
  ++used_;
}

void BandIndex::add(const Signature& sig, uint32_t doc) {
  if (doc == 0) return;
  const std::vector<uint64_t> keys = signature_band_keys(sig);
  if ((used_ + keys.size()) * 4 > slots_.size() * 3) {
    // Grow to keep at most three quarters of the slots used: probes stay
    // short and memory is 11 to 21 bytes a band.
    std::vector<uint64_t> old;
    old.swap(slots_);
    slots_.assign(std::max<size_t>(1024, old.size() * 2), 0);
    used_ = 0;
    for (uint64_t e : old) {
      if (e != 0) insert(e);
    }
  }
  for (uint64_t key : keys) insert(short_key(key) << 32 | doc);
}

std::vector<uint32_t> BandIndex::candidates(const Signature& sig, size_t max_per_band) const {
  std::vector<uint32_t> out;
  if (slots_.empty()) return out;
  const size_t mask = slots_.size() - 1;
  for (uint64_t key : signature_band_keys(sig)) {
    const uint64_t k = short_key(key);
    size_t found = 0;
    for (size_t i = static_cast<size_t>(mix64(k)) & mask; slots_[i] != 0 && found < max_per_band;
         i = (i + 1) & mask) {
      if (slots_[i] >> 32 == k) {
        out.push_back(static_cast<uint32_t>(slots_[i]));
        ++found;
      }
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string encode_signature(const Signature& sig) {
  std::string out;
  char buf[9];
  for (uint32_t v : sig) {
    std::snprintf(buf, sizeof buf, "%08x", v);
    out += buf;
  }
  return out;
}

Signature decode_signature(std::string_view hex) {
  if (hex.size() != kSignatureSize * 8) return {};
  Signature out;
  for (size_t k = 0; k < kSignatureSize; ++k) {
    const std::string part(hex.substr(k * 8, 8));
    char* end = nullptr;
    const unsigned long v = std::strtoul(part.c_str(), &end, 16);
    if (end != part.c_str() + 8) return {};
    out.push_back(static_cast<uint32_t>(v));
  }
  return out;
}

}  // namespace news
