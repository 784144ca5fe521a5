// Batched writes into a Xapian database; see index_writer.h.
#include "common/index/index_writer.h"

#include <iostream>

#include "common/index/fingerprint.h"
#include "common/index/index_schema.h"

namespace news {

bool is_spelling_word(const std::string& term) {
  // Unprefixed, unstemmed words (the "Z"-less terms) are what a user types;
  // prefixes are capitals. Terms with a digit are left out: a number or a
  // code ("1,250", "q3") has no spelling to suggest, and in news they are a
  // third of the distinct words.
  if (term.size() < 3 || term.size() > 32) return false;
  const auto first = static_cast<unsigned char>(term[0]);
  if (!(first >= 0x80 || (first >= 'a' && first <= 'z'))) return false;
  for (char c : term) {
    if (c >= '0' && c <= '9') return false;
  }
  return true;
}

DocumentBuilder::DocumentBuilder() {
  termgen_.set_stemmer(Xapian::Stem("english"));
  termgen_.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
}

PreparedDocument DocumentBuilder::build(const Article& article, bool collect_spelling) {
  PreparedDocument out;
  out.id_term = schema::unique_id_term(article.id);
  out.signature = text_signature(article.title + "\n" + article.body);
  out.doc = schema::build_document(article, termgen_, out.signature, "", &out.facet_names);
  if (collect_spelling) {
    for (auto it = out.doc.termlist_begin(); it != out.doc.termlist_end(); ++it) {
      if (is_spelling_word(*it)) out.spelling_words.push_back(*it);
    }
  }
  return out;
}

Xapian::WritableDatabase open_for_writing(const std::string& path, int flags) {
  try {
    return Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN | flags);
  } catch (const Xapian::DatabaseLockError&) {
    throw IndexOpenError(path + ": database is locked by another indexer");
  } catch (const Xapian::Error& e) {
    throw IndexOpenError(path + ": cannot open database for writing: " + e.get_description());
  }
}

IndexWriter::IndexWriter(const std::string& path, const IndexWriterOptions& options)
    : path_(path),
      options_(options),
      db_(open_for_writing(path, options.sync ? 0 : Xapian::DB_NO_SYNC)) {
  opened_last_docid_ = db_.get_lastdocid();
  opened_empty_ = db_.get_doccount() == 0;
}

IndexWriter::~IndexWriter() {
  try {
    finish();
  } catch (const Xapian::Error& e) {
    std::cerr << path_ << ": error: final commit failed: " << e.get_description() << "\n";
  }
}

bool IndexWriter::is_near_duplicate(Xapian::docid did, const Signature& sig,
                                    Xapian::Document* doc) {
  try {
    *doc = db_.get_document(did);
  } catch (const Xapian::DocNotFoundError&) {
    return false;  // deleted since its bands were recorded
  }
  return signature_similarity(decode_signature(doc->get_value(schema::kSlotSignature)), sig) >=
         kNearDuplicateSimilarity;
}

std::string IndexWriter::find_original(const PreparedDocument& prepared, Xapian::docid self) {
  if (prepared.signature.empty()) return "";
  // Postings ascend, so the first near duplicate met in a band is that
  // band's earliest; a candidate at or after the best one found is skipped.
  constexpr size_t kMaxPerBand = 64;
  Xapian::docid best = 0;
  Xapian::Document original, doc;
  if (!opened_empty_) {
    // Documents that were there before this run: the band terms.
    for (const std::string& band : signature_band_terms(prepared.signature, schema::kDupPrefix)) {
      size_t examined = 0;
      for (auto it = db_.postlist_begin(band);
           it != db_.postlist_end(band) && examined < kMaxPerBand; ++it, ++examined) {
        const Xapian::docid did = *it;
        if (did > opened_last_docid_ || (best != 0 && did >= best)) break;
        if (did == self) continue;
        if (is_near_duplicate(did, prepared.signature, &doc)) {
          best = did;
          original = doc;
          break;
        }
      }
    }
  }
  // Documents added by this writer: the in-memory bands.
  for (Xapian::docid did : bands_.candidates(prepared.signature, kMaxPerBand)) {
    if (best != 0 && did >= best) break;
    if (did == self) continue;
    if (is_near_duplicate(did, prepared.signature, &doc)) {
      best = did;
      original = doc;
      break;
    }
  }
  if (best == 0) return "";
  std::string key = original.get_value(schema::kSlotCollapse);
  if (key.empty()) {
    // The first copy of a story gets its collapse key when its first copy
    // arrives (articles without copies carry none): its own id term.
    Xapian::TermIterator t = original.termlist_begin();
    t.skip_to(schema::kIdPrefix);
    if (t == original.termlist_end() || (*t).rfind(schema::kIdPrefix, 0) != 0) return "";
    key = (*t).substr(1);
    original.add_value(schema::kSlotCollapse, key);
    db_.replace_document(best, original);
  }
  return key;
}

