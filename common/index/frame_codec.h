// Compression of the stored document data with zstd.
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
#ifndef NEWS_COMMON_INDEX_FRAME_CODEC_H_
#define NEWS_COMMON_INDEX_FRAME_CODEC_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace news::codec {

std::string compress_frame(std::string_view raw);
bool decompress_frame(std::string_view frame, size_t max_bytes, std::string* out);

}  // namespace news::codec

#endif  // NEWS_COMMON_INDEX_FRAME_CODEC_H_
