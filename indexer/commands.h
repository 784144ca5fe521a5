// The news-indexer subcommands. Each takes its own arguments (without the
// subcommand word), prints on out/err and returns the process exit code:
// 0 success, 1 some input was bad (the rest was done), 2 bad usage,
// 3 database or I/O error.
#ifndef NEWS_INDEXER_COMMANDS_H_
#define NEWS_INDEXER_COMMANDS_H_

#include <ostream>
#include <string>
#include <vector>

namespace news {

enum ExitCode { kExitOk = 0, kExitSomeFailed = 1, kExitUsage = 2, kExitDatabase = 3 };

int index_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int extract_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int delete_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int compact_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int stats_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace news

#endif  // NEWS_INDEXER_COMMANDS_H_
