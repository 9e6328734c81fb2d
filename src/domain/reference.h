// Reference vocabularies compiled into the domain: ISCED-F 2013 fields and CEFR levels.
// Thread-safe: immutable data.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace orbis::domain {

struct IscedField {
  std::string_view code;   // "0588"
  std::string_view level;  // "broad", "narrow" or "detailed"
  std::string_view label;
};

std::span<const IscedField> isced_fields();
// The field with this code, or nullopt.
std::optional<IscedField> find_isced(std::string_view code);

// "A1" .. "C2" (upper case) -> 1 .. 6; nullopt for anything else.
std::optional<int> cefr_rank(std::string_view level);

// "2025/2026": two consecutive years. Returns the first year, or nullopt.
std::optional<int> parse_academic_year(std::string_view text);

// "2026-11-23": a valid calendar date in ISO 8601. Returns days since 1970-01-01.
std::optional<int> parse_date(std::string_view text);
std::string format_date(int days_since_epoch);

}  // namespace orbis::domain
