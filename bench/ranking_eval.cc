// ranking_eval: ranking quality of the searcher's default ranking on the
// CISI and Cranfield test collections, beside a plain Xapian BM25 baseline,
// in one run.
//
// usage: ranking_eval [--corpora DIR] [--work DIR] [--depth N] [--diagnose] [COLLECTION...]
//   --corpora  folder holding ir/<collection>/{docs.jsonl,queries.tsv,qrels.txt}
//              (default $NEWS_CORPORA)
//   --work     where the indexes and the TREC run files go (default: a new
//              folder under the system's temporary directory, kept)
//   --depth    documents retrieved per query (default 1000)
//   --diagnose also the variants that tell a difference apart: the
//              baseline with the title's words counted 3 times (as our
//              index does), the same with our S-prefixed title copy too,
//              the baseline's plain OR query on our index, and
//              ours without the collapse of near-duplicates
//   COLLECTION cisi, cranfield (default both)
//
// "ours": docs.jsonl through the indexer's full pipeline (entity extraction,
// near-duplicate fingerprints, spelling), queries through SearchEngine with a
// default SearchRequest (limit raised to the depth). "bm25": a separate index
// built with TermGenerator (English stemmer, STEM_SOME; title then body, no
// title weight), queried with QueryParser (same stemming, default operator
// OR) and Xapian's default BM25Weight. Both see the same sanitized query text
// (ir_metrics.h: sanitize_query). Measures follow trec_eval (ir_metrics.h).
#include <xapian.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "bench/ir_metrics.h"
#include "common/entities/entity_extractor.h"
#include "common/index/index_schema.h"
#include "indexer/index_pipeline.h"
#include "searcher/search_engine.h"

namespace fs = std::filesystem;

namespace {

struct Query {
  std::string id, text;  // text: sanitized
};

using Run = std::vector<news::ir::ScoredDoc>;
using Searcher = std::function<Run(const std::string& query)>;

std::vector<Query> read_queries(const fs::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path.string() + ": cannot open");
  std::vector<Query> queries;
  std::string line;
  for (size_t line_no = 1; std::getline(in, line); ++line_no) {
    if (line.empty()) continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) {
      throw std::runtime_error(path.string() + ":" + std::to_string(line_no) +
                               ": error: expected \"qid<TAB>text\"");
    }
    queries.push_back({line.substr(0, tab), news::ir::sanitize_query(line.substr(tab + 1))});
  }
  return queries;
}

// How the plain index takes the title: the baseline counts its words once.
struct PlainIndexOptions {
  unsigned title_weight = 1;
  // Also a copy of the title words under the "S" prefix, as our index holds
  // for title: (it lengthens the document that BM25 normalizes by).
  bool prefixed_title_copy = false;
};

// The baseline index: no entities, nothing but words.
void build_plain_index(const fs::path& docs, const fs::path& db_path,
                       const PlainIndexOptions& options) {
  std::ifstream in(docs);
  if (!in) throw std::runtime_error(docs.string() + ": cannot open");
  Xapian::WritableDatabase db(db_path.string(), Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator termgen;
  termgen.set_stemmer(Xapian::Stem("english"));
  termgen.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  std::string line;
  for (size_t line_no = 1; std::getline(in, line); ++line_no) {
    if (line.empty()) continue;
    const nlohmann::json record = nlohmann::json::parse(line);
    const std::string id = record.at("id").get<std::string>();
    Xapian::Document doc;
    termgen.set_document(doc);
    if (options.prefixed_title_copy) {
      termgen.index_text(record.value("title", ""), 1, "S");
      termgen.increase_termpos();
    }
    termgen.index_text(record.value("title", ""), options.title_weight);
    termgen.increase_termpos();
    termgen.index_text(record.value("body", ""));
    doc.set_data(id);
    doc.add_boolean_term("Q" + id);
    db.replace_document("Q" + id, doc);
  }
  db.commit();
}

// Document data -> article id: the plain index stores the id itself.
using IdOf = std::function<std::string(const std::string& data)>;

Searcher plain_bm25(const Xapian::Database& db, size_t depth, const IdOf& id_of) {
  return [db, depth, id_of](const std::string& text) {
    Xapian::QueryParser qp;
    qp.set_database(db);
    qp.set_stemmer(Xapian::Stem("english"));
    qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    qp.set_default_op(Xapian::Query::OP_OR);
    Xapian::Enquire enquire(db);
    enquire.set_query(qp.parse_query(text));
    Run run;
    const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(depth));
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      run.push_back({id_of(it.get_document().get_data()), it.get_weight()});
    }
    return run;
  };
}

Searcher ours(news::SearchEngine* engine, size_t depth, bool collapse, size_t* errors) {
  return [engine, depth, collapse, errors](const std::string& text) {
    news::SearchRequest request;
    request.query = text;
    request.limit = depth;
    request.collapse = collapse;
    Run run;
    try {
      for (const news::Hit& hit : engine->search(request).hits) run.push_back({hit.id, hit.score});
    } catch (const news::QueryError& e) {
      std::cerr << "ranking_eval: ours: '" << text << "': " << e.what() << "\n";
      ++*errors;
    }
    return run;
  };
}

struct SystemResult {
  news::ir::Summary summary;
  double seconds = 0;
};

SystemResult run_system(const std::vector<Query>& queries, const news::ir::Qrels& qrels,
                        const Searcher& search, const fs::path& run_file, const std::string& tag) {
  std::ofstream out(run_file);
  std::map<std::string, Run> runs;
  const auto start = std::chrono::steady_clock::now();
  for (const Query& q : queries) {
    Run run = search(q.text);
    news::ir::sort_like_trec_eval(&run);
    news::ir::write_trec_run(out, q.id, run, tag);
    runs[q.id] = std::move(run);
  }
  SystemResult r;
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.summary = news::ir::evaluate(runs, qrels);
  return r;
}

