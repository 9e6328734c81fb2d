// Calls for applications (docs/mobility.md): officers, admins, coordinators and viewers
// read them all; students read the open ones and those they applied to; partners none.
// Officers and admins open and change them.
//
// Thread-safety: thread-safe (every call runs in its own transaction).
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "common/clock.h"
#include "domain/mobility.h"
#include "domain/user.h"
#include "service/support/paging.h"
#include "store/store.h"

namespace orbis::service {

class Calls {
 public:
  Calls(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // The calls `actor` may read, the newest academic year first, each as view() shows it, a
  // page at a time; permission_denied for a partner.
  Result<JsonPage> page(const domain::Actor& actor, std::size_t limit,
                        std::string_view cursor) const;
  // One call, read by its id; not_found when the actor may not read it.
  Result<domain::Call> get(const domain::Actor& actor, CallId id) const;
  Result<domain::Call> create(const domain::Actor& actor, domain::Call call);
  Result<domain::Call> update(const domain::Actor& actor, domain::Call call, int expected_version);
  // Adds an offer; seats, host and eligibility default from its condition or programme.
  Result<domain::Call> add_offer(const domain::Actor& actor, CallId call, domain::Offer offer);
  // The call as the API shows it: its phase, offers with host names and counts.
  Result<nlohmann::json> view(const domain::Actor& actor, const domain::Call& call) const;

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace orbis::service
