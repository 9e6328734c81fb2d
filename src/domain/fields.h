// What every record's free-text fields must be, checked the same way by each record's
// validate_and_normalize. Thread-safe: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "common/error.h"

namespace orbis::domain {

// Trims `value`; adds an error under `field` when it is required and empty, or when it is not
// UTF-8 text of at most `max` bytes.
void check_text(std::string& value, const std::string& field, std::size_t max, bool required,
                std::vector<FieldError>& errors);

}  // namespace orbis::domain
