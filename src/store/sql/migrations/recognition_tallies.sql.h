// Recognition tallies (migration 19): what the recognition indicator (store/reporting.h) shows
// of a partner, per org unit of the stays — the outgoing stays completed or recognised with an
// approved learning agreement, how many of them are recognised, the credits of the transcript
// results their recognition entries name, and per credit system the host credits the latest
// approved version of each agreement plans. The repositories of stays and learning agreements
// (store/sql/mobilities.cc, learning_agreements.cc) count a group again, in the same
// transaction, whenever they write a stay of it (store/sql/recognition_tallies.h), so that a
// page of partners reads a few rows per partner instead of summing each partner's stays. This
// migration counts every group once. A stay without an org unit is in the group of org unit 0
// (ids start at 1). A group without a counted stay has no row.
#pragma once

namespace orbis::store::internal {

inline constexpr const char* kRecognitionTalliesSql = R"SQL(
CREATE TABLE recognition_tallies (
  receiving_id BIGINT NOT NULL REFERENCES institutions (id),
  org_unit_id BIGINT NOT NULL,
  stays BIGINT NOT NULL,
  recognised BIGINT NOT NULL,
  credited DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (receiving_id, org_unit_id)
);
CREATE INDEX recognition_tallies_of_org_unit ON recognition_tallies (org_unit_id, receiving_id);
CREATE TABLE recognition_planned (
  receiving_id BIGINT NOT NULL REFERENCES institutions (id),
  org_unit_id BIGINT NOT NULL,
  credit_system TEXT NOT NULL,
  credits DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (receiving_id, org_unit_id, credit_system)
);
CREATE TABLE recognition_counted_before_19 AS
SELECT l.id, m.receiving_id AS partner, COALESCE(m.org_unit_id, 0) AS unit,
  CASE WHEN l.recognised_at <> '' THEN 1 ELSE 0 END AS recognised,
  (SELECT MAX(v.number) FROM la_versions v WHERE v.learning_agreement_id = l.id AND
   v.state = 'approved') AS approved
FROM mobilities m JOIN learning_agreements l ON l.mobility_id = m.id
WHERE m.direction = 'outgoing' AND m.status IN ('completed', 'recognised');
INSERT INTO recognition_tallies (receiving_id, org_unit_id, stays, recognised, credited)
SELECT c.partner, c.unit, c.stays, c.recognised, COALESCE(x.credited, 0)
FROM (SELECT partner, unit, COUNT(*) AS stays, SUM(recognised) AS recognised
  FROM recognition_counted_before_19 WHERE approved IS NOT NULL GROUP BY partner, unit) c
LEFT JOIN (SELECT r.partner, r.unit, SUM(t.credits) AS credited
  FROM recognition_counted_before_19 r
  JOIN recognition_host_codes h ON h.learning_agreement_id = r.id
  JOIN transcript_entries t ON t.learning_agreement_id = r.id AND t.code = h.code
  WHERE r.recognised = 1 AND r.approved IS NOT NULL GROUP BY r.partner, r.unit) x
  ON x.partner = c.partner AND x.unit = c.unit;
INSERT INTO recognition_planned (receiving_id, org_unit_id, credit_system, credits)
SELECT c.partner, c.unit, k.host_credit_system, SUM(k.host_credits)
FROM recognition_counted_before_19 c
JOIN la_components k ON k.learning_agreement_id = c.id AND k.version_number = c.approved
GROUP BY c.partner, c.unit, k.host_credit_system;
DROP TABLE recognition_counted_before_19
)SQL";

}  // namespace orbis::store::internal
