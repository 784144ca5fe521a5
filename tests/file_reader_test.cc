// Tests of the dispatcher: directories, formats and every kind of bad input.
#include "common/readers/file_reader.h"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace fs = std::filesystem;
using news::Article;
using news::read_paths;
using news::ReadCallbacks;
using news::ReadOptions;

namespace {

// A fresh directory under the system temp dir, removed with its contents.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = fs::temp_directory_path() /
            ("news-file-reader-test-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path_ / "unreadable.txt", fs::perms::owner_all, ec);
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }
  std::string write(const std::string& rel, const std::string& content) const {
    const fs::path p = path_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }

 private:
  fs::path path_;
};

struct Collected {
  std::vector<Article> articles;
  std::vector<std::pair<std::string, std::string>> errors;
  ReadCallbacks callbacks() {
    ReadCallbacks cb;
    cb.on_article = [this](Article&& a) { articles.push_back(std::move(a)); };
    cb.on_error = [this](const std::string& where, const std::string& why) {
      errors.emplace_back(where, why);
    };
    return cb;
  }
  const Article* find(const std::string& id) const {
    for (const Article& a : articles) {
      if (a.id == id) return &a;
    }
    return nullptr;
  }
  // The errors whose location contains `name`.
  std::vector<std::string> errors_for(const std::string& name) const {
    std::vector<std::string> out;
    for (const auto& e : errors) {
      if (e.first.find(name) != std::string::npos) out.push_back(e.second);
    }
    return out;
  }
};

Collected read(const std::vector<std::string>& paths, const ReadOptions& o = ReadOptions()) {
  Collected c;
  read_paths(paths, o, c.callbacks());
  return c;
}

const char kStory[] = "A headline for the story\n\nThe first paragraph of the story.\n";

}  // namespace

TEST_CASE("the sample corpus directory gives five articles in order", "[readers][files]") {
  const Collected c = read({NEWS_SOURCE_DIR "/sample_corpus"});
  CHECK(c.errors.empty());
  REQUIRE(c.articles.size() == 5);  // README.md is not an article
  CHECK(c.articles[0].id == "000_d99d6fceec54309a.txt");
  CHECK(c.articles[1].id == "001_9a62799bb253eeb4.txt");
  CHECK(c.articles[1].title == "Putin proposes joint Russia-US cybersecurity group");
  CHECK(c.articles[1].origin == NEWS_SOURCE_DIR "/sample_corpus/001_9a62799bb253eeb4.txt");
  CHECK(c.articles[4].id == "004_bf3c0d247e44f2ef.txt");
}

TEST_CASE("ids are paths relative to the root; hidden entries are skipped", "[readers][files]") {
  TempDir dir;
  dir.write("b/story.txt", kStory);
  dir.write("a.txt", kStory);
  dir.write(".hidden/x.txt", kStory);
  dir.write(".y.txt", kStory);
  dir.write("notes.md", kStory);
  dir.write("feed.jsonl", "{\"title\": \"from json\"}\n");
  dir.write("page.ndjson", "{\"title\": \"nd\", \"id\": \"own-id\"}\n");
  dir.write("web/story.HTM",
            "<html><head><title>Web story</title></head><body><p>Text.</p></body></html>");
  dir.write("wire.sgm", "<REUTERS NEWID=\"5\"><TEXT><TITLE>WIRE</TITLE></TEXT></REUTERS>");
  const Collected c = read({dir.path().string()});
  CHECK(c.errors.empty());
  REQUIRE(c.articles.size() == 6);
  CHECK(c.articles[4].id == "web/story.HTM");
  CHECK(c.articles[4].title == "Web story");
  CHECK(c.articles[5].id == "reuters-5");
  CHECK(c.articles[0].id == "a.txt");
  CHECK(c.articles[1].id == "b/story.txt");
  CHECK(c.articles[1].origin == (dir.path() / "b/story.txt").string());
  CHECK(c.articles[2].id == "feed.jsonl:1");
  CHECK(c.articles[2].origin == (dir.path() / "feed.jsonl").string() + ":1");
  CHECK(c.articles[3].id == "own-id");
}

TEST_CASE("a file given directly keeps its path as id; content is sniffed", "[readers][files]") {
  TempDir dir;
  const std::string story = dir.write("x/../story.txt", kStory);
  const std::string noext = dir.write("article", "{\"title\": \"json without extension\"}");
  const Collected c = read({story, noext});
  CHECK(c.errors.empty());
  REQUIRE(c.articles.size() == 2);
  CHECK(c.articles[0].id == (dir.path() / "story.txt").generic_string());
  CHECK(c.articles[0].title == "A headline for the story");
  CHECK(c.articles[1].title == "json without extension");
}

