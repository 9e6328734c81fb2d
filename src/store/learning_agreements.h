// Learning agreements: what a student will study abroad and have recognised
// (docs/learning.md; store/store.h).
//
// Thread-safety: as the Transaction that hands the repository out: one thread at a time.
// Errors and rollback as every repository's (store/store.h): not_found, already_exists,
// conflict for a stale version, unavailable when the database is busy or its storage
// fails, internal for anything else; nothing is written until the transaction commits.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "domain/learning.h"
#include "domain/mobility.h"

namespace orbis::store {

class LearningAgreementRepository {
 public:
  virtual ~LearningAgreementRepository() = default;
  virtual Result<std::optional<domain::LearningAgreementRecord>> find(MobilityId mobility) = 0;
  // All, for indicators.
  virtual Result<std::vector<domain::LearningAgreementRecord>> all() = 0;
  virtual Result<std::int64_t> insert(const domain::LearningAgreementRecord& record) = 0;
  // At record.version, bumping it; conflict when stale.
  virtual Status update(const domain::LearningAgreementRecord& record) = 0;
};

}  // namespace orbis::store
