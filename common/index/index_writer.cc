// Batched writes into a Xapian database; see index_writer.h.
#include "common/index/index_writer.h"

#include <iostream>

#include "common/index/fingerprint.h"
#include "common/index/index_schema.h"

namespace news {

DocumentBuilder::DocumentBuilder() {
  termgen_.set_stemmer(Xapian::Stem("english"));
  termgen_.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
}

PreparedDocument DocumentBuilder::build(const Article& article, bool collect_spelling) {
  PreparedDocument out;
  out.id_term = schema::unique_id_term(article.id);
  out.signature = text_signature(article.title + "\n" + article.body);
  out.doc = schema::build_document(article, termgen_, out.signature, "");
  if (collect_spelling) {
    // Unprefixed, unstemmed words (the "Z"-less terms) are what a user types.
    for (auto it = out.doc.termlist_begin(); it != out.doc.termlist_end(); ++it) {
      const std::string& term = *it;
      if (term.empty() ||
          !(static_cast<unsigned char>(term[0]) >= 0x80 || (term[0] >= 'a' && term[0] <= 'z') ||
            (term[0] >= '0' && term[0] <= '9'))) {
        continue;
      }
      if (term.size() < 3 || term.size() > 32) continue;
      out.spelling_words.push_back(term);
    }
  }
  return out;
}

IndexWriter::IndexWriter(const std::string& path, const IndexWriterOptions& options)
    : path_(path), options_(options) {
  try {
    db_ = Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
  } catch (const Xapian::DatabaseLockError&) {
    throw IndexOpenError(path + ": database is locked by another indexer");
  } catch (const Xapian::Error& e) {
    throw IndexOpenError(path + ": cannot open database for writing: " + e.get_description());
  }
}

IndexWriter::~IndexWriter() {
  try {
    if (pending_ > 0) commit();
  } catch (const Xapian::Error& e) {
    std::cerr << path_ << ": error: final commit failed: " << e.get_description() << "\n";
  }
}

std::string IndexWriter::find_original(const PreparedDocument& prepared) {
  if (prepared.signature.empty()) return "";
  // The article's own earlier version is not a copy of itself.
  Xapian::docid self = 0;
  Xapian::PostingIterator own = db_.postlist_begin(prepared.id_term);
  if (own != db_.postlist_end(prepared.id_term)) self = *own;
  Xapian::docid best = 0;
  std::string key;
  for (const std::string& band : signature_band_terms(prepared.signature, schema::kDupPrefix)) {
    int examined = 0;
    for (auto it = db_.postlist_begin(band); it != db_.postlist_end(band) && examined < 64;
         ++it, ++examined) {
      const Xapian::docid did = *it;
      if (did == self) continue;
      if (best != 0 && did >= best) break;  // postings ascend; an earlier copy is known
      const Xapian::Document doc = db_.get_document(did);
      const Signature other = decode_signature(doc.get_value(schema::kSlotSignature));
      if (signature_similarity(other, prepared.signature) >= kNearDuplicateSimilarity) {
        best = did;
        key = doc.get_value(schema::kSlotCollapse);
        break;
      }
    }
  }
  if (best != 0 && key.empty()) {
    // The first copy of a story gets its collapse key when its first copy
    // arrives (articles without copies carry none): its own id term.
    Xapian::Document original = db_.get_document(best);
    Xapian::TermIterator t = original.termlist_begin();
    t.skip_to(schema::kIdPrefix);
    if (t == original.termlist_end() || (*t).rfind(schema::kIdPrefix, 0) != 0) return "";
    key = (*t).substr(1);
    original.add_value(schema::kSlotCollapse, key);
    db_.replace_document(best, original);
  }
  return key;
}

void IndexWriter::add(PreparedDocument&& prepared) {
  const std::string original = find_original(prepared);
  if (!original.empty()) prepared.doc.add_value(schema::kSlotCollapse, original);
  db_.replace_document(prepared.id_term, prepared.doc);
  if (options_.spelling) {
    for (std::string& w : prepared.spelling_words) ++spelling_[std::move(w)];
  }
  ++pending_;
}

bool IndexWriter::remove(const std::string& id) {
  const std::string term = schema::unique_id_term(id);
  if (db_.get_termfreq(term) == 0) return false;
  db_.delete_document(term);
  ++pending_;
  return true;
}

void IndexWriter::commit() {
  for (const auto& [word, count] : spelling_) db_.add_spelling(word, count);
  spelling_.clear();
  db_.commit();
  pending_ = 0;
}

}  // namespace news
