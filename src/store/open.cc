// Opening a store: the location names the back end.
#include <fmt/format.h>

#include "common/clock.h"
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
  if (location.starts_with("postgresql://") || location.starts_with("postgres://")) {
    return fail(
        Error::invalid("this build of Orbis stores data in SQLite only; give --db a file path "
                       "(the PostgreSQL back end is planned, see docs/decisions/0002-storage.md)"));
  }
  static const SystemClock system_clock;
  return sqlite::open(sqlite_path(location), options,
                      options.clock ? *options.clock : system_clock);
}

Status replace_database(const std::string& prepared, std::string_view location) {
  return sqlite::replace_database(prepared, sqlite_path(location));
}

}  // namespace orbis::store
