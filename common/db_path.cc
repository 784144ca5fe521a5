// Database path resolution; see db_path.h.
#include "common/db_path.h"

#include <cstdlib>

namespace news {

std::string resolve_db_path(const std::string& flag_value) {
  if (!flag_value.empty()) return flag_value;
  const char* env = std::getenv("NEWS_DB");
  if (env != nullptr && *env != '\0') return env;
  return kDefaultDbPath;
}

}  // namespace news
