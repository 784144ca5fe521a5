// The dispatcher; see file_reader.h for the contract.
#include "common/readers/file_reader.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <utility>

#include "common/readers/html_reader.h"
#include "common/readers/jsonl_reader.h"
#include "common/readers/parse_error.h"
#include "common/readers/reader_util.h"
#include "common/readers/sgml_reader.h"
#include "common/readers/txt_reader.h"

namespace news {

namespace fs = std::filesystem;

namespace {

enum class Format { kUnknown, kText, kJson, kJsonLines, kHtml, kSgml };

constexpr size_t kSampleBytes = 64 * 1024;

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

Format format_by_extension(const fs::path& path) {
  const std::string ext = lower(path.extension().string());
  if (ext == ".txt" || ext == ".text") return Format::kText;
  if (ext == ".json") return Format::kJson;
  if (ext == ".jsonl" || ext == ".ndjson" || ext == ".jsonlines") return Format::kJsonLines;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Format::kHtml;
  if (ext == ".sgm" || ext == ".sgml") return Format::kSgml;
  return Format::kUnknown;
}

Format format_by_content(const std::string& sample) {
  size_t i = sample.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  while (i < sample.size() && std::isspace(static_cast<unsigned char>(sample[i]))) ++i;
  if (i >= sample.size()) return Format::kText;
  if (sample[i] == '{' || sample[i] == '[') return Format::kJson;
  if (sample[i] == '<') {
    const std::string head = lower(sample.substr(i, 4096));
    if (head.find("<reuters") != std::string::npos) return Format::kSgml;
    if (head.find("<!doctype html") != std::string::npos ||
        head.find("<html") != std::string::npos || head.find("<head") != std::string::npos ||
        head.find("<body") != std::string::npos) {
      return Format::kHtml;
    }
  }
  return Format::kText;
}

// Why `sample` is not text, or "" if it is. Stray NULs and invalid UTF-8 in
// text are repaired later; a file is binary when more than 5% of the sampled
// bytes are NUL or C0 controls, or more than 30% are those plus bytes of
// invalid UTF-8 sequences (random or compressed data scores about 55%).
std::string binary_reason(const std::string& sample) {
  if (sample.compare(0, 2, "\xFF\xFE") == 0 || sample.compare(0, 2, "\xFE\xFF") == 0) {
    return "UTF-16 text is not supported; convert the file to UTF-8";
  }
  size_t control = 0, invalid = 0;
  const auto* s = reinterpret_cast<const unsigned char*>(sample.data());
  const size_t n = sample.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B) {
        ++control;
      }
      ++i;
      continue;
    }
    size_t len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
    bool ok = len > 0;
    for (size_t k = 1; ok && k < len; ++k) {
      // A sequence cut by the end of the sample counts as valid.
      ok = i + k >= n || (s[i + k] & 0xC0) == 0x80;
    }
    if (!ok) {
      ++invalid;
      ++i;
    } else {
      i += len;
    }
  }
  if (n == 0) return "";
  if (control * 20 > n || (control + invalid) * 10 > n * 3) {
    const size_t percent = (control + invalid) * 100 / n;
    return "binary file (" + std::to_string(percent) + "% of the first " +
           std::to_string(std::min(n, kSampleBytes) / 1024) + " KiB are not text)";
  }
  return "";
}

std::string mib(uintmax_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return buf;
}

class Dispatcher {
 public:
  Dispatcher(const ReadOptions& options, const ReadCallbacks& callbacks)
      : options_(options), callbacks_(callbacks) {}

