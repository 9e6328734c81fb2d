// Calls for applications (docs/mobility.md; store/store.h). Lists bounded by the page are in
// lists.h.
//
// Thread-safety: as the Transaction that hands the repository out: one thread at a time.
// Errors and rollback as every repository's (store/store.h): not_found, already_exists,
// conflict for a stale version, unavailable when the database is busy or its storage
// fails, internal for anything else; nothing is written until the transaction commits.
#pragma once

#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "domain/mobility.h"

namespace orbis::store {

class CallRepository {
 public:
  virtual ~CallRepository() = default;
  virtual Result<std::vector<domain::Call>> all() = 0;  // newest academic year first
  virtual Result<domain::Call> get(CallId id) = 0;
  virtual Result<CallId> insert(const domain::Call& call) = 0;  // already_exists: code
  virtual Status update(const domain::Call& call) = 0;          // conflict, not_found
};

}  // namespace orbis::store
