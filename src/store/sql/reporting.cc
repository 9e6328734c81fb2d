// Grouped queries for indicators (store/reporting.h).
#include "store/reporting.h"

#include <map>
#include <utility>

#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store {
namespace {

using sql::Where;

// The learning agreements an indicator of recognition counts: of outgoing stays completed
// or recognised in the reader's scope, with the number of their latest approved version
// (NULL when none is), and `where`'s conditions on the stay `m`. CROSS JOIN keeps SQLite's
// join order: the stays in the order of the index on (direction, receiving institution),
// so that the groups per partner come in order and a page stops reading after its last
// partner, then each stay's learning agreement by key. PostgreSQL's
// spelling is JOIN (internal::ordered_join).
std::string counted(soci::session& session, Where& where, const RecognitionQuery& q) {
  where.add("m.direction = 'outgoing'");
  where.add("m.status IN ('completed', 'recognised')");
  if (q.org_unit) where.add("m.org_unit_id = " + where.bind(q.org_unit->value));
  if (q.user)
    where.add("m.person_id IN (SELECT id FROM people WHERE user_id = " + where.bind(q.user->value) +
              ")");
  return "WITH counted AS (SELECT l.id, m.receiving_id AS partner, "
         "CASE WHEN COALESCE(CAST(l.recognised_at AS TEXT), '') <> '' THEN 1 ELSE 0 END AS "
         "recognised, "
         "(SELECT MAX(v.number) FROM la_versions v WHERE v.learning_agreement_id = l.id AND "
         "v.state = 'approved') AS approved "
         "FROM mobilities m" +
         std::string(internal::ordered_join(session)) +
         "learning_agreements l ON l.mobility_id = m.id" + where.sql() + ") ";
}

// The page of partners `groups` selects after `with` (partner, stays, recognised, credited, in
// the order of the partner, one row more than the page), with their names and countries.
Page<RecognitionTotals> partner_page(soci::session& session, const std::string& with,
                                     const std::string& groups, soci::values& values,
                                     std::size_t limit) {
  std::vector<RecognitionTotals> rows;
  RecognitionTotals t;
  long long partner = 0;
  soci::statement st =
      (session.prepare << with +
                              "SELECT g.partner, i.name, i.country, g.stays, g.recognised, "
                              "g.credited FROM (" +
                              groups +
                              ") g JOIN institutions i ON i.id = g.partner ORDER BY g.partner",
       soci::use(values), soci::into(partner), soci::into(t.name), soci::into(t.country),
       soci::into(t.stays), soci::into(t.recognised), soci::into(t.credited));
  st.execute();
  while (st.fetch()) {
    t.partner = partner;
    rows.push_back(t);
  }
  return sql::page_of(std::move(rows), limit,
                      [](const RecognitionTotals& r) { return Cursor{{}, r.partner}; });
}

// The page's totals by partner, and the partners' ids in order, for the queries of their
// credits.
std::pair<std::map<long long, RecognitionTotals*>, std::vector<long long>> partners_of(
    Page<RecognitionTotals>& page) {
  std::map<long long, RecognitionTotals*> by_partner;
  std::vector<long long> partners;
  partners.reserve(page.items.size());
  for (auto& t : page.items) {
    by_partner[t.partner] = &t;
    partners.push_back(t.partner);
  }
  return {std::move(by_partner), std::move(partners)};
}

// A page of a student's partners (a few stays), counted from the stays themselves.
Page<RecognitionTotals> counted_by_partner(soci::session& session, const RecognitionQuery& query) {
  long long partner = 0;
  // The page: its partners and their stays, one row more to know whether more follow.
  Where page_where;
  if (query.page.after) page_where.add("m.receiving_id > " + page_where.bind(query.page.after->id));
  const std::string page_with = counted(session, page_where, query);
  auto page = partner_page(session, page_with,
                           "SELECT partner, COUNT(*) AS stays, SUM(recognised) AS recognised, 0.0 "
                           "AS credited FROM counted WHERE approved IS NOT NULL GROUP BY partner "
                           "ORDER BY partner LIMIT " +
                               std::to_string(query.page.limit + 1),
                           page_where.values(), query.page.limit);
  if (page.items.empty()) return page;
  auto [by_partner, partners] = partners_of(page);
  {
    Where where;
    where.add("m.receiving_id IN " + where.bind_list(partners));
    const std::string with = counted(session, where, query);
    std::string system;
    double credits = 0;
    soci::statement st =
        (session.prepare << with +
                                "SELECT c.partner, k.host_credit_system, SUM(k.host_credits) FROM "
                                "counted c" +
                                std::string(internal::ordered_join(session)) +
                                "la_components k ON k.learning_agreement_id = c.id "
                                "AND k.version_number = c.approved GROUP BY c.partner, "
                                "k.host_credit_system",
         soci::use(where.values()), soci::into(partner), soci::into(system), soci::into(credits));
    st.execute();
    while (st.fetch()) by_partner.at(partner)->planned_by_system[system] += credits;
  }
  {
    // Each code a recognition entry names counts every transcript result with that code.
    Where where;
    where.add("m.receiving_id IN " + where.bind_list(partners));
    const std::string with = counted(session, where, query);
    double credits = 0;
    soci::indicator none = soci::i_ok;
    soci::statement st =
        (session.prepare
             << with + "SELECT c.partner, SUM(t.credits) FROM counted c" +
                    std::string(internal::ordered_join(session)) +
                    "recognition_host_codes h ON h.learning_agreement_id = "
                    "c.id" +
                    std::string(internal::ordered_join(session)) +
                    "transcript_entries t ON t.learning_agreement_id = "
                    "c.id AND t.code = h.code "
                    "WHERE c.recognised = 1 AND c.approved IS NOT NULL GROUP BY c.partner",
         soci::use(where.values()), soci::into(partner), soci::into(credits, none));
    st.execute();
    while (st.fetch()) by_partner.at(partner)->credited = none == soci::i_null ? 0 : credits;
  }
  return page;
}

// A page of the partners of every stay or an org unit's, from the recognition tallies
// (store/sql/recognition_tallies.h): a range of the partners' rows, on their key or on the
// index by org unit, and the planned credits of the page's partners.
Page<RecognitionTotals> tallied_by_partner(soci::session& session, const RecognitionQuery& query) {
  long long partner = 0;
  Page<RecognitionTotals> page;
  {
    Where where;
    if (query.org_unit) where.add("org_unit_id = " + where.bind(query.org_unit->value));
    if (query.page.after) where.add("receiving_id > " + where.bind(query.page.after->id));
    page = partner_page(session, "",
                        "SELECT receiving_id AS partner, SUM(stays) AS stays, SUM(recognised) AS "
                        "recognised, SUM(credited) AS credited FROM recognition_tallies" +
                            where.sql() + " GROUP BY receiving_id ORDER BY receiving_id LIMIT " +
                            std::to_string(query.page.limit + 1),
                        where.values(), query.page.limit);
  }
  if (page.items.empty()) return page;
  auto [by_partner, partners] = partners_of(page);
  Where where;
  where.add("receiving_id IN " + where.bind_list(partners));
  if (query.org_unit) where.add("org_unit_id = " + where.bind(query.org_unit->value));
  std::string system;
  double credits = 0;
  soci::statement st =
      (session.prepare << "SELECT receiving_id, credit_system, SUM(credits) FROM "
                          "recognition_planned" +
                              where.sql() + " GROUP BY receiving_id, credit_system",
       soci::use(where.values()), soci::into(partner), soci::into(system), soci::into(credits));
  st.execute();
  while (st.fetch()) by_partner.at(partner)->planned_by_system[system] += credits;
  return page;
}

}  // namespace

