// Institutions and their org units (store/store.h).
//
// Thread-safety: as the Transaction that hands the repository out: one thread at a time.
// Errors and rollback as every repository's (store/store.h): not_found, already_exists,
// conflict for a stale version, unavailable when the database is busy or its storage
// fails, internal for anything else; nothing is written until the transaction commits.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "domain/institution.h"

namespace orbis::store {

class InstitutionRepository {
 public:
  virtual ~InstitutionRepository() = default;
  virtual Result<domain::Institution> get(InstitutionId id) = 0;
  // Every institution with its names and domains, ordered by id.
  virtual Result<std::vector<domain::Institution>> all() = 0;
  virtual Result<std::size_t> count() = 0;
  // Inserts with version 1 and returns the new id; already_exists when the ROR id or a
  // domain belongs to another institution.
  virtual Result<InstitutionId> insert(const domain::Institution& institution) = 0;
  // Replaces the row whose version is institution.version and bumps it; conflict when the
  // stored version differs, not_found when there is no such row.
  virtual Status update(const domain::Institution& institution) = 0;
  // The institutions written since change `after`, oldest first, at most `limit`: each
  // insert and update records a change, numbered in the order the writes commit (writers
  // take turns). How a server sees what the others wrote (service/registry).
  virtual Result<std::vector<std::pair<std::int64_t, InstitutionId>>> changes_after(
      std::int64_t after, std::size_t limit) = 0;
  // The number of the newest change, 0 before any.
  virtual Result<std::int64_t> last_change() = 0;
  virtual Result<std::optional<InstitutionId>> find_by_ror(std::string_view ror_id) = 0;
  virtual Result<std::optional<InstitutionId>> find_by_domain(std::string_view domain) = 0;

  virtual Result<std::vector<domain::OrgUnit>> org_units(InstitutionId institution) = 0;
  virtual Result<domain::OrgUnit> org_unit(OrgUnitId id) = 0;
  virtual Result<OrgUnitId> insert_org_unit(const domain::OrgUnit& unit) = 0;
};

}  // namespace orbis::store
