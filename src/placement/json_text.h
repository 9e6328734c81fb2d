// Internal to the placement layer: appending JSON text without a document tree, for the
// canonical input and the output document (hundreds of MB for a national call, where a
// tree would cost more than the placement). Thread-safe: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace orbis::placement::detail {

// A JSON string with RFC 8785 escaping: \" \\ \b \f \n \r \t, other control characters
// as \u00xx, everything else (UTF-8 included) as is.
void append_json_string(std::string& out, std::string_view text);
// The shortest text that reads back as the same double (std::to_chars); -0 as 0.
// REQUIRES: finite.
void append_json_number(std::string& out, double value);
void append_json_integer(std::string& out, std::int64_t value);
void append_json_integer(std::string& out, std::uint64_t value);

}  // namespace orbis::placement::detail
