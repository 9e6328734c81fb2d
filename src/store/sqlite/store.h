// Internal to the store: the SQLite back end. Thread-safety: the store is thread-safe; each
// transaction belongs to one thread.
#pragma once

#include <memory>
#include <string>

#include "common/clock.h"
#include "common/error.h"
#include "store/store.h"

namespace orbis::store::sqlite {

// Opens the SQLite database file `path` (created when absent unless options.must_exist),
// stamping with `clock`, which must outlive the store.
Result<std::unique_ptr<Store>> open(const std::string& path, const OpenOptions& options,
                                    const Clock& clock);

}  // namespace orbis::store::sqlite
