// How the stored document data escapes glass's zlib: masked (what the
// indexer writes) or as a zstd frame (what indexes of commit f925df9 to
// the masking hold; still read).
//
// Xapian 1.4's glass backend compresses every document's data with zlib
// when that makes it smaller, and inflates it on each read. A search shows
// ten hits and reads ten articles: zlib's inflate took about 6 us of each
// Reuters article's read. Data that is already a zstd frame does not get
// smaller under zlib, so glass stores it as it is, and zstd decodes it in
// about 3 us. Lucene compresses its stored fields for the same reason
// (LZ4 there; LZ4 output is not entropy coded, so zlib would still
// compress it).
//
// compress_frame() returns a zstd frame of `raw`, or "" where the frame
// would not be smaller. decompress_frame() decodes one whole frame of at
// most `max_bytes` into *out; false for anything else (truncated, corrupt,
// several frames, larger than max_bytes or of unknown size), never a crash.
// Both are thread-safe: each thread keeps its own zstd context.
//
// mask() XORs data[from..] with a fixed pseudo-random byte stream
// (xorshift64 from a constant seed), the same every time, so masking twice
// gives the data back. Masked text looks random to zlib, which finds
// nothing to compress in it, so glass stores it as it is and reads it back
// without inflating, as it does a zstd frame. Unmasking a Reuters article
// takes about 0.25 us against about 3.2 us to decode its frame (nearly all
// of that entropy decoding), for data 1.7 times the frame's size.
#ifndef NEWS_COMMON_INDEX_FRAME_CODEC_H_
#define NEWS_COMMON_INDEX_FRAME_CODEC_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace news::codec {

std::string compress_frame(std::string_view raw);
bool decompress_frame(std::string_view frame, size_t max_bytes, std::string* out);
void mask(std::string* data, size_t from = 0);

}  // namespace news::codec

#endif  // NEWS_COMMON_INDEX_FRAME_CODEC_H_
