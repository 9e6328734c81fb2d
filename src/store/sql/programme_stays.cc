// The stays of an academic year on the university's programmes (store/indicators.h), for the
// indicator of programme and summer-school participants.
#include <string>
#include <vector>

#include "store/indicators.h"
#include "store/sql/begun_stays.h"
#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store {

Result<std::vector<ProgrammeStay>> programme_stays(Transaction& tx, const SeatsQuery& q) {
  return internal::guarded(
      internal::context_of(tx), "listing the year's stays on programmes",
      [&]() -> Result<std::vector<ProgrammeStay>> {
        sql::Where where;
        internal::add_begun_students(where, q.academic_year, q.org_unit);
        std::vector<ProgrammeStay> out;
        ProgrammeStay row;
        long long programme = 0;
        std::string direction;
        long long person = 0;
        long long stay = 0;
        soci::statement st =
            (internal::session_of(tx).prepare
                 << "SELECT g.id, g.code, g.name, g.name_zh, g.kind, m.direction, m.person_id, "
                    "m.id" +
                        std::string(internal::kBegunFrom) +
                        " JOIN programmes g ON g.id = m.programme_id" + where.sql() +
                        " ORDER BY m.id",
             soci::use(where.values()), soci::into(programme), soci::into(row.code),
             soci::into(row.name), soci::into(row.name_zh), soci::into(row.kind),
             soci::into(direction), soci::into(person), soci::into(stay));
        st.execute();
        while (st.fetch()) {
          row.programme = ProgrammeId{programme};
          row.direction = domain::parse_direction(direction).value_or(domain::Direction::outgoing);
          row.person = PersonId{person};
          row.stay = MobilityId{stay};
          out.push_back(row);
        }
        return out;
      });
}

}  // namespace orbis::store
