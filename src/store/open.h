// Opening a store whose stamps (created_at, updated_at, a migration's applied_at) come from
// an injected clock rather than the wall clock: what the wiring and the tests use.
//
// Kept out of store.h so that adding it did not rebuild every layer; it becomes a member of
// OpenOptions the next time store.h changes.
#pragma once

#include <memory>
#include <string_view>

#include "common/clock.h"
#include "common/error.h"
#include "store/store.h"

namespace orbis::store {

// As open(location, options), stamping with `clock`, which must outlive the store.
Result<std::unique_ptr<Store>> open(std::string_view location, const OpenOptions& options,
                                    const Clock& clock);

}  // namespace orbis::store
