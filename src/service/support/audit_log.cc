#include "service/support/audit_log.h"

#include <fmt/format.h>

#include "service/support/access.h"
#include "service/support/transaction.h"

namespace orbis::service {
using domain::access::Action;
using domain::access::Resource;

Status record(store::Transaction& tx, const Clock& clock, const domain::Actor& actor,
              std::string action, std::string entity, std::string entity_id,
              const nlohmann::json& before, const nlohmann::json& after) {
  domain::AuditEntry e;
  e.at = format_iso8601(clock.now());
  e.actor = actor.email;
  e.action = std::move(action);
  e.entity = std::move(entity);
  e.entity_id = std::move(entity_id);
  e.before = before.is_null() ? "" : before.dump();
  e.after = after.is_null() ? "" : after.dump();
  auto appended = tx.audit().append(std::move(e));
  if (!appended) return fail(appended.error());
  return {};
}

Result<AuditReport> verify_audit_log(store::Store& store) {
  return run(store, store::Access::read, [](store::Transaction& tx) {
    std::vector<domain::AuditEntry> entries;
    return verify_audit_log(tx, entries);
  });
}

Result<AuditReport> verify_audit_log(store::Transaction& tx, std::vector<domain::AuditEntry>& all) {
  AuditReport report;
  all.clear();
  constexpr std::size_t kBatch = 5000;
  std::int64_t after = 0;
  while (true) {
    auto batch = tx.audit().list(after, kBatch);
    if (!batch) return fail(batch.error());
    if (batch->empty()) break;
    after = batch->back().seq;
    all.insert(all.end(), std::make_move_iterator(batch->begin()),
               std::make_move_iterator(batch->end()));
  }
  report.entries = static_cast<std::int64_t>(all.size());
  report.problems = domain::verify_chain(all);
  auto head = tx.audit().head();
  if (!head) return fail(head.error());
  const std::int64_t last_seq = all.empty() ? 0 : all.back().seq;
  const std::string last_hash = all.empty() ? domain::genesis_hash() : all.back().hash;
  if (head->first != last_seq || head->second != last_hash) {
    report.problems.push_back(
        {head->first, fmt::format("the log ends at entry {} but its recorded head is entry {}: "
                                  "entries at the end were deleted or the head was altered",
                                  last_seq, head->first)});
  }
  return report;
}

Result<std::vector<domain::AuditEntry>> list_audit_log(store::Store& store,
                                                       const domain::Actor& actor,
                                                       std::int64_t after, std::size_t limit) {
  if (auto allowed = require_reach(actor, Resource::audit_log, Action::read, "read the audit log");
      !allowed) {
    return fail(allowed.error());
  }
  return run(store, store::Access::read,
             [&](store::Transaction& tx) { return tx.audit().list(after, limit); });
}

}  // namespace orbis::service
