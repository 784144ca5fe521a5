// Facet value canonicalization; see facet_values.h.
#include "common/entities/facet_values.h"

#include <algorithm>

#include "common/text_normalize.h"

namespace news {
namespace entities {

namespace {

// "james-baker" -> "James Baker"; "de-larosiere" -> "De Larosiere".
std::string title_case_words(const std::string& value) {
  std::string out;
  bool start = true;
  for (char c : value) {
    if (c == '-' || c == '_' || c == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      start = true;
      continue;
    }
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    out += c;
    start = false;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool has_alnum(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           static_cast<unsigned char>(c) >= 0x80;
  });
}

int find_country(const Lexicon& lex, const std::string& value) {
  std::string v = fold_case_and_accents(value);
  std::string_view code = lex.reuters("places", v);
  if (!code.empty()) return lex.country_by_code(code);
  if (v.size() == 2) {
    int idx = lex.country_by_code(v);
    if (idx >= 0) return idx;
  }
  int idx = lex.country_by_alias(value);
  if (idx >= 0) return idx;
  std::string spaced = v;
  std::replace(spaced.begin(), spaced.end(), '-', ' ');
  idx = lex.country_by_alias(spaced);
  if (idx >= 0) return idx;
  // "the Kremlin" and the like.
  if (spaced.rfind("the ", 0) == 0) return lex.country_by_alias(spaced.substr(4));
  return -1;
}

std::string person_name(const Lexicon& lex, const std::string& value) {
  std::string display = title_case_words(value);
  if (display.find(' ') == std::string::npos) {
    std::string_view full = lex.famous_person(display);
    if (!full.empty()) return std::string(full);
  }
  return display;
}

std::string org_name(const Lexicon& lex, const std::string& value) {
  std::string v = fold_case_and_accents(value);
  std::string_view reuters = lex.reuters("orgs", v);
  if (!reuters.empty()) return std::string(reuters);
  int idx = lex.org_by_alias(value);
  if (idx < 0) {
    std::string upper = value;
    for (char& c : upper) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
    idx = lex.org_by_alias(upper);
  }
  if (idx >= 0) return lex.orgs()[static_cast<size_t>(idx)].display;
  return trim(value);
}

}  // namespace

std::string country_id(const Lexicon& lex, int index) {
  return "country:" + lex.countries()[static_cast<size_t>(index)].code;
}

bool canonicalize_value(const Lexicon& lex, const std::string& kind, const std::string& raw,
                        Entity* out) {
  const std::string value = trim(raw);
  if (value.empty() || !has_alnum(value)) return false;
  Entity e;
  e.kind = kind;
  e.count = 1;
  if (kind == "country") {
    const int idx = find_country(lex, value);
    if (idx < 0) return false;
    e.id = country_id(lex, idx);
    e.name = lex.countries()[static_cast<size_t>(idx)].display;
  } else if (kind == "person") {
    e.name = person_name(lex, value);
  } else if (kind == "org") {
    e.name = org_name(lex, value);
  } else if (kind == "topic") {
    const std::string v = fold_case_and_accents(value);
    std::string_view name = lex.reuters("topics", v);
    e.name = name.empty() ? title_case_words(v) : std::string(name);
    e.id = "topic:" + slugify(v);
  } else if (kind == "event") {
    e.name = value;
  } else {
    return false;
  }
  if (e.id.empty()) e.id = kind + ":" + slugify(e.name);
  if (e.id.size() <= kind.size() + 1) return false;
  *out = std::move(e);
  return true;
}

std::vector<std::string> resolve_value(const Lexicon& lex, const std::string& kind,
                                       const std::string& raw) {
  std::vector<std::string> ids;
  auto add = [&](const std::string& id) {
    if (id.size() > kind.size() + 1 && std::find(ids.begin(), ids.end(), id) == ids.end())
      ids.push_back(id);
  };
  std::string value = trim(raw);
  // Strip surrounding quotes and an "kind:" prefix.
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
      value.back() == value.front())
    value = trim(value.substr(1, value.size() - 2));
  const std::string prefix = kind + ":";
  if (value.rfind(prefix, 0) == 0) value = value.substr(prefix.size());
  if (value.empty()) return ids;

  if (kind == "country") {
    const int idx = find_country(lex, value);
    if (idx >= 0) add(country_id(lex, idx));
    std::string slug = slugify(value);
    for (char& c : slug) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
    add("country:" + slug);
  } else if (kind == "person") {
    const std::string slug = slugify(value);
    if (slug.find('-') == std::string::npos) add("person:" + slugify(person_name(lex, value)));
    add("person:" + slug);
  } else if (kind == "org") {
    add("org:" + slugify(org_name(lex, value)));
    add("org:" + slugify(value));
  } else if (kind == "topic") {
    add("topic:" + slugify(value));
  } else {
    add(kind + ":" + slugify(value));
  }
  if (ids.empty()) ids.push_back(kind + ":" + value);
  return ids;
}

}  // namespace entities
}  // namespace news
