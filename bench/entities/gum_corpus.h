// Reads GUM documents (CoNLL-U with Entity= spans, Zeldes 2017) for the
// entity evaluation: the running text of each document and its gold
// person, organization and place entities.
//
// Gold entities are coreference chains (Entity ids) of type person,
// organization or place that are named: they carry a Wikipedia link, or
// one of their mentions is a proper name: after a leading "the", the first
// and last words are proper nouns and the words between are proper nouns,
// function words ("of", "and", "'s") or, for organizations and places,
// capitalized words ("Heaven Sent Gaming"). For people, the name is the
// proper nouns after any modifiers and before a comma ("Senior researcher
// Mu Li, of ..." names Mu Li).
#ifndef NEWS_BENCH_ENTITIES_GUM_CORPUS_H_
#define NEWS_BENCH_ENTITIES_GUM_CORPUS_H_

#include <string>
#include <vector>

namespace news {
namespace gum {

struct GoldEntity {
  std::string type;                // person, organization, place
  std::string link;                // Wikipedia title with spaces ("Lord Byron"), or ""
  std::vector<std::string> names;  // the proper-name mentions, as in the text
};

// A mention that is a proper name: bytes [begin, end) of Document::text.
struct Span {
  size_t begin = 0;
  size_t end = 0;
  std::string type;  // person, organization, place
};

struct Document {
  std::string id;    // "GUM_news_iodine"
  std::string date;  // meta::dateCreated, "YYYY-MM-DD"
  std::string text;  // tokens joined by their spacing, paragraphs by "\n\n"
  std::vector<GoldEntity> entities;
  std::vector<Span> spans;  // every named mention, in order of their ends
};

// Reads every *.conllu file in `dir` (sorted by name). On failure (no such
// directory, unreadable file) returns false and sets `error` to a message
// that names the path.
bool read_split(const std::string& dir, std::vector<Document>* docs, std::string* error);

}  // namespace gum
}  // namespace news

#endif  // NEWS_BENCH_ENTITIES_GUM_CORPUS_H_
