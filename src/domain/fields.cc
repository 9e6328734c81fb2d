#include "domain/fields.h"

#include <fmt/format.h>

#include "common/text.h"

namespace orbis::domain {

void check_text(std::string& value, const std::string& field, std::size_t max, bool required,
                std::vector<FieldError>& errors) {
  value = std::string(text::trim(value));
  if (required && value.empty()) errors.push_back({field, "required"});
  if (!text::valid_utf8(value) || value.size() > max)
    errors.push_back({field, fmt::format("UTF-8 text of at most {} bytes", max)});
}

}  // namespace orbis::domain
