// Records found by a natural key rather than their id, one at a time: what an import looks up
// for each row of its file (the person of an email), so that its cost follows the file, not
// the tables (an agreement's code: AgreementRepository::with_codes, many at once). Free functions
// over the Transaction for the reason given in lists.h.
//
// Thread-safety: as the Transaction. Errors as the repositories' (store.h).
#pragma once

#include <optional>
#include <string_view>

#include "common/error.h"
#include "domain/person.h"
#include "store/store.h"

namespace orbis::store {

// The person whose stored email is exactly `email` (emails are kept in lower case); when
// several share it, the first by family name, given name and id. None for an empty email.
Result<std::optional<domain::Person>> person_with_email(Transaction& tx, std::string_view email);

}  // namespace orbis::store
