// The audit log: a hash chain of entries, appended to and never rewritten (store/store.h).
//
// Thread-safety: as the Transaction that hands the repository out: one thread at a time.
// Errors and rollback as every repository's (store/store.h): not_found, already_exists,
// conflict for a stale version, unavailable when the database is busy or its storage
// fails, internal for anything else; nothing is written until the transaction commits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "domain/audit.h"

namespace orbis::store {

class AuditRepository {
 public:
  virtual ~AuditRepository() = default;
  // Appends an entry after the current head: fills seq, prev_hash and hash, and moves the
  // head. Returns the entry as stored.
  virtual Result<domain::AuditEntry> append(domain::AuditEntry entry) = 0;
  // Entries with seq > after, oldest first, at most `limit`.
  virtual Result<std::vector<domain::AuditEntry>> list(std::int64_t after, std::size_t limit) = 0;
  // The head as recorded separately from the entries: (seq, hash), or (0, genesis).
  virtual Result<std::pair<std::int64_t, std::string>> head() = 0;
};

}  // namespace orbis::store
