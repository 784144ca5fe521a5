// A small averaged-perceptron sequence tagger for names: BIO labels for
// person, organization and place over the tokens of tokenizer.h, decoded
// greedily left to right. Only capitalized words (and short lowercase
// words between two of them: "of", "de") are tagged; every other token is
// outside any name. Features: the word, its lower-case form, shape,
// prefix and suffixes, its neighbours and their shapes, the previous
// label, the lexicon's word lists and phrases (given names, titles,
// cue words, countries, known orgs, org keywords), and two features of the
// whole article (TagContext): whether the article also writes the word in
// lower case, and the label the word got where it was tagged before.
//
// The model is trained on GUM's train split by bench/entities/train_tagger
// (see docs/entities.md) and compiled into the library
// (data/tagger_model.txt). The Tagger is read-only after construction and
// safe to share between threads.
#ifndef NEWS_COMMON_ENTITIES_TAGGER_H_
#define NEWS_COMMON_ENTITIES_TAGGER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/entities/lexicon.h"
#include "common/entities/tokenizer.h"

namespace news {
namespace entities {

enum Label : uint8_t { kO = 0, kBPer, kIPer, kBOrg, kIOrg, kBLoc, kILoc, kLabels };

enum class SpanType : uint8_t { kPerson, kOrg, kPlace };

struct TagSpan {
  uint32_t first = 0;  // token range [first, last)
  uint32_t last = 0;
  SpanType type = SpanType::kPerson;
};

// What the article says about a word beyond the tagger's window: whether
// it is also written in lower case somewhere ("Previous" / "previous"), and
// the last label given to the same word earlier in the article (non-local
// evidence: "Mr. Ruiz ... Ruiz said"). Words are keyed by a 64-bit hash of
// their ASCII-lower-cased bytes.
class TagContext {
 public:
  explicit TagContext(const std::vector<Token>& toks);
  bool written_lower(const Token& t) const;
  // 0 if the word was not tagged before, else 1 + the span type of its last
  // label (1 outside any name, 2 person, 3 org, 4 place).
  uint8_t history(const Token& t) const;
  void record(const Token& t, uint8_t label);
  // Lexicon::is_common_word and Lexicon::place_length of token i, looked up
  // once per token (each is asked for again as a neighbour's feature).
  bool common_word(const std::vector<Token>& toks, const Lexicon& lex, size_t i) const;
  size_t place_length(const std::vector<Token>& toks, const Lexicon& lex, size_t i) const;

 private:
  mutable std::vector<int8_t> common_;             // -1 not looked up yet
  mutable std::vector<int8_t> place_;              // -1 not looked up yet
  std::vector<uint64_t> lower_bits_;               // a Bloom-like bit set of lower-case words
  std::unordered_map<uint64_t, uint8_t> history_;  // word hash -> 1 + type
};

class Tagger {
 public:
  // Parses a model written by train_tagger; an empty text gives a tagger
  // that finds nothing. Throws std::runtime_error on a malformed model.
  explicit Tagger(std::string_view model);

  // True if token i is one the tagger labels (others are kO).
  static bool candidate(const std::vector<Token>& toks, size_t i);

  // Hashes of the features of token i given the previous label. Training
  // drops the token's own word features at times (`word` false) so that
  // shape, context and lexicon features learn to carry unseen names.
  static void features(const std::vector<Token>& toks, const Lexicon& lex, size_t i, Label prev,
                       const TagContext& ctx, std::vector<uint64_t>* out, bool word = true);

  // Labels of all tokens (greedy decoding, left to right).
  void tag(const std::vector<Token>& toks, const Lexicon& lex, std::vector<Label>* labels) const;

  // Adds the model's scores of `feats` to scores[0..kLabels).
  void score(const std::vector<uint64_t>& feats, float* scores) const;

  // Spans of a label sequence; an I- label after O or another type opens a span.
  static std::vector<TagSpan> spans(const std::vector<Label>& labels);
  // The same, each span cut after its last capitalized word: the lower-case
  // words the tagger labels ("of", "de") only join names ("the GNP of
  // Israel" labelled "GNP of" gives "GNP").
  static std::vector<TagSpan> spans(const std::vector<Label>& labels,
                                    const std::vector<Token>& toks);

  size_t size() const { return keys_.size(); }

 private:
  int64_t find(uint64_t key) const;

  std::vector<uint64_t> table_;  // open addressing: key, 0 = empty
  std::vector<uint32_t> rows_;   // row of each table slot
  std::vector<uint64_t> keys_;   // feature hashes, by row
  std::vector<float> weights_;   // kLabels per row
  uint64_t mask_ = 0;
};

}  // namespace entities
}  // namespace news

#endif  // NEWS_COMMON_ENTITIES_TAGGER_H_
