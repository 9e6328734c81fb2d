// Opening a store: the location names the back end.
#include <fmt/format.h>

#include "common/clock.h"
#include "store/postgres/store.h"
#include "store/sqlite/files.h"
#include "store/sqlite/store.h"
#include "store/store.h"

namespace orbis::store {
namespace {

// The file of a SQLite location: a path, or "sqlite:" and a path.
std::string sqlite_path(std::string_view location) {
  return std::string(location.starts_with("sqlite:") ? location.substr(7) : location);
}

}  // namespace

Result<std::unique_ptr<Store>> open(std::string_view location, const OpenOptions& options) {
  static const SystemClock system_clock;
  const Clock& clock = options.clock ? *options.clock : system_clock;
  if (postgres::is_postgres_url(location))
    return postgres::open(std::string(location), options, clock);
  return sqlite::open(sqlite_path(location), options, clock);
}

bool names_postgres(std::string_view location) { return postgres::is_postgres_url(location); }

Status replace_database(const std::string& prepared, std::string_view location) {
  if (postgres::is_postgres_url(location)) {
    return fail(Error::invalid(
        "a PostgreSQL database is not replaced by a file; copy a file into it with 'orbis copy'"));
  }
  return sqlite::replace_database(prepared, sqlite_path(location));
}

}  // namespace orbis::store
