// Test helper: runs a shell command line and captures its stdout, stderr
// and exit code (the end-to-end tests run the real binaries this way).
#ifndef NEWS_TESTS_E2E_PROCESS_H_
#define NEWS_TESTS_E2E_PROCESS_H_

#include <string>

namespace news::test {

struct CommandResult {
  int exit_code = -1;  // 128+N if killed by signal N
  std::string out;
  std::string err;
};

// Runs `command` with /bin/sh; stdin is /dev/null unless the command redirects it.
CommandResult run_command(const std::string& command);

// Single-quotes `s` for the shell.
std::string shell_quote(const std::string& s);

// A fresh temporary directory, removed by the destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace news::test

#endif  // NEWS_TESTS_E2E_PROCESS_H_
