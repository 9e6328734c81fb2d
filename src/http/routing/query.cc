#include "http/routing/query.h"

#include <cmath>

namespace orbis::http::routing::detail {

bool parse_query_value(std::string_view text, std::string& out) {
  out = std::string(text);
  return true;
}

bool parse_query_value(std::string_view text, bool& out) {
  if (text == "true" || text == "1") {
    out = true;
    return true;
  }
  if (text == "false" || text == "0") {
    out = false;
    return true;
  }
  return false;
}

namespace {
template <typename I>
bool parse_integer(std::string_view text, I& out) {
  if (text.empty() || text.size() > 19) return false;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size();
}
}  // namespace

bool parse_query_value(std::string_view text, int& out) { return parse_integer(text, out); }
bool parse_query_value(std::string_view text, std::int64_t& out) {
  return parse_integer(text, out);
}
bool parse_query_value(std::string_view text, std::size_t& out) { return parse_integer(text, out); }

bool parse_query_value(std::string_view text, double& out) {
  if (text.empty() || text.size() > 32) return false;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size() && std::isfinite(out);
}

}  // namespace orbis::http::routing::detail
