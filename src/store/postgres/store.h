// Internal to the store: the PostgreSQL back end. Thread-safety: the store is thread-safe;
// each transaction belongs to one thread.
#pragma once

#include <memory>
#include <string>

#include "common/clock.h"
#include "common/error.h"
#include "store/store.h"

namespace orbis::store::postgres {

// Opens the PostgreSQL database at `url` (postgresql://user@host:port/database, libpq's URI
// form), stamping with `clock`, which must outlive the store. The password never comes in
// the URL: from options.password, else ORBIS_DB_PASSWORD, else the file options.password_file
// or ORBIS_DB_PASSWORD_FILE names, else libpq's own (PGPASSWORD, ~/.pgpass). unavailable when
// the server cannot be reached; not_found when options.must_exist and the database has no
// schema yet.
Result<std::unique_ptr<Store>> open(const std::string& url, const OpenOptions& options,
                                    const Clock& clock);

// Whether `location` names a PostgreSQL database.
bool is_postgres_url(std::string_view location);

}  // namespace orbis::store::postgres
