// Grouped queries for indicators (store/reporting.h).
#include "store/reporting.h"

#include <map>

#include "store/sql/repositories.h"
#include "store/sql/support.h"

namespace orbis::store {
namespace {

// The learning agreements an indicator of recognition counts: of outgoing stays completed
// or recognised, with the number of their latest approved version (NULL when none is).
// CROSS JOIN keeps SQLite's join order: every learning agreement once, then its stay by key,
// rather than every stay in the order of the grouping (three times slower on a large
// university). It is SQLite's spelling; PostgreSQL's dialect will write JOIN.
constexpr const char* kCounted =
    "WITH counted AS (SELECT l.id, m.receiving_id AS partner, "
    "CASE WHEN l.recognised_at <> '' THEN 1 ELSE 0 END AS recognised, "
    "(SELECT MAX(v.number) FROM la_versions v WHERE v.learning_agreement_id = l.id AND "
    "v.state = 'approved') AS approved "
    "FROM learning_agreements l CROSS JOIN mobilities m ON m.id = l.mobility_id "
    "WHERE m.direction = 'outgoing' AND m.status IN ('completed', 'recognised')) ";

}  // namespace

Result<std::vector<RecognitionTotals>> recognition_by_partner(Transaction& tx) {
  return internal::guarded(
      internal::context_of(tx), "counting recognition by partner",
      [&]() -> Result<std::vector<RecognitionTotals>> {
        auto& sql = internal::session_of(tx);
        std::map<long long, RecognitionTotals> by_partner;
        long long partner = 0;
        {
          int stays = 0, recognised = 0;
          std::string name, country;
          soci::statement st =
              (sql.prepare << std::string(kCounted) +
                                  "SELECT c.partner, i.name, i.country, c.stays, c.recognised FROM "
                                  "(SELECT partner, COUNT(*) AS stays, SUM(recognised) AS "
                                  "recognised FROM counted WHERE approved IS NOT NULL GROUP BY "
                                  "partner) c JOIN institutions i ON i.id = c.partner",
               soci::into(partner), soci::into(name), soci::into(country), soci::into(stays),
               soci::into(recognised));
          st.execute();
          while (st.fetch()) {
            auto& t = by_partner[partner];
            t.partner = partner;
            t.name = name;
            t.country = country;
            t.stays = stays;
            t.recognised = recognised;
          }
        }
        {
          std::string system;
          double credits = 0;
          soci::statement st =
              (sql.prepare
                   << std::string(kCounted) +
                          "SELECT c.partner, k.host_credit_system, SUM(k.host_credits) FROM "
                          "counted c CROSS JOIN la_components k ON k.learning_agreement_id = c.id "
                          "AND k.version_number = c.approved GROUP BY c.partner, "
                          "k.host_credit_system",
               soci::into(partner), soci::into(system), soci::into(credits));
          st.execute();
          while (st.fetch()) by_partner[partner].planned_by_system[system] += credits;
        }
        {
          // Each code a recognition entry names counts every transcript result with that code.
          double credits = 0;
          soci::indicator none = soci::i_ok;
          soci::statement st =
              (sql.prepare
                   << std::string(kCounted) +
                          "SELECT c.partner, SUM(t.credits) FROM counted c "
                          "CROSS JOIN recognition_host_codes h ON h.learning_agreement_id = "
                          "c.id CROSS JOIN transcript_entries t ON t.learning_agreement_id = "
                          "c.id AND t.code = h.code "
                          "WHERE c.recognised = 1 AND c.approved IS NOT NULL GROUP BY c.partner",
               soci::into(partner), soci::into(credits, none));
          st.execute();
          while (st.fetch()) by_partner[partner].credited = none == soci::i_null ? 0 : credits;
        }
        std::vector<RecognitionTotals> out;
        out.reserve(by_partner.size());
        for (auto& [id, t] : by_partner) out.push_back(std::move(t));
        return out;
      });
}

}  // namespace orbis::store
