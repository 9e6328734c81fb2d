// Inter-institutional agreements with their attachments, comments and EWP state
// (store/store.h).
//
// Thread-safety: as the Transaction that hands the repository out: one thread at a time.
// Errors and rollback as every repository's (store/store.h): not_found, already_exists,
// conflict for a stale version, unavailable when the database is busy or its storage
// fails, internal for anything else; nothing is written until the transaction commits.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "domain/agreement.h"

namespace orbis::store {

struct AttachmentInfo {
  std::int64_t id = 0;
  AgreementId agreement;
  std::string filename;
  std::string content_type;
  std::int64_t size = 0;
  std::string sha256;  // hex, of the content
  std::string uploaded_at;
  std::string uploaded_by;
  // The partner the file concerns (an annex for one of them), or none: the whole agreement.
  std::optional<InstitutionId> institution;
};

struct Comment {
  std::int64_t id = 0;
  std::string at;
  std::string author;
  std::string author_role;
  std::string text;
  // The partner the comment is from or for, or none: every party to the agreement.
  std::optional<InstitutionId> institution;
};

// The partner's copy of an agreement as EWP IIA XML, and what was approved.
struct EwpState {
  std::string partner_xml;
  std::string partner_hash;
  std::string approved_hash;
  std::string approved_at;
};

class AgreementRepository {
 public:
  virtual ~AgreementRepository() = default;
  // Every agreement with its parties and conditions (not its history), ordered by id.
  virtual Result<std::vector<domain::Agreement>> all() = 0;
  // One agreement with parties, conditions and history; not_found when absent.
  virtual Result<domain::Agreement> get(AgreementId id) = 0;
  // The agreements that have one of `codes`, by code (codes are unique; an empty code is
  // no agreement's): one indexed lookup, whatever the number of agreements.
  virtual Result<std::map<std::string, AgreementId>> ids_by_code(
      const std::vector<std::string>& codes) = 0;
  // The agreements that have one of `codes`, by code, with their parties and conditions (not
  // their history); a code no agreement has, and the empty code, is absent. A few statements
  // for every 500 codes, whatever the number of agreements.
  virtual Result<std::map<std::string, domain::Agreement>> with_codes(
      const std::vector<std::string>& codes) = 0;
  // Inserts with version 1; condition ids are assigned.
  virtual Result<AgreementId> insert(const domain::Agreement& agreement) = 0;
  // Replaces fields, parties and conditions of the row at agreement.version and bumps
  // the version; conflict when the stored version differs.
  virtual Status update(const domain::Agreement& agreement) = 0;
  // Moves the status (at `expected_version`, bumping it) and appends `change` to the
  // history; conflict when the version differs.
  virtual Status change_status(AgreementId id, int expected_version,
                               const domain::StatusChange& change) = 0;

  virtual Result<std::vector<AttachmentInfo>> attachments(AgreementId id) = 0;
  virtual Result<std::int64_t> insert_attachment(const AttachmentInfo& info,
                                                 std::string_view content) = 0;
  // The attachment's description and content; not_found when it is not this agreement's.
  virtual Result<std::pair<AttachmentInfo, std::string>> attachment(AgreementId id,
                                                                    std::int64_t attachment) = 0;

  virtual Result<std::vector<Comment>> comments(AgreementId id) = 0;
  virtual Result<std::int64_t> insert_comment(AgreementId id, const Comment& comment) = 0;

  virtual Result<EwpState> ewp(AgreementId id) = 0;
  virtual Status set_ewp(AgreementId id, const EwpState& state) = 0;
};

}  // namespace orbis::store
