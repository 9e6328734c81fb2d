// Internal to the store: SOCI helpers shared by the repositories. Not thread-safe.
#pragma once

#include <soci/soci.h>

#include <exception>
#include <optional>
#include <string>
#include <utility>

#include "common/error.h"
#include "store/sql/context.h"

namespace orbis::store::internal {

// Runs `body` and turns any exception into an Error describing `doing`, in the words of the
// back end's dialect (a unique key is already_exists, a busy database unavailable, …).
template <typename F>
auto guarded(const sql::Dialect& dialect, std::string_view doing, F&& body) -> decltype(body()) {
  try {
    return body();
  } catch (const std::exception& e) {
    return std::unexpected(dialect.error_of(e, doing));
  }
}

// The same, in the dialect of a transaction's context.
template <typename F>
auto guarded(const sql::Context& context, std::string_view doing, F&& body) -> decltype(body()) {
  return guarded(context.dialect, doing, std::forward<F>(body));
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
