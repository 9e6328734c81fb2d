// Call tallies (migration 14): what a call's view counts of its applications — how many there
// are, how many are submitted (past draft and not withdrawn), and per offer how many of those
// rank it first and how many rank it at all — kept as applications are added and saved, in the
// same transaction (store/sql/applications.cc), so that a page of calls reads a few rows per
// call instead of counting each call's thousands of applications. This migration counts them
// once for the applications already made. A call without applications has no row.
#pragma once

namespace orbis::store::internal {

inline constexpr const char* kCallTalliesSql = R"SQL(
CREATE TABLE call_tallies (
  call_id BIGINT PRIMARY KEY REFERENCES calls (id),
  applications BIGINT NOT NULL,
  submitted BIGINT NOT NULL
);
INSERT INTO call_tallies (call_id, applications, submitted)
SELECT call_id, COUNT(*), SUM(CASE WHEN status IN ('draft', 'withdrawn') THEN 0 ELSE 1 END)
FROM applications GROUP BY call_id;
CREATE TABLE call_offer_tallies (
  call_id BIGINT NOT NULL REFERENCES calls (id),
  offer_id BIGINT NOT NULL,
  first_choices BIGINT NOT NULL,
  rankings BIGINT NOT NULL,
  PRIMARY KEY (call_id, offer_id)
);
INSERT INTO call_offer_tallies (call_id, offer_id, first_choices, rankings)
SELECT a.call_id, p.offer_id, SUM(CASE WHEN p.rank = 1 THEN 1 ELSE 0 END), COUNT(*)
FROM application_preferences p JOIN applications a ON a.id = p.application_id
WHERE a.status NOT IN ('draft', 'withdrawn')
GROUP BY a.call_id, p.offer_id
)SQL";

}  // namespace orbis::store::internal
