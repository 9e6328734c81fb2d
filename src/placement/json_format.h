// The JSON documents of `orbis allocate` (format in docs/placement.md). Thread-safe:
// pure functions. No I/O: callers read and write the files.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "common/error.h"
#include "placement/allocation.h"
#include "placement/problem.h"

namespace orbis::placement {

// The largest input document read: a national call with hundreds of thousands of
// applicants fits.
inline constexpr std::size_t kMaxProblemBytes = std::size_t{1} << 30;

// Reads an input document into a Problem through the bounded parse (common/json.h). Checks
// syntax and types only (allocate() checks the rest). Fails with invalid_argument and a
// one-line message: malformed JSON (with its byte, line and column), nesting deeper than
// kMaxJsonDepth, more than kMaxProblemBytes, a missing or wrongly typed field, an unknown
// field, a seed that is not a non-negative integer.
Result<Problem> parse_problem(std::string_view input_json);

// The output document of `allocation`, which must come from allocate(problem, ...).
// Deterministic: equal arguments give byte-identical text.
std::string to_json(const Problem& problem, const Allocation& allocation);

// parse_problem + allocate + to_json. Fails as those do.
Result<std::string> allocate_json(std::string_view input_json, const Options& options);

}  // namespace orbis::placement
