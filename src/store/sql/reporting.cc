// Grouped queries for indicators (store/reporting.h).
#include "store/reporting.h"

#include <map>

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
// partner, then each stay's learning agreement by key. It is SQLite's spelling;
// PostgreSQL's dialect will write JOIN.
std::string counted(Where& where, const RecognitionQuery& q) {
  where.add("m.direction = 'outgoing'");
  where.add("m.status IN ('completed', 'recognised')");
  if (q.org_unit) where.add("m.org_unit_id = " + where.bind(q.org_unit->value));
  if (q.user)
    where.add("m.person_id IN (SELECT id FROM people WHERE user_id = " + where.bind(q.user->value) +
              ")");
  return "WITH counted AS (SELECT l.id, m.receiving_id AS partner, "
         "CASE WHEN l.recognised_at <> '' THEN 1 ELSE 0 END AS recognised, "
         "(SELECT MAX(v.number) FROM la_versions v WHERE v.learning_agreement_id = l.id AND "
         "v.state = 'approved') AS approved "
         "FROM mobilities m CROSS JOIN learning_agreements l ON l.mobility_id = m.id" +
         where.sql() + ") ";
}

}  // namespace

Result<Page<RecognitionTotals>> recognition_by_partner(Transaction& tx,
                                                       const RecognitionQuery& query) {
  return internal::guarded(
      internal::context_of(tx), "counting recognition by partner",
      [&]() -> Result<Page<RecognitionTotals>> {
        auto& session = internal::session_of(tx);
        std::vector<RecognitionTotals> rows;
        long long partner = 0;
        {
          // The page: its partners and their stays, one row more to know whether more follow.
          Where where;
          if (query.page.after) where.add("m.receiving_id > " + where.bind(query.page.after->id));
          const std::string with = counted(where, query);
          int stays = 0, recognised = 0;
          std::string name, country;
          soci::statement st =
              (session.prepare << with +
                                      "SELECT c.partner, i.name, i.country, c.stays, c.recognised "
                                      "FROM (SELECT partner, COUNT(*) AS stays, SUM(recognised) AS "
                                      "recognised FROM counted WHERE approved IS NOT NULL GROUP BY "
                                      "partner ORDER BY partner LIMIT " +
                                      std::to_string(query.page.limit + 1) +
                                      ") c JOIN institutions i ON i.id = c.partner "
                                      "ORDER BY c.partner",
               soci::use(where.values()), soci::into(partner), soci::into(name),
               soci::into(country), soci::into(stays), soci::into(recognised));
          st.execute();
          while (st.fetch())
            rows.push_back({.partner = partner,
                            .name = name,
                            .country = country,
                            .stays = stays,
                            .recognised = recognised,
                            .planned_by_system = {},
                            .credited = 0});
        }
        auto page = sql::page_of(std::move(rows), query.page.limit,
                                 [](const RecognitionTotals& t) { return Cursor{{}, t.partner}; });
        if (page.items.empty()) return page;
        std::map<long long, RecognitionTotals*> by_partner;
        std::vector<long long> partners;
        for (auto& t : page.items) {
          by_partner[t.partner] = &t;
          partners.push_back(t.partner);
        }
        {
          Where where;
          where.add("m.receiving_id IN " + where.bind_list(partners));
          const std::string with = counted(where, query);
          std::string system;
          double credits = 0;
          soci::statement st =
              (session.prepare
                   << with +
                          "SELECT c.partner, k.host_credit_system, SUM(k.host_credits) FROM "
                          "counted c CROSS JOIN la_components k ON k.learning_agreement_id = c.id "
                          "AND k.version_number = c.approved GROUP BY c.partner, "
                          "k.host_credit_system",
               soci::use(where.values()), soci::into(partner), soci::into(system),
               soci::into(credits));
          st.execute();
          while (st.fetch()) by_partner.at(partner)->planned_by_system[system] += credits;
        }
        {
          // Each code a recognition entry names counts every transcript result with that code.
          Where where;
          where.add("m.receiving_id IN " + where.bind_list(partners));
          const std::string with = counted(where, query);
          double credits = 0;
          soci::indicator none = soci::i_ok;
          soci::statement st =
              (session.prepare
                   << with +
                          "SELECT c.partner, SUM(t.credits) FROM counted c "
                          "CROSS JOIN recognition_host_codes h ON h.learning_agreement_id = "
                          "c.id CROSS JOIN transcript_entries t ON t.learning_agreement_id = "
                          "c.id AND t.code = h.code "
                          "WHERE c.recognised = 1 AND c.approved IS NOT NULL GROUP BY c.partner",
               soci::use(where.values()), soci::into(partner), soci::into(credits, none));
          st.execute();
          while (st.fetch()) by_partner.at(partner)->credited = none == soci::i_null ? 0 : credits;
        }
        return page;
      });
}

Result<std::size_t> count_recognition_partners(Transaction& tx, const RecognitionQuery& query) {
  return internal::guarded(
      internal::context_of(tx), "counting partners of recognition", [&]() -> Result<std::size_t> {
        Where where;
        const std::string with = counted(where, query);
        long long n = 0;
        internal::session_of(tx) << with +
                                        "SELECT COUNT(DISTINCT partner) FROM counted WHERE "
                                        "approved IS NOT NULL",
            soci::use(where.values()), soci::into(n);
        return static_cast<std::size_t>(n);
      });
}

}  // namespace orbis::store
