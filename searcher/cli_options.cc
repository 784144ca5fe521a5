// Command-line parsing of a search; see cli_options.h.
#include "searcher/cli_options.h"

#include <boost/program_options.hpp>
#include <sstream>

#include "common/db_path.h"
#include "common/text_normalize.h"
#include "searcher/recency.h"

namespace news {

namespace po = boost::program_options;

Filter parse_filter(const std::string& text) {
  const size_t colon = text.find(':');
  if (colon == std::string::npos || colon == 0) {
    throw QueryError("filter '" + text + "' must be KIND:VALUE, e.g. person:\"Vladimir Putin\"");
  }
  Filter f{text.substr(0, colon), trim(text.substr(colon + 1))};
  // Values may be quoted: person:"Vladimir Putin".
  if (f.value.size() >= 2 && f.value.front() == '"' && f.value.back() == '"') {
    f.value = f.value.substr(1, f.value.size() - 2);
  }
  if (f.value.empty()) throw QueryError("filter '" + text + "' has no value");
  return f;
}

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream ss(text);
  std::string item;
  while (std::getline(ss, item, ',')) {
    item = trim(item);
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

SortOrder parse_sort(const std::string& text) {
  if (text.empty() || text == "relevance") return SortOrder::kRelevance;
  if (text == "date" || text == "+date") return SortOrder::kDateAscending;
  if (text == "-date") return SortOrder::kDateDescending;
  throw QueryError("sort '" + text + "' is not one of relevance, date, -date");
}

CliSearch parse_search_args(const std::vector<std::string>& args) {
  CliSearch cli;
  std::vector<std::string> dbs, filters, words, facet_prefixes;
  std::string facets, sort;
  bool no_collapse = false;
  std::string recency;
  po::options_description visible(
      "news-searcher [--db DIR]... [options] QUERY...\n"
      "       news-searcher serve [--db DIR] [--host 127.0.0.1] [--port 8080]\n"
      "Exit codes: 0 hits, 1 no hits, 2 bad usage or query, 3 database error");
  visible.add_options()("help,h", "show this help")(
      "db", po::value(&dbs),
      "database directory or tcp://HOST:PORT; repeatable "
      "(default $NEWS_DB or ./news.db)")("json", po::bool_switch(&cli.json),
                                         "print the JSON body of the HTTP API")(
      "timeout", po::value(&cli.shards.timeout_ms)->default_value(10000),
      "milliseconds to wait for a remote shard to connect or reply")(
      "allow-partial", po::bool_switch(&cli.shards.allow_partial),
      "answer from the shards that work when one is down (JSON \"partial\": true)")(
      "limit", po::value(&cli.request.limit)->default_value(10), "hits per page")(
      "offset", po::value(&cli.request.offset)->default_value(0), "hits to skip")(
      "facets", po::value(&facets),
      "facet kinds to count: person,country,org,event,source,"
      "author,date,language,topic")("facet-size",
                                    po::value(&cli.request.facet_size)->default_value(10),
                                    "values shown per facet kind")(
      "facet-prefix", po::value(&facet_prefixes),
      "KIND:PREFIX: only values whose name or a word of it starts with PREFIX; repeatable")(
      "filter", po::value(&filters), "KIND:VALUE; repeatable (values of one kind OR, kinds AND)")(
      "since", po::value(&cli.request.since), "first date (YYYY, YYYY-MM or YYYY-MM-DD)")(
      "until", po::value(&cli.request.until), "last date")(
      "sort", po::value(&sort), "relevance (default), date (oldest first) or -date (newest first)")(
      "similar", po::value(&cli.request.similar), "articles like the one with this id")(
      "recency", po::value(&recency),
      "favour newer articles: relevance halves every HALF-LIFE "
      "(e.g. 30d, 12h, 2w; a bare number is days)")("no-collapse", po::bool_switch(&no_collapse),
                                                    "show every near-duplicate copy of a story");
  po::options_description hidden;
  hidden.add_options()("word", po::value(&words));
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description pos;
  pos.add("word", -1);
  std::ostringstream help;
  help << visible;
  cli.help_text = help.str();
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    throw QueryError(e.what());
  }
  cli.help = vm.count("help") > 0;
  if (dbs.empty()) dbs.push_back(resolve_db_path(""));
  cli.dbs = dbs;
  for (const std::string& w : words) {
    if (!cli.request.query.empty()) cli.request.query += ' ';
    cli.request.query += w;
  }
  cli.request.facets = split_list(facets);
  for (const std::string& f : filters) cli.request.filters.push_back(parse_filter(f));
  for (const std::string& p : facet_prefixes) {
    cli.request.facet_prefixes.push_back(parse_filter(p));
  }
  cli.request.sort = parse_sort(sort);
  cli.request.collapse = !no_collapse;
  if (!recency.empty()) cli.request.recency_half_life_days = parse_half_life(recency);
  return cli;
}

}  // namespace news
