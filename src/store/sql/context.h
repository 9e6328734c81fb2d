// Internal to the SQL back ends: what every repository of one transaction shares — its
// session, the clock that stamps created_at and updated_at, and the back end's dialect.
// Not thread-safe: one transaction, one thread.
#pragma once

#include <soci/soci.h>

#include <string>

#include "common/clock.h"
#include "store/sql/dialect.h"

namespace orbis::store::sql {

struct Context {
  soci::session& session;
  const Clock& clock;
  const Dialect& dialect;
  // Whether each repository call runs under a savepoint (internal::guarded): in a write
  // transaction of a back end whose transaction ends at its first failed statement.
  bool savepoints = false;

  // Now, for created_at and updated_at: ISO 8601 UTC with milliseconds.
  std::string now() const { return format_iso8601(clock.now()); }
};

}  // namespace orbis::store::sql
