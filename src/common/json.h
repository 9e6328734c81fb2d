// Bounded JSON parsing: the one way JSON from outside Orbis (request bodies, credentials to
// verify, files given to the command line, imports) becomes a tree. Thread-safe: a pure
// function.
//
// nlohmann's parser is iterative, but much of what follows a parse is not: copying a value,
// dumping it, comparing it, canonicalising it all recurse, and a document nested a few
// hundred thousand levels deep overflows the stack there. parse_json refuses such a
// document before any tree exists, by a linear scan of the bytes outside strings.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string_view>

#include "common/error.h"

namespace orbis {

// The deepest nesting of arrays and objects accepted. Credentials and API bodies need
// fewer than 20 levels; every recursive walk over a parsed tree stays shallow.
inline constexpr int kMaxJsonDepth = 128;
// The largest document accepted. The HTTP server's body limits are smaller still; this
// bounds the files the command line reads.
inline constexpr std::size_t kMaxJsonBytes = 32 * 1024 * 1024;

struct JsonLimits {
  int max_depth = kMaxJsonDepth;
  std::size_t max_bytes = kMaxJsonBytes;
  // I-JSON (RFC 7493), for what gets signed or verified: a repeated member name is an
  // error instead of the last one silently winning.
  bool unique_names = false;
};

// Parses `text` as one JSON value with nothing after it. Returns invalid_argument, naming
// the byte (counted from 1) where it can, for: more than `max_bytes`, nesting deeper than
// `max_depth` (found before anything is built), malformed JSON or bytes that are not UTF-8,
// a number no double can hold (1e999), or a repeated member name when `unique_names`.
Result<nlohmann::json> parse_json(std::string_view text, const JsonLimits& limits = {});

}  // namespace orbis
