// Serving the web folder; see static_files.h.
#include "searcher/static_files.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

namespace news {

namespace fs = std::filesystem;

namespace {

// True if `path` is `root` or lies below it (both canonical).
bool is_within(const fs::path& root, const fs::path& path) {
  auto r = root.begin();
  auto p = path.begin();
  for (; r != root.end(); ++r, ++p) {
    if (p == path.end() || *p != *r) return false;
  }
  return true;
}

}  // namespace

StaticFiles::StaticFiles(const fs::path& root) {
  std::error_code ec;
  root_ = fs::canonical(root, ec);
  if (ec || !fs::is_directory(root_, ec)) {
    throw WebRootError("web folder " + root.string() + " does not exist or is not a folder");
  }
}

fs::path StaticFiles::resolve(const std::string& url_path, Status* status) const {
  *status = Status::kForbidden;
  // A decoded path that is not rooted, or that carries bytes no file name
  // of ours has, is an attack or a mistake: refuse before touching the disk.
  if (url_path.empty() || url_path.front() != '/') return {};
  if (url_path.find('\0') != std::string::npos || url_path.find('\\') != std::string::npos) {
    return {};
  }
  std::string rel = url_path.substr(1);
  if (rel.empty() || rel.back() == '/') rel += "index.html";
  // Every segment must be a plain name: no "", ".", ".." or hidden files.
  std::stringstream segments(rel);
  std::string segment;
  while (std::getline(segments, segment, '/')) {
    if (segment.empty() || segment.front() == '.') return {};
  }
  if (fs::path(rel).is_absolute()) return {};

  std::error_code ec;
  const fs::path file = fs::weakly_canonical(root_ / rel, ec);
  if (ec) {
    *status = Status::kNotFound;
    return {};
  }
  // Symlinks are resolved by now, so one that points outside fails here.
  if (!is_within(root_, file)) return {};
  if (!fs::is_regular_file(file, ec)) {
    *status = Status::kNotFound;
    return {};
  }
  *status = Status::kOk;
  return file;
}

StaticFiles::File StaticFiles::get(const std::string& url_path) const {
  File out;
  const fs::path file = resolve(url_path, &out.status);
  if (out.status != Status::kOk) return out;
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    out.status = Status::kNotFound;
    return out;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  out.content = bytes.str();
  out.content_type = content_type_for(file);
  return out;
}

std::string StaticFiles::content_type_for(const fs::path& file) {
  static const std::map<std::string, std::string> kTypes = {
      {".html", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".json", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".txt", "text/plain; charset=utf-8"},
  };
  std::string ext = file.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const auto it = kTypes.find(ext);
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

}  // namespace news
