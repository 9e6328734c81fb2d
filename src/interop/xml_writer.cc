#include "interop/xml_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "interop/xml_support.h"

namespace orbis::interop::xml {
namespace {

constexpr std::string_view kIndent = "  ";

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), is_digit);
}
int number(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string_view local(std::string_view name) {
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// "Z", "+08:00", "-05:00" or nothing.
bool is_zone(std::string_view zone) {
  if (zone.empty() || zone == "Z") return true;
  if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':' ||
      !all_digits(zone.substr(1, 2)) || !all_digits(zone.substr(4, 2))) {
    return false;
  }
  const int hours = number(zone.substr(1, 2));
  const int minutes = number(zone.substr(4, 2));
  return minutes <= 59 && (hours < 14 || (hours == 14 && minutes == 0));
}

// YYYY-MM-DD at the start of `text` (a real day of a real month); four-digit years only.
bool is_day(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-' || !all_digits(text.substr(0, 4)) ||
      !all_digits(text.substr(5, 2)) || !all_digits(text.substr(8, 2))) {
    return false;
  }
  const int year = number(text.substr(0, 4));
  const int month = number(text.substr(5, 2));
  const int day = number(text.substr(8, 2));
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] && !(month == 2 && day == 29 && !leap);
}

// hh:mm:ss with an optional fraction.
bool is_time(std::string_view text) {
  if (text.size() < 8 || text[2] != ':' || text[5] != ':' || !all_digits(text.substr(0, 2)) ||
      !all_digits(text.substr(3, 2)) || !all_digits(text.substr(6, 2))) {
    return false;
  }
  if (number(text.substr(0, 2)) > 23 || number(text.substr(3, 2)) > 59 ||
      number(text.substr(6, 2)) > 59) {
    return false;
  }
  const std::string_view fraction = text.substr(8);
  return fraction.empty() || (fraction[0] == '.' && all_digits(fraction.substr(1)));
}

}  // namespace

Writer::Writer(std::string& out, std::string base, std::set<std::string, std::less<>> repeatable,
               int depth)
    : out_(out), base_(std::move(base)), repeatable_(std::move(repeatable)), depth_(depth) {
  frames_.push_back({"", "", {}});
}

std::string Writer::child_path(std::string_view name) {
  const std::string_view bare = local(name);
  Frame& top = frames_.back();
  int count = 0;
  for (auto& [seen, seen_count] : top.seen) {
    if (seen == bare) count = ++seen_count;
  }
  if (count == 0) {
    top.seen.emplace_back(std::string(bare), 1);
    count = 1;
  }
  std::string segment(bare);
  if (repeatable_.contains(bare)) segment += fmt::format("[{}]", count);
  return top.path.empty() ? segment : top.path + "/" + segment;
}

void Writer::indent() {
  for (int i = 0; i < depth_; ++i) out_ += kIndent;
}

void Writer::start_tag(std::string_view name, const Attributes& attributes,
                       const std::string& path) {
  indent();
  fmt::format_to(std::back_inserter(out_), "<{}", name);
  for (const Attribute& attribute : attributes) {
    auto value = escape_attribute(attribute.value, path + "/@" + attribute.name);
    if (!value) {
      report("", value.error().message);
      continue;
    }
    fmt::format_to(std::back_inserter(out_), " {}=\"{}\"", attribute.name, *value);
  }
}

void Writer::open(std::string_view name, const Attributes& attributes) {
  std::string path = child_path(name);
  start_tag(name, attributes, path);
  out_ += ">\n";
  ++depth_;
  frames_.push_back({std::string(name), std::move(path), {}});
}

void Writer::leaf(std::string_view name, std::string_view value, Check check,
                  const Attributes& attributes) {
  const std::string path = child_path(name);
  if (check != nullptr) {
    if (auto problem = check(value)) return report(path, *problem);
  }
  auto text = escape_text(value, path);
  if (!text) return report("", text.error().message);
  start_tag(name, attributes, path);
  fmt::format_to(std::back_inserter(out_), ">{}</{}>\n", *text, name);
}

void Writer::optional_leaf(std::string_view name, const std::optional<std::string>& value,
                           Check check) {
  if (value) leaf(name, *value, check);
}

void Writer::empty(std::string_view name, const Attributes& attributes) {
  const std::string path = child_path(name);
  start_tag(name, attributes, path);
  out_ += "/>\n";
}

void Writer::close() {
  if (frames_.size() <= 1) return;
  const std::string name = frames_.back().name;
  frames_.pop_back();
  --depth_;
  indent();
  fmt::format_to(std::back_inserter(out_), "</{}>\n", name);
}

void Writer::problem(std::string_view name, std::string_view what) {
  const std::string& current = frames_.back().path;
  std::string path = current;
  if (!name.empty()) path = current.empty() ? std::string(name) : current + "/" + std::string(name);
  report(path, what);
}

void Writer::report(const std::string& path, std::string_view what) {
  if (error_) return;
  // An empty path means `what` already names the field (escape errors do).
  const std::string prefix = base_.empty() ? "" : base_ + "/";
  if (path.empty()) {
    error_ = Error::invalid(fmt::format("{}{}", prefix, what));
  } else {
    error_ = Error::invalid(fmt::format("{}{} {}", prefix, path, what));
  }
}

