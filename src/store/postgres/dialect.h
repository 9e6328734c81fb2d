// Internal to the store: PostgreSQL's words and ways (store/sql/dialect.h), and what its
// errors mean. Thread-safety: the dialect is immutable.
#pragma once

#include <exception>
#include <string_view>

#include "common/error.h"
#include "store/sql/dialect.h"

namespace orbis::store::postgres {

// The one PostgreSQL dialect.
const sql::Dialect& dialect();

// The error for SQLSTATE `state` met while `doing`; `what` is the server's first line.
// A unique key is already_exists, a missing referenced row invalid_argument, a lost race
// (serialization failure, deadlock) aborted, a lock not taken in time, a lost or refused
// connection, a full disk or a read-only server unavailable.
Error error_of(std::string_view state, std::string_view doing, std::string_view what);

// An exception from SOCI or libpq as an Error (above). The statement and its bound values,
// and the server's DETAIL lines (which quote key values), stay out of it.
Error error_of(const std::exception& e, std::string_view doing);

}  // namespace orbis::store::postgres
