// GUM reader for the entity evaluation; see gum_corpus.h.
#include "bench/entities/gum_corpus.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

namespace news {
namespace gum {

namespace {

struct Tok {
  std::string form;
  std::string upos;
  bool space_after = true;
  size_t begin = 0;  // byte offset in Document::text
};

struct Chain {
  std::string type;
  std::string link;
  std::vector<std::string> names;
};

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    out.push_back(s.substr(start, p == std::string::npos ? std::string::npos : p - start));
    if (p == std::string::npos) break;
    start = p + 1;
  }
  return out;
}

// "Coron%2C_Palawan" -> "Coron, Palawan".
std::string decode_link(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i] == '_' ? ' ' : s[i];
    }
  }
  return out;
}

// The proper name a span spells, or "" if it is not one; [*nb, *ne) gets
// the tokens of the name.
std::string proper_name(const std::vector<Tok>& toks, size_t b, size_t e, const std::string& type,
                        size_t* nb, size_t* ne) {
  // A person's name may come after modifiers and before an apposition:
  // "Senior researcher Mu Li, of the University ..." -> "Mu Li".
  if (type == "person") {
    for (size_t i = b; i < e; ++i) {
      if (toks[i].form == ",") {
        e = i;
        break;
      }
    }
    while (b < e && (toks[b].upos == "DET" || toks[b].upos == "ADJ" || toks[b].upos == "NOUN")) ++b;
  }
  while (b < e && (toks[b].upos == "DET" || toks[b].upos == "PUNCT")) ++b;
  while (e > b && (toks[e - 1].upos == "PART" || toks[e - 1].upos == "PUNCT")) --e;
  if (b >= e || e - b > 8) return "";
  if (toks[b].upos != "PROPN" || toks[e - 1].upos != "PROPN") return "";
  for (size_t i = b; i < e; ++i) {
    const std::string& u = toks[i].upos;
    if (u == "PROPN") continue;
    if (type == "person" && !(u == "PUNCT" && toks[i].form == "-")) return "";
    const char c = toks[i].form[0];
    if (c >= 'A' && c <= 'Z') continue;
    if (u != "ADP" && u != "CCONJ" && u != "DET" && u != "PART" && u != "PUNCT") return "";
  }
  *nb = b;
  *ne = e;
  std::string name;
  for (size_t i = b; i < e; ++i) {
    name += toks[i].form;
    if (i + 1 < e && toks[i].space_after) name += ' ';
  }
  return name;
}

class DocBuilder {
 public:
  void start(std::string id) {
    doc_ = Document();
    doc_.id = std::move(id);
    toks_.clear();
    chains_.clear();
    open_.clear();
    par_pending_ = false;
  }
  void paragraph() { par_pending_ = true; }
  void date(const std::string& d) { doc_.date = d; }

  void token(const std::vector<std::string>& cols) {
    Tok t;
    t.form = cols[1];
    t.upos = cols[3];
    const std::vector<std::string> misc = split(cols[9], '|');
    std::string entity;
    for (const auto& m : misc) {
      if (m == "SpaceAfter=No") t.space_after = false;
      if (m.rfind("Entity=", 0) == 0) entity = m.substr(7);
    }
    if (!toks_.empty()) {
      if (par_pending_) {
        doc_.text += "\n\n";
      } else if (toks_.back().space_after) {
        doc_.text += ' ';
      }
    }
    par_pending_ = false;
    t.begin = doc_.text.size();
    doc_.text += t.form;
    const size_t index = toks_.size();
    toks_.push_back(t);
    parse_entity(entity, index);
  }

  Document finish() {
    for (auto& [id, c] : chains_) {
      if (c.link.empty() && c.names.empty()) continue;
      doc_.entities.push_back({c.type, c.link, c.names});
    }
    return std::move(doc_);
  }

 private:
  void parse_entity(const std::string& s, size_t index) {
    size_t i = 0;
    while (i < s.size()) {
      if (s[i] == '(') {
        size_t j = i + 1;
        while (j < s.size() && s[j] != '(' && s[j] != ')') ++j;
        const std::vector<std::string> f = split(s.substr(i + 1, j - i - 1), '-');
        Open o{index, f.size() > 1 ? f[1] : "", ""};
        if (f.size() > 7) {
          std::string link = f[7];
          for (size_t k = 8; k < f.size(); ++k) link += "-" + f[k];
          o.link = decode_link(link);
        }
        if (j < s.size() && s[j] == ')') {
          close(f[0], o, index + 1);
          i = j + 1;
        } else {
          open_[f[0]].push_back(o);
          i = j;
        }
      } else if (isdigit(static_cast<unsigned char>(s[i]))) {
        size_t j = i;
        while (j < s.size() && s[j] != ')') ++j;
        const std::string id = s.substr(i, j - i);
        auto it = open_.find(id);
        if (it != open_.end() && !it->second.empty()) {
          Open o = it->second.back();
          it->second.pop_back();
          close(id, o, index + 1);
        }
        i = j + 1;
      } else {
        ++i;
      }
    }
  }

  struct Open {
    size_t begin;
    std::string type;
    std::string link;
  };

  void close(const std::string& id, const Open& o, size_t end) {
    if (o.type != "person" && o.type != "organization" && o.type != "place") return;
    Chain& c = chains_[id];
    c.type = o.type;
    if (!o.link.empty()) c.link = o.link;
    size_t nb = 0, ne = 0;
    const std::string name = proper_name(toks_, o.begin, end, o.type, &nb, &ne);
    if (!name.empty()) {
      const Tok& last = toks_[ne - 1];
      doc_.spans.push_back({toks_[nb].begin, last.begin + last.form.size(), o.type});
    }
    if (!name.empty() && std::find(c.names.begin(), c.names.end(), name) == c.names.end())
      c.names.push_back(name);
  }

  Document doc_;
  std::vector<Tok> toks_;
  std::map<std::string, Chain> chains_;
  std::map<std::string, std::vector<Open>> open_;
  bool par_pending_ = false;
};

}  // namespace

bool read_split(const std::string& dir, std::vector<Document>* docs, std::string* error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    *error = dir + ": not a directory";
    return false;
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".conllu") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& p : files) {
    std::ifstream in(p);
    if (!in) {
      *error = p.string() + ": cannot read";
      return false;
    }
    DocBuilder b;
    bool open = false;
    std::string line;
    while (std::getline(in, line)) {
      if (line.rfind("# newdoc id = ", 0) == 0) {
        if (open) docs->push_back(b.finish());
        b.start(line.substr(14));
        open = true;
      } else if (line.rfind("# newpar", 0) == 0) {
        b.paragraph();
      } else if (line.rfind("# meta::dateCreated = ", 0) == 0) {
        b.date(line.substr(22));
      } else if (!line.empty() && line[0] != '#') {
        const std::vector<std::string> cols = split(line, '\t');
        if (cols.size() < 10 || cols[0].find_first_of("-.") != std::string::npos) continue;
        b.token(cols);
      }
    }
    if (open) docs->push_back(b.finish());
  }
  if (docs->empty()) {
    *error = dir + ": no .conllu documents";
    return false;
  }
  return true;
}

}  // namespace gum
}  // namespace news
