// Internal to the store: the stays the indicators count, as SQL conditions on a stays row `m`
// joined to its person `p` (kBegunFrom): students' stays of an academic year that have begun
// (abroad, completed or recognised), of an org unit's when one is given. Not thread-safe: they
// write into `where`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/ids.h"
#include "domain/mobility.h"
#include "store/indicators.h"
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

// How the stays `m` are kept to students': through their people `p` joined (kBegunFrom), or
// by leaving out the ids of the people who are not students (staff: thousands at most, through
// the partial index people_not_students of migration 28), so that a count reads the stays'
// index alone (kStaysFrom).
enum class Students { joined, by_id };
inline constexpr const char* kStaysFrom = " FROM mobilities m";

// The conditions on the stays `m` an indicator counts: those `q` names, of the academic years
// `years`.
inline void add_begun(sql::Where& where, const BegunStays& q, const std::vector<std::string>& years,
                      Students students = Students::joined) {
  std::string in;
  for (const auto& year : years) in += (in.empty() ? "" : ", ") + where.bind(year);
  where.add("m.academic_year IN (" + in + ")");
  where.add("m.direction = " + where.bind(std::string(domain::to_string(q.direction))));
  where.add("m.status IN ('abroad', 'completed', 'recognised')");
  where.add(students == Students::joined
                ? "p.kind = 'student'"
                : "m.person_id NOT IN (SELECT id FROM people WHERE kind <> 'student')");
  if (q.org_unit) where.add("m.org_unit_id = " + where.bind(q.org_unit->value));
}

}  // namespace orbis::store::internal
