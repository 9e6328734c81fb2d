#include "credentials/jcs.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

#include "common/json.h"

namespace orbis::credentials {
namespace {

using json = nlohmann::json;

// Appends the UTF-16 code units of the UTF-8 text `in` to `out`; false if `in` is not
// valid UTF-8 (overlong forms, surrogates and code points past U+10FFFF are invalid).
bool utf8_to_utf16(std::string_view in, std::u16string* out) {
  std::size_t i = 0;
  while (i < in.size()) {
    const auto lead = static_cast<unsigned char>(in[i]);
    std::uint32_t cp = 0;
    int extra = 0;
    if (lead < 0x80) {
      cp = lead;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
      cp = lead & 0x1Fu;
      extra = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      cp = lead & 0x0Fu;
      extra = 2;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      cp = lead & 0x07u;
      extra = 3;
    } else {
      return false;
    }
    if (i + static_cast<std::size_t>(extra) >= in.size() && extra > 0) return false;
    for (int k = 1; k <= extra; ++k) {
      const auto cont = static_cast<unsigned char>(in[i + k]);
      if ((cont & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cont & 0x3Fu);
    }
    if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out->push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
      out->push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      out->push_back(static_cast<char16_t>(cp));
    }
    i += static_cast<std::size_t>(extra) + 1;
  }
  return true;
}

bool is_valid_utf8(std::string_view text) {
  std::u16string scratch;
  scratch.reserve(text.size());
  return utf8_to_utf16(text, &scratch);
}

// Writes `text` as a JSON string the way ECMAScript's JSON.stringify does for well-formed
// strings. REQUIRES: `text` is valid UTF-8.
void write_string(std::string_view text, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\b':
        out->append("\\b");
        break;
      case '\f':
        out->append("\\f");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      default:
        if (byte < 0x20) {
          out->append("\\u00");
          out->push_back(kHex[byte >> 4]);
          out->push_back(kHex[byte & 15]);
        } else {
          out->push_back(c);
        }
    }
  }
  out->push_back('"');
}

// Integers whose magnitude is at most 2^53 are exact doubles and print as plain integers.
constexpr std::uint64_t kMaxExactInteger = std::uint64_t{1} << 53;

void write_integer(std::uint64_t magnitude, bool negative, std::string* out) {
  if (magnitude > kMaxExactInteger) {
    const double d = static_cast<double>(magnitude);
    out->append(format_number(negative ? -d : d));
    return;
  }
  if (negative && magnitude != 0) out->push_back('-');
  char buffer[24];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, magnitude);
  out->append(buffer, end);
}

