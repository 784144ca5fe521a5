// Date normalization; see date_parse.h for the contract.
#include "common/readers/date_parse.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace news {

namespace {

struct Fields {
  int year = -1;
  int month = -1;
  int day = -1;
  bool has_time = false;
  int hour = 0;
  int minute = 0;
  int second = 0;
  bool has_zone = false;
  int offset_minutes = 0;  // local time minus UTC
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
int64_t days_from_civil(int64_t y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civil_from_days(int64_t z, int& y, int& m, int& d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe + era * 400 + (m <= 2));
}

int days_in_month(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[static_cast<size_t>(m - 1)];
}

std::string format(int y, int m, int d, bool with_time, int hh, int mm, int ss) {
  char buf[32];
  if (with_time) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", y, m, d, hh, mm, ss);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  }
  return buf;
}

// Validates the fields and renders them, converting to UTC when a zone is known.
std::string render(const Fields& f) {
  if (f.year < 1000 || f.year > 9999 || f.month < 1 || f.month > 12 || f.day < 1 ||
      f.day > days_in_month(f.year, f.month)) {
    return "";
  }
  if (!f.has_time) return format(f.year, f.month, f.day, false, 0, 0, 0);
  if (f.hour > 23 || f.minute > 59 || f.second > 60) return "";
  const int second = f.second == 60 ? 59 : f.second;  // a leap second
  if (!f.has_zone || f.offset_minutes == 0) {
    return format(f.year, f.month, f.day, true, f.hour, f.minute, second);
  }
  int64_t t = days_from_civil(f.year, f.month, f.day) * 86400 + f.hour * 3600 + f.minute * 60 +
              second - static_cast<int64_t>(f.offset_minutes) * 60;
  int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
  int64_t rest = t - days * 86400;
  int y, m, d;
  civil_from_days(days, y, m, d);
  if (y < 1000 || y > 9999) return "";
  return format(y, m, d, true, static_cast<int>(rest / 3600), static_cast<int>(rest % 3600 / 60),
                static_cast<int>(rest % 60));
}

// A cursor over the text with the few primitives the grammars need.
class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s) {}
  bool done() const { return i_ >= s_.size(); }
  char peek() const { return done() ? '\0' : s_[i_]; }
  void skip_spaces() {
    while (!done() && (s_[i_] == ' ' || s_[i_] == '\t')) ++i_;
  }
  bool accept(char c) {
    if (peek() != c) return false;
    ++i_;
    return true;
  }
  // Reads between min and max digits; false (cursor unchanged) otherwise.
  bool digits(size_t min, size_t max, int& value) {
    size_t j = i_;
    int v = 0;
    while (j < s_.size() && j - i_ < max && is_digit(s_[j])) v = v * 10 + (s_[j++] - '0');
    if (j - i_ < min || (j < s_.size() && is_digit(s_[j]))) return false;
    value = v;
    i_ = j;
    return true;
  }
  std::string word() {
    size_t j = i_;
    while (j < s_.size() && is_alpha(s_[j])) ++j;
    std::string w = to_lower(s_.substr(i_, j - i_));
    i_ = j;
    return w;
  }
  size_t pos() const { return i_; }
  void set_pos(size_t p) { i_ = p; }

 private:
  std::string_view s_;
  size_t i_ = 0;
};

// Zone abbreviations seen in feeds; offsets in minutes east of UTC.
bool zone_offset(const std::string& name, int& offset) {
  struct Zone {
    const char* name;
    int offset;
  };
  static constexpr Zone kZones[] = {{"z", 0},      {"gmt", 0},    {"ut", 0},     {"utc", 0},
                                    {"est", -300}, {"edt", -240}, {"cst", -360}, {"cdt", -300},
                                    {"mst", -420}, {"mdt", -360}, {"pst", -480}, {"pdt", -420},
                                    {"bst", 60},   {"cet", 60},   {"cest", 120}, {"eet", 120},
                                    {"eest", 180}, {"msk", 180},  {"ist", 330},  {"jst", 540}};
  for (const Zone& z : kZones) {
    if (name == z.name) {
      offset = z.offset;
      return true;
    }
  }
  return false;
}

// Optional "+HH:MM", "+HHMM", "+HH", "Z" or a zone name; true if well formed.
bool parse_zone(Cursor& c, Fields& f) {
  c.skip_spaces();
  if (c.done()) return true;
  const char sign = c.peek();
  if (sign == '+' || sign == '-') {
    c.accept(sign);
    int hh = 0, mm = 0;
    if (c.digits(4, 4, hh)) {
      mm = hh % 100;
      hh /= 100;
    } else if (c.digits(1, 2, hh)) {
      if (c.accept(':') && !c.digits(2, 2, mm)) return false;
    } else {
      return false;
    }
    if (hh > 14 || mm > 59) return false;
    f.has_zone = true;
    f.offset_minutes = (sign == '-' ? -1 : 1) * (hh * 60 + mm);
    return true;
  }
  if (!is_alpha(sign)) return false;
  int offset = 0;
  if (!zone_offset(c.word(), offset)) return false;
  f.has_zone = true;
  f.offset_minutes = offset;
  // "GMT+2" / "UTC-05:00"
  if (c.peek() == '+' || c.peek() == '-') {
    Fields extra;
    if (!parse_zone(c, extra)) return false;
    f.offset_minutes += extra.offset_minutes;
  }
  return true;
}