TEST_CASE("bad files: one message each, the rest is read", "[readers][files]") {
  TempDir dir;
  dir.write("good.txt", kStory);
  dir.write("empty.txt", "");
  dir.write("blank.txt", "  \n\n \t\n");
  std::string binary;
  std::mt19937 rng(7);
  for (int i = 0; i < 4096; ++i) binary += static_cast<char>(rng() & 0xFF);
  dir.write("binary.txt", binary);
  dir.write("latin1.txt", "Caf\xE9 prices rise\n\nThe caf\xE9 raised its prices.\n");
  dir.write("nul.txt", std::string("Stray NUL bytes\n\nA line with a NUL") + '\0' + " in it.\n");
  dir.write("truncated.json", "{\"title\": \"cut\", \"body\": \"and then");
  dir.write("shape.json", "[1, {\"title\": \"fine\"}, {\"title\": [\"x\"]}]");
  dir.write("chrome.txt", "Skip to main content\n\nAdvertisement\n");
  fs::create_symlink(dir.path() / "missing.txt", dir.path() / "dangling.txt");
  fs::create_directories(dir.path() / "loop/inner");
  fs::create_directory_symlink(dir.path() / "loop", dir.path() / "loop/inner/back");
  dir.write("loop/inner/deep.txt", kStory);

  const Collected c = read({dir.path().string()});
  CHECK(c.find("good.txt") != nullptr);
  CHECK(c.find("loop/inner/deep.txt") != nullptr);
  CHECK(c.errors_for("empty.txt") == std::vector<std::string>{"empty file"});
  CHECK(c.errors_for("blank.txt") == std::vector<std::string>{"empty file"});
  REQUIRE(c.errors_for("binary.txt").size() == 1);
  CHECK(c.errors_for("binary.txt")[0].rfind("binary file", 0) == 0);
  CHECK(c.find("binary.txt") == nullptr);
  // Invalid UTF-8 and NUL bytes are repaired, read, and reported once per
  // file at the line of the first.
  CHECK(c.errors_for("latin1.txt") == std::vector<std::string>{"invalid UTF-8 replaced (2 bytes)"});
  CHECK(c.errors_for("latin1.txt:1").size() == 1);
  REQUIRE(c.find("latin1.txt") != nullptr);
  CHECK(c.find("latin1.txt")->title == "Caf\uFFFD prices rise");
  CHECK(c.errors_for("nul.txt:3") == std::vector<std::string>{"NUL bytes replaced by spaces (1)"});
  REQUIRE(c.find("nul.txt") != nullptr);
  CHECK(c.find("nul.txt")->body == "A line with a NUL in it.");
  REQUIRE(c.errors_for("truncated.json").size() == 1);
  CHECK(c.errors_for("truncated.json")[0].rfind("not valid JSON", 0) == 0);
  const auto shape = c.errors_for("shape.json");
  REQUIRE(shape.size() == 2);
  CHECK(shape[0] == "record is not a JSON object");
  CHECK(shape[1] == "\"title\" is not a string");
  CHECK(c.find("shape.json#2") != nullptr);
  CHECK(c.errors_for("chrome.txt") ==
        std::vector<std::string>{"no article text (only site chrome)"});
  CHECK(c.errors_for("dangling.txt") == std::vector<std::string>{"dangling symbolic link"});
  const auto loop = c.errors_for("back");
  REQUIRE(loop.size() == 1);
  CHECK(loop[0].find("symlink loop") != std::string::npos);
  // Nothing else was reported.
  CHECK(c.errors.size() == 11);
}

TEST_CASE("a newswire file with a stray 8-bit byte: every story read, one message",
          "[readers][files]") {
  TempDir dir;
  dir.write("wire.sgm",
            "<REUTERS NEWID=\"1\"><TEXT><TITLE>FIRST</TITLE><BODY>Fine.</BODY></TEXT></REUTERS>\n"
            "<REUTERS NEWID=\"2\"><TEXT><TITLE>SECOND</TITLE><BODY>Caf\xE9 \xE9t\xE9.</BODY>"
            "</TEXT></REUTERS>\n");
  const Collected c = read({dir.path().string()});
  CHECK(c.articles.size() == 2);
  REQUIRE(c.errors.size() == 1);
  CHECK(c.errors[0].first.size() > 10);
  CHECK(c.errors[0].first.substr(c.errors[0].first.size() - 10) == "wire.sgm:2");
  CHECK(c.errors[0].second == "invalid UTF-8 read as Latin-1 (3 bytes)");
}