bool IndexWriter::is_new_id(const std::string& id_term) const {
  // In a database that was empty, an id this writer has not added is new.
  return opened_empty_ && run_ids_.find(std::hash<std::string>()(id_term)) == run_ids_.end();
}

Xapian::docid IndexWriter::own_docid(const std::string& id_term) {
  if (is_new_id(id_term)) return 0;
  Xapian::PostingIterator own = db_.postlist_begin(id_term);
  return own != db_.postlist_end(id_term) ? *own : 0;
}

std::string IndexWriter::original_of(const PreparedDocument& prepared, bool own_shard) {
  return find_original(prepared, own_shard ? own_docid(prepared.id_term) : 0);
}

void IndexWriter::add(PreparedDocument&& prepared, const std::string* known_original) {
  // A new id goes in with add_document(), skipping replace_document()'s
  // id lookup.
  const size_t id_hash = std::hash<std::string>()(prepared.id_term);
  const bool is_new = is_new_id(prepared.id_term);
  const std::string original = known_original != nullptr
                                   ? *known_original
                                   : find_original(prepared, own_docid(prepared.id_term));
  if (!original.empty()) prepared.doc.add_value(schema::kSlotCollapse, original);
  const Xapian::docid did = is_new ? db_.add_document(prepared.doc)
                                   : db_.replace_document(prepared.id_term, prepared.doc);
  if (opened_empty_) run_ids_[id_hash] = did;
  if (!prepared.signature.empty() && options_.remember_bands) bands_.add(prepared.signature, did);
  record_names(prepared.facet_names);
  if (options_.spelling) {
    add_spelling_words(std::move(prepared.spelling_words));
    ++spelling_articles_;
  }
  ++pending_;
}

void IndexWriter::add_spelling_words(std::vector<std::string>&& words) {
  if (!options_.spelling) return;
  for (std::string& w : words) ++spelling_[std::move(w)];
}

bool IndexWriter::set_collapse_key(const std::string& id_term, const std::string& key) {
  const Xapian::docid did = own_docid(id_term);
  if (did == 0) return false;
  Xapian::Document doc = db_.get_document(did);
  doc.add_value(schema::kSlotCollapse, key);
  db_.replace_document(did, doc);
  return true;
}

bool IndexWriter::remove(const std::string& id) {
  const std::string term = schema::unique_id_term(id);
  if (db_.get_termfreq(term) == 0) return false;
  db_.delete_document(term);
  run_ids_.erase(std::hash<std::string>()(term));
  ++pending_;
  return true;
}

void IndexWriter::record_names(const std::vector<schema::FacetValue>& names) {
  for (const schema::FacetValue& v : names) {
    if (v.name.empty() || !named_.insert(std::hash<std::string>()(v.id)).second) continue;
    const std::string key = schema::facet_name_key(v.id);
    // The first name written stays: the facet list shows one name per id.
    if (!opened_empty_ && !db_.get_metadata(key).empty()) continue;
    db_.set_metadata(key, v.name);
  }
}

void IndexWriter::add_spelling() {
  for (const auto& [word, count] : spelling_) db_.add_spelling(word, count);
  spelling_.clear();
  spelling_articles_ = 0;
  spelling_added_ = Clock::now();
}

void IndexWriter::commit() {
  if (spelling_articles_ >= options_.spelling_every ||
      (spelling_articles_ > 0 &&
       std::chrono::duration<double>(Clock::now() - spelling_added_).count() >=
           options_.spelling_seconds)) {
    add_spelling();
  }
  db_.commit();
  pending_ = 0;
}

void IndexWriter::finish() {
  const bool spelled = !spelling_.empty();
  if (spelled) add_spelling();
  if (pending_ > 0 || spelled) {
    db_.commit();
    pending_ = 0;
  }
}

}  // namespace news
