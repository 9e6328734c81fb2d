// Records found by a natural key rather than their id, one at a time: what an import looks up
// for each row of its file (the person of an email, the agreement of a code), so that its cost
// follows the file, not the tables. Free functions over the Transaction for the reason given
// in lists.h.
//
// Thread-safety: as the Transaction. Errors as the repositories' (store.h).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "domain/agreement.h"
#include "domain/person.h"
#include "store/store.h"

namespace orbis::store {

// The person whose stored email is exactly `email` (emails are kept in lower case); when
// several share it, the first by family name, given name and id. None for an empty email.
Result<std::optional<domain::Person>> person_with_email(Transaction& tx, std::string_view email);

// The agreement whose code is `code` (codes are unique: at most one), with its parties and
// conditions (not its history). None for an empty code.
Result<std::vector<domain::Agreement>> agreements_with_code(Transaction& tx, std::string_view code);

}  // namespace orbis::store