TEST_CASE("a missing path and an unreadable file", "[readers][files]") {
  TempDir dir;
  const Collected missing = read({(dir.path() / "nope").string()});
  REQUIRE(missing.errors.size() == 1);
  CHECK(missing.errors[0].second == "no such file or directory");

  if (::geteuid() == 0) {
    WARN("running as root: permission bits do not stop reads, unreadable-file check skipped");
    return;
  }
  const std::string p = dir.write("unreadable.txt", kStory);
  fs::permissions(p, fs::perms::none);
  const Collected c = read({p});
  CHECK(c.articles.empty());
  REQUIRE(c.errors.size() == 1);
  CHECK(c.errors[0].first == p);
  CHECK(c.errors[0].second == "cannot open: Permission denied");
}

TEST_CASE("a 50 MB article is cut with one warning; a 10 MB word does not break",
          "[readers][files]") {
  TempDir dir;
  std::string big = "A very long article\n\n";
  const std::string para = std::string(99, 'w') + " sentence of the long article.\n\n";
  while (big.size() < (size_t{50} << 20)) big += para;
  dir.write("big.txt", big);
  std::string().swap(big);
  dir.write("word.txt", "One enormous word\n\n" + std::string(size_t{10} << 20, 'x') + "\n");
  const std::string word_line =
      "{\"title\": \"word\", \"body\": \"" + std::string(size_t{10} << 20, 'y') + "\"}\n";
  dir.write("word.jsonl", word_line);

  const Collected c = read({dir.path().string()});
  const ReadOptions defaults;
  const Article* a = c.find("big.txt");
  REQUIRE(a != nullptr);
  CHECK(a->title == "A very long article");
  CHECK(a->body.size() <= defaults.max_body_bytes);
  CHECK(a->body.size() > defaults.max_body_bytes / 2);
  REQUIRE(c.errors_for("big.txt").size() == 1);
  CHECK(c.errors_for("big.txt")[0].find("truncated") != std::string::npos);

  const Article* w = c.find("word.txt");
  REQUIRE(w != nullptr);
  CHECK(w->title == "One enormous word");
  CHECK(w->body.size() == defaults.max_body_bytes);  // cut inside the word
  CHECK(c.errors_for("word.txt").size() == 1);
  const Article* j = c.find("word.jsonl:1");
  REQUIRE(j != nullptr);
  CHECK(j->body.size() == defaults.max_body_bytes);
  CHECK(c.errors_for("word.jsonl").size() == 1);
}

TEST_CASE("a large .json document that is JSON Lines is streamed", "[readers][files]") {
  TempDir dir;
  std::string lines;
  for (int i = 0; i < 100; ++i) lines += "{\"title\": \"t" + std::to_string(i) + "\"}\n";
  dir.write("feed.json", lines);
  dir.write("pretty.json", "[\n" + std::string(300, ' ') + "{\"title\": \"x\"}\n]");
  ReadOptions o;
  o.max_json_document_bytes = 200;
  const Collected c = read({dir.path().string()}, o);
  CHECK(c.articles.size() == 100);
  CHECK(c.find("feed.json:100") != nullptr);
  REQUIRE(c.errors.size() == 1);
  CHECK(c.errors[0].second.find("write it as JSON Lines") != std::string::npos);
}

TEST_CASE("a named pipe is read as a JSON Lines stream", "[readers][files]") {
  TempDir dir;
  const fs::path fifo = dir.path() / "feed";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::thread writer(
      [&] { std::ofstream(fifo) << "{\"title\": \"through a pipe\"}\n{\"title\": \"second\"}\n"; });
  const Collected c = read({fifo.string()});
  writer.join();
  CHECK(c.errors.empty());
  REQUIRE(c.articles.size() == 2);
  CHECK(c.articles[1].origin == fifo.string() + ":2");
}

TEST_CASE("a .json document between the file and document limits is read whole",
          "[readers][files]") {
  TempDir dir;
  std::string doc = "[";
  for (int i = 0; i < 50; ++i) doc += std::string(i ? "," : "") + "{\"title\": \"t\"}";
  dir.write("docs.json", doc + "]");
  ReadOptions o;
  o.max_file_bytes = 100;  // smaller than the document, which must not be cut
  const Collected c = read({dir.path().string()}, o);
  CHECK(c.errors.empty());
  CHECK(c.articles.size() == 50);
}

TEST_CASE("\"-\" reads JSON Lines from standard input", "[readers][files]") {
  std::istringstream fake("{\"title\": \"from stdin\"}\nnot json\n");
  std::streambuf* saved = std::cin.rdbuf(fake.rdbuf());
  const Collected c = read({"-"});
  std::cin.rdbuf(saved);
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].id == "stdin:1");
  REQUIRE(c.errors.size() == 1);
  CHECK(c.errors[0].first == "stdin:2");
}
