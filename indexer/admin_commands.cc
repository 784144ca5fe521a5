// `news-indexer delete` and `news-indexer stats`.
#include <xapian.h>

#include <boost/program_options.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "common/db_path.h"
#include "common/index/index_schema.h"
#include "common/index/sharded_writer.h"
#include "indexer/commands.h"

namespace news {

namespace po = boost::program_options;

namespace {

// Parses "--db DIR" plus positional arguments; returns kExitOk or an exit code.
int parse_db_args(const std::vector<std::string>& args, const char* usage, std::string* db,
                  std::vector<std::string>* positional, bool* json, std::ostream& out,
                  std::ostream& err) {
  po::options_description visible(usage);
  visible.add_options()("help,h", "show this help")(
      "db", po::value(db), "database directory (default $NEWS_DB or ./news.db)");
  if (json != nullptr) visible.add_options()("json", po::bool_switch(json), "print JSON");
  po::options_description hidden;
  hidden.add_options()("arg", po::value(positional));
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description pos;
  pos.add("arg", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    err << "news-indexer: " << e.what() << "\n" << visible;
    return kExitUsage;
  }
  if (vm.count("help")) {
    out << visible;
    return -1;
  }
  *db = resolve_db_path(*db);
  return kExitOk;
}

uint64_t directory_bytes(const std::string& path) {
  namespace fs = std::filesystem;
  uint64_t total = 0;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(path, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code ec2;
    if (it->is_regular_file(ec2)) total += it->file_size(ec2);
  }
  return total;
}

}  // namespace

int delete_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string db;
  std::vector<std::string> ids;
  const int rc = parse_db_args(args, "news-indexer delete [--db DIR] ID...\nRemoves articles by id",
                               &db, &ids, nullptr, out, err);
  if (rc != kExitOk) return rc < 0 ? kExitOk : rc;
  if (ids.empty()) {
    err << "news-indexer delete: no id given\n";
    return kExitUsage;
  }
  if (!std::filesystem::exists(db)) {
    err << "news-indexer delete: error: no database at " << db << "\n";
    return kExitDatabase;
  }
  ShardedWriter writer(db, 0, IndexWriterOptions());
  size_t removed = 0, missing = 0;
  for (const std::string& id : ids) {
    if (writer.remove(id)) {
      ++removed;
    } else {
      err << id << ": error: no article with this id in " << db << "\n";
      ++missing;
    }
  }
  writer.commit();
  out << "deleted " << removed << " articles, " << missing << " not found\n";
  return missing > 0 ? kExitSomeFailed : kExitOk;
}

int stats_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string db;
  std::vector<std::string> extra;
  bool json = false;
  const int rc = parse_db_args(args, "news-indexer stats [--db DIR] [--json]\nCounts and size", &db,
                               &extra, &json, out, err);
  if (rc != kExitOk) return rc < 0 ? kExitOk : rc;
  if (!extra.empty()) {
    err << "news-indexer stats: unexpected argument '" << extra.front() << "'\n";
    return kExitUsage;
  }
  if (!std::filesystem::exists(db)) {
    err << "news-indexer stats: error: no database at " << db << "\n";
    return kExitDatabase;
  }
  Xapian::Database database(db);
  nlohmann::ordered_json j;
  j["database"] = db;
  j["articles"] = database.get_doccount();
  Xapian::termcount terms = 0;
  for (auto it = database.allterms_begin(); it != database.allterms_end(); ++it) ++terms;
  j["terms"] = terms;
  j["postings"] = database.get_total_length();
  nlohmann::ordered_json kinds;
  for (const schema::FacetKind& kind : schema::facet_kinds()) {
    const std::string prefix = schema::facet_term(std::string(kind.name) + ":");
    size_t n = 0;
    for (auto it = database.allterms_begin(prefix); it != database.allterms_end(prefix); ++it) ++n;
    kinds[kind.name] = n;
  }
  j["entities"] = kinds;
  j["size_bytes"] = directory_bytes(db);
  if (json) {
    out << j.dump() << "\n";
    return kExitOk;
  }
  out << "database:  " << db << "\n";
  out << "articles:  " << j["articles"].get<uint64_t>() << "\n";
  out << "terms:     " << terms << " distinct, " << j["postings"].get<uint64_t>() << " postings\n";
  out << "entities: ";
  for (auto& [kind, n] : kinds.items()) out << " " << kind << " " << n.get<size_t>();
  out << "\n";
  out << "size:      " << j["size_bytes"].get<uint64_t>() / 1024 << " KiB\n";
  return kExitOk;
}

}  // namespace news

namespace news {

int compact_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string db, output;
  std::vector<std::string> extra;
  po::options_description visible(
      "news-indexer compact [--db DIR] --output OUT\n"
      "Writes a compacted copy of the database into OUT; the shards of a sharded\n"
      "database are merged into one");
  visible.add_options()("help,h", "show this help")(
      "db", po::value(&db), "database directory (default $NEWS_DB or ./news.db)")(
      "output", po::value(&output), "where to write the compacted database (must not exist)");
  po::options_description hidden;
  hidden.add_options()("arg", po::value(&extra));
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description pos;
  pos.add("arg", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    err << "news-indexer compact: " << e.what() << "\n" << visible;
    return kExitUsage;
  }
  if (vm.count("help")) {
    out << visible;
    return kExitOk;
  }
  if (output.empty() || !extra.empty()) {
    err << "news-indexer compact: give --output OUT and nothing else\n" << visible;
    return kExitUsage;
  }
  db = resolve_db_path(db);
  if (!std::filesystem::exists(db)) {
    err << "news-indexer compact: error: no database at " << db << "\n";
    return kExitDatabase;
  }
  if (std::filesystem::exists(output)) {
    err << "news-indexer compact: error: " << output << " already exists\n";
    return kExitUsage;
  }
  Xapian::Database source(db);
  source.compact(output, Xapian::Compactor::FULLER);
  out << "compacted " << source.get_doccount() << " articles from " << db << " into " << output
      << " (" << directory_bytes(output) / 1024 << " KiB)\n";
  return kExitOk;
}

}  // namespace news
