// zstd frames for the document data; see frame_codec.h.
#include "common/index/frame_codec.h"

#include <zstd.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>

namespace news::codec {

namespace {

// zstd's default level: about 200 MB/s on news text, as small as zlib's
// level 6 within 5%.
constexpr int kLevel = 3;

struct CCtxFree {
  void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); }
};
struct DCtxFree {
  void operator()(ZSTD_DCtx* d) const { ZSTD_freeDCtx(d); }
};

}  // namespace

std::string compress_frame(std::string_view raw) {
  thread_local std::unique_ptr<ZSTD_CCtx, CCtxFree> cctx(ZSTD_createCCtx());
  if (!cctx) return "";
  std::string out(ZSTD_compressBound(raw.size()), '\0');
  const size_t n =
      ZSTD_compressCCtx(cctx.get(), out.data(), out.size(), raw.data(), raw.size(), kLevel);
  if (ZSTD_isError(n) || n >= raw.size()) return "";
  out.resize(n);
  return out;
}

bool decompress_frame(std::string_view frame, size_t max_bytes, std::string* out) {
  const unsigned long long size = ZSTD_getFrameContentSize(frame.data(), frame.size());
  if (size == ZSTD_CONTENTSIZE_UNKNOWN || size == ZSTD_CONTENTSIZE_ERROR || size > max_bytes) {
    return false;
  }
  // One frame and nothing after it.
  if (ZSTD_findFrameCompressedSize(frame.data(), frame.size()) != frame.size()) return false;
  thread_local std::unique_ptr<ZSTD_DCtx, DCtxFree> dctx(ZSTD_createDCtx());
  if (!dctx) return false;
  out->resize(static_cast<size_t>(size));
  const size_t n =
      ZSTD_decompressDCtx(dctx.get(), out->data(), out->size(), frame.data(), frame.size());
  if (ZSTD_isError(n) || n != size) {
    out->clear();
    return false;
  }
  return true;
}

void mask(std::string* data, size_t from) {
  uint64_t state = 0x9E3779B97F4A7C15ULL;  // any constant other than 0
  auto next = [&state] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  char* p = data->data() + std::min(from, data->size());
  char* const end = data->data() + data->size();
  for (; end - p >= 8; p += 8) {
    uint64_t word;
    std::memcpy(&word, p, 8);
    word ^= next();
    std::memcpy(p, &word, 8);
  }
  for (uint64_t last = next(); p < end; ++p, last >>= 8) {
    *p = static_cast<char>(*p ^ static_cast<char>(last & 0xff));
  }
}

}  // namespace news::codec
