// Internal to the store: SQLite's own connections, for what SOCI does not offer — the
// backup API, and locking a file that is about to be replaced. Not thread-safe.
#pragma once

#include <soci/sqlite3/soci-sqlite3.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "common/error.h"

namespace orbis::store::sqlite {

// Copies the database that `source` is connected to into the new file `path`, as of one
// moment (writers go on meanwhile in WAL mode).
Status copy_database(sqlite_api::sqlite3* source, const std::string& path);

// Replaces the database file `path` by the file `prepared` (store::replace_database).
Status replace_database(const std::string& prepared, const std::string& path);

}  // namespace orbis::store::sqlite
