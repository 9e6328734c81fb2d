// Leases in the database: work that must run on exactly one of several servers at a time
// (app/scheduler.h) runs on the server that holds its lease. A holder renews its lease before
// it ends; when a server dies, its lease ends unrenewed and another server takes it. Each
// call is a write transaction of its own, and writers take turns on every server (store.h),
// so two servers never both take one lease.
//
// The lease's times come from the store's clock: the servers' clocks must agree to well
// within a lease's length (NTP does).
//
// Thread-safety: as the Store.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "common/error.h"
#include "store/store.h"

namespace orbis::store {

struct Lease {
  std::string holder;      // who holds it now (after the call)
  std::string expires_at;  // until when (ISO 8601 UTC)
  bool held = false;       // whether the asker holds it
  bool taken = false;      // whether the asker took it now (rather than renewing its own)
};

// Takes the lease `name` for `holder` until now + `length` when no one holds it, its holder
// let it end, or `holder` holds it already (a renewal); else leaves it to its holder. Returns
// the lease as it stands afterwards.
Result<Lease> claim_lease(Store& store, std::string_view name, std::string_view holder,
                          std::chrono::milliseconds length);

// Ends `holder`'s lease `name` now, so that another server takes it at once; nothing when
// someone else holds it.
Status release_lease(Store& store, std::string_view name, std::string_view holder);

}  // namespace orbis::store
