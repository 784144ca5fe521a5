// The index schema; see index_schema.h for the contract.
#include "common/index/index_schema.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>

#include "common/index/binary_codec.h"
#include "common/index/fingerprint.h"
#include "common/index/frame_codec.h"
#include "common/text_normalize.h"

namespace news::schema {

namespace {

// FNV-1a, 64 bits: stable across runs and platforms (std::hash is not).
uint64_t fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

// Cuts `s` to at most `max` bytes without splitting a UTF-8 sequence.
std::string utf8_prefix(const std::string& s, size_t max) {
  if (s.size() <= max) return s;
  size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

std::string shorten_term(const std::string& term) {
  if (term.size() <= kMaxTermBytes) return term;
  char suffix[20];
  std::snprintf(suffix, sizeof suffix, "#%016llx", static_cast<unsigned long long>(fnv1a(term)));
  return utf8_prefix(term, kMaxTermBytes - 17) + suffix;
}

// "2017-07-09T10:00:00" -> "20170709" (or "" if not a date).
std::string date_value(const std::string& iso, bool with_time) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return "";
  std::string out = iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
  if (with_time) {
    std::string time = "000000";
    if (iso.size() >= 19 && iso[10] == 'T')
      time = iso.substr(11, 2) + iso.substr(14, 2) + iso.substr(17, 2);
    out += time;
  }
  return out;
}

void add_metadata_facet(std::vector<Entity>* out, const std::string& kind, const std::string& name,
                        const std::string& key) {
  if (key.empty()) return;
  out->push_back(Entity{kind, kind + ":" + key, name, 1});
}

}  // namespace

const std::vector<FacetKind>& facet_kinds() {
  static const std::vector<FacetKind> kinds = {
      {"person", kSlotPerson}, {"country", kSlotCountry},   {"org", kSlotOrg},
      {"event", kSlotEvent},   {"source", kSlotSource},     {"author", kSlotAuthor},
      {"date", kSlotMonth},    {"language", kSlotLanguage}, {"topic", kSlotTopic}};
  return kinds;
}

Xapian::valueno facet_slot(std::string_view kind) {
  for (const FacetKind& k : facet_kinds()) {
    if (kind == k.name) return k.slot;
  }
  return Xapian::BAD_VALUENO;
}

std::string unique_id_term(const std::string& id) { return shorten_term(kIdPrefix + id); }

std::string facet_term(const std::string& entity_id) {
  return shorten_term(kFacetPrefix + entity_id);
}

std::string encode_facet_slot(std::string_view kind, std::vector<std::string> ids) {
  for (std::string& id : ids) {
    // "person:vladimir-putin" -> "vladimir-putin"; an id of another kind
    // (never written by the extractor) keeps its kind behind a ':'.
    if (id.size() > kind.size() && id.compare(0, kind.size(), kind) == 0 &&
        id[kind.size()] == ':') {
      id.erase(0, kind.size() + 1);
    } else {
      id.insert(0, 1, ':');
    }
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::string out;
  for (const std::string& key : ids) {
    if (key.empty() || key == ":") continue;
    if (!out.empty()) out += '\n';
    out += key;
  }
  return out;
}

std::string facet_entry_id(std::string_view kind, std::string_view entry, std::string* old_name) {
  if (old_name != nullptr) old_name->clear();
  const size_t tab = entry.find('\t');
  if (tab != std::string_view::npos) {  // "id<TAB>name", before the compact form
    if (old_name != nullptr) *old_name = std::string(entry.substr(tab + 1));
    return std::string(entry.substr(0, tab));
  }
  if (!entry.empty() && entry[0] == ':') return std::string(entry.substr(1));
  std::string id;
  id.reserve(kind.size() + 1 + entry.size());
  id.append(kind);
  id += ':';
  id.append(entry);
  return id;
}

std::vector<FacetValue> decode_facet_slot(std::string_view kind, std::string_view slot_value) {
  std::vector<FacetValue> out;
  size_t pos = 0;
  while (pos < slot_value.size()) {
    size_t end = slot_value.find('\n', pos);
    if (end == std::string_view::npos) end = slot_value.size();
    if (end > pos) {
      FacetValue v;
      v.id = facet_entry_id(kind, slot_value.substr(pos, end - pos), &v.name);
      out.push_back(std::move(v));
    }
    pos = end + 1;
  }
  return out;
}

std::string facet_name_key(std::string_view id) { return shorten_term("name:" + std::string(id)); }

std::string fallback_facet_name(std::string_view id) {
  const size_t colon = id.find(':');
  std::string name(colon == std::string_view::npos ? id : id.substr(colon + 1));
  bool word_start = true;
  for (char& c : name) {
    if (c == '-') {
      c = ' ';
      word_start = true;
      continue;
    }
    if (word_start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    word_start = false;
  }
  return name;
}

std::vector<Entity> facet_entities(const Article& article) {
  // Extracted and given entities, merged by id (mention counts add up).
  std::map<std::string, Entity> by_id;
  for (const auto* list : {&article.entities, &article.given_entities}) {
    for (const Entity& e : *list) {
      if (e.id.empty() || e.kind.empty()) continue;
      auto [it, inserted] = by_id.emplace(e.id, e);
      if (!inserted) it->second.count += list == &article.entities ? e.count : 0;
    }
  }
  std::vector<Entity> out;
  for (auto& [id, e] : by_id) out.push_back(std::move(e));
  if (!article.source.empty())
    add_metadata_facet(&out, "source", article.source, slugify(article.source));
  for (const std::string& a : article.authors) add_metadata_facet(&out, "author", a, slugify(a));
  if (article.date.size() >= 7) {
    const std::string month = article.date.substr(0, 7);
    add_metadata_facet(&out, "date", month, month);
  }
  if (!article.language.empty()) {
    add_metadata_facet(&out, "language", article.language, slugify(article.language));
  }
  return out;
}

Xapian::Document build_document(const Article& article, Xapian::TermGenerator& termgen,
                                const std::vector<uint32_t>& signature,
                                const std::string& collapse_key, std::vector<FacetValue>* names) {
  Xapian::Document doc;
  termgen.set_document(doc);

  // Title: prefixed for title: (with positions but wdf 0, so that the copy
  // does not lengthen the document BM25 normalizes by), and unprefixed with
  // a higher wdf so that it outranks the same words in the body.
  termgen.index_text(article.title, 0, kTitlePrefix);
  termgen.increase_termpos();
  termgen.index_text(article.title, kTitleWeight);
  termgen.increase_termpos();
  termgen.index_text(article.body);
  for (const std::string& author : article.authors) {
    termgen.increase_termpos();
    termgen.index_text_without_positions(author, 1, kAuthorPrefix);
  }
  if (!article.source.empty())
    termgen.index_text_without_positions(article.source, 1, kSourcePrefix);

  doc.add_boolean_term(unique_id_term(article.id));

  const std::vector<Entity> facets = facet_entities(article);
  std::map<std::string, std::vector<std::string>> slots;  // kind -> ids
  for (const Entity& e : facets) {
    doc.add_boolean_term(facet_term(e.id));
    if (facet_slot(e.kind) == Xapian::BAD_VALUENO) continue;
    slots[e.kind].push_back(e.id);
    if (names != nullptr && e.kind != "date") names->push_back(FacetValue{e.id, e.name});
  }
  for (auto& [kind, ids] : slots) {
    doc.add_value(facet_slot(kind), encode_facet_slot(kind, std::move(ids)));
  }

  const std::string day = date_value(article.date, false);
  if (!day.empty()) {
    doc.add_value(kSlotDate, day);
    doc.add_value(kSlotDateTime, date_value(article.date, true));
  }
  if (!collapse_key.empty()) doc.add_value(kSlotCollapse, collapse_key);
  if (!signature.empty()) {
    for (const std::string& band : signature_band_terms(signature, kDupPrefix)) {
      doc.add_boolean_term(band);
    }
    doc.add_value(kSlotSignature, encode_signature(signature));
  }
  doc.set_data(serialize_stored_article(article, facets));
  return doc;
}

namespace {

// The first byte of binary document data; JSON (what indexes before it hold)
// starts with '{'. kMaskedDataMark is followed by the binary form masked
// (frame_codec.h), kFrameDataMark by a zstd frame of it (indexes written
// before the masking), kBinaryDataMark by the binary form itself (short
// records, and indexes written before the frames).
constexpr char kBinaryDataMark = '\x02';
constexpr char kFrameDataMark = '\x03';
constexpr char kMaskedDataMark = '\x04';
// A frame never decodes to more than this (a 64 KiB body, its entities and
// metadata fit many times over); a larger one is not ours.
constexpr size_t kMaxDecodedDataBytes = 16 * 1024 * 1024;
// Records shorter than this stay unmasked: whatever glass does with them
// costs little.
constexpr size_t kMinMaskedBytes = 128;

// Entities are stored and shown in this order: people, countries,
// organizations, events, then other kinds by name; within a kind the most
// mentioned first, then by name.
int kind_rank(const std::string& kind) {
  static const char* const kOrder[] = {"person", "country", "org", "event"};
  for (int i = 0; i < 4; ++i) {
    if (kind == kOrder[i]) return i;
  }
  return 4;
}
bool shown_before(const Entity& a, const Entity& b) {
  const int ra = kind_rank(a.kind), rb = kind_rank(b.kind);
  if (ra != rb) return ra < rb;
  if (a.kind != b.kind) return a.kind < b.kind;
  if (a.count != b.count) return a.count > b.count;
  return a.name < b.name;
}

// The JSON document data of indexes written before the binary form.
bool parse_json_article(const std::string& data, StoredArticle* out) {
  const nlohmann::json j = nlohmann::json::parse(data, nullptr, false);
  if (!j.is_object()) return false;
  auto str = [&j](const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  out->id = str("id");
  out->url = str("url");
  out->title = str("title");
  out->date = str("date");
  out->source = str("source");
  out->language = str("language");
  out->body = str("body");
  if (auto it = j.find("authors"); it != j.end() && it->is_array()) {
    for (const auto& a : *it) {
      if (a.is_string()) out->authors.push_back(a.get<std::string>());
    }
  }
  if (auto it = j.find("entities"); it != j.end() && it->is_array()) {
    for (const auto& e : *it) {
      if (!e.is_array() || e.size() != 4 || !e[0].is_string() || !e[1].is_string() ||
          !e[2].is_string() || !e[3].is_number_integer()) {
        continue;
      }
      out->entities.push_back(Entity{e[0].get<std::string>(), e[1].get<std::string>(),
                                     e[2].get<std::string>(), e[3].get<int>()});
    }
  }
  return true;
}

// Binary document data; false (with what was read so far) if truncated.
bool parse_binary_article(std::string_view data, StoredArticle* out) {
  size_t pos = 1;  // after the mark
  for (std::string* field :
       {&out->id, &out->url, &out->title, &out->date, &out->source, &out->language, &out->body}) {
    if (!codec::get_string(data, &pos, field)) return false;
  }
  uint64_t n = 0;
  if (!codec::get_varint(data, &pos, &n)) return false;
  for (uint64_t i = 0; i < n; ++i) {
    std::string author;
    if (!codec::get_string(data, &pos, &author)) return false;
    out->authors.push_back(std::move(author));
  }
  if (!codec::get_varint(data, &pos, &n)) return false;
  for (uint64_t i = 0; i < n; ++i) {
    Entity e;
    uint64_t count = 0;
    if (!codec::get_string(data, &pos, &e.kind) || !codec::get_string(data, &pos, &e.id) ||
        !codec::get_string(data, &pos, &e.name) || !codec::get_varint(data, &pos, &count)) {
      return false;
    }
    e.count = static_cast<int>(count);
    out->entities.push_back(std::move(e));
  }
  return true;
}

}  // namespace

std::string serialize_stored_article(const Article& article, const std::vector<Entity>& facets) {
  std::string out(1, kBinaryDataMark);
  for (const std::string* field : {&article.id, &article.url, &article.title, &article.date,
                                   &article.source, &article.language}) {
    codec::put_string(&out, *field);
  }
  codec::put_string(&out, utf8_prefix(article.body, kMaxStoredBodyBytes));
  codec::put_varint(&out, article.authors.size());
  for (const std::string& a : article.authors) codec::put_string(&out, a);
  std::vector<const Entity*> shown;
  for (const Entity& e : facets) {
    if (e.kind == "source" || e.kind == "author" || e.kind == "date" || e.kind == "language")
      continue;
    shown.push_back(&e);
  }
  std::stable_sort(shown.begin(), shown.end(),
                   [](const Entity* a, const Entity* b) { return shown_before(*a, *b); });
  codec::put_varint(&out, shown.size());
  for (const Entity* e : shown) {
    codec::put_string(&out, e->kind);
    codec::put_string(&out, e->id);
    codec::put_string(&out, e->name);
    codec::put_varint(&out, static_cast<uint64_t>(std::max(e->count, 0)));
  }
  if (out.size() < kMinMaskedBytes) return out;
  out.insert(out.begin(), kMaskedDataMark);
  codec::mask(&out, 1);
  return out;
}

StoredArticle parse_stored_article(const std::string& data) {
  StoredArticle out;
  bool ours = false;
  if (!data.empty() && data[0] == kMaskedDataMark) {
    std::string binary = data.substr(1);
    codec::mask(&binary);
    ours = !binary.empty() && binary[0] == kBinaryDataMark && parse_binary_article(binary, &out);
  } else if (!data.empty() && data[0] == kFrameDataMark) {
    std::string binary;
    ours =
        codec::decompress_frame(std::string_view(data).substr(1), kMaxDecodedDataBytes, &binary) &&
        !binary.empty() && binary[0] == kBinaryDataMark && parse_binary_article(binary, &out);
  } else if (!data.empty() && data[0] == kBinaryDataMark) {
    ours = parse_binary_article(data, &out);
  } else {
    ours = parse_json_article(data, &out);
  }
  if (!ours && out.id.empty()) {
    out = StoredArticle();
    out.id = data;
    return out;
  }
  // Indexes written before the entities were stored in display order (and
  // the JSON form) hold them by id.
  if (!std::is_sorted(out.entities.begin(), out.entities.end(), shown_before)) {
    std::stable_sort(out.entities.begin(), out.entities.end(), shown_before);
  }
  return out;
}

}  // namespace news::schema
