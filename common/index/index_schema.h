// The index schema: the one place that knows term prefixes, value slots and
// the document data layout. news-indexer writes documents with
// build_document(); news-searcher reads them back with these constants and
// parse_stored_article(). docs/index_schema.md lists every prefix and slot.
#ifndef NEWS_COMMON_INDEX_INDEX_SCHEMA_H_
#define NEWS_COMMON_INDEX_INDEX_SCHEMA_H_

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "common/article.h"

namespace news::schema {

// Term prefixes (Omega conventions where one exists).
inline constexpr char kIdPrefix[] = "Q";       // unique id term: Q<id>
inline constexpr char kTitlePrefix[] = "S";    // title words, with positions
inline constexpr char kAuthorPrefix[] = "A";   // author name words
inline constexpr char kSourcePrefix[] = "XS";  // source words (e.g. "reuters")
inline constexpr char kFacetPrefix[] = "XF";   // boolean facet term: XF<entity id>
inline constexpr char kDupPrefix[] = "XD";     // near-duplicate signature band terms

// Value slots.
enum Slot : Xapian::valueno {
  kSlotDate = 0,    // "YYYYMMDD", sortable; absent if the date is unknown
  kSlotPerson = 1,  // facet value sets, see encode_facet_values()
  kSlotCountry = 2,
  kSlotOrg = 3,
  kSlotEvent = 4,
  kSlotSource = 5,
  kSlotAuthor = 6,
  kSlotMonth = 7,  // the "date" facet: "YYYY-MM"
  kSlotLanguage = 8,
  kSlotTopic = 9,
  kSlotDateTime = 10,  // "YYYYMMDDHHMMSS" for a finer date sort
  kSlotCollapse = 11,  // collapse key of a story with copies: id of its first copy
  kSlotSignature = 12  // near-duplicate MinHash signature, hex (fingerprint.h)
};

// Weight of title words relative to body words (wdf multiplier).
inline constexpr Xapian::termcount kTitleWeight = 3;

// Xapian refuses terms longer than 245 bytes; longer words are skipped by
// the term generator, and long ids are shortened by unique_id_term().
inline constexpr size_t kMaxTermBytes = 240;

// The facet kinds, in display order, and their value slot.
struct FacetKind {
  const char* name;
  Xapian::valueno slot;
};
const std::vector<FacetKind>& facet_kinds();
// The slot of a facet kind, or Xapian::BAD_VALUENO if `kind` is unknown.
Xapian::valueno facet_slot(std::string_view kind);

// "Q<id>", shortened with a hash suffix if it would exceed kMaxTermBytes.
std::string unique_id_term(const std::string& id);
// "XF<entity id>", e.g. "XFperson:vladimir-putin" (shortened like ids).
std::string facet_term(const std::string& entity_id);

// One facet value of a document: its id and the name it was written with.
struct FacetValue {
  std::string id;    // "person:vladimir-putin"
  std::string name;  // "Vladimir Putin"
};
// A facet slot holds all of a document's values of one kind as the keys of
// their ids ("vladimir-putin" for "person:vladimir-putin"; an id of another
// kind is kept whole behind a ':'), sorted and joined by '\n': a few bytes
// per value, since counting a facet reads the slot of every match. Display
// names live in the database's metadata (facet_name_key()). Xapian's
// ValueCountMatchSpy (which every xapian-tcpsrv knows) can count the slot
// and the searcher splits the sum.
std::string encode_facet_slot(std::string_view kind, std::vector<std::string> ids);
// The id of one slot entry of `kind`. Indexes written before the compact
// form hold "id<TAB>name" entries: for those, `*old_name` (if non-null)
// receives the name, otherwise it is cleared.
std::string facet_entry_id(std::string_view kind, std::string_view entry,
                           std::string* old_name = nullptr);
// Every value in a slot value of `kind`, in slot order: its id, and the
// name only for an old index's "id<TAB>name" entry (else empty). Tolerant
// of empty input.
std::vector<FacetValue> decode_facet_slot(std::string_view kind, std::string_view slot_value);
// The metadata key holding the display name of facet value `id` (the name
// the first article holding it wrote), e.g. "name:person:vladimir-putin".
std::string facet_name_key(std::string_view id);
// The name to show for `id` when the database has none: its key with
// spaces for '-' and each word capitalized ("vladimir-putin" -> "Vladimir Putin").
std::string fallback_facet_name(std::string_view id);

// The facet values of an article: extracted and given entities plus the
// metadata facets source, author, date (year-month), language.
std::vector<Entity> facet_entities(const Article& article);

// Builds the Xapian document for an article: text terms through `termgen`
// (which must have an English stemmer set), boolean and facet terms, value
// slots and the stored data. `signature` is the near-duplicate signature
// (empty if none); `collapse_key` the id of the story's first copy ("" if none).
// If `names` is non-null it receives the facet values the slots hold by id
// (all kinds but "date", whose key is its name), for the writer to record
// their display names.
Xapian::Document build_document(const Article& article, Xapian::TermGenerator& termgen,
                                const std::vector<uint32_t>& signature,
                                const std::string& collapse_key,
                                std::vector<FacetValue>* names = nullptr);

// What a hit shows: the stored copy of the article (body for snippets).
struct StoredArticle {
  std::string id, url, title, date, source, language, body;
  std::vector<std::string> authors;
  std::vector<Entity> entities;
};
// Serialization of the document data: a 0x03 byte and a zstd frame
// (frame_codec.h) of the binary form, or the binary form itself where zstd
// would not make it smaller: a 0x02 byte, then length-prefixed fields
// (binary_codec.h; docs/index_schema.md lists them), read about 6x faster
// than JSON. Entities are stored in display order: person, country, org,
// event, then other kinds by name; within a kind the most mentioned first,
// then by name. parse_stored_article() reads all three forms (the binary
// form without a frame and JSON are what indexes written before hold), and
// returns an article with only `id` (the whole data) set if the data is not
// ours (also a corrupt or truncated frame); its entities come in display
// order whatever the index's age.
std::string serialize_stored_article(const Article& article, const std::vector<Entity>& facets);
StoredArticle parse_stored_article(const std::string& data);

// Stored bodies are cut at this many bytes (on a UTF-8 boundary); the index
// holds every word of the full body regardless.
inline constexpr size_t kMaxStoredBodyBytes = 64 * 1024;

}  // namespace news::schema

#endif  // NEWS_COMMON_INDEX_INDEX_SCHEMA_H_
