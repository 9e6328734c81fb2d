// The text whose SHA-256 a party signs when it approves a version of a learning agreement
// (docs/learning.md). Approvals keep that SHA-256, so the text of a version must never
// change: serialize_test.cc pins its bytes. Thread-safe: a pure function.
#pragma once

#include <cstdint>
#include <string>

#include "domain/learning.h"

namespace orbis::service {

// The version's mobility, number, components and reason as JSON with sorted keys and no
// spaces.
std::string canonical_text(std::int64_t mobility, const domain::LaVersion& version);

}  // namespace orbis::service
