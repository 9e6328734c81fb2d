// Calls for applications (docs/mobility.md): officers, admins, coordinators and viewers
// read them all; students read the open ones and those they applied to; partners none.
// Officers and admins open and change them.
//
// Thread-safety: thread-safe (every call runs in its own transaction).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"
#include "domain/mobility.h"
#include "domain/user.h"
#include "service/support/paging.h"
#include "store/store.h"

namespace orbis::service {

// An offer's host institution as a call's view names it.
struct OfferHostView {
  std::string name;
  std::string name_zh;
  std::string country;
};

// An offer as a reader of its call sees it: the offer, its host's names (when the host is in
// the registry) and, for all but students, how many submitted applications rank it first and
// at all.
struct OfferView {
  domain::Offer offer;
  std::optional<OfferHostView> host;
  std::optional<int> first_choices;
  std::optional<int> rankings;
};

// How many applications a call has, and how many of them are submitted.
struct CallApplicationCounts {
  std::int64_t total = 0;
  std::int64_t submitted = 0;
};

// A call as a reader sees it at a moment: the record, its phase, its offers with their hosts,
// the counts of its applications (for all but students) and what the reader may do with it
// now (update, add_offer, apply, import_applications, place, refill, nominate).
struct CallView {
  domain::Call call;
  domain::CallPhase phase = domain::CallPhase::upcoming;
  std::vector<OfferView> offers;
  std::optional<CallApplicationCounts> applications;
  std::vector<std::string> allowed_actions;
};

class Calls {
 public:
  Calls(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // The calls `actor` may read, the newest academic year first, each as view() shows it, a
  // page at a time; permission_denied for a partner.
  Result<Page<CallView>> page(const domain::Actor& actor, std::size_t limit,
                              std::string_view cursor) const;
  // The calls open now that close within `within` (every open call when unset), the newest
  // academic year first, a page of at most `limit`; what a student may apply to, or the
  // deadlines an office has coming. permission_denied for a partner.
  Result<Page<CallView>> open_now(const domain::Actor& actor,
                                  std::optional<std::chrono::days> within, std::size_t limit) const;
  // One call, read by its id; not_found when the actor may not read it.
  Result<domain::Call> get(const domain::Actor& actor, CallId id) const;
  Result<domain::Call> create(const domain::Actor& actor, domain::Call call);
  Result<domain::Call> update(const domain::Actor& actor, domain::Call call, int expected_version);
  // Adds an offer; seats, host and eligibility default from its condition or programme.
  Result<domain::Call> add_offer(const domain::Actor& actor, CallId call, domain::Offer offer);
  // The call as the API shows it: its phase, offers with host names and counts.
  Result<CallView> view(const domain::Actor& actor, const domain::Call& call) const;

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace orbis::service
