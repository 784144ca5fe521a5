// Near-duplicate fingerprints: syndicated copies of a story (the same wire
// text with small edits under another URL) get fingerprints a few bits apart.
//
// A 64-bit SimHash over word 3-shingles of the folded text. Two texts are
// near duplicates when their fingerprints differ in at most kMaxDistance
// bits. For lookup, the 64 bits are cut into 4 bands of 16; near duplicates
// share at least one band exactly (pigeonhole), so band terms find candidates.
#ifndef NEWS_COMMON_INDEX_FINGERPRINT_H_
#define NEWS_COMMON_INDEX_FINGERPRINT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace news {

inline constexpr int kMaxFingerprintDistance = 3;
// Texts with fewer words than this get no fingerprint (0): too short to tell
// a copy from a different story with the same wording.
inline constexpr size_t kMinFingerprintWords = 30;

// The SimHash of `text` (title and body), or 0 if it is too short.
uint64_t text_fingerprint(std::string_view text);

// Number of differing bits.
int fingerprint_distance(uint64_t a, uint64_t b);

// The 4 band terms of a fingerprint, with the given term prefix:
// prefix + band number + 4 hex digits.
std::vector<std::string> fingerprint_band_terms(uint64_t fingerprint, const std::string& prefix);

}  // namespace news

#endif  // NEWS_COMMON_INDEX_FINGERPRINT_H_
