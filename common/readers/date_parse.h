// Date normalization for every reader: turns the date spellings of news
// inputs into sortable ISO 8601 strings.
//
// normalize_date() returns "YYYY-MM-DD" for a date without a time and
// "YYYY-MM-DDTHH:MM:SS" when a time is given. A time with a zone (Z, +02:00,
// -0500, GMT, EST...) is converted to UTC; a time without a zone is kept as
// written. It returns "" for anything that is not a date, including
// impossible ones (month 13, 30 February, 25:00) and years outside
// 1000..9999. Fractions of seconds are dropped. No locale is consulted.
//
// Accepted spellings (surrounding whitespace ignored, names case-insensitive):
//   2017-07-09   2017-07-09T10:00:00Z   2017-07-09 10:00:00.123+02:00   20170709
//   2017/07/09 [10:00[:00]]
//   Sun, 09 Jul 2017 10:00:00 GMT   (RFC 822/1123; two-digit years: <50 -> 20xx)
//   July 9, 2017   Jul 9th 2017 10:00 PM   Sunday, July 9, 2017
//   9 July 2017   9 Jul 2017 10:00
//   26-FEB-1987 15:01:01.79          (Reuters-21578)
//   1499594400                       (9 or 10 digits: Unix epoch seconds, UTC)
#ifndef NEWS_COMMON_READERS_DATE_PARSE_H_
#define NEWS_COMMON_READERS_DATE_PARSE_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace news {

// See the header comment; "" when `text` is not a date.
std::string normalize_date(std::string_view text);

// Unix time (seconds since 1970-01-01T00:00:00Z) as "YYYY-MM-DDTHH:MM:SS"
// in UTC; values of 10^11 and more are taken as milliseconds (JavaScript
// timestamps). "" if the result falls outside the years 1000..9999.
std::string date_from_epoch(double seconds);

}  // namespace news

#endif  // NEWS_COMMON_READERS_DATE_PARSE_H_
