// Internal to the store: SOCI helpers shared by the repositories. Not thread-safe.
#pragma once

#include <soci/soci.h>
#include <spdlog/spdlog.h>

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

// The same, in the dialect of a transaction's context. Where a failed statement would end
// the transaction (context.savepoints), `body` runs under a savepoint and a failure rolls
// back to it: the call leaves nothing written and the transaction goes on, as on SQLite.
template <typename F>
auto guarded(const sql::Context& context, std::string_view doing, F&& body) -> decltype(body()) {
  if (!context.savepoints) return guarded(context.dialect, doing, std::forward<F>(body));
  try {
    context.session << "SAVEPOINT orbis_call";
    auto result = body();
    context.session << "RELEASE SAVEPOINT orbis_call";
    return result;
  } catch (const std::exception& e) {
    try {
      context.session << "ROLLBACK TO SAVEPOINT orbis_call";
      context.session << "RELEASE SAVEPOINT orbis_call";
    } catch (const std::exception& lost) {
      // The connection is gone: the transaction has ended with it.
      spdlog::debug("rolling back to a savepoint: {}", lost.what());
    }
    return std::unexpected(context.dialect.error_of(e, doing));
  }
}

// A join that keeps the order written: SQLite's CROSS JOIN, which the repositories use to
// choose the index a page is read in order from; PostgreSQL plans the order of joins itself
// and has no CROSS JOIN ... ON, so there it is JOIN. With a space either side.
inline const char* ordered_join(const soci::session& sql) {
  return const_cast<soci::session&>(sql).get_backend_name() == "postgresql" ? " JOIN "
                                                                            : " CROSS JOIN ";
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
