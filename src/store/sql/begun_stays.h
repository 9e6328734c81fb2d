// Internal to the store: the stays the indicators count, as SQL conditions on a stays row `m`
// joined to its person `p` (kBegunFrom): students' stays of an academic year that have begun
// (abroad, completed or recognised), of an org unit's when one is given. Not thread-safe: it
// writes into `where`.
#pragma once

#include <optional>
#include <string>

#include "common/ids.h"
#include "store/sql/statement.h"

namespace orbis::store::internal {

inline constexpr const char* kBegunFrom = " FROM mobilities m JOIN people p ON p.id = m.person_id";

inline void add_begun_students(sql::Where& where, const std::string& academic_year,
                               std::optional<OrgUnitId> org_unit) {
  where.add("m.academic_year = " + where.bind(academic_year));
  where.add("m.status IN ('abroad', 'completed', 'recognised')");
  where.add("p.kind = 'student'");
  if (org_unit) where.add("m.org_unit_id = " + where.bind(org_unit->value));
}

}  // namespace orbis::store::internal