  void read_path(const std::string& arg) {
    if (arg == "-") {
      read_stream(std::cin, "stdin", "stdin");
      return;
    }
    const fs::path path(arg);
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      report_missing(path, arg);
      return;
    }
    if (fs::is_directory(st)) {
      std::vector<std::pair<dev_t, ino_t>> stack;
      walk(path, fs::path(), arg, stack);
      return;
    }
    std::string id = path.lexically_normal().generic_string();
    if (id.rfind("./", 0) == 0) id.erase(0, 2);
    read_file(path, arg, id, format_by_extension(path), true);
  }

 private:
  void error(const std::string& location, const std::string& reason) {
    if (callbacks_.on_error) callbacks_.on_error(location, reason);
  }

  void report_missing(const fs::path& path, const std::string& shown) {
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(path, ec))) {
      error(shown, "dangling symbolic link");
    } else {
      error(shown, "no such file or directory");
    }
  }

  // Cuts oversized titles and bodies; returns the body warning or "".
  std::string limit(Article& a) {
    if (a.title.size() > options_.max_title_bytes) {
      truncate_text(a.title, options_.max_title_bytes);
      a.title += "\u2026";
    }
    const size_t before = a.body.size();
    if (truncate_text(a.body, options_.max_body_bytes)) {
      return "body truncated to " + mib(options_.max_body_bytes) + " MiB (was " + mib(before) +
             " MiB)";
    }
    return "";
  }

  // Callbacks for multi-article readers: limits applied, one warning each.
  ReadCallbacks limited() {
    ReadCallbacks cb;
    cb.on_error = callbacks_.on_error;
    cb.on_article = [this](Article&& a) {
      const std::string warning = limit(a);
      if (!warning.empty()) error(a.origin, warning);
      if (callbacks_.on_article) callbacks_.on_article(std::move(a));
    };
    return cb;
  }

  void read_stream(std::istream& in, const std::string& shown, const std::string& id_base) {
    JsonReadOptions o;
    o.id_base = id_base;
    o.max_line_bytes = options_.max_line_bytes;
    o.max_errors_per_stream = options_.max_errors_per_file;
    read_json_stream(in, shown, limited(), o);
  }

  void walk(const fs::path& dir, const fs::path& rel, const std::string& root_shown,
            std::vector<std::pair<dev_t, ino_t>>& stack) {
    const std::string shown = rel.empty() ? root_shown : (fs::path(root_shown) / rel).string();
    struct stat sb;
    if (::stat(dir.c_str(), &sb) != 0) {
      error(shown, std::string("cannot read directory: ") + std::strerror(errno));
      return;
    }
    const std::pair<dev_t, ino_t> key(sb.st_dev, sb.st_ino);
    if (std::find(stack.begin(), stack.end(), key) != stack.end()) {
      error(shown, "directory symlink loop (leads back to a directory being read); skipped");
      return;
    }
    if (!visited_.insert(key).second) return;  // reached again by another path: read once
    std::error_code ec;
    std::vector<std::string> names;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (!name.empty() && name[0] != '.') names.push_back(name);
    }
    if (ec) {
      error(shown, "cannot read directory: " + ec.message());
      return;
    }
    std::sort(names.begin(), names.end());
    stack.push_back(key);
    for (const std::string& name : names) {
      const fs::path child = dir / name;
      const fs::path child_rel = rel / name;
      const std::string child_shown = (fs::path(root_shown) / child_rel).string();
      std::error_code sec;
      const fs::file_status st = fs::status(child, sec);
      if (sec || !fs::exists(st)) {
        report_missing(child, child_shown);
      } else if (fs::is_directory(st)) {
        walk(child, child_rel, root_shown, stack);
      } else if (fs::is_regular_file(st)) {
        const Format f = format_by_extension(child);
        if (f != Format::kUnknown)
          read_file(child, child_shown, child_rel.generic_string(), f, false);
      }
    }
    stack.pop_back();
  }

  void read_file(const fs::path& path, const std::string& shown, const std::string& id,
                 Format format, bool explicit_path) {
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (!ec && !fs::is_regular_file(st) && !fs::is_directory(st)) {
      if (!explicit_path || !fs::is_fifo(st)) {
        error(shown, "not a regular file");
        return;
      }
    }
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      error(shown,
            std::string("cannot open: ") + (errno != 0 ? std::strerror(errno) : "unknown error"));
      return;
    }
    if (!ec && !fs::is_regular_file(st)) {
      // A pipe named on the command line (news-indexer <(zcat feed.jsonl.gz)):
      // it cannot be rewound after sniffing, so it is read as a JSON Lines stream.
      read_stream(in, shown, id);
      return;
    }
    std::string sample(kSampleBytes, '\0');
    in.read(&sample[0], static_cast<std::streamsize>(sample.size()));
    sample.resize(static_cast<size_t>(in.gcount()));
    if (in.bad()) {
      error(shown, std::string("cannot read: ") + std::strerror(errno));
      return;
    }
    if (sample.empty()) {
      error(shown, "empty file");
      return;
    }
    const std::string binary = binary_reason(sample);
    if (!binary.empty()) {
      error(shown, binary);
      return;
    }
    if (format == Format::kUnknown) format = format_by_content(sample);
    const uintmax_t size = fs::file_size(path, ec);
    const uintmax_t file_size = ec ? 0 : size;

    if (format == Format::kJson && file_size > options_.max_json_document_bytes) {
      const size_t nl = sample.find('\n');
      const std::string first = nl == std::string::npos ? std::string() : sample.substr(0, nl);
      if (!nlohmann::json::accept(first)) {
        error(shown, "JSON document of " + mib(file_size) + " MiB is larger than the " +
                         mib(options_.max_json_document_bytes) +
                         " MiB limit; write it as JSON Lines (one object per line)");
        return;
      }
      format = Format::kJsonLines;
    }
    if (format == Format::kJsonLines) {
      in.clear();
      in.seekg(0);
      read_stream(in, shown, id);
      return;
    }

    const size_t cap = format == Format::kSgml   ? options_.max_sgml_bytes
                       : format == Format::kJson ? options_.max_json_document_bytes
                                                 : options_.max_file_bytes;
    if (format == Format::kSgml && file_size > cap) {
      error(shown, "file of " + mib(file_size) + " MiB is larger than the " + mib(cap) +
                       " MiB limit for newswire files");
      return;
    }
    std::string content = std::move(sample);
    if (!in.eof()) {
      const size_t want = static_cast<size_t>(std::min<uintmax_t>(cap, file_size));
      if (want > content.size()) {
        const size_t have = content.size();
        content.resize(want);
        in.read(&content[have], static_cast<std::streamsize>(want - have));
        content.resize(have + static_cast<size_t>(in.gcount()));
      }
    }
    const bool cut = file_size > content.size();
    // One note per file for what the readers repair (invalid UTF-8, NULs);
    // a sequence cut by the size limit is not the file's fault.
    const RepairCount repairs =
        count_repairs(cut ? std::string_view(content).substr(
                                0, content.size() - std::min<size_t>(3, content.size()))
                          : std::string_view(content));
    if (repairs.any()) {
      error(shown + ":" + std::to_string(repairs.first_line),
            repair_reason(repairs, format == Format::kSgml));
    }

    switch (format) {
      case Format::kJson:
        read_json_document(content, shown, limited(), json_options(id));
        return;
      case Format::kSgml:
        read_reuters_sgml(content, shown, limited());
        return;
      default:
        break;
    }
    Article a;
    try {
      a = format == Format::kHtml ? parse_html_article(content, id)
                                  : parse_text_article(content, id);
    } catch (const ParseError& e) {
      error(shown, e.what());
      return;
    }
    std::string().swap(content);
    a.origin = shown;
    std::string warning = limit(a);
    if (cut) {
      warning = "article truncated: file is " + mib(file_size) + " MiB, only the first " +
                mib(options_.max_file_bytes) + " MiB read";
    }
    if (!warning.empty()) error(shown, warning);
    if (callbacks_.on_article) callbacks_.on_article(std::move(a));
  }

  JsonReadOptions json_options(const std::string& id) const {
    JsonReadOptions o;
    o.id_base = id;
    o.max_line_bytes = options_.max_line_bytes;
    o.max_errors_per_stream = options_.max_errors_per_file;
    return o;
  }

  const ReadOptions& options_;
  const ReadCallbacks& callbacks_;
  std::set<std::pair<dev_t, ino_t>> visited_;
};

}  // namespace

void read_paths(const std::vector<std::string>& paths, const ReadOptions& options,
                const ReadCallbacks& callbacks) {
  Dispatcher dispatcher(options, callbacks);
  for (const std::string& p : paths) dispatcher.read_path(p);
}

}  // namespace news
