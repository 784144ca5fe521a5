// Text output; see text_output.h.
#include "searcher/text_output.h"

#include <cstdio>

namespace news {

std::string snippet_to_text(const std::string& html, bool color) {
  static const struct {
    const char* from;
    const char* plain;
    const char* ansi;
  } kReplacements[] = {{"<mark>", "*", "\033[1m"}, {"</mark>", "*", "\033[0m"}, {"&lt;", "<", "<"},
                       {"&gt;", ">", ">"},         {"&quot;", "\"", "\""},      {"&#39;", "'", "'"},
                       {"&amp;", "&", "&"}};
  std::string out;
  out.reserve(html.size());
  for (size_t i = 0; i < html.size();) {
    bool replaced = false;
    if (html[i] == '<' || html[i] == '&') {
      for (const auto& r : kReplacements) {
        const size_t n = std::char_traits<char>::length(r.from);
        if (html.compare(i, n, r.from) == 0) {
          out += color ? r.ansi : r.plain;
          i += n;
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += html[i++];
  }
  return out;
}

void print_text_response(const SearchResponse& r, bool color, std::ostream& out) {
  const char* bold = color ? "\033[1m" : "";
  const char* dim = color ? "\033[2m" : "";
  const char* reset = color ? "\033[0m" : "";
  if (r.partial) out << "Partial results: a shard could not be reached.\n\n";
  if (r.suggestion) out << "Did you mean: " << *r.suggestion << "\n\n";
  out << r.found << (r.found == 1 ? " article" : " articles") << " found";
  if (!r.hits.empty()) {
    out << ", showing " << r.hits.front().rank << "-" << r.hits.back().rank;
  }
  char took[32];
  std::snprintf(took, sizeof took, " (%.1f ms)", r.took_ms);
  out << took << "\n";
  for (const Hit& h : r.hits) {
    out << "\n" << bold << h.rank << ". " << (h.title.empty() ? h.id : h.title) << reset << "\n";
    out << "   " << dim;
    std::string meta;
    if (!h.date.empty()) meta += h.date;
    if (!h.source.empty()) meta += (meta.empty() ? "" : " | ") + h.source;
    meta += (meta.empty() ? "" : " | ") + h.id;
    if (h.copies > 0) {
      meta += " | " + std::to_string(h.copies) + (h.copies == 1 ? " more copy" : " more copies");
    }
    out << meta << reset << "\n";
    if (!h.snippet.empty()) out << "   " << snippet_to_text(h.snippet, color) << "\n";
  }
  for (const FacetResult& f : r.facets) {
    out << "\n" << bold << f.kind << reset << " (" << f.distinct << " distinct):";
    if (f.values.empty()) out << " (none)";
    for (const FacetCount& fc : f.values) out << "  " << fc.value << " (" << fc.count << ")";
    out << "\n";
  }
}

}  // namespace news
