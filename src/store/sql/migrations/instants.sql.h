// Instants in PostgreSQL's own type (migration 29, docs/decisions/0006): every created_at,
// updated_at and history row's at, and the optional ones (a nomination, a submission, a
// recognition), whose empty text becomes NULL, are `timestamptz`, so that the database holds
// times it has checked and compares them as times. Repositories read an instant through
// Dialect::instant, which prints it in one form on both engines, and write an optional one
// through Dialect::optional_instant. A call's opening and closing instants are first given
// milliseconds, as every other instant has; its opens_at and closes_at stay text, because
// they keep the offset the office entered, which a `timestamptz` does not.
#pragma once

namespace orbis::store::internal {

// Both engines: a call's instants get the milliseconds every other instant has.
inline constexpr const char* kInstantsSql = R"SQL(
UPDATE calls SET opens_at_utc = substr(opens_at_utc, 1, 19) || '.000Z'
WHERE length(opens_at_utc) = 20;
UPDATE calls SET closes_at_utc = substr(closes_at_utc, 1, 19) || '.000Z'
WHERE length(closes_at_utc) = 20
)SQL";

// PostgreSQL alone: the columns' type, the empty text as NULL, the nominations' partial indexes
// made again on IS NOT NULL.
inline constexpr const char* kInstantsPostgresSql = R"SQL(
DROP INDEX mobilities_nominated;
DROP INDEX mobilities_nominated_of_org_unit;
DROP INDEX mobilities_nominated_by_direction;
ALTER TABLE institutions
  ALTER COLUMN created_at DROP DEFAULT,
  ALTER COLUMN created_at TYPE TIMESTAMPTZ USING CAST(created_at AS TIMESTAMPTZ),
  ALTER COLUMN updated_at DROP DEFAULT,
  ALTER COLUMN updated_at TYPE TIMESTAMPTZ USING CAST(updated_at AS TIMESTAMPTZ);
ALTER TABLE users
  ALTER COLUMN created_at DROP DEFAULT,
  ALTER COLUMN created_at TYPE TIMESTAMPTZ USING CAST(created_at AS TIMESTAMPTZ);
ALTER TABLE audit_log
  ALTER COLUMN at DROP DEFAULT,
  ALTER COLUMN at TYPE TIMESTAMPTZ USING CAST(at AS TIMESTAMPTZ);
ALTER TABLE agreements
  ALTER COLUMN created_at DROP DEFAULT,
  ALTER COLUMN created_at TYPE TIMESTAMPTZ USING CAST(created_at AS TIMESTAMPTZ),
  ALTER COLUMN updated_at DROP DEFAULT,
  ALTER COLUMN updated_at TYPE TIMESTAMPTZ USING CAST(updated_at AS TIMESTAMPTZ),
  ALTER COLUMN ewp_approved_at DROP DEFAULT,
  ALTER COLUMN ewp_approved_at DROP NOT NULL,
  ALTER COLUMN ewp_approved_at TYPE TIMESTAMPTZ USING CAST(NULLIF(ewp_approved_at, '') AS TIMESTAMPTZ);
ALTER TABLE agreement_history
  ALTER COLUMN at DROP DEFAULT,
  ALTER COLUMN at TYPE TIMESTAMPTZ USING CAST(at AS TIMESTAMPTZ);
ALTER TABLE agreement_attachments
  ALTER COLUMN uploaded_at DROP DEFAULT,
  ALTER COLUMN uploaded_at TYPE TIMESTAMPTZ USING CAST(uploaded_at AS TIMESTAMPTZ);
ALTER TABLE agreement_comments
  ALTER COLUMN at DROP DEFAULT,
  ALTER COLUMN at TYPE TIMESTAMPTZ USING CAST(at AS TIMESTAMPTZ);
ALTER TABLE issuer_keys
  ALTER COLUMN created_at DROP DEFAULT,
  ALTER COLUMN created_at TYPE TIMESTAMPTZ USING CAST(created_at AS TIMESTAMPTZ);
ALTER TABLE credentials
  ALTER COLUMN issued_at DROP DEFAULT,
  ALTER COLUMN issued_at TYPE TIMESTAMPTZ USING CAST(issued_at AS TIMESTAMPTZ),
  ALTER COLUMN updated_at DROP DEFAULT,
  ALTER COLUMN updated_at TYPE TIMESTAMPTZ USING CAST(updated_at AS TIMESTAMPTZ);
ALTER TABLE people
  ALTER COLUMN created_at DROP DEFAULT,
  ALTER COLUMN created_at TYPE TIMESTAMPTZ USING CAST(created_at AS TIMESTAMPTZ),
  ALTER COLUMN updated_at DROP DEFAULT,
  ALTER COLUMN updated_at TYPE TIMESTAMPTZ USING CAST(updated_at AS TIMESTAMPTZ);
