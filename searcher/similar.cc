// "More like this"; see similar.h.
#include "searcher/similar.h"

#include "common/index/index_schema.h"
#include "searcher/search_types.h"

namespace news {

namespace {

// Words worth expanding on: stemmed forms ("Z" prefix) of words, not
// boolean ids, facet terms or numbers, and only words that some other
// article has too (a word of this article alone finds nothing).
class SharedStemmedWords : public Xapian::ExpandDecider {
 public:
  explicit SharedStemmedWords(const Xapian::Database& db) : db_(db) {}
  bool operator()(const std::string& term) const override {
    if (term.size() < 4 || term[0] != 'Z') return false;
    const char c = term[1];
    if (!((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80)) return false;
    return db_.get_termfreq(term) >= 2;
  }

 private:
  const Xapian::Database& db_;
};

constexpr Xapian::termcount kExpandTerms = 24;

}  // namespace

std::set<std::string> document_entity_ids(const Xapian::Document& doc) {
  std::set<std::string> out;
  for (const char* kind : {"person", "country", "org", "event"}) {
    for (schema::FacetValue& v :
         schema::decode_facet_slot(kind, doc.get_value(schema::facet_slot(kind)))) {
      out.insert(std::move(v.id));
    }
  }
  return out;
}

SimilarSeed similar_seed(const Xapian::Database& db, const std::string& id) {
  const std::string id_term = schema::unique_id_term(id);
  Xapian::PostingIterator it = db.postlist_begin(id_term);
  if (it == db.postlist_end(id_term)) throw QueryError("no article with id '" + id + "'");
  SimilarSeed seed;
  seed.docid = *it;
  seed.entity_ids = document_entity_ids(db.get_document(seed.docid));

  Xapian::Enquire enquire(db);
  Xapian::RSet rset;
  rset.add_document(seed.docid);
  SharedStemmedWords decider(db);
  const Xapian::ESet eset =
      enquire.get_eset(kExpandTerms, rset, Xapian::Enquire::USE_EXACT_TERMFREQ, &decider);
  std::vector<Xapian::Query> terms;
  for (auto e = eset.begin(); e != eset.end(); ++e) terms.emplace_back(*e);
  if (terms.empty()) {
    seed.query = Xapian::Query::MatchNothing;
    return seed;
  }
  seed.query = Xapian::Query(Xapian::Query::OP_AND_NOT,
                             Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()),
                             Xapian::Query(id_term));
  return seed;
}

double similar_score(double text_score, double best_text_score,
                     const std::set<std::string>& seed_entities,
                     const std::set<std::string>& candidate_entities) {
  if (seed_entities.empty() || candidate_entities.empty()) return text_score;
  size_t shared = 0;
  for (const std::string& id : candidate_entities) shared += seed_entities.count(id);
  const size_t together = seed_entities.size() + candidate_entities.size() - shared;
  const double jaccard = together == 0 ? 0.0 : static_cast<double>(shared) / together;
  return text_score + 0.5 * best_text_score * jaccard;
}

}  // namespace news
