// Tests of date normalization.
#include "common/readers/date_parse.h"

#include <catch2/catch.hpp>

using news::date_from_epoch;
using news::normalize_date;

TEST_CASE("ISO 8601 dates, with and without time and zone", "[readers][date]") {
  CHECK(normalize_date("2017-07-09") == "2017-07-09");
  CHECK(normalize_date(" 2017-07-09T10:00:00 ") == "2017-07-09T10:00:00");
  CHECK(normalize_date("2017-07-09T10:00:00Z") == "2017-07-09T10:00:00");
  CHECK(normalize_date("2017-07-09T10:00:00+02:00") == "2017-07-09T08:00:00");
  CHECK(normalize_date("2017-07-09T23:30:00-0500") == "2017-07-10T04:30:00");
  CHECK(normalize_date("2017-07-09 10:00:00.123456") == "2017-07-09T10:00:00");
  CHECK(normalize_date("2017-07-09T10:00") == "2017-07-09T10:00:00");
  CHECK(normalize_date("2017-01-01T00:30:00+01:00") == "2016-12-31T23:30:00");
  CHECK(normalize_date("20170709") == "2017-07-09");
  CHECK(normalize_date("2017/07/09") == "2017-07-09");
  CHECK(normalize_date("2017/7/9 08:05") == "2017-07-09T08:05:00");
}

TEST_CASE("RFC 822 and 1123 dates", "[readers][date]") {
  CHECK(normalize_date("Sun, 09 Jul 2017 10:00:00 GMT") == "2017-07-09T10:00:00");
  CHECK(normalize_date("Sun, 09 Jul 2017 10:00:00 +0200") == "2017-07-09T08:00:00");
  CHECK(normalize_date("Sun, 9 Jul 2017 10:00:00 EST") == "2017-07-09T15:00:00");
  CHECK(normalize_date("09 Jul 17 10:00 GMT") == "2017-07-09T10:00:00");
}

TEST_CASE("dates with month names", "[readers][date]") {
  CHECK(normalize_date("July 9, 2017") == "2017-07-09");
  CHECK(normalize_date("Sunday, July 9, 2017") == "2017-07-09");
  CHECK(normalize_date("Jul 9th 2017 10:00 PM") == "2017-07-09T22:00:00");
  CHECK(normalize_date("9 July 2017") == "2017-07-09");
  CHECK(normalize_date("9 sept 2017") == "2017-09-09");
  CHECK(normalize_date("26-FEB-1987 15:01:01.79") == "1987-02-26T15:01:01");
  CHECK(normalize_date(" 1-MAR-1987 03:14:05.88") == "1987-03-01T03:14:05");
}

TEST_CASE("epoch seconds", "[readers][date]") {
  CHECK(date_from_epoch(1499594400) == "2017-07-09T10:00:00");
  CHECK(date_from_epoch(1499594400000.0) == "2017-07-09T10:00:00");
  CHECK(date_from_epoch(0) == "1970-01-01T00:00:00");
  CHECK(normalize_date("1499594400") == "2017-07-09T10:00:00");
  CHECK(date_from_epoch(1e300) == "");
  CHECK(date_from_epoch(-1e300) == "");
  CHECK(date_from_epoch(253402300800.0 * 1000) == "");
}

TEST_CASE("impossible dates and non-dates are rejected", "[readers][date]") {
  CHECK(normalize_date("") == "");
  CHECK(normalize_date("yesterday") == "");
  CHECK(normalize_date("2017-13-01") == "");
  CHECK(normalize_date("2017-02-30") == "");
  CHECK(normalize_date("2016-02-29") == "2016-02-29");
  CHECK(normalize_date("2017-02-29") == "");
  CHECK(normalize_date("1900-02-29") == "");
  CHECK(normalize_date("2000-02-29") == "2000-02-29");
  CHECK(normalize_date("0000-00-00") == "");
  CHECK(normalize_date("2017-07-09T25:00:00") == "");
  CHECK(normalize_date("2017-07-09T10:61") == "");
  CHECK(normalize_date("February 30, 2017") == "");
  CHECK(normalize_date("July 2017") == "");
  CHECK(normalize_date("July 9, 2017 and more") == "");
  CHECK(normalize_date("2017-07-09 nonsense") == "");
  CHECK(normalize_date("12345") == "");
  CHECK(normalize_date("Jul Aug 9 2017") == "");
}
