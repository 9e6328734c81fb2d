// Internal to the store: SOCI helpers shared by the repositories. Not thread-safe.
#pragma once

#include <soci/soci.h>

#include <exception>
#include <optional>
#include <string>
#include <utility>

#include "common/error.h"

namespace orbis::store::internal {

// Turns an exception from SOCI or the database into an Error: constraint failures become
// already_exists or invalid_argument, a busy or locked database unavailable.
Error translate(const std::exception& e, std::string_view doing);

// Runs `body` and turns any exception into an Error describing `doing`.
template <typename F>
auto guarded(std::string_view doing, F&& body) -> decltype(body()) {
  try {
    return body();
  } catch (const std::exception& e) {
    return std::unexpected(translate(e, doing));
  }
}

// Bytes kept in a text column (attachments, documents): standard base64 with padding.
std::string base64(std::string_view bytes);
std::string unbase64(const std::string& text);

// A nullable text column bound for writing: NULL when empty.
struct NullableText {
  std::string value;
  soci::indicator ind;
  explicit NullableText(std::string v)
      : value(std::move(v)), ind(value.empty() ? soci::i_null : soci::i_ok) {}
};

}  // namespace orbis::store::internal
