// Mobilities: stays abroad, outgoing and incoming (docs/mobility.md; store/store.h). Lists
// bounded by the page are in lists.h.
//
// Thread-safety: as the Transaction that hands the repository out: one thread at a time.
// Errors and rollback as every repository's (store/store.h): not_found, already_exists,
// conflict for a stale version, unavailable when the database is busy or its storage
// fails, internal for anything else; nothing is written until the transaction commits.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "domain/mobility.h"

namespace orbis::store {

struct MobilityQuery {
  std::optional<domain::Direction> direction;
  std::optional<domain::MobilityStatus> status;
  std::string academic_year;
  std::optional<PersonId> person;
  std::optional<InstitutionId> institution;  // sending or receiving
  std::optional<AgreementId> agreement;
  std::optional<ApplicationId> application;
};

class MobilityRepository {
 public:
  virtual ~MobilityRepository() = default;
  // Mobilities matching every set member of `query`, newest planned start first.
  virtual Result<std::vector<domain::Mobility>> find(const MobilityQuery& query) = 0;
  virtual Result<domain::Mobility> get(MobilityId id) = 0;
  virtual Result<MobilityId> insert(const domain::Mobility& mobility) = 0;
  virtual Status update(const domain::Mobility& mobility) = 0;  // conflict, not_found
};

}  // namespace orbis::store
