#include "service/identity/housekeeping.h"

namespace orbis::service {

Status remove_expired(store::Store& store, const Clock& clock,
                      std::chrono::milliseconds sign_in_window) {
  auto tx = store.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  const auto now = clock.now();
  auto& users = (*tx)->users();
  if (auto ok = users.delete_sessions_expired_before(format_iso8601(now)); !ok) return ok;
  if (auto ok = users.delete_sign_in_failures_before(format_iso8601(now - sign_in_window)); !ok)
    return ok;
  return (*tx)->commit();
}

}  // namespace orbis::service