ALTER TABLE placement_runs
  ALTER COLUMN created_at DROP DEFAULT,
  ALTER COLUMN created_at TYPE TIMESTAMPTZ USING CAST(created_at AS TIMESTAMPTZ),
  ALTER COLUMN published_at DROP DEFAULT,
  ALTER COLUMN published_at DROP NOT NULL,
  ALTER COLUMN published_at TYPE TIMESTAMPTZ USING CAST(NULLIF(published_at, '') AS TIMESTAMPTZ);
ALTER TABLE sessions
  ALTER COLUMN created_at DROP DEFAULT,
  ALTER COLUMN created_at TYPE TIMESTAMPTZ USING CAST(created_at AS TIMESTAMPTZ),
  ALTER COLUMN expires_at DROP DEFAULT,
  ALTER COLUMN expires_at TYPE TIMESTAMPTZ USING CAST(expires_at AS TIMESTAMPTZ),
  ALTER COLUMN last_used_at DROP DEFAULT,
  ALTER COLUMN last_used_at TYPE TIMESTAMPTZ USING CAST(last_used_at AS TIMESTAMPTZ);
ALTER TABLE password_resets
  ALTER COLUMN created_at DROP DEFAULT,
  ALTER COLUMN created_at TYPE TIMESTAMPTZ USING CAST(created_at AS TIMESTAMPTZ),
  ALTER COLUMN expires_at DROP DEFAULT,
  ALTER COLUMN expires_at TYPE TIMESTAMPTZ USING CAST(expires_at AS TIMESTAMPTZ);
ALTER TABLE programmes
  ALTER COLUMN created_at DROP DEFAULT,
  ALTER COLUMN created_at TYPE TIMESTAMPTZ USING CAST(created_at AS TIMESTAMPTZ),
  ALTER COLUMN updated_at DROP DEFAULT,
  ALTER COLUMN updated_at TYPE TIMESTAMPTZ USING CAST(updated_at AS TIMESTAMPTZ);
ALTER TABLE calls
  ALTER COLUMN opens_at_utc DROP DEFAULT,
  ALTER COLUMN opens_at_utc DROP NOT NULL,
  ALTER COLUMN opens_at_utc TYPE TIMESTAMPTZ USING CAST(NULLIF(opens_at_utc, '') AS TIMESTAMPTZ),
  ALTER COLUMN closes_at_utc DROP DEFAULT,
  ALTER COLUMN closes_at_utc DROP NOT NULL,
  ALTER COLUMN closes_at_utc TYPE TIMESTAMPTZ USING CAST(NULLIF(closes_at_utc, '') AS TIMESTAMPTZ),
  ALTER COLUMN created_at DROP DEFAULT,
  ALTER COLUMN created_at TYPE TIMESTAMPTZ USING CAST(created_at AS TIMESTAMPTZ),
  ALTER COLUMN updated_at DROP DEFAULT,
  ALTER COLUMN updated_at TYPE TIMESTAMPTZ USING CAST(updated_at AS TIMESTAMPTZ);
ALTER TABLE applications
  ALTER COLUMN created_at DROP DEFAULT,
  ALTER COLUMN created_at TYPE TIMESTAMPTZ USING CAST(created_at AS TIMESTAMPTZ),
  ALTER COLUMN updated_at DROP DEFAULT,
  ALTER COLUMN updated_at TYPE TIMESTAMPTZ USING CAST(updated_at AS TIMESTAMPTZ),
  ALTER COLUMN submit_started_at DROP DEFAULT,
  ALTER COLUMN submit_started_at DROP NOT NULL,
  ALTER COLUMN submit_started_at TYPE TIMESTAMPTZ USING CAST(NULLIF(submit_started_at, '') AS TIMESTAMPTZ),
  ALTER COLUMN submitted_at DROP DEFAULT,
  ALTER COLUMN submitted_at DROP NOT NULL,
  ALTER COLUMN submitted_at TYPE TIMESTAMPTZ USING CAST(NULLIF(submitted_at, '') AS TIMESTAMPTZ);
ALTER TABLE application_history
  ALTER COLUMN at DROP DEFAULT,
  ALTER COLUMN at TYPE TIMESTAMPTZ USING CAST(at AS TIMESTAMPTZ);
ALTER TABLE application_documents
  ALTER COLUMN created_at DROP DEFAULT,
  ALTER COLUMN created_at TYPE TIMESTAMPTZ USING CAST(created_at AS TIMESTAMPTZ),
  ALTER COLUMN uploaded_at DROP DEFAULT,
  ALTER COLUMN uploaded_at DROP NOT NULL,
  ALTER COLUMN uploaded_at TYPE TIMESTAMPTZ USING CAST(NULLIF(uploaded_at, '') AS TIMESTAMPTZ);
ALTER TABLE mobilities
  ALTER COLUMN created_at DROP DEFAULT,
  ALTER COLUMN created_at TYPE TIMESTAMPTZ USING CAST(created_at AS TIMESTAMPTZ),
  ALTER COLUMN updated_at DROP DEFAULT,
  ALTER COLUMN updated_at TYPE TIMESTAMPTZ USING CAST(updated_at AS TIMESTAMPTZ),
  ALTER COLUMN nominated_at DROP DEFAULT,
  ALTER COLUMN nominated_at DROP NOT NULL,
  ALTER COLUMN nominated_at TYPE TIMESTAMPTZ USING CAST(NULLIF(nominated_at, '') AS TIMESTAMPTZ),
  ALTER COLUMN decided_at DROP DEFAULT,
  ALTER COLUMN decided_at DROP NOT NULL,
  ALTER COLUMN decided_at TYPE TIMESTAMPTZ USING CAST(NULLIF(decided_at, '') AS TIMESTAMPTZ);
