// Test helper; see memory_index.h.
#include "tests/memory_index.h"

namespace news::test {

Xapian::WritableDatabase memory_db(const std::vector<std::string>& texts) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::TermGenerator tg;
  tg.set_stemmer(Xapian::Stem("english"));
  tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  for (const std::string& text : texts) {
    Xapian::Document doc;
    tg.set_document(doc);
    tg.index_text(text);
    db.add_document(doc);
  }
  return db;
}

Xapian::QueryParser english_parser(const Xapian::Database& db, bool all_words) {
  Xapian::QueryParser qp;
  qp.set_database(db);
  qp.set_stemmer(Xapian::Stem("english"));
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  if (all_words) qp.set_default_op(Xapian::Query::OP_AND);
  return qp;
}

}  // namespace news::test
