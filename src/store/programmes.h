// Programmes, calls, applications, placement runs and mobilities (docs/mobility.md), kept in
// typed columns and child tables (migration 9); lists bounded by the page are in lists.h.
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

class ProgrammeRepository {
 public:
  virtual ~ProgrammeRepository() = default;
  virtual Result<std::vector<domain::Programme>> all() = 0;   // by code
  virtual Result<domain::Programme> get(ProgrammeId id) = 0;  // not_found
  // already_exists when the code is taken.
  virtual Result<ProgrammeId> insert(const domain::Programme& programme) = 0;
  // At programme.version, bumping it; conflict when stale, not_found when absent.
  virtual Status update(const domain::Programme& programme) = 0;
};

}  // namespace orbis::store
