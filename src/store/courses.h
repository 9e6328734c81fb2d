// Course catalogues (docs/learning.md; store/store.h); learning agreements are in
// learning_agreements.h.
//
// Thread-safety: as the Transaction that hands the repository out: one thread at a time.
// Errors and rollback as every repository's (store/store.h): not_found, already_exists,
// conflict for a stale version, unavailable when the database is busy or its storage
// fails, internal for anything else; nothing is written until the transaction commits.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "domain/learning.h"

namespace orbis::store {

class CourseRepository {
 public:
  virtual ~CourseRepository() = default;
  virtual Result<std::vector<domain::Course>> list(InstitutionId institution) = 0;  // by code
  // The course with this code, if any.
  virtual Result<std::optional<domain::Course>> find(InstitutionId institution,
                                                     std::string_view code) = 0;
  virtual Result<std::int64_t> insert(const domain::Course& course) = 0;  // already_exists: code
  virtual Status update(const domain::Course& course) = 0;
};

}  // namespace orbis::store