int evaluate_collection(const std::string& name, const fs::path& corpora, const fs::path& work,
                        size_t depth, bool diagnose, const news::EntityExtractor& extractor) {
  const fs::path dir = corpora / "ir" / name;
  const fs::path docs = dir / "docs.jsonl";
  std::ifstream qrels_in(dir / "qrels.txt");
  if (!qrels_in) throw std::runtime_error((dir / "qrels.txt").string() + ": cannot open");
  const news::ir::Qrels qrels = news::ir::parse_qrels(qrels_in, (dir / "qrels.txt").string());
  const std::vector<Query> queries = read_queries(dir / "queries.tsv");

  const fs::path ours_db = work / (name + ".ours.db"), plain_db = work / (name + ".bm25.db");
  fs::remove_all(ours_db);
  news::PipelineOptions options;
  options.db_path = ours_db.string();
  const news::PipelineStats stats =
      news::run_index_pipeline({docs.string()}, options, extractor, std::cerr);
  if (stats.errors > 0) {
    std::cerr << "ranking_eval: " << name << ": " << stats.errors << " bad records\n";
  }
  build_plain_index(docs, plain_db, PlainIndexOptions());

  news::SearchLimits limits;
  // Protection limits, not ranking: CISI has 300-word queries.
  limits.max_limit = depth;
  limits.max_query_bytes = 1 << 16;
  limits.max_query_terms = 1 << 12;
  news::SearchEngine engine({ours_db.string()}, extractor, limits);
  size_t errors = 0;
  const Xapian::Database plain(plain_db.string());

  const IdOf plain_id = [](const std::string& data) { return data; };
  auto row = [&](const char* system, const SystemResult& r) {
    std::printf("| %s | %s | %zu | %.4f | %.4f | %.4f | %.2f |\n", name.c_str(), system,
                r.summary.queries, r.summary.map, r.summary.p10, r.summary.ndcg10, r.seconds);
    std::fflush(stdout);
  };
  row("ours", run_system(queries, qrels, ours(&engine, depth, true, &errors),
                         work / (name + ".ours.run"), "ours"));
  row("bm25", run_system(queries, qrels, plain_bm25(plain, depth, plain_id),
                         work / (name + ".bm25.run"), "bm25"));
  if (diagnose) {
    auto plain_variant = [&](const char* label, const std::string& suffix,
                             const PlainIndexOptions& plain_options) {
      const fs::path db_path = work / (name + "." + suffix + ".db");
      build_plain_index(docs, db_path, plain_options);
      row(label, run_system(queries, qrels,
                            plain_bm25(Xapian::Database(db_path.string()), depth, plain_id),
                            work / (name + "." + suffix + ".run"), suffix));
    };
    PlainIndexOptions title3;
    title3.title_weight = 3;
    plain_variant("bm25, title x3", "bm25-title3", title3);
    title3.prefixed_title_copy = true;
    plain_variant("bm25, title x3 + S-prefixed copy", "bm25-title3-s", title3);
    const IdOf stored_id = [](const std::string& data) {
      return news::schema::parse_stored_article(data).id;
    };
    row("bm25 query on our index",
        run_system(queries, qrels, plain_bm25(Xapian::Database(ours_db.string()), depth, stored_id),
                   work / (name + ".bm25-our-index.run"), "bm25-our-index"));
    row("ours, no collapse", run_system(queries, qrels, ours(&engine, depth, false, &errors),
                                        work / (name + ".ours-nocollapse.run"), "ours-nocollapse"));
  }
  return errors > 0 ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path corpora, work;
  if (const char* env = std::getenv("NEWS_CORPORA")) corpora = env;
  size_t depth = 1000;
  bool diagnose = false;
  std::vector<std::string> collections;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--corpora" && i + 1 < argc) {
      corpora = argv[++i];
    } else if (arg == "--work" && i + 1 < argc) {
      work = argv[++i];
    } else if (arg == "--depth" && i + 1 < argc) {
      depth = std::strtoul(argv[++i], nullptr, 10);
    } else if (arg == "--diagnose") {
      diagnose = true;
    } else if (!arg.empty() && arg[0] != '-') {
      collections.push_back(arg);
    } else {
      std::cerr << "usage: ranking_eval [--corpora DIR] [--work DIR] [--depth N] [--diagnose] "
                   "[cisi|cranfield...]\n";
      return 2;
    }
  }
  if (corpora.empty()) {
    std::cerr << "ranking_eval: give --corpora DIR or set NEWS_CORPORA\n";
    return 2;
  }
  if (collections.empty()) collections = {"cisi", "cranfield"};
  try {
    if (work.empty()) {
      work = fs::temp_directory_path() /
             ("ranking_eval." +
              std::to_string(std::chrono::system_clock::now().time_since_epoch().count()));
    }
    fs::create_directories(work);
    std::cerr << "ranking_eval: indexes and run files in " << work.string() << "\n";
    news::EntityExtractor extractor;
    std::printf("| collection | system | queries | MAP | P@10 | nDCG@10 | run s |\n");
    std::printf("|---|---|--:|--:|--:|--:|--:|\n");
    int status = 0;
    for (const std::string& name : collections) {
      status |= evaluate_collection(name, corpora, work, depth, diagnose, extractor);
    }
    return status;
  } catch (const Xapian::Error& e) {
    std::cerr << "ranking_eval: error: " << e.get_description() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "ranking_eval: error: " << e.what() << "\n";
  }
  return 3;
}
