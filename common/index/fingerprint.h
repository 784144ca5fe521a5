// Near-duplicate fingerprints: syndicated copies of a story (the same wire
// text with small edits under another URL) are found at index time.
//
// A MinHash signature of the set of word 3-shingles of the folded text:
// kSignatureSize minimum hashes, each under its own hash function. The
// share of equal minimums estimates the Jaccard similarity of two shingle
// sets; copies are pairs at or above kNearDuplicateSimilarity. For lookup
// (locality-sensitive hashing), the signature is cut into bands of two
// minimums; near duplicates almost surely share a whole band, unrelated
// texts almost never, so band terms find the candidates.
#ifndef NEWS_COMMON_INDEX_FINGERPRINT_H_
#define NEWS_COMMON_INDEX_FINGERPRINT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace news {

inline constexpr size_t kSignatureSize = 16;
inline constexpr size_t kBandWidth = 2;
inline constexpr double kNearDuplicateSimilarity = 0.75;
// Texts with fewer words than this are too short to tell a copy from a
// different story with much the same wording: their signature stands for
// the exact word sequence (case and punctuation aside), so only the same
// words in the same order make a copy.
inline constexpr size_t kMinSignatureWords = 30;

using Signature = std::vector<uint32_t>;  // empty, or kSignatureSize minimums

// The signature of `text` (title and body), or empty if it has no word.
Signature text_signature(std::string_view text);

// Estimated Jaccard similarity: the share of equal minimums (0 if either is empty).
double signature_similarity(const Signature& a, const Signature& b);

// One key per band: the band number in the top 16 bits, the band's 48-bit
// hash below (empty if `sig` is not a full signature).
std::vector<uint64_t> signature_band_keys(const Signature& sig);

// One term per band: prefix + band number (hex digit) + the band's hash.
std::vector<std::string> signature_band_terms(const Signature& sig, const std::string& prefix);

// The band keys of the documents one writer adds in a run, in memory, so
// that the near duplicates among them are found without database lookups.
// It keeps 32 bits of each key and the document number, 11 to 21 bytes per
// band (90 to 170 bytes per document): a shared key makes a document a
// candidate only; the caller
// confirms it with signature_similarity() on the stored signature, which
// also makes entries of replaced or deleted documents harmless.
class BandIndex {
 public:
  // Records the bands of document `doc` (> 0).
  void add(const Signature& sig, uint32_t doc);
  // Documents sharing a band key with `sig`, ascending, at most
  // `max_per_band` from each band.
  std::vector<uint32_t> candidates(const Signature& sig, size_t max_per_band) const;
  size_t size() const { return used_; }

 private:
  void insert(uint64_t entry);
  // Open addressing; an entry is key << 32 | doc, 0 marks a free slot.
  std::vector<uint64_t> slots_;
  size_t used_ = 0;
};

// As hex text for a value slot, and back (empty if malformed).
std::string encode_signature(const Signature& sig);
Signature decode_signature(std::string_view hex);

}  // namespace news

#endif  // NEWS_COMMON_INDEX_FINGERPRINT_H_
