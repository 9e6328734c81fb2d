// The JSON documents of the grades layer (formats in docs/grades.md): custom scales,
// distribution tables, and a Conversion. Thread-safe: pure functions. No I/O: callers read
// the files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "grades/conversion.h"
#include "grades/distribution.h"
#include "grades/scale.h"

namespace orbis::grades {

// Reads {"scales": [...]} into checked scales, through the bounded parse (common/json.h).
// Fails with invalid_argument and a one-line message: malformed JSON (with its byte, line
// and column), a missing, mistyped or unknown field, or a definition Scale::create rejects.
Result<std::vector<Scale>> parse_scales(std::string_view json);

// Reads {"tables": [...]} (or one table object) and checks each table against its scale in
// `scales`. Fails with invalid_argument as parse_scales does, also for an unknown scale and
// an id used twice.
Result<std::vector<DistributionTable>> parse_tables(std::string_view json,
                                                    const ScaleRegistry& scales);

// The conversion as a JSON object, keys in a fixed order; deterministic. Two-space indent.
std::string to_json(const Conversion& conversion);

}  // namespace orbis::grades
