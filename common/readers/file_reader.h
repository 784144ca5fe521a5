// The dispatcher: turns command-line paths (files, directories, "-") into
// articles by choosing a reader per file, and is the one boundary where a bad
// file becomes a message instead of a stopped run.
//
// read_paths() takes each path in order:
// - "-": standard input, read as a JSON Lines stream (location "stdin").
// - a directory: walked recursively in byte order of names (deterministic),
//   skipping names that start with '.', following symlinks to directories
//   but never into a directory already being walked (a symlink loop is
//   reported once) and never twice into the same directory. Only files with a
//   known extension are read: .txt .text, .json, .jsonl .ndjson .jsonlines,
//   .html .htm .xhtml, .sgm .sgml (case-insensitive); others are skipped.
// - a file given directly: read by its extension, or, for another or no
//   extension, by sniffing its first bytes: "<REUTERS" -> newswire,
//   "<!DOCTYPE html"/"<html" -> HTML, '{' or '[' -> JSON, other text -> .txt.
//   A named pipe given directly is read as a JSON Lines stream.
// Ids of .txt articles and .html pages without a URL (and the fallback base
// of JSON records without id or url) are the path relative to the directory
// given, or the path as given (lexically normalized) for a file given
// directly. Messages and
// `origin` use the path as given joined with the relative path.
//
// Every bad file or record gives exactly one on_error call, and reading goes
// on. Reasons: "empty file"; "binary file (...)"; "UTF-16 text is not
// supported..."; "cannot open: <strerror>"; "dangling symbolic link"; "no
// such file or directory"; "directory symlink loop (...)"; "cannot read
// directory: ..."; "not a regular file"; the readers' own reasons (see each
// reader's header). Invalid UTF-8 and stray NUL bytes are repaired and NOT
// reported. Oversized input is cut, with one warning per article, and the
// article is still delivered:
//   "article truncated: file is X MiB, only the first N MiB read" (.txt,
//   .html) and "body truncated to N MiB (was X MiB)" (any format).
// A .json document larger than max_json_document_bytes is read as JSON Lines
// if its first line is a JSON value by itself, else refused.
// Titles longer than max_title_bytes are cut silently (with "…").
#ifndef NEWS_COMMON_READERS_FILE_READER_H_
#define NEWS_COMMON_READERS_FILE_READER_H_

#include <cstddef>
#include <string>
#include <vector>

#include "common/readers/reader.h"

namespace news {

struct ReadOptions {
  // Whole-file formats (.txt, .html): at most this much of a file is read.
  size_t max_file_bytes = size_t{16} << 20;
  // Reuters .sgm files are held whole; larger ones are refused.
  size_t max_sgml_bytes = size_t{256} << 20;
  // .json documents are parsed whole (a DOM takes several times the text).
  size_t max_json_document_bytes = size_t{32} << 20;
  // Bodies are cut to this many bytes (at a paragraph or word boundary).
  size_t max_body_bytes = size_t{8} << 20;
  size_t max_title_bytes = 1024;
  // JSON Lines: longer lines are reported and skipped.
  size_t max_line_bytes = size_t{64} << 20;
  // After this many messages about one file, the rest are summarized.
  size_t max_errors_per_file = 100;
};

// Reads every path; never throws for bad input (only std::bad_alloc and the
// like escape). Callbacks are called on the calling thread, in order.
void read_paths(const std::vector<std::string>& paths, const ReadOptions& options,
                const ReadCallbacks& callbacks);

}  // namespace news

#endif  // NEWS_COMMON_READERS_FILE_READER_H_
