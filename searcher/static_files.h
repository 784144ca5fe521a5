// The search page's files (HTML, CSS, JS) served from one folder and from
// nowhere else: a URL path that climbs out of the folder (`..`, encoded or
// not), names an absolute path, or reaches a symlink that points outside the
// folder is refused. See docs/web_page.md.
#ifndef NEWS_SEARCHER_STATIC_FILES_H_
#define NEWS_SEARCHER_STATIC_FILES_H_

#include <filesystem>
#include <stdexcept>
#include <string>

namespace news {

// The web folder is missing or is not a folder; what() names it.
class WebRootError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class StaticFiles {
 public:
  enum class Status { kOk, kNotFound, kForbidden };

  struct File {
    Status status = Status::kNotFound;
    std::string content;       // the bytes, when kOk
    std::string content_type;  // "text/html; charset=utf-8", ...
  };

  // `root` must be an existing folder; throws WebRootError otherwise.
  explicit StaticFiles(const std::filesystem::path& root);

  // `url_path` is the already percent-decoded path of the request ("/",
  // "/app.js"). "/" means index.html. kForbidden for anything that would
  // leave the folder or names a hidden file; kNotFound for what is not a
  // regular file inside it.
  File get(const std::string& url_path) const;

  // The file inside the folder that `url_path` names, or an empty path with
  // *status set (exposed for tests).
  std::filesystem::path resolve(const std::string& url_path, Status* status) const;

  const std::filesystem::path& root() const { return root_; }

  // "text/css; charset=utf-8" for ".css", ...; application/octet-stream if unknown.
  static std::string content_type_for(const std::filesystem::path& file);

 private:
  std::filesystem::path root_;  // canonical
};

}  // namespace news

#endif  // NEWS_SEARCHER_STATIC_FILES_H_
