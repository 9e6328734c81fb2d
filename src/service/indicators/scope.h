// Of service/indicators alone: the academic year and the org unit an indicator is read for.
//
// Thread-safety: pure functions, and org_unit_for as the transaction it is given.
#pragma once

#include <optional>
#include <string>

#include "common/clock.h"
#include "common/error.h"
#include "common/ids.h"
#include "domain/access/policy.h"
#include "domain/user.h"
#include "store/store.h"

namespace orbis::service::indicator_scope {

// The years an office may ask for or enter figures of.
inline constexpr int kFirstYear = 1990;
inline constexpr int kLastYear = 2100;

// The academic year the clock's today falls in, by the year it begins in.
int current_year(const Clock& clock);

// The academic year asked for by the year it begins in ("2025/2026"), else the current one;
// invalid, naming `year`, outside kFirstYear..kLastYear.
Result<std::string> one_year(std::optional<int> year, const Clock& clock);

// The org unit the reader sees: a coordinator's own (asking for another is refused);
// anyone else's choice, which must exist.
Result<std::optional<OrgUnitId>> org_unit_for(store::Transaction& tx, const domain::Actor& actor,
                                              domain::access::Action action,
                                              std::optional<OrgUnitId> asked);

}  // namespace orbis::service::indicator_scope