Status write_value(const json& value, int depth, std::string* out) {
  if (depth > kMaxJsonDepth) {
    return fail(Error::invalid("nesting deeper than " + std::to_string(kMaxJsonDepth) + " levels"));
  }
  switch (value.type()) {
    case json::value_t::null:
      out->append("null");
      return {};
    case json::value_t::boolean:
      out->append(value.get<bool>() ? "true" : "false");
      return {};
    case json::value_t::number_integer: {
      const auto v = value.get<std::int64_t>();
      const bool negative = v < 0;
      // Negate in unsigned arithmetic so INT64_MIN does not overflow.
      const std::uint64_t magnitude = negative ? std::uint64_t{0} - static_cast<std::uint64_t>(v)
                                               : static_cast<std::uint64_t>(v);
      write_integer(magnitude, negative, out);
      return {};
    }
    case json::value_t::number_unsigned:
      write_integer(value.get<std::uint64_t>(), false, out);
      return {};
    case json::value_t::number_float: {
      const double d = value.get<double>();
      if (!std::isfinite(d))
        return fail(Error::invalid("JSON has no representation for NaN or infinity"));
      out->append(format_number(d));
      return {};
    }
    case json::value_t::string: {
      const auto& text = value.get_ref<const std::string&>();
      if (!is_valid_utf8(text)) return fail(Error::invalid("a string is not valid UTF-8"));
      write_string(text, out);
      return {};
    }
    case json::value_t::array: {
      out->push_back('[');
      bool first = true;
      for (const auto& element : value) {
        if (!first) out->push_back(',');
        first = false;
        if (auto written = write_value(element, depth + 1, out); !written) return written;
      }
      out->push_back(']');
      return {};
    }
    case json::value_t::object: {
      // nlohmann keeps members in UTF-8 byte order (= code point order); JCS wants UTF-16
      // code unit order, which differs once characters beyond U+FFFF meet U+E000..U+FFFF.
      std::vector<std::pair<std::u16string, json::const_iterator>> members;
      members.reserve(value.size());
      for (auto it = value.cbegin(); it != value.cend(); ++it) {
        std::u16string units;
        if (!utf8_to_utf16(it.key(), &units)) {
          return fail(Error::invalid("a member name is not valid UTF-8"));
        }
        members.emplace_back(std::move(units), it);
      }
      std::sort(members.begin(), members.end(),
                [](const auto& a, const auto& b) { return a.first < b.first; });
      out->push_back('{');
      bool first = true;
      for (const auto& [units, it] : members) {
        if (!first) out->push_back(',');
        first = false;
        write_string(it.key(), out);
        out->push_back(':');
        if (auto written = write_value(it.value(), depth + 1, out); !written) return written;
      }
      out->push_back('}');
      return {};
    }
    case json::value_t::binary:
      return fail(Error::invalid("binary values are not JSON"));
    case json::value_t::discarded:
      return fail(Error::invalid("a discarded value is not JSON"));
  }
  return fail(Error::internal("unknown JSON value type"));
}

}  // namespace

std::string format_number(double value) {
  if (value == 0) return "0";  // also -0
  // Shortest round-trip digits in scientific form, e.g. "-1.2345e+21" or "5e-07".
  char buffer[40];
  const auto [end, ec] =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
  const std::string_view sci(buffer, static_cast<std::size_t>(end - buffer));
  const std::size_t e_at = sci.find('e');
  std::string digits;
  bool negative = false;
  for (const char c : sci.substr(0, e_at)) {
    if (c == '-')
      negative = true;
    else if (c != '.')
      digits.push_back(c);
  }
  int exponent = 0;
  std::string_view exp_text = sci.substr(e_at + 1);
  if (!exp_text.empty() && exp_text.front() == '+') exp_text.remove_prefix(1);
  std::from_chars(exp_text.data(), exp_text.data() + exp_text.size(), exponent);

  // ECMA-262 Number::toString: value = 0.d1d2...dk × 10^n with k digits.
  const int k = static_cast<int>(digits.size());
  const int n = exponent + 1;
  std::string out = negative ? "-" : "";
  if (k <= n && n <= 21) {
    out += digits;
    out.append(static_cast<std::size_t>(n - k), '0');
  } else if (0 < n && n <= 21) {
    out += digits.substr(0, static_cast<std::size_t>(n));
    out += '.';
    out += digits.substr(static_cast<std::size_t>(n));
  } else if (-6 < n && n <= 0) {
    out += "0.";
    out.append(static_cast<std::size_t>(-n), '0');
    out += digits;
  } else {
    out += digits.front();
    if (k > 1) {
      out += '.';
      out += digits.substr(1);
    }
    out += 'e';
    out += n - 1 >= 0 ? '+' : '-';
    out += std::to_string(n - 1 >= 0 ? n - 1 : 1 - n);
  }
  return out;
}

Result<nlohmann::json> parse_strict(std::string_view text) {
  return parse_json(text, {.unique_names = true});
}

Result<std::string> canonicalize(const nlohmann::json& value) {
  std::string out;
  if (auto written = write_value(value, 0, &out); !written) return fail(written.error());
  return out;
}

Result<std::string> canonicalize_text(std::string_view text) {
  auto parsed = parse_strict(text);
  if (!parsed) return fail(parsed.error());
  return canonicalize(*parsed);
}

}  // namespace orbis::credentials
