// The funding of an academic year's stays (store/indicators.h), for the indicator of
// scholarships and funding.
#include <string>
#include <vector>

#include "store/indicators.h"
#include "store/sql/begun_stays.h"
#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store {

Result<std::vector<FundingLine>> funding_lines(Transaction& tx, const SeatsQuery& q) {
  return internal::guarded(
      internal::context_of(tx), "listing the funding of the year's stays",
      [&]() -> Result<std::vector<FundingLine>> {
        sql::Where where;
        internal::add_begun_students(where, q.academic_year, q.org_unit);
        std::vector<FundingLine> out;
        FundingLine line;
        std::string direction;
        long long person = 0;
        long long stay = 0;
        soci::statement st =
            (internal::session_of(tx).prepare
                 << "SELECT m.direction, f.source, f.scholarship, f.sponsor, f.amount, "
                    "f.currency, m.person_id, p.nationality, m.id" +
                        std::string(internal::kBegunFrom) +
                        " JOIN mobility_funding f ON f.mobility_id = m.id" + where.sql() +
                        " ORDER BY m.id, f.position",
             soci::use(where.values()), soci::into(direction), soci::into(line.source),
             soci::into(line.scholarship), soci::into(line.sponsor), soci::into(line.amount),
             soci::into(line.currency), soci::into(person), soci::into(line.nationality),
             soci::into(stay));
        st.execute();
        while (st.fetch()) {
          line.direction = domain::parse_direction(direction).value_or(domain::Direction::outgoing);
          line.person = PersonId{person};
          line.stay = MobilityId{stay};
          out.push_back(line);
        }
        return out;
      });
}

}  // namespace orbis::store