namespace check {

std::optional<std::string> not_empty(std::string_view value) {
  if (value.find_first_not_of(" \t\r\n") == std::string_view::npos) return "is empty";
  return std::nullopt;
}

std::optional<std::string> ascii_identifier(std::string_view value) {
  if (value.empty() || value.size() > 64 ||
      !std::all_of(value.begin(), value.end(), [](char c) { return c >= 0x21 && c <= 0x7E; })) {
    return fmt::format("\"{}\" is not 1 to 64 printable ASCII characters", value);
  }
  return std::nullopt;
}

std::optional<std::string> academic_year(std::string_view value) {
  if (value.size() == 9 && value[4] == '/' && all_digits(value.substr(0, 4)) &&
      all_digits(value.substr(5))) {
    return std::nullopt;
  }
  return fmt::format("\"{}\" is not an academic year like 2025/2026", value);
}

std::optional<std::string> date(std::string_view value) {
  if (is_date(value)) return std::nullopt;
  return fmt::format("\"{}\" is not a date like 2025-03-14", value);
}

std::optional<std::string> year_month(std::string_view value) {
  if (is_year_month(value)) return std::nullopt;
  return fmt::format("\"{}\" is not a year and month like 2025-09", value);
}

std::optional<std::string> date_time(std::string_view value) {
  if (value.size() >= 19 && is_day(value) && value[10] == 'T') {
    const std::string_view rest = value.substr(11);
    std::size_t end = 8;
    if (rest.size() > 8 && rest[8] == '.') {
      end = 9;
      while (end < rest.size() && is_digit(rest[end])) ++end;
    }
    if (is_time(rest.substr(0, end)) && is_zone(rest.substr(end))) return std::nullopt;
  }
  return fmt::format("\"{}\" is not a date and time like 2025-03-14T09:30:00+08:00", value);
}

std::optional<std::string> decimal(std::string_view value) {
  std::string_view digits = value;
  if (!digits.empty() && (digits[0] == '+' || digits[0] == '-')) digits.remove_prefix(1);
  const std::size_t dot = digits.find('.');
  const std::string_view whole = digits.substr(0, dot);
  const std::string_view fraction =
      dot == std::string_view::npos ? std::string_view() : digits.substr(dot + 1);
  const bool ok = (!whole.empty() || !fraction.empty()) &&
                  std::all_of(whole.begin(), whole.end(), is_digit) &&
                  std::all_of(fraction.begin(), fraction.end(), is_digit);
  if (ok) return std::nullopt;
  return fmt::format("\"{}\" is not a decimal number like 7.5", value);
}

// ewp:Email is the pattern [^@]+@[^.]+\..+ over the whole value ('.' matching anything
// but CR and LF).
std::optional<std::string> email(std::string_view value) {
  const std::size_t at = value.find('@');
  bool ok = at != 0 && at != std::string_view::npos;
  if (ok) {
    const std::size_t dot = value.find('.', at + 1);
    ok = dot != std::string_view::npos && dot > at + 1 && dot + 1 < value.size() &&
         value.find_first_of("\r\n", dot + 1) == std::string_view::npos;
  }
  if (ok) return std::nullopt;
  return fmt::format("\"{}\" is not an e-mail address", value);
}

std::optional<std::string> country(std::string_view value) {
  if (value.size() == 2 && value[0] >= 'A' && value[0] <= 'Z' && value[1] >= 'A' &&
      value[1] <= 'Z') {
    return std::nullopt;
  }
  return fmt::format("\"{}\" is not an ISO 3166-1 alpha-2 code like CN", value);
}

std::optional<std::string> e164(std::string_view value) {
  if (value.size() >= 2 && value.size() <= 16 && value[0] == '+' && all_digits(value.substr(1)))
    return std::nullopt;
  return fmt::format("\"{}\" is not an E.164 number like +8657188888888", value);
}

std::optional<std::string> cefr(std::string_view value) {
  if (value == "NS" || (value.size() == 2 && value[0] >= 'A' && value[0] <= 'C' &&
                        (value[1] == '1' || value[1] == '2'))) {
    return std::nullopt;
  }
  return fmt::format("\"{}\" is not a CEFR level A1 … C2 or NS", value);
}

std::optional<std::string> http_url(std::string_view value) {
  const bool scheme = value.starts_with("http://") || value.starts_with("https://");
  const std::size_t rest = value.find("://") + 3;
  if (scheme && rest < value.size() && value.find_first_of(" \t\r\n") == std::string_view::npos) {
    return std::nullopt;
  }
  return fmt::format("\"{}\" is not an http(s) URL", value);
}

std::optional<std::string> language(std::string_view value) {
  std::size_t start = 0;
  bool first = true;
  while (true) {
    const std::size_t end = std::min(value.find('-', start), value.size());
    const std::string_view part = value.substr(start, end - start);
    const bool ok = !part.empty() && part.size() <= 8 &&
                    std::all_of(part.begin(), part.end(),
                                [&](char c) { return is_alpha(c) || (!first && is_digit(c)); });
    if (!ok) return fmt::format("\"{}\" is not a language code like en or zh-Hans", value);
    if (end == value.size()) return std::nullopt;
    start = end + 1;
    first = false;
  }
}

}  // namespace check

bool is_date(std::string_view value) {
  return value.size() >= 10 && is_day(value) && is_zone(value.substr(10));
}

bool is_year_month(std::string_view value) {
  return value.size() >= 7 && value[4] == '-' && all_digits(value.substr(0, 4)) &&
         all_digits(value.substr(5, 2)) && number(value.substr(5, 2)) >= 1 &&
         number(value.substr(5, 2)) <= 12 && is_zone(value.substr(7));
}

std::string collapse_whitespace(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  bool pending_space = false;
  for (char c : value) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

}  // namespace orbis::interop::xml
