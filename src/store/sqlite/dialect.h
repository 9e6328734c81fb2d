// Internal to the store: SQLite's words and ways (store/sql/dialect.h), and what its errors
// mean. Thread-safety: the dialect is immutable; the storage fault is per thread.
#pragma once

#include <exception>
#include <string>
#include <string_view>

#include "common/error.h"
#include "store/sql/dialect.h"

namespace orbis::store::sqlite {

// The one SQLite dialect.
const sql::Dialect& dialect();

// The error for SQLite result `code` met while `doing`; `what` is SQLite's own message.
// A storage fault or a busy database is logged here, once, with what the store was doing,
// because the error the client sees carries the cause but no file names or SQL.
Error error_of(int code, std::string_view doing, std::string_view what);

// An exception from SOCI or SQLite as an Error: a unique key is already_exists, a missing
// referenced row invalid_argument, a busy or locked database unavailable, a storage fault
// unavailable with its cause.
Error error_of(const std::exception& e, std::string_view doing);

// The storage fault (a full disk, an I/O error, …) the last failing statement of this
// thread met, for the write transaction that ran it to report; transactions belong to one
// thread at a time. `take` returns it and forgets it.
void forget_storage_fault();
std::string take_storage_fault();

}  // namespace orbis::store::sqlite
