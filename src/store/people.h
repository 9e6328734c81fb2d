// People: students and staff, ours and the partners' (store/store.h).
//
// Thread-safety: as the Transaction that hands the repository out: one thread at a time.
// Errors and rollback as every repository's (store/store.h): not_found, already_exists,
// conflict for a stale version, unavailable when the database is busy or its storage
// fails, internal for anything else; nothing is written until the transaction commits.
#pragma once

#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "domain/person.h"

namespace orbis::store {

class PersonRepository {
 public:
  virtual ~PersonRepository() = default;
  // Everyone, ordered by family name, given name and id.
  virtual Result<std::vector<domain::Person>> all() = 0;
  virtual Result<domain::Person> get(PersonId id) = 0;  // not_found
  virtual Result<PersonId> insert(const domain::Person& person) = 0;
  // conflict when person.version is not the stored version; bumps it.
  virtual Status update(const domain::Person& person) = 0;
};

}  // namespace orbis::store
