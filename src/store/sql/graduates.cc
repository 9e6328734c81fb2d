// The graduates with a stay abroad (store/indicators.h): counted per graduation year, and
// listed a page at a time with the stays that make them count.
#include <fmt/format.h>

#include <map>
#include <utility>

#include "store/indicators.h"
#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store {
namespace {

using sql::Where;

// The condition that the stay `m` makes its person `p`, a graduate, count: an outgoing stay of
// theirs begun (abroad, completed or recognised) in or before the year they graduated in, of
// `min_days` days or more (the actual dates where recorded, else the planned ones, both days
// counted) or with `min_ects` ECTS credits or more recognised (kept in the stay's row:
// store/sql/recognition_tallies.h).
std::string qualifying_stay(const sql::Dialect& dialect, Where& where, const GraduatesAbroad& q) {
  const std::string days = dialect.days("COALESCE(NULLIF(m.actual_start, ''), m.planned_start)",
                                        "COALESCE(NULLIF(m.actual_end, ''), m.planned_end)");
  return "m.person_id = p.id AND m.direction = 'outgoing' AND m.status IN ('abroad', "
         "'completed', 'recognised') AND m.academic_year <= p.graduated_in AND (" +
         days + " >= " + where.bind(static_cast<long long>(q.min_days)) +
         " OR m.recognised_ects >= " + where.bind(q.min_ects) + ")";
}

// The graduates of `years` (of an org unit's when it is set) with a qualifying stay: only a
// student carries a graduation year (domain::validate_and_normalize), so the people's rows
// are not read to ask: the partial index people_graduated holds each graduate's year, id and
// org unit (migration 31). The stays are asked through the partial index
// mobilities_begun_abroad, whose conditions qualifying_stay repeats and which holds every
// column it reads.
void add_graduates(const sql::Dialect& dialect, Where& where, const GraduatesAbroad& q,
                   const std::vector<std::string>& years) {
  std::string in;
  for (const auto& year : years) in += (in.empty() ? "" : ", ") + where.bind(year);
  where.add("p.graduated_in IN (" + in + ")");
  // Said outright so that the partial index people_graduated serves the query: neither engine
  // infers it from a bound parameter.
  where.add("p.graduated_in <> ''");
  if (q.org_unit) where.add("p.org_unit_id = " + where.bind(q.org_unit->value));
  where.add("EXISTS (SELECT 1 FROM mobilities m WHERE " + qualifying_stay(dialect, where, q) + ")");
}

}  // namespace

Result<std::map<std::string, int>> count_graduates_abroad(Transaction& tx,
                                                          const GraduatesAbroad& q) {
  return internal::guarded(
      internal::context_of(tx), "counting graduates with a stay abroad",
      [&]() -> Result<std::map<std::string, int>> {
        std::map<std::string, int> out;
        if (q.academic_years.empty()) return out;
        Where where;
        add_graduates(internal::context_of(tx).dialect, where, q, q.academic_years);
        std::string year;
        int people = 0;
        soci::statement st =
            (internal::session_of(tx).prepare << "SELECT p.graduated_in, COUNT(*) FROM people p" +
                                                     where.sql() + " GROUP BY p.graduated_in",
             soci::use(where.values()), soci::into(year), soci::into(people));
        st.execute();
        while (st.fetch()) out[year] = people;
        return out;
      });
}

Result<Page<StayPerson>> graduates_abroad_page(Transaction& tx, const GraduatesAbroad& q,
                                               const PageSpec& spec) {
  return internal::guarded(
      internal::context_of(tx), "listing graduates with a stay abroad",
      [&]() -> Result<Page<StayPerson>> {
        if (q.academic_years.empty()) return Page<StayPerson>{};
        auto& session = internal::session_of(tx);
        const auto& dialect = internal::context_of(tx).dialect;
        std::vector<StayPerson> rows;
        {
          // The graduates of the year in the order of the index on (graduated_in, id).
          Where where;
          add_graduates(dialect, where, q, {q.academic_years.front()});
          if (spec.after) where.add("p.id > " + where.bind(spec.after->id));
          StayPerson r;
          long long person = 0;
          soci::statement st =
              (session.prepare << "SELECT p.id, p.family_name, p.given_name, p.name_zh, "
                                  "p.nationality FROM people p" +
                                      where.sql() + " ORDER BY p.id LIMIT " +
                                      std::to_string(spec.limit + 1),
               soci::use(where.values()), soci::into(person), soci::into(r.family_name),
               soci::into(r.given_name), soci::into(r.name_zh), soci::into(r.nationality));
          st.execute();
          while (st.fetch()) {
            r.person = PersonId{person};
            rows.push_back(r);
          }
        }
        auto page = sql::page_of(std::move(rows), spec.limit,
                                 [](const StayPerson& p) { return Cursor{{}, p.person.value}; });
        if (page.items.empty()) return page;
        // The page's people's qualifying stays, in one statement: how many, and the first with
        // its academic year and partner (the receiving institution). The joins keep their
        // order (internal::ordered_join): the page's people by key, then their stays, not
        // every begun stay of the university's and then their people.
        std::map<long long, StayPerson*> by_person;
        std::vector<long long> people;
        for (auto& p : page.items) {
          by_person[p.person.value] = &p;
          people.push_back(p.person.value);
        }
        Where where;
        where.add("p.id IN " + where.bind_list(people));
        where.add(qualifying_stay(dialect, where, q));
        long long person = 0;
        long long stay = 0;
        std::string year;
        long long partner = 0;
        std::string name;
        std::string country;
        soci::statement st =
            (session.prepare << "SELECT m.person_id, m.id, m.academic_year, i.id, i.name, "
                                "i.country FROM people p" +
                                    std::string(internal::ordered_join(session)) +
                                    "mobilities m ON m.person_id = p.id" +
                                    std::string(internal::ordered_join(session)) +
                                    "institutions i ON i.id = m.receiving_id" + where.sql() +
                                    " ORDER BY m.person_id, m.academic_year, m.id",
             soci::use(where.values()), soci::into(person), soci::into(stay), soci::into(year),
             soci::into(partner), soci::into(name), soci::into(country));
        st.execute();
        while (st.fetch()) {
          auto* p = by_person.at(person);
          if (p->stays++ > 0) continue;
          p->first_stay = MobilityId{stay};
          p->academic_year = year;
          p->partner = InstitutionId{partner};
          p->partner_name = name;
          p->partner_country = country;
        }
        return page;
      });
}

}  // namespace orbis::store
