#include "store/query.h"

#include <nlohmann/json.hpp>

#include "common/crypto.h"

namespace orbis::store {

std::string encode_cursor(std::string_view list, std::string_view sort, const Cursor& cursor) {
  const nlohmann::json j = {std::string(list), std::string(sort), cursor.keys, cursor.id};
  return crypto::base64url(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

Result<Cursor> decode_cursor(std::string_view list, std::string_view sort, std::string_view text) {
  const auto bad = fail(Error::invalid("the cursor is not one this server gave out for this list",
                                       {{"cursor", "pass the `next` value of the previous page"}}));
  if (text.empty() || text.size() > kMaxCursorBytes) return bad;
  const auto raw = crypto::from_base64url(text);
  if (!raw) return bad;
  const auto j = nlohmann::json::parse(*raw, nullptr, false);
  if (!j.is_array() || j.size() != 4 || !j[0].is_string() || !j[1].is_string() ||
      !j[2].is_array() || !j[3].is_number_integer() || j[0] != list || j[1] != sort)
    return bad;
  Cursor cursor;
  for (const auto& key : j[2]) {
    if (!key.is_string()) return bad;
    cursor.keys.push_back(key.get<std::string>());
  }
  cursor.id = j[3].get<std::int64_t>();
  return cursor;
}

}  // namespace orbis::store
