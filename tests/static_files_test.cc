// StaticFiles: the page's folder and nothing outside it.
#include "searcher/static_files.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "tests/e2e/process.h"

namespace fs = std::filesystem;
using news::StaticFiles;
using Status = news::StaticFiles::Status;

namespace {

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

// <tmp>/web/{index.html, app.js, css/site.css, .hidden} and <tmp>/secret.txt.
struct WebFolder {
  news::test::TempDir tmp;
  fs::path web = fs::path(tmp.path()) / "web";
  WebFolder() {
    write(web / "index.html", "<!DOCTYPE html>home");
    write(web / "app.js", "js");
    write(web / "css" / "site.css", "css");
    write(web / ".hidden", "dot");
    write(fs::path(tmp.path()) / "secret.txt", "secret");
  }
};

Status status_of(const StaticFiles& files, const std::string& path) {
  return files.get(path).status;
}

}  // namespace

TEST_CASE("static files: serves the folder's files with their types", "[static_files]") {
  WebFolder f;
  const StaticFiles files(f.web);
  const StaticFiles::File home = files.get("/");
  REQUIRE(home.status == Status::kOk);
  CHECK(home.content == "<!DOCTYPE html>home");
  CHECK(home.content_type == "text/html; charset=utf-8");
  CHECK(files.get("/index.html").content == home.content);
  CHECK(files.get("/app.js").content_type == "text/javascript; charset=utf-8");
  CHECK(files.get("/css/site.css").content == "css");
  CHECK(files.get("/css/").status == Status::kNotFound);  // no css/index.html
  CHECK(status_of(files, "/missing.js") == Status::kNotFound);
  CHECK(status_of(files, "/css") == Status::kNotFound);  // a folder is not a file
}

TEST_CASE("static files: paths that climb out are refused", "[static_files]") {
  WebFolder f;
  const StaticFiles files(f.web);
  // What httplib hands over after percent-decoding "%2e%2e%2f", "..%2f", ...
  for (const std::string& path : std::vector<std::string>{
           "/../secret.txt", "/css/../../secret.txt", "/css/../app.js", "/./app.js", "//etc/passwd",
           "/" + f.tmp.path() + "/secret.txt", "/..", "/.hidden", "/css/.././.hidden",
           "/..\\secret.txt", std::string("/app.js\0.png", 12), "", "app.js"}) {
    INFO(path);
    CHECK(status_of(files, path) == Status::kForbidden);
    CHECK(files.get(path).content.empty());
  }
}

TEST_CASE("static files: a symlink out of the folder is refused, one inside is served",
          "[static_files]") {
  WebFolder f;
  fs::create_symlink(fs::path(f.tmp.path()) / "secret.txt", f.web / "leak.txt");
  fs::create_directory_symlink(fs::path(f.tmp.path()), f.web / "up");
  fs::create_symlink(f.web / "app.js", f.web / "alias.js");
  const StaticFiles files(f.web);
  CHECK(status_of(files, "/leak.txt") == Status::kForbidden);
  CHECK(status_of(files, "/up/secret.txt") == Status::kForbidden);
  CHECK(files.get("/alias.js").content == "js");
}

TEST_CASE("static files: the root itself may be a symlink", "[static_files]") {
  WebFolder f;
  const fs::path link = fs::path(f.tmp.path()) / "web-link";
  fs::create_directory_symlink(f.web, link);
  const StaticFiles files(link);
  CHECK(files.get("/app.js").content == "js");
  CHECK(status_of(files, "/../secret.txt") == Status::kForbidden);
}

TEST_CASE("static files: a missing folder is an error naming it", "[static_files]") {
  news::test::TempDir tmp;
  const std::string missing = tmp.path() + "/nope";
  CHECK_THROWS_WITH(StaticFiles(missing), Catch::Contains(missing));
  write(fs::path(tmp.path()) / "file", "x");
  CHECK_THROWS_AS(StaticFiles(fs::path(tmp.path()) / "file"), news::WebRootError);
}

TEST_CASE("static files: content types", "[static_files]") {
  CHECK(StaticFiles::content_type_for("a/b/style.CSS") == "text/css; charset=utf-8");
  CHECK(StaticFiles::content_type_for("x.svg") == "image/svg+xml");
  CHECK(StaticFiles::content_type_for("x.bin") == "application/octet-stream");
  CHECK(StaticFiles::content_type_for("Makefile") == "application/octet-stream");
}
