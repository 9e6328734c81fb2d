// Writing and checking the audit log. Thread-safe: functions over a Store.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/clock.h"
#include "domain/audit.h"
#include "domain/user.h"
#include "store/store.h"

namespace orbis::service {

// Appends one entry inside `tx`, the transaction of the write it describes, so that the
// write and its entry are committed together or not at all.
Status record(store::Transaction& tx, const Clock& clock, const domain::Actor& actor,
              std::string action, std::string entity, std::string entity_id,
              const nlohmann::json& before, const nlohmann::json& after);

struct AuditReport {
  std::int64_t entries = 0;
  std::vector<domain::ChainProblem> problems;  // empty when the chain holds
};

// Reads the whole log and checks every link, and that the recorded head matches the last
// entry (which catches deleted entries at the end).
Result<AuditReport> verify_audit_log(store::Store& store);
// The same inside `tx`; `entries` receives the log it read, oldest first.
Result<AuditReport> verify_audit_log(store::Transaction& tx,
                                     std::vector<domain::AuditEntry>& entries);

// Entries after `after`, for admins; permission_denied for anyone else.
Result<std::vector<domain::AuditEntry>> list_audit_log(store::Store& store,
                                                       const domain::Actor& actor,
                                                       std::int64_t after, std::size_t limit);

}  // namespace orbis::service
