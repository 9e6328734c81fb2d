// Lists whose cost follows the page: each runs its filters, the caller's scope, its order
// and a keyset cursor (store/query.h) in SQL, inside the caller's transaction, and reads
// one row more than the page to know whether another follows.
//
// They take the Transaction rather than hanging off a repository so that adding one does
// not change store.h, which every layer includes; they move into the repositories of
// store.h the next time it changes.
//
// Thread-safety: as the Transaction. Errors as the repositories' (store.h).
#pragma once

#include <optional>
#include <string>

#include "common/error.h"
#include "common/ids.h"
#include "domain/mobility.h"
#include "domain/person.h"
#include "store/query.h"
#include "store/store.h"

namespace orbis::store {

// Programmes, by code.
struct ProgrammeQuery {
  bool published_only = false;
  // A partner's scope: only the programmes this institution hosts.
  std::optional<InstitutionId> host;
  PageSpec page;
};
Result<Page<domain::Programme>> list_programmes(Transaction& tx, const ProgrammeQuery& query);

// Calls, the newest academic year first, then by code.
struct CallQuery {
  // A student's scope: the calls open at this instant (ISO 8601 UTC) and those `applicant`
  // applied to. Unset: every call.
  std::optional<std::string> open_at;
  std::optional<PersonId> applicant;
  PageSpec page;
};
Result<Page<domain::Call>> list_calls(Transaction& tx, const CallQuery& query);

// The person record linked to the account `user`, if any.
Result<std::optional<domain::Person>> person_of_user(Transaction& tx, UserId user);

}  // namespace orbis::store
