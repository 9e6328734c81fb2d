// The codec of an RFC 9457 problem, the body of every error answer: its component schema
// ("Problem") is the one every operation's error responses name, and an import's 422 that
// lists its bad rows is written by it. Thread-safety: stateless.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "http/json/codec.h"

namespace orbis::http::json {

// One bad member of a request, or one bad row of an import (with its line).
struct ProblemError {
  std::string field;
  std::string message;
  std::optional<int> line;  // an import's row: the 1-based line of the file
};

struct Problem {
  std::string type;  // urn:orbis:problem:<code>
  std::string title;
  int status = 0;
  std::string detail;
  std::optional<std::vector<ProblemError>> errors;
  std::optional<bool> dry_run;  // an import's problem: whether it was a dry run
};

template <>
struct Codec<ProblemError> : Object<ProblemError, Codec<ProblemError>> {
  static constexpr std::string_view name = "ProblemError";
  static constexpr auto fields() {
    using E = ProblemError;
    return std::tuple{Field{"field", &E::field}, Field{"message", &E::message},
                      Field{"line", &E::line, kOmitIfAbsent, "an import's row: its line"}};
  }
};

template <>
struct Codec<Problem> : Object<Problem, Codec<Problem>> {
  static constexpr std::string_view name = "Problem";
  static constexpr auto fields() {
    using P = Problem;
    return std::tuple{
        Field{"type", &P::type},
        Field{"title", &P::title},
        Field{"status", &P::status},
        Field{"detail", &P::detail},
        Field{"errors", &P::errors, kOmitIfAbsent, "each bad field, or each bad row of an import"},
        Field{"dry_run", &P::dry_run, kOmitIfAbsent, "an import's problem: a dry run or not"}};
  }
};

}  // namespace orbis::http::json
