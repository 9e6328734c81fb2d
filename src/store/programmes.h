// Programmes: what students and staff go on (docs/mobility.md), with their hosts,
// conditions and scholarships. Thread-safety: as the Transaction that hands it out.
#pragma once

#include <optional>

#include "common/error.h"
#include "domain/access/policy.h"
#include "domain/mobility.h"
#include "store/query.h"

namespace orbis::store {

struct ProgrammeQuery {
  // own_institution: the programmes it hosts; all: every one; none: nothing.
  domain::access::Scope scope;
  bool published_only = false;
  std::optional<domain::ProgrammeKind> kind;
  PageSpec page;  // in the order of their codes
};

class ProgrammeRepository {
 public:
  virtual ~ProgrammeRepository() = default;
  // not_found when there is none.
  virtual Result<domain::Programme> get(ProgrammeId id) = 0;
  virtual Result<Page<domain::Programme>> list(const ProgrammeQuery& query) = 0;
  // Inserts at version 1; already_exists when the code is taken.
  virtual Result<ProgrammeId> insert(const domain::Programme& programme) = 0;
  // At programme.version, bumping it; conflict when stale, not_found when absent,
  // already_exists when the new code is taken.
  virtual Status update(const domain::Programme& programme) = 0;
};

}  // namespace orbis::store
