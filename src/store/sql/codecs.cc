#include "store/sql/codecs.h"

#include <fmt/format.h>

#include <charconv>
#include <nlohmann/json.hpp>
#include <optional>

#include "common/text.h"

namespace orbis::store::internal::codec {
namespace {

constexpr std::string_view kVersion1 = "1|";
// A value's length is written in at most this many digits (a column holds far less), and a
// version in at most this many.
constexpr std::size_t kMaxLengthDigits = 10;
constexpr std::size_t kMaxVersionDigits = 6;

void append_item(std::string& out, std::string_view item) {
  out += std::to_string(item.size());
  out += ':';
  out += item;
}

// The items of `body`, a run of "<length>:<bytes>"; throws CorruptValue when it is not one.
std::vector<std::string_view> items_of(std::string_view body, std::string_view stored) {
  std::vector<std::string_view> out;
  std::size_t at = 0;
  while (at < body.size()) {
    const std::size_t colon = body.find(':', at);
    std::size_t length = 0;
    const char* first = body.data() + at;
    const char* last = body.data() + (colon == std::string_view::npos ? at : colon);
    const auto [end, error] = std::from_chars(first, last, length);
    if (colon == std::string_view::npos || colon == at || colon - at > kMaxLengthDigits ||
        error != std::errc() || end != last || length > body.size() - colon - 1) {
      throw CorruptValue(fmt::format("a stored list is not in its form: '{}'", stored));
    }
    out.push_back(body.substr(colon + 1, length));
    at = colon + 1 + length;
  }
  return out;
}

// The version a stored list's text begins with ("<digits>|"), if it begins with one.
std::optional<int> version_of(std::string_view stored) {
  const auto bar = stored.find('|');
  if (bar == 0 || bar == std::string_view::npos || bar > kMaxVersionDigits) return std::nullopt;
  int version = 0;
  for (const char ch : stored.substr(0, bar)) {
    if (ch < '0' || ch > '9') return std::nullopt;
    version = version * 10 + (ch - '0');
  }
  return version;
}

// The items of a stored list of this build's form.
std::vector<std::string_view> list_of(std::string_view stored) {
  const auto version = version_of(stored);
  if (version == kVersion) return items_of(stored.substr(stored.find('|') + 1), stored);
  if (version && *version > kVersion) {
    throw CorruptValue(fmt::format(
        "a stored list is in format {}, newer than this Orbis reads ({}); use a newer Orbis",
        *version, kVersion));
  }
  throw CorruptValue(fmt::format("a stored list is in no known form: '{}'", stored));
}

int number_of(std::string_view text, std::string_view stored) {
  int n = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
    throw CorruptValue(fmt::format("a stored list of numbers holds '{}': '{}'", text, stored));
  }
  return n;
}

// A record's fields as one item's bytes.
std::string record(std::initializer_list<std::string_view> fields) {
  std::string out;
  for (const auto field : fields) append_item(out, field);
  return out;
}

// The fields of a record item, which must be `count`.
std::vector<std::string_view> fields_of(std::string_view item, std::size_t count,
                                        std::string_view stored) {
  auto fields = items_of(item, stored);
  if (fields.size() != count) {
    throw CorruptValue(
        fmt::format("a stored record has {} fields, not {}: '{}'", fields.size(), count, stored));
  }
  return fields;
}

}  // namespace

std::string encode_texts(const std::vector<std::string>& texts) {
  std::string out(kVersion1);
  for (const auto& t : texts) append_item(out, t);
  return out;
}

std::vector<std::string> decode_texts(std::string_view stored) {
  std::vector<std::string> out;
  for (const auto item : list_of(stored)) out.emplace_back(item);
  return out;
}

std::string encode_numbers(const std::vector<int>& numbers) {
  std::string out(kVersion1);
  for (const int n : numbers) append_item(out, std::to_string(n));
  return out;
}

std::vector<int> decode_numbers(std::string_view stored) {
  std::vector<int> out;
  for (const auto item : list_of(stored)) out.push_back(number_of(item, stored));
  return out;
}

std::string encode_requirements(const std::vector<domain::LanguageRequirement>& languages) {
  std::string out(kVersion1);
  for (const auto& l : languages) append_item(out, record({l.language, l.cefr}));
  return out;
}

std::vector<domain::LanguageRequirement> decode_requirements(std::string_view stored) {
  std::vector<domain::LanguageRequirement> out;
  for (const auto item : list_of(stored)) {
    const auto f = fields_of(item, 2, stored);
    out.push_back({std::string(f[0]), std::string(f[1])});
  }
  return out;
}

std::string encode_certificates(const std::vector<domain::LanguageCertificate>& languages) {
  std::string out(kVersion1);
  for (const auto& l : languages) {
    append_item(out, record({l.language, l.cefr, l.certificate, l.date}));
  }
  return out;
}

std::vector<domain::LanguageCertificate> decode_certificates(std::string_view stored) {
  std::vector<domain::LanguageCertificate> out;
  for (const auto item : list_of(stored)) {
    const auto f = fields_of(item, 4, stored);
    out.push_back({std::string(f[0]), std::string(f[1]), std::string(f[2]), std::string(f[3])});
  }
  return out;
}

namespace legacy {

std::vector<std::string> semicolon_texts(std::string_view joined) {
  std::vector<std::string> out;
  for (auto& part : text::split(joined, ';')) {
    if (!part.empty()) out.push_back(std::move(part));
  }
  return out;
}

std::vector<int> semicolon_numbers(std::string_view joined) {
  std::vector<int> out;
  for (const auto& part : semicolon_texts(joined)) out.push_back(number_of(part, joined));
  return out;
}

std::vector<domain::LanguageRequirement> semicolon_requirements(std::string_view joined) {
  std::vector<domain::LanguageRequirement> out;
  for (const auto& item : semicolon_texts(joined)) {
    const auto colon = item.find(':');
    out.push_back(
        {item.substr(0, colon), colon == std::string::npos ? "" : item.substr(colon + 1)});
  }
  return out;
}

std::vector<std::string> json_texts(std::string_view json) {
  std::vector<std::string> out;
  const auto j = nlohmann::json::parse(json, nullptr, false);
  if (!j.is_array()) return out;
  for (const auto& t : j)
    if (t.is_string()) out.push_back(t.get<std::string>());
  return out;
}

std::vector<int> json_numbers(std::string_view json) {
  std::vector<int> out;
  const auto j = nlohmann::json::parse(json, nullptr, false);
  if (!j.is_array()) return out;
  for (const auto& n : j)
    if (n.is_number_integer()) out.push_back(n.get<int>());
  return out;
}

std::vector<domain::LanguageCertificate> json_certificates(std::string_view json) {
  std::vector<domain::LanguageCertificate> out;
  const auto j = nlohmann::json::parse(json, nullptr, false);
  if (!j.is_array()) return out;
  for (const auto& l : j) {
    if (l.is_object()) {
      out.push_back({l.value("language", ""), l.value("cefr", ""), l.value("certificate", ""),
                     l.value("date", "")});
    }
  }
  return out;
}

}  // namespace legacy

}  // namespace orbis::store::internal::codec
