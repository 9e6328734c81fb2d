#include "domain/audit.h"

#include <fmt/format.h>

#include <algorithm>

#include "common/crypto.h"

namespace orbis::domain {
namespace {

// Length-prefixed fields, so that no two different entries serialise alike.
void put(std::string& out, const std::string& field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

}  // namespace

const std::string& genesis_hash() {
  static const std::string zeros(64, '0');
  return zeros;
}

std::string compute_audit_hash(const AuditEntry& e) {
  std::string message = "orbis-audit-v1|";
  put(message, std::to_string(e.seq));
  for (const auto* field :
       {&e.at, &e.actor, &e.action, &e.entity, &e.entity_id, &e.before, &e.after, &e.prev_hash}) {
    put(message, *field);
  }
  return crypto::sha256_hex(message);
}

std::vector<ChainProblem> verify_chain(const std::vector<AuditEntry>& entries) {
  std::vector<ChainProblem> problems;
  std::string expected_prev = genesis_hash();
  std::int64_t expected_seq = 1;
  for (const auto& e : entries) {
    if (e.seq != expected_seq) {
      problems.push_back(
          {e.seq, fmt::format("entry {} follows entry {}: {} missing", e.seq, expected_seq - 1,
                              e.seq > expected_seq ? "entries are" : "order is broken,")});
    }
    if (e.prev_hash != expected_prev) {
      problems.push_back({e.seq,
                          "its link to the previous entry does not match (an entry before it was "
                          "edited or deleted)"});
    }
    if (compute_audit_hash(e) != e.hash) {
      problems.push_back({e.seq, "its content does not match its hash (the entry was edited)"});
    }
    expected_prev = e.hash;
    expected_seq = e.seq + 1;
  }
  return problems;
}

std::vector<ChainProblem> check_against(const std::vector<AuditEntry>& entries,
                                        const ChainHead& recorded) {
  if (recorded.seq == 0) return {};
  const std::int64_t last = entries.empty() ? 0 : entries.back().seq;
  const auto at = std::find_if(entries.begin(), entries.end(),
                               [&](const AuditEntry& e) { return e.seq == recorded.seq; });
  if (at == entries.end()) {
    return {{last, fmt::format("the log ends at entry {}, but on {} it reached entry {}: entries "
                               "were cut off its end",
                               last, recorded.at, recorded.seq)}};
  }
  if (at->hash != recorded.hash) {
    return {{recorded.seq, fmt::format("entry {} is not the entry recorded on {}: the log was "
                                       "rewritten at or before it",
                                       recorded.seq, recorded.at)}};
  }
  return {};
}

}  // namespace orbis::domain
