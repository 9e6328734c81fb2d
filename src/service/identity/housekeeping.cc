#include "service/identity/housekeeping.h"

#include "service/support/transaction.h"

namespace orbis::service {

Status remove_expired(store::Store& store, const Clock& clock,
                      std::chrono::milliseconds sign_in_window) {
  const auto now = clock.now();
  return run(store, store::Access::write, [&](store::Transaction& tx) -> Status {
    auto& users = tx.users();
    if (auto ok = users.delete_sessions_expired_before(format_iso8601(now)); !ok) return ok;
    return users.delete_sign_in_failures_before(format_iso8601(now - sign_in_window));
  });
}

}  // namespace orbis::service
