// Scholar cases (domain/scholars/case.h) with their events and history in child tables
// (migration 33), and the lists of them whose cost follows the page.
//
// Thread-safety: as the Transaction. Errors as the repositories' (store.h): not_found,
// conflict for a stale version.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "domain/scholars/case.h"
#include "store/query.h"
#include "store/store.h"

namespace orbis::store {

// The cases every set member selects, the latest planned start first.
struct ScholarCaseQuery {
  std::optional<domain::scholars::CaseStatus> status;
  std::optional<domain::scholars::CaseKind> kind;
  std::optional<domain::Direction> direction;
  std::optional<PersonId> person;
  // The reader's scope: a coordinator's department; a partner's institution; the cases of
  // the person who signs in as this user.
  std::optional<OrgUnitId> host_unit;
  std::optional<InstitutionId> partner;
  std::optional<UserId> user;
  bool in_stay = false;  // arrived, registered, active or extended
  PageSpec page;
};
Result<Page<domain::scholars::ScholarCase>> list_scholar_cases(Transaction& tx,
                                                               const ScholarCaseQuery& query);
Result<std::size_t> count_scholar_cases(Transaction& tx, const ScholarCaseQuery& query);

Result<domain::scholars::ScholarCase> get_scholar_case(Transaction& tx, ScholarCaseId id);
Result<ScholarCaseId> insert_scholar_case(Transaction& tx, const domain::scholars::ScholarCase& c);
// Writes `c` over the stored case of its id and version; the version goes up by one.
Status update_scholar_case(Transaction& tx, const domain::scholars::ScholarCase& c);

// A document kept on a case (migration 34): what it is, the file's name, type, size and
// SHA-256, who uploaded it and when. The bytes are read one document at a time.
struct ScholarDocument {
  std::int64_t id = 0;
  ScholarCaseId case_id;
  domain::scholars::DocumentKind kind = domain::scholars::DocumentKind::other;
  std::string filename;
  std::string content_type;
  std::int64_t size = 0;
  std::string sha256;       // hex, of the content
  std::string uploaded_at;  // ISO 8601 instant
  std::string uploaded_by;  // the uploader's e-mail
};
// The case's documents, oldest first.
Result<std::vector<ScholarDocument>> scholar_documents(Transaction& tx, ScholarCaseId id);
Result<std::int64_t> insert_scholar_document(Transaction& tx, const ScholarDocument& document,
                                             std::string_view content);
// A document and its bytes; not_found when the case holds no such document.
Result<std::pair<ScholarDocument, std::string>> scholar_document(Transaction& tx, ScholarCaseId id,
                                                                 std::int64_t document);

}  // namespace orbis::store