Result<Page<RecognitionTotals>> recognition_by_partner(Transaction& tx,
                                                       const RecognitionQuery& query) {
  return internal::guarded(internal::context_of(tx), "counting recognition by partner",
                           [&]() -> Result<Page<RecognitionTotals>> {
                             auto& session = internal::session_of(tx);
                             return query.user ? counted_by_partner(session, query)
                                               : tallied_by_partner(session, query);
                           });
}

Result<std::size_t> count_recognition_partners(Transaction& tx, const RecognitionQuery& query) {
  return internal::guarded(
      internal::context_of(tx), "counting partners of recognition", [&]() -> Result<std::size_t> {
        Where where;
        std::string select;
        if (query.user) {
          select = counted(internal::session_of(tx), where, query) +
                   "SELECT COUNT(DISTINCT partner) FROM counted WHERE approved IS NOT NULL";
        } else if (query.org_unit) {
          // One row per partner of the org unit.
          where.add("org_unit_id = " + where.bind(query.org_unit->value));
          select = "SELECT COUNT(*) FROM recognition_tallies" + where.sql();
        } else {
          select = "SELECT COUNT(DISTINCT receiving_id) FROM recognition_tallies";
        }
        long long n = 0;
        internal::session_of(tx) << select, soci::use(where.values()), soci::into(n);
        return static_cast<std::size_t>(n);
      });
}

}  // namespace orbis::store