ALTER TABLE mobility_history
  ALTER COLUMN at DROP DEFAULT,
  ALTER COLUMN at TYPE TIMESTAMPTZ USING CAST(at AS TIMESTAMPTZ);
ALTER TABLE courses
  ALTER COLUMN created_at DROP DEFAULT,
  ALTER COLUMN created_at TYPE TIMESTAMPTZ USING CAST(created_at AS TIMESTAMPTZ),
  ALTER COLUMN updated_at DROP DEFAULT,
  ALTER COLUMN updated_at TYPE TIMESTAMPTZ USING CAST(updated_at AS TIMESTAMPTZ);
ALTER TABLE learning_agreements
  ALTER COLUMN created_at DROP DEFAULT,
  ALTER COLUMN created_at TYPE TIMESTAMPTZ USING CAST(created_at AS TIMESTAMPTZ),
  ALTER COLUMN updated_at DROP DEFAULT,
  ALTER COLUMN updated_at TYPE TIMESTAMPTZ USING CAST(updated_at AS TIMESTAMPTZ),
  ALTER COLUMN recognised_at DROP DEFAULT,
  ALTER COLUMN recognised_at DROP NOT NULL,
  ALTER COLUMN recognised_at TYPE TIMESTAMPTZ USING CAST(NULLIF(recognised_at, '') AS TIMESTAMPTZ);
ALTER TABLE sign_in_failures
  ALTER COLUMN failed_at DROP DEFAULT,
  ALTER COLUMN failed_at TYPE TIMESTAMPTZ USING CAST(failed_at AS TIMESTAMPTZ);
ALTER TABLE leases
  ALTER COLUMN acquired_at DROP DEFAULT,
  ALTER COLUMN acquired_at TYPE TIMESTAMPTZ USING CAST(acquired_at AS TIMESTAMPTZ),
  ALTER COLUMN expires_at DROP DEFAULT,
  ALTER COLUMN expires_at TYPE TIMESTAMPTZ USING CAST(expires_at AS TIMESTAMPTZ);
ALTER TABLE indicator_figures
  ALTER COLUMN updated_at DROP DEFAULT,
  ALTER COLUMN updated_at TYPE TIMESTAMPTZ USING CAST(updated_at AS TIMESTAMPTZ);
ALTER TABLE indicator_targets
  ALTER COLUMN updated_at DROP DEFAULT,
  ALTER COLUMN updated_at TYPE TIMESTAMPTZ USING CAST(updated_at AS TIMESTAMPTZ);
ALTER TABLE calendar_feeds
  ALTER COLUMN created_at DROP DEFAULT,
  ALTER COLUMN created_at DROP NOT NULL,
  ALTER COLUMN created_at TYPE TIMESTAMPTZ USING CAST(NULLIF(created_at, '') AS TIMESTAMPTZ);
ALTER TABLE la_versions
  ALTER COLUMN proposed_at DROP DEFAULT,
  ALTER COLUMN proposed_at DROP NOT NULL,
  ALTER COLUMN proposed_at TYPE TIMESTAMPTZ USING CAST(NULLIF(proposed_at, '') AS TIMESTAMPTZ);
ALTER TABLE la_approvals
  ALTER COLUMN at DROP DEFAULT,
  ALTER COLUMN at DROP NOT NULL,
  ALTER COLUMN at TYPE TIMESTAMPTZ USING CAST(NULLIF(at, '') AS TIMESTAMPTZ);
ALTER TABLE la_comments
  ALTER COLUMN at DROP DEFAULT,
  ALTER COLUMN at DROP NOT NULL,
  ALTER COLUMN at TYPE TIMESTAMPTZ USING CAST(NULLIF(at, '') AS TIMESTAMPTZ);
ALTER TABLE transcript_entries
  ALTER COLUMN entered_at DROP DEFAULT,
  ALTER COLUMN entered_at DROP NOT NULL,
  ALTER COLUMN entered_at TYPE TIMESTAMPTZ USING CAST(NULLIF(entered_at, '') AS TIMESTAMPTZ);
CREATE INDEX mobilities_nominated ON mobilities (nomination_decision, planned_start, id)
  WHERE nominated_at IS NOT NULL;
CREATE INDEX mobilities_nominated_of_org_unit ON mobilities (org_unit_id, nomination_decision,
  planned_start, id) WHERE nominated_at IS NOT NULL;
CREATE INDEX mobilities_nominated_by_direction ON mobilities (nomination_decision, direction,
  planned_start, id) WHERE nominated_at IS NOT NULL
)SQL";

}  // namespace orbis::store::internal
