// `news-indexer extract [--json] PATH...`: print what would be indexed.
#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>

#include "common/entity_json.h"
#include "common/index/index_schema.h"
#include "common/readers/file_reader.h"
#include "indexer/commands.h"
#include "indexer/index_pipeline.h"

namespace news {

namespace po = boost::program_options;

namespace {

std::string join(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

// The article's entities as shown: extracted and given, merged, without the
// metadata facets (source, author, date, language) that have fields of their own.
std::vector<Entity> shown_entities(const Article& article) {
  std::vector<Entity> out;
  for (Entity& e : schema::facet_entities(article)) {
    if (e.kind == "source" || e.kind == "author" || e.kind == "date" || e.kind == "language")
      continue;
    out.push_back(std::move(e));
  }
  sort_entities_for_display(&out);
  return out;
}

void print_json(const Article& a, std::ostream& out) {
  nlohmann::ordered_json j;
  j["id"] = a.id;
  j["title"] = a.title;
  j["date"] = a.date.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(a.date);
  j["source"] =
      a.source.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(a.source);
  j["author"] = a.authors.empty() ? nlohmann::ordered_json(nullptr)
                                  : nlohmann::ordered_json(join(a.authors, ", "));
  j["url"] = a.url.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(a.url);
  j["language"] =
      a.language.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(a.language);
  j["body_length"] = a.body.size();
  j["entities"] = entities_to_json(shown_entities(a));
  out << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

void print_text(const Article& a, std::ostream& out) {
  out << a.id << "\n";
  out << "  title:   " << a.title << "\n";
  if (!a.date.empty()) out << "  date:    " << a.date << "\n";
  if (!a.source.empty()) out << "  source:  " << a.source << "\n";
  if (!a.authors.empty()) out << "  author:  " << join(a.authors, ", ") << "\n";
  if (!a.url.empty()) out << "  url:     " << a.url << "\n";
  out << "  body:    " << a.body.size() << " bytes\n";
  std::string last_kind;
  for (const Entity& e : shown_entities(a)) {
    if (e.kind != last_kind) {
      out << (last_kind.empty() ? "" : "\n") << "  " << e.kind << ":";
      last_kind = e.kind;
    }
    out << " " << e.name << " (" << e.count << ")";
  }
  if (!last_kind.empty()) out << "\n";
}

}  // namespace

int extract_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  bool json = false;
  std::vector<std::string> paths;
  po::options_description visible(
      "news-indexer extract [--json] PATH...\nPrints what would be indexed; indexes nothing");
  visible.add_options()("help,h", "show this help")("json", po::bool_switch(&json),
                                                    "one JSON object per article");
  po::options_description hidden;
  hidden.add_options()("path", po::value(&paths));
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description pos;
  pos.add("path", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    err << "news-indexer extract: " << e.what() << "\n" << visible;
    return kExitUsage;
  }
  if (vm.count("help")) {
    out << visible;
    return kExitOk;
  }
  if (paths.empty()) {
    err << "news-indexer extract: no input given\n" << visible;
    return kExitUsage;
  }
  EntityExtractor extractor;
  size_t errors = 0;
  ReadCallbacks callbacks;
  callbacks.on_article = [&](Article&& article) {
    annotate_entities(extractor, &article);
    if (json) {
      print_json(article, out);
    } else {
      print_text(article, out);
    }
  };
  callbacks.on_error = [&](const std::string& location, const std::string& reason) {
    err << location << ": error: " << reason << "\n";
    ++errors;
  };
  read_paths(paths, ReadOptions(), callbacks);
  out.flush();
  return errors > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace news
