// Internal: non-throwing reads of JSON members, for code that walks untrusted documents.
// Thread-safe: free functions over const values.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace orbis::credentials {

// The member `name` of `object` if `object` is an object and the member exists, else nullptr.
inline const nlohmann::json* member(const nlohmann::json& object, std::string_view name) {
  if (!object.is_object()) return nullptr;
  const auto it = object.find(name);
  return it == object.end() ? nullptr : &*it;
}

// The member `name` of `object` if it is a string, else nullptr.
inline const std::string* string_member(const nlohmann::json& object, std::string_view name) {
  const nlohmann::json* value = member(object, name);
  return value != nullptr && value->is_string() ? &value->get_ref<const std::string&>() : nullptr;
}

// The member `name` of `object` if it is a string, else "".
inline std::string_view string_or_empty(const nlohmann::json& object, std::string_view name) {
  const std::string* value = string_member(object, name);
  return value != nullptr ? std::string_view(*value) : std::string_view();
}

}  // namespace orbis::credentials
