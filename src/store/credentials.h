// Issued credentials and the issuer keys that sign them (store/store.h).
//
// Thread-safety: as the Transaction that hands the repository out: one thread at a time.
// Errors and rollback as every repository's (store/store.h): not_found, already_exists,
// conflict for a stale version, unavailable when the database is busy or its storage
// fails, internal for anything else; nothing is written until the transaction commits.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "common/ids.h"

namespace orbis::store {

// An issuer key as stored: its public half, and the key file sealed with the
// key-encryption key (the database never holds a usable secret key).
struct IssuerKeyRecord {
  std::int64_t id = 0;
  std::string public_multikey;
  std::string sealed_key;  // the sealed key file: JSON text (credentials/key_file.h)
  std::string created_at;
};

struct CredentialRecord {
  std::string id;  // a UUID; the credential's id is "urn:uuid:<id>"
  std::string type;
  std::string subject_name;
  std::string subject_name_zh;
  std::string subject_email;
  std::string status;  // active, suspended, revoked
  std::string status_reason;
  int status_index = 0;  // the credential's bit in the status lists
  std::string document;  // the signed credential, JSON
  std::string issued_at;
  std::string issued_by;
  std::string updated_at;
};

class CredentialRepository {
 public:
  virtual ~CredentialRepository() = default;
  // Oldest first.
  virtual Result<std::vector<IssuerKeyRecord>> keys() = 0;
  virtual Result<std::int64_t> insert_key(const IssuerKeyRecord& key) = 0;
  virtual Status insert(const CredentialRecord& record) = 0;
  virtual Result<std::optional<CredentialRecord>> get(std::string_view id) = 0;
  // Newest first; without the documents when `with_documents` is false.
  virtual Result<std::vector<CredentialRecord>> list(bool with_documents) = 0;
  virtual Status set_status(std::string_view id, std::string_view status, std::string_view reason,
                            std::string_view at) = 0;
};

}  // namespace orbis::store
