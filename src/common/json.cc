#include "common/json.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

namespace orbis {
namespace {

using nlohmann::json;

// The byte (from 1) where nesting first goes deeper than `max_depth`, or 0. Brackets inside
// strings do not count; whether the rest is JSON is the parser's business.
std::size_t too_deep_at(std::string_view text, int max_depth) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return i + 1;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return 0;
}

// "byte 9 (line 1, column 9)": where the byte `at` (from 1) is, for a machine and for
// someone reading the file in an editor.
std::string where(std::string_view text, std::size_t at) {
  const std::string_view before = text.substr(0, std::min(at == 0 ? 0 : at - 1, text.size()));
  const std::size_t newline = before.rfind('\n');
  const std::size_t line =
      1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
  const std::size_t column =
      newline == std::string_view::npos ? before.size() + 1 : before.size() - newline;
  return fmt::format("byte {} (line {}, column {})", at, line, column);
}

// `text` with every byte outside printable ASCII written as \xNN. nlohmann quotes the token
// it stopped in as the bytes came, and a message that is not UTF-8 makes every later dump()
// of it (a problem response, a verification result) throw.
std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte >= 0x7f) {
      out += fmt::format("\\x{:02X}", byte);
    } else {
      out += c;
    }
  }
  return out;
}

// nlohmann's message without its "[json.exception.parse_error.101] parse error at line 1,
// column 9: " preamble (Orbis names the byte instead).
std::string reason_of(const json::exception& error) {
  std::string_view what = error.what();
  if (const auto bracket = what.find("] "); bracket != std::string_view::npos) {
    what.remove_prefix(bracket + 2);
  }
  if (what.starts_with("parse error")) {
    if (const auto colon = what.find(": "); colon != std::string_view::npos) {
      what.remove_prefix(colon + 2);
    }
  }
  return printable(what);
}

// Builds the tree from nlohmann's SAX events. Unlike the DOM parser it can refuse a repeated
// member name (which the DOM parser resolves by keeping the last value) and it keeps the
// position of an out-of-range number.
class Builder {
 public:
  Builder(std::string_view text, const JsonLimits& limits) : text_(text), limits_(limits) {}

  bool null() { return put(json(nullptr)); }
  bool boolean(bool value) { return put(json(value)); }
  bool number_integer(json::number_integer_t value) { return put(json(value)); }
  bool number_unsigned(json::number_unsigned_t value) { return put(json(value)); }
  bool number_float(json::number_float_t value, const json::string_t&) { return put(json(value)); }
  bool string(json::string_t& value) { return put(json(std::move(value))); }
  bool binary(json::binary_t&) { return refuse("binary values are not JSON"); }
  bool start_object(std::size_t) { return open(json::object()); }
  bool key(json::string_t& name) {
    if (limits_.unique_names && stack_.back()->contains(name)) {
      return refuse(fmt::format("the member name \"{}\" repeats", name));
    }
    key_ = std::move(name);
    return true;
  }
  bool end_object() { return close(); }
  bool start_array(std::size_t) { return open(json::array()); }
  bool end_array() { return close(); }
  bool parse_error(std::size_t position, const std::string& last_token,
                   const json::exception& error) {
    // 406: a number such as 1e999 that no double holds; `position` is just past it.
    if (error.id == 406) {
      const std::size_t start =
          position >= last_token.size() ? position - last_token.size() + 1 : 1;
      return refuse(fmt::format("not valid JSON at {}: the number {} is out of range",
                                where(text_, start), printable(last_token)));
    }
    return refuse(
        fmt::format("not valid JSON at {}: {}", where(text_, position), reason_of(error)));
  }

  json take() { return std::move(root_); }
  const std::string& problem() const { return problem_; }

 private:
  bool refuse(std::string why) {
    if (problem_.empty()) problem_ = std::move(why);
    return false;
  }
  // Places `value` where the parser is and returns its address in the tree.
  json* place(json value) {
    if (stack_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    json& parent = *stack_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return &parent.back();
    }
    json& slot = parent[key_];
    slot = std::move(value);
    return &slot;
  }
  bool put(json value) {
    place(std::move(value));
    return true;
  }
  bool open(json container) {
    // The scan before parsing has refused deeper documents; this keeps the builder honest
    // on its own.
    if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
      return refuse(fmt::format("the JSON is nested deeper than {} levels", limits_.max_depth));
    }
    stack_.push_back(place(std::move(container)));
    return true;
  }
  bool close() {
    stack_.pop_back();
    return true;
  }

  std::string_view text_;
  const JsonLimits& limits_;
  json root_;
  std::vector<json*> stack_;
  std::string key_;
  std::string problem_;
};

}  // namespace

Result<nlohmann::json> parse_json(std::string_view text, const JsonLimits& limits) {
  if (text.size() > limits.max_bytes) {
    return fail(Error::invalid(fmt::format("the JSON is {} bytes, more than the {} accepted",
                                           text.size(), limits.max_bytes)));
  }
  if (const auto at = too_deep_at(text, limits.max_depth); at != 0) {
    return fail(Error::invalid(fmt::format("the JSON is nested deeper than {} levels at {}",
                                           limits.max_depth, where(text, at))));
  }
  Builder builder(text, limits);
  bool ok = false;
  try {
    ok = json::sax_parse(text.begin(), text.end(), &builder);
  } catch (const json::exception& e) {
    // sax_parse reports its errors through parse_error; this is a safety net.
    return fail(Error::invalid(fmt::format("not valid JSON: {}", reason_of(e))));
  }
  if (!ok)
    return fail(Error::invalid(builder.problem().empty() ? "not valid JSON" : builder.problem()));
  return builder.take();
}

}  // namespace orbis
