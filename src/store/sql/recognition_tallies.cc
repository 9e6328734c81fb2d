// The recognition tallies (store/sql/recognition_tallies.h).
#include "store/sql/recognition_tallies.h"

#include <string>

#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store::internal {
namespace {

using sql::Where;

// The learning agreements of `group`'s counted stays, as store/sql/reporting.cc counts them:
// with whether the stay is recognised and the number of the agreement's latest approved
// version (NULL when none is). CROSS JOIN keeps SQLite's join order: the group's stays on the
// index of outgoing stays by receiving institution, then each stay's learning agreement by
// key. PostgreSQL's spelling is JOIN
// (internal::ordered_join).
std::string counted(soci::session& sql, Where& where, const RecognitionGroup& group) {
  where.add("m.direction = 'outgoing'");
  where.add("m.receiving_id = " + where.bind(group.partner));
  where.add("m.status IN ('completed', 'recognised')");
  where.add("COALESCE(m.org_unit_id, 0) = " + where.bind(group.unit));
  return "WITH counted AS (SELECT l.id, "
         "CASE WHEN COALESCE(CAST(l.recognised_at AS TEXT), '') <> '' THEN 1 ELSE 0 END AS "
         "recognised, "
         "(SELECT MAX(v.number) FROM la_versions v WHERE v.learning_agreement_id = l.id AND "
         "v.state = 'approved') AS approved "
         "FROM mobilities m" +
         std::string(internal::ordered_join(sql)) +
         "learning_agreements l ON l.mobility_id = m.id" + where.sql() + ") ";
}

}  // namespace

std::optional<RecognitionGroup> recognition_group_of(std::string_view direction,
                                                     std::string_view status, long long receiving,
                                                     std::optional<long long> org_unit) {
  if (direction != "outgoing" || (status != "completed" && status != "recognised"))
    return std::nullopt;
  return RecognitionGroup{.partner = receiving, .unit = org_unit.value_or(0)};
}

std::optional<RecognitionGroup> stored_recognition_group(soci::session& sql, long long mobility) {
  std::string direction, status;
  long long receiving = 0, unit = 0;
  soci::indicator unit_set = soci::i_null;
  sql << "SELECT direction, status, receiving_id, org_unit_id FROM mobilities WHERE id = :id",
      soci::use(mobility), soci::into(direction), soci::into(status), soci::into(receiving),
      soci::into(unit, unit_set);
  if (!sql.got_data()) return std::nullopt;
  return recognition_group_of(direction, status, receiving,
                              unit_set == soci::i_ok ? std::optional(unit) : std::nullopt);
}

void recount_recognition(soci::session& sql, const RecognitionGroup& group) {
  long long partner = group.partner, unit = group.unit;
  // The group's key as the rows' first columns: ids, written out rather than bound, so that
  // no back end has to guess a placeholder's type in a list of results.
  const std::string group_key = std::to_string(partner) + ", " + std::to_string(unit);
  sql << "DELETE FROM recognition_planned WHERE receiving_id = :p AND org_unit_id = :u",
      soci::use(partner), soci::use(unit);
  sql << "DELETE FROM recognition_tallies WHERE receiving_id = :p AND org_unit_id = :u",
      soci::use(partner), soci::use(unit);
  {
    // Each code a recognition entry names counts every transcript result with that code.
    Where where;
    const std::string with = counted(sql, where, group);
    sql << "INSERT INTO recognition_tallies (receiving_id, org_unit_id, stays, recognised, "
           "credited) " +
               with + "SELECT " + group_key +
               ", s.stays, s.recognised, COALESCE((SELECT SUM(t.credits) FROM counted c" +
               std::string(internal::ordered_join(sql)) +
               "recognition_host_codes h ON h.learning_agreement_id = c.id" +
               std::string(internal::ordered_join(sql)) +
               "transcript_entries t ON t.learning_agreement_id = c.id AND t.code = "
               "h.code WHERE c.recognised = 1 AND c.approved IS NOT NULL), 0) "
               "FROM (SELECT COUNT(*) AS stays, SUM(recognised) AS recognised FROM counted "
               "WHERE approved IS NOT NULL) s WHERE s.stays > 0",
        soci::use(where.values());
  }
  Where where;
  const std::string with = counted(sql, where, group);
  sql << "INSERT INTO recognition_planned (receiving_id, org_unit_id, credit_system, credits) " +
             with + "SELECT " + group_key +
             ", k.host_credit_system, SUM(k.host_credits) FROM counted c" +
             std::string(internal::ordered_join(sql)) +
             "la_components k ON k.learning_agreement_id = c.id AND "
             "k.version_number = c.approved GROUP BY k.host_credit_system",
      soci::use(where.values());
}

std::string recognised_ects_of(std::string_view stay) {
  return "(SELECT COALESCE(SUM(t.credits), 0) FROM learning_agreements l JOIN "
         "transcript_entries t ON t.learning_agreement_id = l.id WHERE l.mobility_id = " +
         std::string(stay) +
         " AND COALESCE(CAST(l.recognised_at AS TEXT), '') <> '' AND t.passed AND t.code IN "
         "(SELECT h.code FROM recognition_host_codes h WHERE "
         "h.learning_agreement_id = l.id) AND EXISTS (SELECT 1 FROM la_components k WHERE "
         "k.learning_agreement_id = l.id AND k.host_code = t.code AND k.host_credit_system = "
         "'ects'))";
}

void recount_recognised_ects(soci::session& sql, long long mobility) {
  sql << "UPDATE mobilities SET recognised_ects = " + recognised_ects_of(":m") + " WHERE id = :id",
      soci::use(mobility, "m"), soci::use(mobility, "id");
}

}  // namespace orbis::store::internal
