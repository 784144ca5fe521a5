// Where the database is: the --db flag, else $NEWS_DB, else "./news.db".
#ifndef NEWS_COMMON_DB_PATH_H_
#define NEWS_COMMON_DB_PATH_H_

#include <string>

namespace news {

inline constexpr char kDefaultDbPath[] = "./news.db";

// `flag_value` is what --db gave ("" if not given).
std::string resolve_db_path(const std::string& flag_value);

}  // namespace news

#endif  // NEWS_COMMON_DB_PATH_H_
