#include "http/api/support.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <utility>

#include "common/json.h"
#include "common/text.h"

namespace orbis::http::internal {
namespace {

// The longest text one member of a request body may hold. Names, notes and comments are
// far shorter; larger documents come as uploads, which have their own limits.
constexpr std::size_t kMaxBodyStringBytes = 64 * 1024;

// Finds the first text in `value` (member names included) that no field of Orbis accepts:
// a control character other than tab, line feed and carriage return (a NUL cut stored text
// short in C strings, and none of them prints), or more than kMaxBodyStringBytes. Returns
// the member's path and what is wrong. The parse has bounded the depth, so the walk is
// shallow.
std::optional<std::pair<std::string, std::string>> unacceptable_text(const nlohmann::json& value,
                                                                     const std::string& path) {
  const auto check =
      [&](const std::string& text,
          const std::string& where) -> std::optional<std::pair<std::string, std::string>> {
    if (text.size() > kMaxBodyStringBytes)
      return std::pair{where, fmt::format("longer than {} bytes", kMaxBodyStringBytes)};
    for (const unsigned char c : text)
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
        return std::pair{where, fmt::format("contains the control character U+{:04X}", c)};
    return std::nullopt;
  };
  if (value.is_string()) return check(value.get_ref<const std::string&>(), path);
  if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i)
      if (auto bad = unacceptable_text(value[i], fmt::format("{}[{}]", path, i))) return bad;
  } else if (value.is_object()) {
    for (const auto& [key, member] : value.items()) {
      const auto where = path.empty() ? key : fmt::format("{}.{}", path, key);
      if (auto bad = check(key, where)) return bad;
      if (auto bad = unacceptable_text(member, where)) return bad;
    }
  }
  return std::nullopt;
}

}  // namespace

Result<nlohmann::json> json_body(const Request& request, BodyText text) {
  const auto type = text::to_lower_ascii(request.header("content-type"));
  if (!type.starts_with("application/json")) {
    Error e = Error::invalid("send the body as JSON with Content-Type: application/json");
    e.fields.push_back({"content-type",
                        "expected application/json, got '" + request.header("content-type") + "'"});
    return fail(std::move(e));
  }
  auto body = parse_json(request.body);
  if (!body) return fail(Error::invalid("the body: " + body.error().message));
  if (!body->is_object()) return fail(Error::invalid("the body must be a JSON object"));
  if (auto bad = text == BodyText::checked ? unacceptable_text(*body, "") : std::nullopt) {
    Error e = Error::invalid("the body holds text no field accepts");
    e.fields.push_back({bad->first, bad->second});
    return fail(std::move(e));
  }
  return body;
}

Result<std::optional<int>> if_match_version(const Request& request) {
  std::string value(text::trim(request.header("if-match")));
  if (value.empty()) return std::optional<int>();
  if (value.starts_with("W/")) value.erase(0, 2);
  if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
    value = value.substr(1, value.size() - 2);
  if (value.empty() || value.size() > 9 ||
      value.find_first_not_of("0123456789") != std::string::npos) {
    return fail(Error::invalid("If-Match must carry the ETag of the version you read",
                               {{"if-match", "e.g. \"3\""}}));
  }
  return std::optional<int>(std::stoi(value));
}

std::string decode_filename(const std::string& name) {
  if (name.find('%') == std::string::npos) return name;
  std::string decoded;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (name[i] != '%') {
      decoded.push_back(name[i]);
      continue;
    }
    if (i + 2 >= name.size() || !std::isxdigit(static_cast<unsigned char>(name[i + 1])) ||
        !std::isxdigit(static_cast<unsigned char>(name[i + 2]))) {
      return name;
    }
    decoded.push_back(static_cast<char>(std::stoi(name.substr(i + 1, 2), nullptr, 16)));
    i += 2;
  }
  return decoded;
}

}  // namespace orbis::http::internal