// "HH:MM[:SS[.frac]]", optionally followed by "am"/"pm".
bool parse_time(Cursor& c, Fields& f) {
  if (!c.digits(1, 2, f.hour) || !c.accept(':') || !c.digits(2, 2, f.minute)) return false;
  if (c.accept(':')) {
    if (!c.digits(2, 2, f.second)) return false;
    if (c.accept('.') || c.accept(',')) {
      int ignored;
      if (!c.digits(1, 9, ignored)) return false;
    }
  }
  f.has_time = true;
  const size_t before = c.pos();
  c.skip_spaces();
  const std::string w = is_alpha(c.peek()) ? c.word() : "";
  if (w == "am" || w == "pm") {
    if (f.hour < 1 || f.hour > 12) return false;
    f.hour = f.hour % 12 + (w == "pm" ? 12 : 0);
  } else {
    c.set_pos(before);
  }
  return true;
}

// ISO 8601 and its slash variant: "2017-07-09[T| ]10:00[:00[.1]][zone]",
// "20170709", "2017/07/09 10:00".
bool parse_numeric(std::string_view s, Fields& f) {
  Cursor c(s);
  if (s.size() == 8) {
    int v = 0;
    if (!c.digits(8, 8, v)) return false;
    f.year = v / 10000;
    f.month = v / 100 % 100;
    f.day = v % 100;
    return true;
  }
  if (!c.digits(4, 4, f.year)) return false;
  const char sep = c.peek();
  if (sep != '-' && sep != '/') return false;
  c.accept(sep);
  if (!c.digits(1, 2, f.month) || !c.accept(sep) || !c.digits(1, 2, f.day)) return false;
  if (c.done()) return true;
  if (!(c.accept('T') || c.accept('t') || c.accept(' '))) return false;
  c.skip_spaces();
  if (!parse_time(c, f) || !parse_zone(c, f)) return false;
  c.skip_spaces();
  return c.done();
}

int month_from_name(const std::string& w) {
  static constexpr std::array<const char*, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  for (size_t i = 0; i < kMonths.size(); ++i) {
    const std::string name = kMonths[i];
    if (w == name || (w.size() >= 3 && name.compare(0, w.size(), w) == 0 && w.size() <= 4) ||
        (w == "sept" && i == 8)) {
      return static_cast<int>(i) + 1;
    }
  }
  return -1;
}

bool is_weekday(const std::string& w) {
  static constexpr std::array<const char*, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (const char* day : kDays) {
    const std::string name = day;
    if (w == name || (w.size() >= 3 && w.size() <= 4 && name.compare(0, w.size(), w) == 0)) {
      return true;
    }
  }
  return false;
}

// Dates with a month name in any of the common orders: "July 9, 2017",
// "9 July 2017", "Sun, 09 Jul 2017 10:00:00 GMT", "26-FEB-1987 15:01:01.79".
bool parse_textual(std::string_view s, Fields& f) {
  Cursor c(s);
  std::vector<int> small;  // day and two-digit year candidates, in order
  while (!c.done()) {
    const char ch = c.peek();
    if (ch == ' ' || ch == ',' || ch == '-' || ch == '.' || ch == '/' || ch == '\t') {
      c.accept(ch);
      continue;
    }
    if (is_alpha(ch)) {
      const std::string w = c.word();
      const int m = month_from_name(w);
      if (m > 0) {
        if (f.month > 0) return false;
        f.month = m;
      } else if (is_weekday(w) || w == "on" || w == "the" || w == "of" || w == "at") {
        continue;
      } else {
        return false;
      }
      continue;
    }
    if (!is_digit(ch)) return false;
    // A time starts with a number followed by ':'.
    const size_t start = c.pos();
    int v = 0;
    if (!c.digits(1, 4, v)) return false;
    if (c.peek() == ':') {
      if (f.has_time) return false;
      c.set_pos(start);
      if (!parse_time(c, f) || !parse_zone(c, f)) return false;
      c.skip_spaces();
      if (!c.done()) return false;
      break;
    }
    if (c.pos() - start == 4) {
      if (f.year >= 0) return false;
      f.year = v;
    } else {
      small.push_back(v);
      // Ordinal suffixes: 9th, 1st, 2nd, 3rd.
      const size_t p = c.pos();
      const std::string w = is_alpha(c.peek()) ? c.word() : "";
      if (!(w == "st" || w == "nd" || w == "rd" || w == "th")) c.set_pos(p);
    }
  }
  if (f.month < 0 || small.empty() || small.size() > 2) return false;
  f.day = small[0];
  if (small.size() == 2) {
    if (f.year >= 0) return false;
    f.year = small[1] + (small[1] < 50 ? 2000 : 1900);
  }
  return f.year >= 0;
}

std::string_view strip(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

}  // namespace

std::string date_from_epoch(double seconds) {
  if (!std::isfinite(seconds)) return "";
  if (std::fabs(seconds) >= 1e11) seconds /= 1000.0;
  // Outside the years 1000..9999 (and before a cast that would overflow).
  if (seconds < -30610224000.0 || seconds > 253402300799.0) return "";
  const auto t = static_cast<int64_t>(std::floor(seconds));
  const int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
  const int64_t rest = t - days * 86400;
  int y, m, d;
  civil_from_days(days, y, m, d);
  if (y < 1000 || y > 9999) return "";
  return format(y, m, d, true, static_cast<int>(rest / 3600), static_cast<int>(rest % 3600 / 60),
                static_cast<int>(rest % 60));
}

std::string normalize_date(std::string_view text) {
  const std::string_view s = strip(text);
  if (s.empty() || s.size() > 100) return "";
  bool all_digits = true;
  for (char ch : s) all_digits = all_digits && is_digit(ch);
  if (all_digits && (s.size() == 9 || s.size() == 10)) {
    return date_from_epoch(std::stod(std::string(s)));
  }
  Fields f;
  if (parse_numeric(s, f)) return render(f);
  f = Fields();
  if (parse_textual(s, f)) return render(f);
  return "";
}

}  // namespace news
