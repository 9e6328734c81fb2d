// Audit log entries and their hash chain. Thread-safe: pure functions over values.
//
// Every write appends one entry; each entry's hash covers its own fields and the hash of
// the entry before it, so editing or deleting an entry breaks every hash after it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace orbis::domain {

struct AuditEntry {
  std::int64_t seq = 0;   // 1, 2, 3, ... without gaps
  std::string at;         // ISO 8601 UTC
  std::string actor;      // user email, "cli" or "system"
  std::string action;     // "institution.update"
  std::string entity;     // "institution"
  std::string entity_id;  // "42"
  std::string before;     // JSON text, or empty
  std::string after;      // JSON text, or empty
  std::string prev_hash;  // hex; 64 zeros for the first entry
  std::string hash;       // hex SHA-256 over the fields above
};

// The hash of the first entry's predecessor.
const std::string& genesis_hash();

// The hash this entry must carry, from its fields and prev_hash.
std::string compute_audit_hash(const AuditEntry& entry);

struct ChainProblem {
  std::int64_t seq;
  std::string what;
};

// Checks that seqs run 1, 2, 3... and every prev_hash and hash fits. Returns every problem
// found (empty when the chain holds).
std::vector<ChainProblem> verify_chain(const std::vector<AuditEntry>& entries);

// Where a chain stood once, as recorded outside it (an audit checkpoint).
struct ChainHead {
  std::int64_t seq = 0;  // 0: the empty log
  std::string hash;      // the entry's hash; genesis_hash() for the empty log
  std::string at;        // when it was recorded, ISO 8601
};

// What `entries` (the whole log, oldest first) show against a head recorded earlier: the
// log must still hold that entry with that hash. A rewritten chain (even one whose every
// link holds) or one cut short does not. Returns every problem found.
std::vector<ChainProblem> check_against(const std::vector<AuditEntry>& entries,
                                        const ChainHead& recorded);

}  // namespace orbis::domain
