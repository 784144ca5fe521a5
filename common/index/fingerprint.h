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
// Texts with fewer words than this get no signature: too short to tell a
// copy from a different story with the same wording.
inline constexpr size_t kMinSignatureWords = 30;

using Signature = std::vector<uint32_t>;  // empty, or kSignatureSize minimums

// The signature of `text` (title and body), or empty if it is too short.
Signature text_signature(std::string_view text);

// Estimated Jaccard similarity: the share of equal minimums (0 if either is empty).
double signature_similarity(const Signature& a, const Signature& b);

// One term per band: prefix + band number (hex digit) + the band's hash.
std::vector<std::string> signature_band_terms(const Signature& sig, const std::string& prefix);

// As hex text for a value slot, and back (empty if malformed).
std::string encode_signature(const Signature& sig);
Signature decode_signature(std::string_view hex);

}  // namespace news

#endif  // NEWS_COMMON_INDEX_FINGERPRINT_H_
