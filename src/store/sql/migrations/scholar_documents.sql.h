// Scholar case documents (migration 34, store/scholars.h): the files kept on a case — the
// passport's page, the invitation letter, the contract, a degree — with their bytes as base64
// text, as an agreement's attachments are. On PostgreSQL the upload's instant is timestamptz.
#pragma once

namespace orbis::store::internal {

inline constexpr const char* kScholarDocumentsSql = R"SQL(
CREATE TABLE scholar_case_documents (
  id {{id}},
  case_id BIGINT NOT NULL REFERENCES scholar_cases (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  filename TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  content_base64 TEXT NOT NULL,
  uploaded_at TEXT NOT NULL,
  uploaded_by TEXT NOT NULL
);
CREATE INDEX scholar_case_documents_case ON scholar_case_documents (case_id, id)
)SQL";

inline constexpr const char* kScholarDocumentsPostgresSql = R"SQL(
ALTER TABLE scholar_case_documents
  ALTER COLUMN uploaded_at TYPE TIMESTAMPTZ USING CAST(uploaded_at AS TIMESTAMPTZ)
)SQL";

}  // namespace orbis::store::internal
