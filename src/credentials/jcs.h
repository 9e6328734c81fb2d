// RFC 8785 JSON Canonicalization Scheme (JCS). Thread-safe: free functions over values.
//
// JCS is what eddsa-jcs-2022 signs, so these bytes must match every other implementation
// exactly: object members sorted by their names' UTF-16 code units, no whitespace, strings
// with the minimal escapes, numbers as ECMAScript's Number.prototype.toString prints them.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "common/error.h"
#include "common/json.h"

namespace orbis::credentials {

// Deepest nesting of arrays and objects accepted, as for all JSON from outside
// (common/json.h); deeper input is refused, not recursed into.
inline constexpr int kMaxJsonDepth = orbis::kMaxJsonDepth;

// Parses `text` as I-JSON (RFC 7493) through the bounded parse (common/json.h): valid
// UTF-8, no duplicate member names, finite numbers, nothing after the value, at most
// kMaxJsonDepth levels. Returns invalid_argument naming the problem (and its byte) otherwise.
Result<nlohmann::json> parse_strict(std::string_view text);

// The canonical form of `value`. Integers are printed as the IEEE double they denote in
// JavaScript (so 2^53 + 1 prints as 9007199254740992). Returns invalid_argument for a
// non-finite number, a string that is not valid UTF-8, a binary or discarded value, or
// nesting deeper than kMaxJsonDepth.
Result<std::string> canonicalize(const nlohmann::json& value);

// parse_strict, then canonicalize. Returns invalid_argument when either fails.
Result<std::string> canonicalize_text(std::string_view text);

// `value` as ECMAScript's Number::toString prints it: shortest round-trip digits, "1e+21",
// "1e-7", "0.000001", and 0 for -0. REQUIRES: `value` is finite.
std::string format_number(double value);

}  // namespace orbis::credentials
