// The partners of an academic year's agreements in force and of its stays (store/indicators.h),
// for the indicators that count partners and students by country, region and type.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "store/indicators.h"
#include "store/sql/agreement_filters.h"
#include "store/sql/begun_stays.h"
#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store {
namespace {

using sql::Where;

// The year an academic year ("2025/2026") begins in; 0 when it is not one.
int first_year_of(const std::string& academic_year) {
  int year = 0;
  const auto* end = academic_year.data() + std::min<std::size_t>(4, academic_year.size());
  if (std::from_chars(academic_year.data(), end, year).ec != std::errc{}) return 0;
  return year;
}

}  // namespace

Result<std::vector<PartnerParty>> partners_in_force(Transaction& tx, const SeatsQuery& q) {
  return internal::guarded(
      internal::context_of(tx), "listing the partners of the agreements in force",
      [&]() -> Result<std::vector<PartnerParty>> {
        const int year = first_year_of(q.academic_year);
        Where where;
        where.add("a.status IN ('signed', 'active', 'expiring', 'expired', 'renewed')");
        where.add("a.start_date <= " + where.bind(fmt::format("{:04}-08-31", year + 1)));
        where.add("(a.end_date = '' OR a.end_date >= " +
                  where.bind(fmt::format("{:04}-09-01", year)) + ")");
        where.add("ap.is_home = FALSE");
        if (q.org_unit) where.add(internal::home_party_of(where, *q.org_unit));
        std::vector<PartnerParty> out;
        long long agreement = 0;
        long long partner = 0;
        std::string country;
        std::string types;
        soci::statement st =
            (internal::session_of(tx).prepare
                 << "SELECT DISTINCT a.id, i.id, i.country, i.types FROM agreements a JOIN "
                    "agreement_parties ap ON ap.agreement_id = a.id JOIN institutions i ON i.id = "
                    "ap.institution_id" +
                        where.sql() + " ORDER BY a.id, i.id",
             soci::use(where.values()), soci::into(agreement), soci::into(partner),
             soci::into(country), soci::into(types));
        st.execute();
        while (st.fetch())
          out.push_back({AgreementId{agreement}, InstitutionId{partner}, country,
                         internal::split_types(types)});
        return out;
      });
}

Result<std::vector<PartnerStay>> partner_stays(Transaction& tx, const SeatsQuery& q) {
  return internal::guarded(
      internal::context_of(tx), "listing the partners of the year's stays",
      [&]() -> Result<std::vector<PartnerStay>> {
        Where where;
        internal::add_begun_students(where, q.academic_year, q.org_unit);
        std::vector<PartnerStay> out;
        long long person = 0;
        std::string direction;
        long long partner = 0;
        std::string country;
        std::string types;
        soci::statement st =
            (internal::session_of(tx).prepare
                 << "SELECT DISTINCT m.person_id, m.direction, i.id, i.country, i.types" +
                        std::string(internal::kBegunFrom) +
                        " JOIN institutions i ON i.id = CASE WHEN m.direction = 'outgoing' THEN "
                        "m.receiving_id ELSE m.sending_id END" +
                        where.sql() + " ORDER BY m.person_id, m.direction, i.id",
             soci::use(where.values()), soci::into(person), soci::into(direction),
             soci::into(partner), soci::into(country), soci::into(types));
        st.execute();
        while (st.fetch())
          out.push_back({PersonId{person},
                         domain::parse_direction(direction).value_or(domain::Direction::outgoing),
                         InstitutionId{partner}, country, internal::split_types(types)});
        return out;
      });
}

}  // namespace orbis::store
