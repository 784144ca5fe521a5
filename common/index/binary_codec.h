// Small binary encodings shared by the document data (index_schema) and the
// facet spy's serialised results: unsigned LEB128 varints and strings
// prefixed by their varint length. Readers never read past the input: a
// truncated or oversized field makes them return false.
#ifndef NEWS_COMMON_INDEX_BINARY_CODEC_H_
#define NEWS_COMMON_INDEX_BINARY_CODEC_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace news::codec {

inline void put_varint(std::string* out, uint64_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

inline bool get_varint(std::string_view in, size_t* pos, uint64_t* v) {
  *v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (*pos >= in.size()) return false;
    const auto byte = static_cast<unsigned char>(in[(*pos)++]);
    *v |= static_cast<uint64_t>(byte & 0x7F) << shift;
    if ((byte & 0x80) == 0) return true;
  }
  return false;
}

inline void put_string(std::string* out, std::string_view s) {
  put_varint(out, s.size());
  out->append(s);
}

inline bool get_string(std::string_view in, size_t* pos, std::string* s) {
  uint64_t size = 0;
  if (!get_varint(in, pos, &size) || size > in.size() - *pos) return false;
  s->assign(in.substr(*pos, size));
  *pos += size;
  return true;
}

}  // namespace news::codec

#endif  // NEWS_COMMON_INDEX_BINARY_CODEC_H_
