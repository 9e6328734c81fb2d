// Deleting what has expired and is no longer read: sessions and password-reset links past
// their end, and failed sign-ins older than the sign-in window. Scheduled work runs it on one
// server at a time (app/scheduler.h), so that these tables hold what is in use, however
// seldom anyone signs in (a sign-in also deletes the expired sessions it passes).
//
// Thread-safety: as the Store.
#pragma once

#include <chrono>

#include "common/clock.h"
#include "common/error.h"
#include "store/store.h"

namespace orbis::service {

// In one write transaction (run again when it loses a race), on `clock`'s now; `sign_in_window` as
// the sign-in limits' (service/identity/login_limiter.h). The store's errors.
Status remove_expired(store::Store& store, const Clock& clock,
                      std::chrono::milliseconds sign_in_window);

}  // namespace orbis::service
