// The JSON form of a stored agreement that the audit log keeps before and after each change.
// (The API writes agreements through its codecs, http/json/agreements.) Thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/agreement.h"

namespace orbis::service {

// The stored agreement: fields, parties, conditions (for audit before/after).
nlohmann::json agreement_record_json(const domain::Agreement& agreement);

}  // namespace orbis::service
